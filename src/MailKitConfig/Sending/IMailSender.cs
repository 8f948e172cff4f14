using MimeKit;

namespace MailKitConfig;

/// <summary>Sends mail through an account's SMTP server: composed or ready-made messages, one at a time or in batches.</summary>
/// <remarks>
/// <para>Connections are pooled per account (<see cref="MailSendingOptions.MaxConnectionsPerAccount"/>) and shared by
/// concurrent callers, each connection leased to one caller at a time. Temporary failures (network errors, 4xx
/// replies such as 421) are retried with exponential backoff and jitter; permanent refusals (5xx) never are.</para>
/// <para>A message is never sent twice: once its end has been handed to the server, a broken connection is reported
/// as <see cref="MailDeliveryUnknownException"/> instead of a retry.</para>
/// </remarks>
public interface IMailSender
{
    /// <summary>Composes a message and sends it from the system account (<see cref="MailSendingOptions.SystemAccount"/>).</summary>
    /// <param name="message">The message to compose.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the server accepted.</returns>
    /// <exception cref="InvalidOperationException">No system account is configured.</exception>
    /// <exception cref="ArgumentException">The message is invalid (a bad address, a line break in a header, no recipient); nothing was sent.</exception>
    /// <exception cref="MailDeliveryUnknownException">The connection failed, or the send was cancelled, after the whole message had been sent; it was not sent again.</exception>
    /// <exception cref="MailOperationException">The server could not be reached, refused the login, a sender or recipient, or the message.</exception>
    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Composes a message and sends it from the account.</summary>
    /// <param name="account">The sending account; must be valid and include <see cref="MailUsage.Send"/>.</param>
    /// <param name="message">The message to compose.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the server accepted, and whether the Sent copy was saved.</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    /// <exception cref="ArgumentException">The message is invalid (a bad address, a line break in a header, no recipient); nothing was sent.</exception>
    /// <exception cref="MailDeliveryUnknownException">The connection failed, or the send was cancelled, after the whole message had been sent; it was not sent again.</exception>
    /// <exception cref="MailOperationException">The server could not be reached, refused the login, a sender or recipient, or the message.</exception>
    Task<SendResult> SendAsync(MailAccountSettings account, OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Sends a message built with MimeKit as it is, to its To, Cc and Bcc recipients (Bcc is not transmitted in the headers).</summary>
    /// <param name="account">The sending account; must be valid and include <see cref="MailUsage.Send"/>.</param>
    /// <param name="message">The message; its Sender or first From address is the envelope sender, else the account's address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the server accepted, and whether the Sent copy was saved.</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    /// <exception cref="ArgumentException">A header contains a line break that does not continue it, or there is no recipient; nothing was sent.</exception>
    /// <exception cref="MailDeliveryUnknownException">The connection failed, or the send was cancelled, after the whole message had been sent; it was not sent again.</exception>
    /// <exception cref="MailOperationException">The server could not be reached, refused the login, a sender or recipient, or the message.</exception>
    Task<SendResult> SendAsync(MailAccountSettings account, MimeMessage message, CancellationToken cancellationToken = default);

    /// <summary>Sends many messages (e.g. a report mailing) over the account's pooled connections, each on its own.</summary>
    /// <param name="account">The sending account.</param>
    /// <param name="messages">The messages. The sequence is enumerated as the pool's connections become free, never
    /// further ahead than it has connections, and each message is composed just before it is sent and not kept after
    /// it (its outcome is), so a long sequence read from a database or produced with <c>yield</c> is not held in memory.
    /// Messages whose attachments read the same <see cref="Stream"/> are sent one after another. An exception thrown
    /// by the sequence ends the batch once the messages in flight are done, and is rethrown.</param>
    /// <param name="progress">Receives progress after each message; optional. <see cref="MailBatchProgress.Total"/> is known when <paramref name="messages"/> is a collection.</param>
    /// <param name="cancellationToken">Stops the batch: messages not yet started are reported as <see cref="MailSendStatus.NotAttempted"/>.</param>
    /// <returns>One outcome per message, in the order given. A refused message or recipient never stops the batch; a refused login does (the rest are not attempted).</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    Task<IReadOnlyList<MailSendOutcome>> SendManyAsync(MailAccountSettings account, IEnumerable<OutgoingMessage> messages, IProgress<MailBatchProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Sends one message to each recipient individually (each sees only their own address in To).</summary>
    /// <param name="account">The sending account.</param>
    /// <param name="message">The message; its To, Cc and Bcc must be empty. An attachment read from a stream that cannot seek is copied once to a temporary file for all recipients.</param>
    /// <param name="recipients">The recipients, one address (with an optional name) each; enumerated as the pool's connections become free.</param>
    /// <param name="progress">Receives progress after each recipient; optional.</param>
    /// <param name="cancellationToken">Stops the batch: recipients not yet started are reported as <see cref="MailSendStatus.NotAttempted"/>.</param>
    /// <returns>One outcome per recipient, in the order given.</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    /// <exception cref="ArgumentException">The message has recipients of its own, or an attachment's stream that cannot seek was read before or is too long (see <see cref="MailAttachment"/>).</exception>
    Task<IReadOnlyList<MailSendOutcome>> SendManyAsync(MailAccountSettings account, OutgoingMessage message, IEnumerable<string> recipients, IProgress<MailBatchProgress>? progress = null, CancellationToken cancellationToken = default);
}
