using MimeKit;

namespace MailKitConfig;

/// <summary>
/// A durable outbox: the application hands a message over and goes on; the message is stored first (surviving a crash
/// or restart) and sent later through <see cref="IMailSender"/> — its connection pool and sending rate — exactly once.
/// </summary>
/// <remarks>
/// <para>Temporary failures are retried with growing waits (<see cref="MailOutboxOptions.RetryDelay"/>) until
/// <see cref="MailOutboxOptions.MaxAge"/>; a wait suggested by the diagnostics (<see cref="MailProblem.RetryAfter"/>,
/// e.g. a daily quota) is respected; permanent refusals are final. A message that may already have reached the
/// server (the connection broke after its end was sent, or the sending process stopped during the transfer) is
/// <see cref="MailOutboxStatus.DeliveryUnknown"/> and never sent again automatically.</para>
/// <para>Messages are sent by <see cref="SendPendingAsync"/>, which the scheduled send-and-receive job calls.</para>
/// </remarks>
public interface IMailOutbox
{
    /// <summary>Occurs when a message reaches a final state (<see cref="MailOutboxStatus.Sent"/>, <see cref="MailOutboxStatus.Failed"/> or <see cref="MailOutboxStatus.DeliveryUnknown"/>) in this process.</summary>
    event EventHandler<MailOutboxCompletedEventArgs>? Completed;

    /// <summary>Composes a message from the system account (<see cref="MailSendingOptions.SystemAccount"/>) and stores it for sending.</summary>
    /// <param name="message">The message; attachments are read now, once.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is stored then.</param>
    /// <returns>The outbox's id of the message.</returns>
    /// <exception cref="InvalidOperationException">No system account is configured.</exception>
    /// <exception cref="ArgumentException">The message is invalid (a bad address, a line break in a header, no recipient); nothing was stored.</exception>
    Task<string> EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Composes a message from an account and stores it for sending.</summary>
    /// <param name="account">The sending account; must be valid and include <see cref="MailUsage.Send"/>. Only its address is stored.</param>
    /// <param name="message">The message; attachments are read now, once.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is stored then.</param>
    /// <returns>The outbox's id of the message.</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    /// <exception cref="ArgumentException">The message is invalid; nothing was stored.</exception>
    Task<string> EnqueueAsync(MailAccountSettings account, OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Stores a message built with MimeKit for sending as it is, to its To, Cc and Bcc recipients.</summary>
    /// <param name="account">The sending account; must be valid and include <see cref="MailUsage.Send"/>. Only its address is stored.</param>
    /// <param name="message">The message; a Message-ID is added when it has none.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is stored then.</param>
    /// <returns>The outbox's id of the message.</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    /// <exception cref="ArgumentException">A header contains a line break that does not continue it, or there is no recipient; nothing was stored.</exception>
    Task<string> EnqueueAsync(MailAccountSettings account, MimeMessage message, CancellationToken cancellationToken = default);

    /// <summary>Reads where a message stands.</summary>
    /// <param name="id">The id returned when it was queued.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record, or <see langword="null"/> when there is no such message (or it was deleted after <see cref="MailOutboxOptions.RetainCompleted"/>).</returns>
    Task<MailOutboxEntry?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists messages, oldest first.</summary>
    /// <param name="status">Only messages with this status (e.g. <see cref="MailOutboxStatus.DeliveryUnknown"/> for a person to decide); <see langword="null"/> for all.</param>
    /// <param name="max">How many at most.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The records.</returns>
    Task<IReadOnlyList<MailOutboxEntry>> ListAsync(MailOutboxStatus? status = null, int max = 1000, CancellationToken cancellationToken = default);

    /// <summary>Sends the messages that are due, until none is left, and deletes old final records.</summary>
    /// <param name="account">Only this account's messages (its address); <see langword="null"/> for every account the outbox knows.</param>
    /// <param name="cancellationToken">Stops the pass: messages not yet handed to the server stay queued.</param>
    /// <returns>What the pass did.</returns>
    Task<MailOutboxRun> SendPendingAsync(string? account = null, CancellationToken cancellationToken = default);
}
