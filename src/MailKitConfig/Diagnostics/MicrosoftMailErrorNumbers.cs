using System.Globalization;
using System.Text.RegularExpressions;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// The error numbers of Microsoft's mail programs, which they print beside their message in every language: Outlook's,
/// Outlook Express's, Windows Mail's and Windows Live Mail's <c>IXP_E_</c> codes (the Windows SDK's <c>imnxport.h</c>,
/// <c>0x800CCC0E</c>), and CDO for Windows' <c>CDO_E_</c> codes (<c>cdosyserr.h</c>, <c>0x80040213</c>; the component
/// behind classic ASP's, VBScript's and many Windows services' mail), in hexadecimal or as the negative decimal number
/// VBScript prints (<c>-2147220973</c>). A number says which step failed as the program saw it, no more than its
/// English message would, so it decides only when no word did (a socket's error number or the server's words beside it
/// say more); it is read before the reply's enhanced and reply codes, which the SMTP numbers restate with the step.
/// Numbers that name no cause (a cancelled operation, an account or server not set up, a failed send whose transport
/// code follows) are left out.
/// </summary>
internal static partial class MicrosoftMailErrorNumbers
{
    private const uint Outlook = 0x800CCC00;
    private const uint Cdo = 0x80040200;

    private static readonly Dictionary<uint, (MailProblemKind Kind, MailProblemKind[] AlsoPossible)> Meanings = new()
    {
        [Outlook + 0x01] = (CertificateInvalid, []), // IXP_E_INVALID_CERT_CN: the certificate names another host
        [Outlook + 0x02] = (CertificateInvalid, []), // IXP_E_INVALID_CERT_DATE: expired or not yet valid
        [Outlook + 0x06] = (ConnectionBroken, []), // IXP_E_CONN_SEND
        [Outlook + 0x09] = (ConnectionBroken, []), // IXP_E_CONN_RECV
        [Outlook + 0x0B] = (TooManyConnections, [ServerUnavailable]), // IXP_E_BUSY: "server or maildrop is busy"
        [Outlook + 0x0D] = (HostNotFound, []), // IXP_E_CANT_FIND_HOST
        [Outlook + 0x0E] = (ConnectionRefused, [MailProblemKind.Timeout, HostNotFound]), // IXP_E_FAILED_TO_CONNECT
        [Outlook + 0x0F] = (ConnectionBroken, []), // IXP_E_CONNECTION_DROPPED
        [Outlook + 0x12] = (ConnectionBroken, []), // IXP_E_SOCKET_READ_ERROR
        [Outlook + 0x13] = (ConnectionRefused, [ConnectionBroken]), // IXP_E_SOCKET_WRITE_ERROR: "cannot connect to the network"
        [Outlook + 0x15] = (ConnectionRefused, [MailProblemKind.Timeout]), // IXP_E_SOCKET_CONNECT_ERROR
        [Outlook + 0x18] = (AuthenticationFailed, [AuthMechanismUnsupported]), // IXP_E_SICILY_LOGON_FAILED: Secure Password Authentication
        [Outlook + 0x19] = (MailProblemKind.Timeout, []), // IXP_E_TIMEOUT
        [Outlook + 0x1A] = (TlsHandshakeFailed, [WrongSecurityMode]), // IXP_E_SECURE_CONNECT_FAILED
        [Outlook + 0x60] = (ProtocolError, []), // IXP_E_SMTP_RESPONSE_ERROR: a reply with no code
        [Outlook + 0x61] = (ProtocolError, []), // IXP_E_SMTP_UNKNOWN_RESPONSE_CODE
        [Outlook + 0x62] = (ProtocolError, []), // IXP_E_SMTP_500_SYNTAX_ERROR
        [Outlook + 0x63] = (ProtocolError, []), // IXP_E_SMTP_501_PARAM_SYNTAX
        [Outlook + 0x64] = (ProtocolError, []), // IXP_E_SMTP_502_COMMAND_NOTIMPL
        [Outlook + 0x65] = (ProtocolError, [AuthenticationRequired]), // IXP_E_SMTP_503_COMMAND_SEQ
        [Outlook + 0x66] = (ProtocolError, []), // IXP_E_SMTP_504_COMMAND_PARAM_NOTIMPL
        [Outlook + 0x67] = (ServerUnavailable, [TooManyConnections, RateLimited]), // IXP_E_SMTP_421_NOT_AVAILABLE
        [Outlook + 0x68] = (ServerUnavailable, [RecipientRejected]), // IXP_E_SMTP_450_MAILBOX_BUSY
        [Outlook + 0x69] = (RecipientRejected, []), // IXP_E_SMTP_550_MAILBOX_NOT_FOUND
        [Outlook + 0x6A] = (ServerUnavailable, []), // IXP_E_SMTP_451_ERROR_PROCESSING
        [Outlook + 0x6B] = (RecipientRejected, []), // IXP_E_SMTP_551_USER_NOT_LOCAL
        [Outlook + 0x6C] = (ServerUnavailable, [MailboxFull]), // IXP_E_SMTP_452_NO_SYSTEM_STORAGE
        [Outlook + 0x6D] = (MessageTooLarge, [MailboxFull]), // IXP_E_SMTP_552_STORAGE_OVERFLOW
        [Outlook + 0x6E] = (RecipientRejected, []), // IXP_E_SMTP_553_MAILBOX_NAME_SYNTAX
        [Outlook + 0x6F] = (PolicyRejected, [SpamRejected]), // IXP_E_SMTP_554_TRANSACT_FAILED
        [Outlook + 0x78] = (SenderRejected, [AuthenticationRequired]), // IXP_E_SMTP_REJECTED_SENDER
        // IXP_E_SMTP_REJECTED_RECIPIENTS, and CDO's below: a relay refusal when no reply says more
        [Outlook + 0x79] = (RelayDenied, [RecipientRejected, AuthenticationRequired]),
        [Outlook + 0x7C] = (EncryptionRequired, []), // IXP_E_SMTP_530_STARTTLS_REQUIRED
        [Outlook + 0x7D] = (TlsHandshakeFailed, [WrongSecurityMode]), // IXP_E_SMTP_NO_STARTTLS_SUPPORT
        [Outlook + 0x7F] = (TlsHandshakeFailed, []), // IXP_E_SMTP_454_STARTTLS_FAILED
        // A later Outlook's number, not in imnxport.h: "None of the authentication methods supported by this client are
        // supported by your server."
        [Outlook + 0x80] = (AuthMechanismUnsupported, []),
        [Outlook + 0x90] = (AuthenticationFailed, []), // IXP_E_POP3_RESPONSE_ERROR: POP3's -ERR, which these clients meet mostly at login
        [Outlook + 0x91] = (AuthenticationFailed, []), // IXP_E_POP3_INVALID_USER_NAME
        [Outlook + 0x92] = (AuthenticationFailed, []), // IXP_E_POP3_INVALID_PASSWORD
        [Outlook + 0x93] = (ProtocolError, []), // IXP_E_POP3_PARSE_FAILURE
        [Outlook + 0xD3] = (ProtocolError, []), // IXP_E_IMAP_BAD_RESPONSE: a tagged BAD
        [Outlook + 0xD4] = (ProtocolError, []), // IXP_E_IMAP_SVR_SYNTAXERR
        [Outlook + 0xD5] = (ProtocolError, [WrongSecurityMode]), // IXP_E_IMAP_NOTIMAPSERVER: another service answered
        [Outlook + 0xD9] = (ServerUnavailable, [TooManyConnections]), // IXP_E_IMAP_CONNECTION_REFUSED: BYE in the greeting
        [Outlook + 0xDD] = (ConnectionBroken, []), // IXP_E_IMAP_UNSOLICITED_BYE
        [Outlook + 0xDF] = (AuthMechanismUnsupported, []), // IXP_E_IMAP_AUTH_NOT_POSSIBLE: no mechanism in common
        [Outlook + 0xE0] = (AuthMechanismUnsupported, [AuthenticationFailed]), // IXP_E_IMAP_OUT_OF_AUTH_METHODS
        [Cdo + 0x0E] = (SenderRejected, []), // CDO_E_SENDER_REJECTED
        [Cdo + 0x0F] = (RelayDenied, [RecipientRejected, AuthenticationRequired]), // CDO_E_RECIPIENTS_REJECTED
        [Cdo + 0x12] = (ConnectionBroken, []), // CDO_E_CONNECTION_DROPPED
        [Cdo + 0x13] = (ConnectionRefused, [MailProblemKind.Timeout, HostNotFound]), // CDO_E_FAILED_TO_CONNECT
        [Cdo + 0x15] = (AuthenticationFailed, []), // CDO_E_AUTHENTICATION_FAILURE
        [Cdo + 0x17] = (AuthenticationFailed, [AuthMechanismUnsupported]), // CDO_E_LOGON_FAILURE
    };

    /// <summary>Finds the first error number in a text that names a cause.</summary>
    /// <param name="text">The error text.</param>
    /// <returns>The kind and the other kinds it may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? Match(string text)
    {
        foreach (Match number in ErrorNumber().Matches(text))
        {
            var code = number.Groups["hex"] is { Success: true } hex
                ? uint.Parse(hex.ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : (uint)(0x1_0000_0000 - long.Parse(number.Groups["negative"].ValueSpan, CultureInfo.InvariantCulture));
            if (Meanings.TryGetValue(code, out var meaning))
            {
                return meaning;
            }
        }

        return null;
    }

    /// <summary>
    /// An error number: <c>0x800CCC0E</c>, <c>0×800CCC92</c> (a multiplication sign, as some pages print it),
    /// <c>error '80040213'</c>, <c>-2147220973</c>.
    /// </summary>
    [GeneratedRegex(
        @"(?<![0-9A-F])(?:0[x×])?(?<hex>800CCC[0-9A-F]{2}|800402[0-9A-F]{2})(?![0-9A-F])|(?<![\d.])-(?<negative>214664\d{4}|214722\d{4})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorNumber();
}
