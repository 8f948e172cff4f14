namespace MailKitConfig;

/// <summary>The step of a conversation with a mail server at which something failed.</summary>
public enum MailOperationStage
{
    /// <summary>Resolving the host name and opening the TCP connection.</summary>
    Connect,

    /// <summary>The TLS handshake (implicit TLS or STARTTLS), including certificate validation.</summary>
    Tls,

    /// <summary>Reading the server's greeting.</summary>
    Greeting,

    /// <summary>Asking the server what it supports (EHLO, CAPABILITY, CAPA).</summary>
    Capabilities,

    /// <summary>Logging in.</summary>
    Authentication,

    /// <summary>SMTP <c>MAIL FROM</c>: the server judged the sender.</summary>
    Sender,

    /// <summary>SMTP <c>RCPT TO</c>: the server judged a recipient.</summary>
    Recipient,

    /// <summary>SMTP <c>DATA</c>: the server judged the message itself.</summary>
    Data,

    /// <summary>Opening or reading a mailbox (IMAP SELECT/FETCH, POP3 STAT/RETR).</summary>
    Mailbox,

    /// <summary>Any other step.</summary>
    Other,
}
