namespace MailKitConfig;

/// <summary>A message of the outbox reached its final state.</summary>
/// <param name="entry">The message's record.</param>
public sealed class MailOutboxCompletedEventArgs(MailOutboxEntry entry) : EventArgs
{
    /// <summary>Gets the message's record; <see cref="MailOutboxEntry.Status"/> is final.</summary>
    public MailOutboxEntry Entry { get; } = entry;
}
