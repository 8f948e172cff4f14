using MimeKit;

namespace MailKitConfig;

/// <summary>A MIME message ready for SMTP, with its envelope and the content streams opened for this send operation.</summary>
internal sealed class ComposedMessage : IDisposable
{
    private readonly IReadOnlyList<Stream> openedContent;

    /// <summary>Initializes a new instance of the <see cref="ComposedMessage"/> class.</summary>
    /// <param name="message">The message as recipients see it (no Bcc header).</param>
    /// <param name="sender">The envelope sender (MAIL FROM).</param>
    /// <param name="recipients">The envelope recipients (RCPT TO), each once.</param>
    /// <param name="hiddenRecipients">The Bcc recipients, shown only in the Sent copy.</param>
    /// <param name="openedContent">The streams opened for attachments and pictures, disposed with this instance.</param>
    public ComposedMessage(MimeMessage message, MailboxAddress sender, IReadOnlyList<MailboxAddress> recipients, IReadOnlyList<MailboxAddress> hiddenRecipients, IReadOnlyList<Stream> openedContent)
    {
        Message = message;
        Sender = sender;
        Recipients = recipients;
        HiddenRecipients = hiddenRecipients;
        this.openedContent = openedContent;
    }

    /// <summary>Gets the message as recipients see it (no Bcc header).</summary>
    public MimeMessage Message { get; }

    /// <summary>Gets the envelope sender (MAIL FROM).</summary>
    public MailboxAddress Sender { get; }

    /// <summary>Gets the envelope recipients (RCPT TO), each once.</summary>
    public IReadOnlyList<MailboxAddress> Recipients { get; }

    /// <summary>Gets the Bcc recipients named by the caller (not the hidden copy to self).</summary>
    public IReadOnlyList<MailboxAddress> HiddenRecipients { get; }

    /// <summary>Wraps a message built by the caller, which the caller keeps owning.</summary>
    /// <param name="message">The caller's message.</param>
    /// <param name="sender">The envelope sender.</param>
    /// <param name="recipients">The envelope recipients.</param>
    /// <returns>The composed message.</returns>
    public static ComposedMessage FromCaller(MimeMessage message, MailboxAddress sender, IReadOnlyList<MailboxAddress> recipients)
        => new(message, sender, recipients, [], []);

    /// <summary>Disposes the streams opened for this send operation (never the caller's own streams); temporary copies are deleted.</summary>
    public void Dispose()
    {
        foreach (var stream in openedContent)
        {
            stream.Dispose();
        }
    }
}
