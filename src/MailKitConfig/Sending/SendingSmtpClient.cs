using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace MailKitConfig;

/// <summary>An SMTP client that never measures a message by reading content that can be read only once.</summary>
/// <param name="logger">The protocol logger.</param>
internal sealed class SendingSmtpClient(IProtocolLogger logger) : SmtpClient(logger)
{
    /// <summary>Measures the message for <c>SIZE=</c>, unless that would consume an attachment stream that cannot seek (then the size is not declared).</summary>
    /// <param name="options">The formatting options.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The size in bytes, or -1 when unknown.</returns>
    protected override Task<long> GetSizeAsync(FormatOptions options, MimeMessage message, CancellationToken cancellationToken)
        => message.BodyParts.OfType<MimePart>().Any(p => p.Content?.Stream is ReadOnceStream)
            ? Task.FromResult(-1L)
            : base.GetSizeAsync(options, message, cancellationToken);
}
