namespace MailKitConfig;

/// <summary>The record the outbox keeps for each message beside its MIME content.</summary>
/// <param name="Id">The outbox's id of the message.</param>
/// <param name="Account">The address of the sending account.</param>
/// <param name="MessageId">The Message-ID header, without angle brackets; the same on every attempt.</param>
/// <param name="Recipients">The envelope recipients.</param>
/// <param name="Created">When the message was queued.</param>
public sealed record MailOutboxEntry(string Id, string Account, string MessageId, IReadOnlyList<string> Recipients, DateTimeOffset Created)
{
    /// <summary>Gets the domain of <see cref="Account"/>: what the outbox's log records name instead of the address.</summary>
    internal string AccountDomain => MailAddressParser.WithoutAddresses(Account);

    /// <summary>Gets where the message stands.</summary>
    public MailOutboxStatus Status { get; init; } = MailOutboxStatus.Queued;

    /// <summary>Gets how many times sending was started.</summary>
    public int Attempts { get; init; }

    /// <summary>Gets when the message is due to be sent (again), while it is queued.</summary>
    public DateTimeOffset? NextAttempt { get; init; }

    /// <summary>Gets when the message reached its final state.</summary>
    public DateTimeOffset? Completed { get; init; }

    /// <summary>Gets a value indicating whether a transfer of the message to the server was started and its outcome is not yet recorded. A message found so after its sender stopped (a crash, an expired lease) may have been delivered: it becomes <see cref="MailOutboxStatus.DeliveryUnknown"/>, never sent again.</summary>
    public bool TransferInProgress { get; init; }

    /// <summary>Gets the server's reply to the message, once it was sent.</summary>
    public string? ServerResponse { get; init; }

    /// <summary>Gets the last failure, if any; for <see cref="MailOutboxStatus.Failed"/> and <see cref="MailOutboxStatus.DeliveryUnknown"/>, why.</summary>
    public MailOutboxFailure? LastFailure { get; init; }

    /// <summary>Gets the size of the stored MIME content in bytes.</summary>
    public long Size { get; init; }

    /// <summary>Gets a value indicating whether the message reached a final state (<see cref="MailOutboxStatus.Sent"/>, <see cref="MailOutboxStatus.Failed"/> or <see cref="MailOutboxStatus.DeliveryUnknown"/>).</summary>
    public bool IsFinal => Status is MailOutboxStatus.Sent or MailOutboxStatus.Failed or MailOutboxStatus.DeliveryUnknown;
}
