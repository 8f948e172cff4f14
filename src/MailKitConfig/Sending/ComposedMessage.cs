using MimeKit;

namespace MailKitConfig;

/// <summary>A MIME message ready for SMTP, with its envelope.</summary>
/// <param name="Message">The message as recipients see it (no Bcc header).</param>
/// <param name="Sender">The envelope sender (MAIL FROM).</param>
/// <param name="Recipients">The envelope recipients (RCPT TO), each once.</param>
internal sealed record ComposedMessage(MimeMessage Message, MailboxAddress Sender, IReadOnlyList<MailboxAddress> Recipients);
