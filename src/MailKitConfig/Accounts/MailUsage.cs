namespace MailKitConfig;

/// <summary>What an account is used for; a send-only account needs no IMAP/POP3 server, a receive-only one no SMTP server.</summary>
[Flags]
public enum MailUsage
{
    /// <summary>The account sends mail (SMTP).</summary>
    Send = 1,

    /// <summary>The account receives mail (IMAP or POP3).</summary>
    Receive = 2,

    /// <summary>The account sends and receives mail.</summary>
    SendAndReceive = Send | Receive,
}
