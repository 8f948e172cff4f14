using MailKit;

namespace MailKitConfig;

/// <summary>Which mailbox a receiver reads and what it does with the messages the application accepted.</summary>
public sealed class MailReceiveOptions
{
    /// <summary>Gets or sets the protocol; <see langword="null"/> uses IMAP when the account has an IMAP server, else POP3.</summary>
    public MailProtocol? Protocol { get; set; }

    /// <summary>Gets or sets the IMAP folder's full name (e.g. <c>Orders</c> or <c>INBOX/Orders</c>); <see langword="null"/> for <see cref="SpecialFolder"/> or the inbox.</summary>
    public string? Folder { get; set; }

    /// <summary>Gets or sets the IMAP folder found by its special use (RFC 6154), e.g. <see cref="MailKit.SpecialFolder.Junk"/>, when <see cref="Folder"/> is not set.</summary>
    public SpecialFolder? SpecialFolder { get; set; }

    /// <summary>Gets or sets which messages the first receive of a mailbox hands over. Default: <see cref="MailReceiveStart.NewMessages"/>.</summary>
    public MailReceiveStart Start { get; set; } = MailReceiveStart.NewMessages;

    /// <summary>Gets or sets what happens on the server to a message the application accepted. Default: <see cref="MailAfterAccept.Leave"/>.</summary>
    public MailAfterAccept AfterAccept { get; set; } = MailAfterAccept.Leave;

    /// <summary>Gets or sets the IMAP folder accepted messages are moved to (full name), for <see cref="MailAfterAccept.Move"/>.</summary>
    public string? MoveToFolder { get; set; }

    /// <summary>Gets or sets after how long a POP3 message left on the server (<see cref="MailAfterAccept.Leave"/>) is deleted once accepted; <see langword="null"/> keeps it.</summary>
    public TimeSpan? DeleteFromServerAfter { get; set; }

    /// <summary>Gets the conditions a message must meet to be handed over, checked on its headers before its body is downloaded; messages that fail them are skipped for good.</summary>
    public MailReceiveFilter Filter { get; } = new();

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The options contradict each other.</exception>
    internal void EnsureValid()
    {
        if (AfterAccept == MailAfterAccept.Move && string.IsNullOrWhiteSpace(MoveToFolder))
        {
            throw new ArgumentException($"{nameof(MailAfterAccept)}.{nameof(MailAfterAccept.Move)} needs {nameof(MoveToFolder)}.", nameof(MoveToFolder));
        }

        if (DeleteFromServerAfter is { } after && after < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(DeleteFromServerAfter)} must not be negative, not {after}.", nameof(DeleteFromServerAfter));
        }

        if (!Enum.IsDefined(Start) || !Enum.IsDefined(AfterAccept))
        {
            throw new ArgumentException($"Unknown start ({Start}) or after-accept action ({AfterAccept}).");
        }
    }
}

/// <summary>Which messages the first receive of a mailbox hands over (later receives hand over what arrived since).</summary>
public enum MailReceiveStart
{
    /// <summary>Only messages that arrive from now on.</summary>
    NewMessages,

    /// <summary>Every message in the mailbox.</summary>
    All,

    /// <summary>The messages not marked as read (IMAP; POP3 has no read marks and hands over all).</summary>
    Unseen,
}

/// <summary>What happens on the server to a message the application accepted.</summary>
public enum MailAfterAccept
{
    /// <summary>Nothing: the message stays as it is.</summary>
    Leave,

    /// <summary>The message is marked as read (IMAP; like <see cref="Leave"/> for POP3).</summary>
    MarkSeen,

    /// <summary>The message is moved to <see cref="MailReceiveOptions.MoveToFolder"/> (IMAP only).</summary>
    Move,

    /// <summary>The message is deleted (IMAP: flagged and expunged, only the accepted ones where the server offers UIDPLUS; POP3: DELE).</summary>
    Delete,
}
