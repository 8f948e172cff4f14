using System.Globalization;

namespace MailKitConfig;

/// <summary>Sends messages rendered from a <see cref="MailTemplate"/> through an <see cref="IMailSender"/>.</summary>
/// <remarks>
/// For a culture other than the current one, a From or Reply-To of its own, copies or linked pictures, render with
/// <see cref="MailTemplate.Render"/>, complete the <see cref="OutgoingMessage"/> and send it with the same sender.
/// </remarks>
public static class MailTemplateSenderExtensions
{
    /// <summary>Renders a template and sends it from the system account (the default account), without preview.</summary>
    /// <param name="sender">The sender.</param>
    /// <param name="template">The template.</param>
    /// <param name="parameters">The parameter values by name.</param>
    /// <param name="to">The recipients; each entry may hold several addresses.</param>
    /// <param name="attachments">Attachments, e.g. a generated document (<see cref="MailAttachment.FromBytes"/>); optional.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>What the server accepted.</returns>
    /// <exception cref="ArgumentException">A parameter is missing or puts a line break into the subject, or an address is bad; nothing was sent.</exception>
    /// <exception cref="MailOperationException">The server could not be reached or refused the login, a recipient or the message.</exception>
    public static async Task<SendResult> SendTemplateAsync(this IMailSender sender, MailTemplate template, IReadOnlyDictionary<string, object?> parameters, IEnumerable<string> to, IEnumerable<MailAttachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return await sender.SendAsync(Compose(template, parameters, to, attachments), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders a template and sends it from the given account, without preview.</summary>
    /// <param name="sender">The sender.</param>
    /// <param name="account">The sending account.</param>
    /// <param name="template">The template.</param>
    /// <param name="parameters">The parameter values by name.</param>
    /// <param name="to">The recipients; each entry may hold several addresses.</param>
    /// <param name="attachments">Attachments, e.g. a generated document; optional.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>What the server accepted.</returns>
    /// <exception cref="ArgumentException">A parameter is missing or puts a line break into the subject, or an address is bad; nothing was sent.</exception>
    /// <exception cref="MailOperationException">The server could not be reached or refused the login, a recipient or the message.</exception>
    public static async Task<SendResult> SendTemplateAsync(this IMailSender sender, MailAccountSettings account, MailTemplate template, IReadOnlyDictionary<string, object?> parameters, IEnumerable<string> to, IEnumerable<MailAttachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return await sender.SendAsync(account, Compose(template, parameters, to, attachments), cancellationToken).ConfigureAwait(false);
    }

    private static OutgoingMessage Compose(MailTemplate template, IReadOnlyDictionary<string, object?> parameters, IEnumerable<string> to, IEnumerable<MailAttachment>? attachments)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(to);
        var message = template.Render(parameters, CultureInfo.CurrentCulture);
        foreach (var recipient in to)
        {
            message.To.Add(recipient);
        }

        foreach (var attachment in attachments ?? [])
        {
            message.Attachments.Add(attachment);
        }

        return message;
    }
}
