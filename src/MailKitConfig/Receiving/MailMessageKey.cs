using System.Globalization;

namespace MailKitConfig;

/// <summary>
/// The stable key of a received message: the same message is handed over with the same key until its acceptance is
/// recorded (account, protocol, folder, UIDVALIDITY and UID for IMAP; the UIDL for POP3).
/// </summary>
/// <param name="Account">The account's address.</param>
/// <param name="Protocol">IMAP or POP3.</param>
/// <param name="Folder">The IMAP folder's full name; <c>INBOX</c> for POP3.</param>
/// <param name="UidValidity">The IMAP folder's UIDVALIDITY; 0 for POP3.</param>
/// <param name="Uid">The IMAP UID; 0 for POP3.</param>
/// <param name="Uidl">The POP3 unique id (or, on a server without UIDL, a fingerprint of Message-Id and size); <see langword="null"/> for IMAP.</param>
public sealed record MailMessageKey(string Account, MailProtocol Protocol, string Folder, uint UidValidity, uint Uid, string? Uidl)
{
    /// <summary>Gets the key as one string, e.g. <c>imap:ann@example.com/INBOX/1700000000/42</c> or <c>pop3:ann@example.com/000000017f3a2b1c</c>.</summary>
    public string Value => Protocol == MailProtocol.Pop3
        ? $"pop3:{Account}/{Uidl}"
        : string.Create(CultureInfo.InvariantCulture, $"imap:{Account}/{Folder}/{UidValidity}/{Uid}");

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The key as one string.</returns>
    public override string ToString() => Value;
}
