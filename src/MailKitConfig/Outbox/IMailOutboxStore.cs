namespace MailKitConfig;

/// <summary>
/// Where the outbox keeps its messages: the MIME content and a small record per message. The default store is a spool
/// directory on one machine; <c>MailKitConfig.PostgreSql</c> shares one outbox between several application servers.
/// </summary>
/// <remarks>
/// A store must keep a message once <see cref="AddAsync"/> returned, whatever happens to the process afterwards, and
/// must hand each due message to one sender at a time (<see cref="ClaimAsync"/>).
/// </remarks>
public interface IMailOutboxStore
{
    /// <summary>Stores a new message durably: its content, then its record.</summary>
    /// <param name="entry">The record (status <see cref="MailOutboxStatus.Queued"/>).</param>
    /// <param name="writeContent">Writes the MIME content to the stream it is given.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is stored then.</param>
    /// <returns>The record as stored (with the content's size).</returns>
    Task<MailOutboxEntry> AddAsync(MailOutboxEntry entry, Func<Stream, CancellationToken, Task> writeContent, CancellationToken cancellationToken);

    /// <summary>
    /// Settles messages whose sender stopped while they were claimed (a crash before restart, an expired lease):
    /// those with a transfer in progress become <see cref="MailOutboxStatus.DeliveryUnknown"/>, the others are queued again.
    /// </summary>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The records that became <see cref="MailOutboxStatus.DeliveryUnknown"/>.</returns>
    Task<IReadOnlyList<MailOutboxEntry>> RecoverAbandonedAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Claims due messages of an account for this sender: queued, due at <paramref name="now"/>, oldest first; they become <see cref="MailOutboxStatus.Sending"/> with one more attempt.</summary>
    /// <param name="account">The account's address.</param>
    /// <param name="now">The current time.</param>
    /// <param name="max">How many at most.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The claimed records; empty when nothing is due.</returns>
    Task<IReadOnlyList<MailOutboxEntry>> ClaimAsync(string account, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Records durably, before the message is handed to the server, that its transfer starts.</summary>
    /// <param name="id">The message's id (claimed by this sender).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when the mark is durable; <see langword="false"/> when this sender no longer holds the claim (its lease expired and another took the message over): it must not send the message.</returns>
    Task<bool> MarkTransferStartedAsync(string id, CancellationToken cancellationToken);

    /// <summary>Opens the MIME content of a message for reading.</summary>
    /// <param name="id">The message's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The content; the caller disposes it.</returns>
    Task<Stream> OpenContentAsync(string id, CancellationToken cancellationToken);

    /// <summary>Records the outcome of an attempt (queued again, or a final state) and releases the claim.</summary>
    /// <param name="entry">The new record.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when the record is durable; <see langword="false"/> when this sender no longer held the claim (the record was settled by another, e.g. as <see cref="MailOutboxStatus.DeliveryUnknown"/>).</returns>
    Task<bool> UpdateAsync(MailOutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>Reads the record of a message.</summary>
    /// <param name="id">The message's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record, or <see langword="null"/> when there is no such message (or it was purged).</returns>
    Task<MailOutboxEntry?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Lists records, oldest first.</summary>
    /// <param name="status">Only this status; <see langword="null"/> for all.</param>
    /// <param name="max">How many at most.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The records.</returns>
    Task<IReadOnlyList<MailOutboxEntry>> ListAsync(MailOutboxStatus? status, int max, CancellationToken cancellationToken);

    /// <summary>Deletes messages that reached a final state before a time.</summary>
    /// <param name="completedBefore">The time.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken);
}
