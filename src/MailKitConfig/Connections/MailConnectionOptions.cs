using System.Security.Cryptography.X509Certificates;

namespace MailKitConfig;

/// <summary>How the library connects to mail servers: timeouts (connect, command, data), certificate trust and the SMTP client name.</summary>
public sealed class MailConnectionOptions
{
    /// <summary>Gets or sets how long opening a connection (TCP, TLS and greeting) may take. Default: 15 seconds.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how long the server may take to answer one command or to accept a block of data. Default: 60 seconds.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets how long sending a message may wait for the server to take a block of its data or to answer after
    /// its end. Default: 10 minutes (RFC 5321 allows servers that long to answer the end of the data).
    /// </summary>
    public TimeSpan DataTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets a value indicating whether revoked server certificates are refused (needs the CA's revocation list to be reachable). Default: <see langword="true"/>.</summary>
    public bool CheckCertificateRevocation { get; set; } = true;

    /// <summary>
    /// Gets additional root certificates that server certificates may chain to, e.g. a company's own CA.
    /// The system's trusted roots are always accepted; host name checks are never relaxed.
    /// </summary>
    public X509Certificate2Collection TrustedRootCertificates { get; } = [];

    /// <summary>Gets or sets the name the SMTP client gives in EHLO/HELO; <see langword="null"/> uses the machine's name.</summary>
    /// <remarks>Some servers refuse a bare machine name; a fully qualified name such as <c>app01.example.com</c> avoids that.</remarks>
    public string? LocalDomain { get; set; }

    /// <summary>Gets or sets the proxy every connection goes through, unless the account names its own (<see cref="MailAccountSettings.Proxy"/>); also used for discovery's HTTP lookups.</summary>
    public MailProxy? Proxy { get; set; }
}
