namespace MailKitConfig;

/// <summary>What one pass over the outbox did.</summary>
/// <param name="Sent">How many messages the server accepted.</param>
/// <param name="Failed">How many failed for good.</param>
/// <param name="DeliveryUnknown">How many may or may not have been delivered (never sent again automatically).</param>
/// <param name="Deferred">How many failed temporarily and wait for a later attempt.</param>
public sealed record MailOutboxRun(int Sent, int Failed, int DeliveryUnknown, int Deferred)
{
    /// <summary>Gets the last failure of the pass, if any message failed or was deferred.</summary>
    public MailOutboxFailure? LastFailure { get; init; }
}
