namespace MailKitConfig;

/// <summary>Where a message in the outbox stands.</summary>
public enum MailOutboxStatus
{
    /// <summary>Stored and waiting to be sent (for the first time, or again after a temporary failure).</summary>
    Queued,

    /// <summary>Being sent now.</summary>
    Sending,

    /// <summary>The server accepted the message. Final.</summary>
    Sent,

    /// <summary>The message was not sent: the server refused it for good, or temporary failures lasted beyond the maximum age. Final; the problem says why.</summary>
    Failed,

    /// <summary>The connection broke (or the sending process stopped) after the message may have reached the server; it is never sent again automatically. Final: a person decides.</summary>
    DeliveryUnknown,
}
