using System.Globalization;

namespace MailKitConfig;

/// <summary>What the SMTP server accepted.</summary>
/// <param name="MessageId">The Message-ID of the sent message, without angle brackets.</param>
/// <param name="Recipients">The envelope recipients (To, Cc, Bcc and the hidden copy to self), each once.</param>
/// <param name="ServerResponse">The server's final reply, e.g. <c>2.0.0 Ok: queued as 4Xk2</c>.</param>
public sealed record SendResult(string MessageId, IReadOnlyList<string> Recipients, string ServerResponse)
{
    /// <summary>Gets how many attempts the send took (1 when the first one succeeded).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Gets a value indicating whether a copy was saved in the account's IMAP Sent folder (<see cref="MailAccountSettings.SaveToSent"/>).</summary>
    public bool SavedToSent { get; init; }

    /// <summary>
    /// Gets why the copy for the Sent folder could not be saved, or <see langword="null"/>. The message itself was
    /// delivered to the server either way and is never sent again because of this.
    /// </summary>
    public MailOperationException? SentCopyFailure { get; init; }

    /// <summary>Describes the result without the recipients' addresses (which must not reach logs).</summary>
    /// <returns>For example <c>Message abc@example.com accepted for 2 recipient(s) in 1 attempt(s): 250 2.0.0 Ok: queued as 4Xk2; saved to Sent</c>.</returns>
    public override string ToString()
    {
        var copy = SavedToSent ? "; saved to Sent" : SentCopyFailure is null ? string.Empty : "; not saved to Sent";
        return string.Create(CultureInfo.InvariantCulture, $"Message {MessageId} accepted for {Recipients.Count} recipient(s) in {Attempts} attempt(s): {ServerResponse}{copy}");
    }
}
