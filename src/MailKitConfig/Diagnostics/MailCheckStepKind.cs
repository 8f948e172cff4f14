namespace MailKitConfig;

/// <summary>A step of the settings check, in the order they run.</summary>
public enum MailCheckStepKind
{
    /// <summary>Resolving the server's name.</summary>
    Dns,

    /// <summary>Opening the TCP connection.</summary>
    Tcp,

    /// <summary>The TLS handshake of an implicit-TLS connection, with the certificate.</summary>
    Tls,

    /// <summary>The server's greeting.</summary>
    Greeting,

    /// <summary>What the server supports: STARTTLS, login methods, size limit.</summary>
    Capabilities,

    /// <summary>Upgrading the connection with STARTTLS.</summary>
    StartTls,

    /// <summary>Logging in.</summary>
    Login,

    /// <summary>A harmless use of the account: IMAP SELECT INBOX, POP3 STAT, or SMTP MAIL FROM + RCPT TO self + RSET.</summary>
    Verification,

    /// <summary>Sending a real test message to the account itself (only when asked).</summary>
    TestMessage,
}
