namespace MailKitConfig;

/// <summary>
/// A named account as a host describes it, in configuration (<c>Mail:Accounts:&lt;name&gt;</c>) or in code
/// (<c>AddAccount(name, …)</c>); turned into <see cref="MailAccountSettings"/> when it is used.
/// </summary>
/// <remarks>
/// The secret comes from <see cref="Password"/> or <see cref="AppPassword"/> when one is set — from any configuration
/// source: user secrets, environment variables (<c>Mail__Accounts__system__Password</c>), a vault's configuration
/// provider — and otherwise from the registered <see cref="IMailCredentialProvider"/>s. It is never logged.
/// </remarks>
public sealed class MailAccountOptions
{
    /// <summary>Gets or sets the email address (required).</summary>
    public string? Address { get; set; }

    /// <summary>Gets or sets the name shown to recipients.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the login, when it is not the address.</summary>
    public string? Login { get; set; }

    /// <summary>Gets or sets the password; prefer user secrets, environment variables or a credential provider to a file.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the app password issued by the provider.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Gets or sets what the account is for; default: from the servers given (SMTP only: send; IMAP/POP3 only: receive).</summary>
    public MailUsage? Usage { get; set; }

    /// <summary>Gets or sets the outgoing server.</summary>
    public MailServerOptions? Smtp { get; set; }

    /// <summary>Gets or sets the IMAP server.</summary>
    public MailServerOptions? Imap { get; set; }

    /// <summary>Gets or sets the POP3 server.</summary>
    public MailServerOptions? Pop3 { get; set; }

    /// <summary>Gets or sets where replies go.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>Gets or sets a value indicating whether every message also goes to the account itself as a hidden copy.</summary>
    public bool HiddenCopyToSelf { get; set; }

    /// <summary>Gets or sets a value indicating whether sent messages are saved to the IMAP Sent folder.</summary>
    public bool SaveToSent { get; set; }

    /// <summary>Gets or sets the proxy as a URI (<c>socks5://user:password@proxy.example.com:1080</c>, <c>http://…</c>); the user information becomes the proxy's credentials.</summary>
    public string? Proxy { get; set; }

    /// <summary>Gets or sets the most messages per <see cref="RateLimitInterval"/> this account may send; <see langword="null"/> for the module's limit.</summary>
    public int? RateLimit { get; set; }

    /// <summary>Gets or sets the interval of <see cref="RateLimit"/>. Default: one minute.</summary>
    public TimeSpan RateLimitInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>A server of a configured account.</summary>
public sealed class MailServerOptions
{
    /// <summary>Gets or sets the host name or IP address.</summary>
    public string? Host { get; set; }

    /// <summary>Gets or sets the port.</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets the security; default: implicit TLS on 465, 993 and 995, otherwise STARTTLS (required).</summary>
    public MailSecurity? Security { get; set; }
}
