namespace MailKitConfig;

/// <summary>A mail protocol.</summary>
public enum MailProtocol
{
    /// <summary>SMTP, for sending (RFC 5321; submission RFC 6409).</summary>
    Smtp,

    /// <summary>IMAP, for reading mail kept on the server (RFC 9051).</summary>
    Imap,

    /// <summary>POP3, for downloading mail (RFC 1939).</summary>
    Pop3,
}
