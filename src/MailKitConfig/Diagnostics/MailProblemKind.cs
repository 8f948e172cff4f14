namespace MailKitConfig;

/// <summary>What went wrong, in terms a user can act on.</summary>
public enum MailProblemKind
{
    /// <summary>The server refused the login name or password.</summary>
    AuthenticationFailed,

    /// <summary>The provider requires an app password for mail programs instead of the account password.</summary>
    AppPasswordRequired,

    /// <summary>The provider wants the user to sign in through the web browser first (to confirm or unlock the account).</summary>
    WebLoginRequired,

    /// <summary>Password (basic) authentication is switched off for the account or organisation; OAuth sign-in is needed.</summary>
    BasicAuthDisabled,

    /// <summary>The OAuth access token was refused (expired, revoked, wrong scope or user); XOAUTH2/OAUTHBEARER.</summary>
    OAuthTokenInvalid,

    /// <summary>The password has expired and must be changed at the provider.</summary>
    PasswordExpired,

    /// <summary>Access by mail programs (IMAP, POP3 or SMTP) is switched off for the account.</summary>
    ProtocolDisabled,

    /// <summary>The server requires a login before it takes mail.</summary>
    AuthenticationRequired,

    /// <summary>The server requires an encrypted connection (STARTTLS or implicit TLS) before login or mail.</summary>
    EncryptionRequired,

    /// <summary>The client and the server have no login method in common.</summary>
    AuthMechanismUnsupported,

    /// <summary>The login worked, but the user may not use this mailbox or act as this user.</summary>
    AuthorizationFailed,

    /// <summary>The account is disabled, suspended or locked.</summary>
    AccountDisabled,

    /// <summary>The server refused the sender (From) address.</summary>
    SenderRejected,

    /// <summary>The server refused a recipient address (unknown or not accepted).</summary>
    RecipientRejected,

    /// <summary>The server refuses to forward mail to other domains for this client.</summary>
    RelayDenied,

    /// <summary>The message was taken for spam.</summary>
    SpamRejected,

    /// <summary>The message or client was refused by a policy (block lists, SPF/DKIM/DMARC, reputation, content).</summary>
    PolicyRejected,

    /// <summary>Too many messages or recipients in a period (a sending limit).</summary>
    RateLimited,

    /// <summary>Too many simultaneous connections or sessions.</summary>
    TooManyConnections,

    /// <summary>The message is larger than the server accepts.</summary>
    MessageTooLarge,

    /// <summary>A mailbox is over its quota.</summary>
    MailboxFull,

    /// <summary>The server is temporarily unavailable.</summary>
    ServerUnavailable,

    /// <summary>The connection dropped in the middle of the conversation.</summary>
    ConnectionBroken,

    /// <summary>Nothing accepts connections on the port (closed or blocked).</summary>
    ConnectionRefused,

    /// <summary>The server's name does not resolve.</summary>
    HostNotFound,

    /// <summary>The server did not answer in time.</summary>
    Timeout,

    /// <summary>The encrypted connection could not be set up.</summary>
    TlsHandshakeFailed,

    /// <summary>Implicit TLS was spoken to a plain/STARTTLS port, or the reverse.</summary>
    WrongSecurityMode,

    /// <summary>The server's certificate is not trusted, is for another name or has expired.</summary>
    CertificateInvalid,

    /// <summary>The server answered something the protocol does not allow at this point.</summary>
    ProtocolError,

    /// <summary>The failure was not recognised.</summary>
    Unknown,

    /// <summary>No source found usable settings for the address (<see cref="MailProblem.Details"/> says which entries were refused and why).</summary>
    SettingsNotFound,

    /// <summary>The configuration's deadline passed before settings were found and verified.</summary>
    DeadlineExceeded,

    /// <summary>
    /// The connection failed (or the send was cancelled) after the whole message had reached the server, which may have
    /// accepted it: never transient, because sending again may deliver it twice.
    /// </summary>
    DeliveryUnknown,

    /// <summary>The OAuth sign-in no longer works (refresh token revoked or expired, password changed, sign-in refused or not completed): the user must sign in again.</summary>
    OAuthSignInRequired,

    /// <summary>The application has no (valid) app registration with the provider for OAuth sign-in: a task for its developer or administrator.</summary>
    OAuthClientNotRegistered,
}
