using System.Globalization;
using System.Text.RegularExpressions;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// The error numbers of Outlook, Outlook Express, Windows Mail and Windows Live Mail (<c>0x800CCC0E</c>): the
/// <c>IXP_E_</c> codes of the Windows SDK's <c>imnxport.h</c> (facility 12, codes <c>0xCC00</c>–<c>0xCCE0</c>), which
/// these clients print beside their message in every language. A number says which step failed as the client saw it,
/// no more than its English message would, so it decides only when no word, enhanced code or reply code did. Numbers
/// that name no cause (a cancelled operation, an account not set up, a mailbox's message number) are left out.
/// </summary>
internal static partial class OutlookErrorNumbers
{
    private static readonly Dictionary<int, (MailProblemKind Kind, MailProblemKind[] AlsoPossible)> Meanings = new()
    {
        [0x01] = (CertificateInvalid, []), // IXP_E_INVALID_CERT_CN: the certificate names another host
        [0x02] = (CertificateInvalid, []), // IXP_E_INVALID_CERT_DATE: expired or not yet valid
        [0x06] = (ConnectionBroken, []), // IXP_E_CONN_SEND
        [0x09] = (ConnectionBroken, []), // IXP_E_CONN_RECV
        [0x0B] = (TooManyConnections, [ServerUnavailable]), // IXP_E_BUSY: "server or maildrop is busy"
        [0x0D] = (HostNotFound, []), // IXP_E_CANT_FIND_HOST
        [0x0E] = (ConnectionRefused, [MailProblemKind.Timeout, HostNotFound]), // IXP_E_FAILED_TO_CONNECT
        [0x0F] = (ConnectionBroken, []), // IXP_E_CONNECTION_DROPPED
        [0x12] = (ConnectionBroken, []), // IXP_E_SOCKET_READ_ERROR
        [0x13] = (ConnectionRefused, [ConnectionBroken]), // IXP_E_SOCKET_WRITE_ERROR, which Outlook shows as "cannot connect to the network"
        [0x15] = (ConnectionRefused, [MailProblemKind.Timeout]), // IXP_E_SOCKET_CONNECT_ERROR
        [0x18] = (AuthenticationFailed, [AuthMechanismUnsupported]), // IXP_E_SICILY_LOGON_FAILED: Secure Password Authentication
        [0x19] = (MailProblemKind.Timeout, []), // IXP_E_TIMEOUT
        [0x1A] = (TlsHandshakeFailed, [WrongSecurityMode]), // IXP_E_SECURE_CONNECT_FAILED: "does not support the connection encryption type"
        [0x60] = (ProtocolError, []), // IXP_E_SMTP_RESPONSE_ERROR: a reply with no code
        [0x61] = (ProtocolError, []), // IXP_E_SMTP_UNKNOWN_RESPONSE_CODE
        [0x62] = (ProtocolError, []), // IXP_E_SMTP_500_SYNTAX_ERROR
        [0x63] = (ProtocolError, []), // IXP_E_SMTP_501_PARAM_SYNTAX
        [0x64] = (ProtocolError, []), // IXP_E_SMTP_502_COMMAND_NOTIMPL
        [0x65] = (ProtocolError, [AuthenticationRequired]), // IXP_E_SMTP_503_COMMAND_SEQ
        [0x66] = (ProtocolError, []), // IXP_E_SMTP_504_COMMAND_PARAM_NOTIMPL
        [0x67] = (ServerUnavailable, [TooManyConnections, RateLimited]), // IXP_E_SMTP_421_NOT_AVAILABLE
        [0x68] = (ServerUnavailable, [RecipientRejected]), // IXP_E_SMTP_450_MAILBOX_BUSY
        [0x69] = (RecipientRejected, []), // IXP_E_SMTP_550_MAILBOX_NOT_FOUND
        [0x6A] = (ServerUnavailable, []), // IXP_E_SMTP_451_ERROR_PROCESSING
        [0x6B] = (RecipientRejected, []), // IXP_E_SMTP_551_USER_NOT_LOCAL
        [0x6C] = (ServerUnavailable, [MailboxFull]), // IXP_E_SMTP_452_NO_SYSTEM_STORAGE
        [0x6D] = (MessageTooLarge, [MailboxFull]), // IXP_E_SMTP_552_STORAGE_OVERFLOW
        [0x6E] = (RecipientRejected, []), // IXP_E_SMTP_553_MAILBOX_NAME_SYNTAX
        [0x6F] = (PolicyRejected, [SpamRejected]), // IXP_E_SMTP_554_TRANSACT_FAILED
        [0x78] = (SenderRejected, [AuthenticationRequired]), // IXP_E_SMTP_REJECTED_SENDER
        [0x79] = (RelayDenied, [RecipientRejected, AuthenticationRequired]), // IXP_E_SMTP_REJECTED_RECIPIENTS: a relay refusal when no reply says more
        [0x7C] = (EncryptionRequired, []), // IXP_E_SMTP_530_STARTTLS_REQUIRED
        [0x7D] = (TlsHandshakeFailed, [WrongSecurityMode]), // IXP_E_SMTP_NO_STARTTLS_SUPPORT
        [0x7F] = (TlsHandshakeFailed, []), // IXP_E_SMTP_454_STARTTLS_FAILED
        [0x80] = (AuthMechanismUnsupported, []), // "none of the authentication methods supported by this client are supported by your server"
        [0x90] = (AuthenticationFailed, []), // IXP_E_POP3_RESPONSE_ERROR, which Outlook shows as "your server rejected your login"
        [0x91] = (AuthenticationFailed, []), // IXP_E_POP3_INVALID_USER_NAME
        [0x92] = (AuthenticationFailed, []), // IXP_E_POP3_INVALID_PASSWORD
        [0x93] = (ProtocolError, []), // IXP_E_POP3_PARSE_FAILURE
        [0xD3] = (ProtocolError, []), // IXP_E_IMAP_BAD_RESPONSE: a tagged BAD
        [0xD4] = (ProtocolError, []), // IXP_E_IMAP_SVR_SYNTAXERR
        [0xD5] = (ProtocolError, [WrongSecurityMode]), // IXP_E_IMAP_NOTIMAPSERVER: another service answered
        [0xD9] = (ServerUnavailable, [TooManyConnections]), // IXP_E_IMAP_CONNECTION_REFUSED: BYE in the greeting
        [0xDD] = (ConnectionBroken, []), // IXP_E_IMAP_UNSOLICITED_BYE
        [0xDF] = (AuthMechanismUnsupported, []), // IXP_E_IMAP_AUTH_NOT_POSSIBLE: no mechanism in common
        [0xE0] = (AuthMechanismUnsupported, [AuthenticationFailed]), // IXP_E_IMAP_OUT_OF_AUTH_METHODS
    };

    /// <summary>Finds the first error number in a text that names a cause.</summary>
    /// <param name="text">The error text.</param>
    /// <returns>The kind and the other kinds it may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? Match(string text)
    {
        foreach (Match number in ErrorNumber().Matches(text))
        {
            if (Meanings.TryGetValue(int.Parse(number.Groups["code"].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture), out var meaning))
            {
                return meaning;
            }
        }

        return null;
    }

    /// <summary>An error number: <c>0x800CCC0E</c>, <c>0×800CCC92</c> (a multiplication sign, as some pages print it).</summary>
    [GeneratedRegex(@"(?<![0-9A-F])(?:0[x×])?800CCC(?<code>[0-9A-F]{2})(?![0-9A-F])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorNumber();
}
