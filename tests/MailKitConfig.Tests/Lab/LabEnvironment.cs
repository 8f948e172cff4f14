using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace MailKitConfig.Tests.Lab;

/// <summary>
/// The real mail servers started by <c>eng/test.sh</c> (or <c>eng/lab/up.sh</c>), as described by the lab's <c>lab.json</c>.
/// </summary>
internal sealed record LabEnvironment(
    string Host,
    string RemoteHost,
    string ServerName,
    string Domain,
    string CaCertificatePath,
    string LogDirectory,
    long MessageSizeLimit,
    LabPorts Ports,
    IReadOnlyList<LabUser> Users,
    LabOAuth? OAuth,
    string? Postgres = null)
{
    /// <summary>The environment variable <c>eng/test.sh</c> sets to the path of <c>lab.json</c>.</summary>
    public const string ConfigVariable = "MAILKITCONFIG_LAB_CONFIG";

    private const string DefaultConfigPath = "/tmp/mailkitconfig-lab/lab.json";

    private const string HowToStart = "Run the tests with ./eng/test.sh (it starts the lab), or start the lab with eng/lab/up.sh and run dotnet test.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<LabEnvironment> Loaded = new(Load);

    /// <summary>Gets the lab, loaded once; throws with instructions when it is not running.</summary>
    public static LabEnvironment Current => Loaded.Value;

    /// <summary>Gets the connection string of the lab's PostgreSQL database; throws with instructions when this lab has none.</summary>
    public string PostgresConnectionString => Postgres ?? throw new InvalidOperationException($"The lab has no PostgreSQL (lab.json has no \"postgres\"): restart it with eng/lab/up.sh. {HowToStart}");

    /// <summary>Gets alice, who may send as alice@ and sales@.</summary>
    public LabUser Alice => User("alice");

    /// <summary>Gets bob.</summary>
    public LabUser Bob => User("bob");

    /// <summary>Gets carol, whose password is not ASCII.</summary>
    public LabUser Carol => User("carol");

    /// <summary>Makes the mail module trust the lab's CA and not check revocation (the lab's CA publishes no revocation list).</summary>
    /// <param name="options">The module's connection options.</param>
    public void Trust(MailConnectionOptions options)
    {
        options.TrustedRootCertificates.Add(LoadCaCertificate());
        options.CheckCertificateRevocation = false;
    }

    /// <summary>Loads the lab's CA certificate (a new instance per call; the caller disposes it).</summary>
    /// <returns>The CA certificate.</returns>
    public X509Certificate2 LoadCaCertificate() => X509CertificateLoader.LoadCertificateFromFile(CaCertificatePath);

    private LabUser User(string localPart) => Users.Single(u => u.Address.StartsWith(localPart + "@", StringComparison.Ordinal));

    private static LabEnvironment Load()
    {
        var path = Environment.GetEnvironmentVariable(ConfigVariable) is { Length: > 0 } configured ? configured : DefaultConfigPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The mail lab is not running: {path} does not exist. {HowToStart}");
        }

        var lab = JsonSerializer.Deserialize<LabEnvironment>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} is empty. {HowToStart}");
        foreach (var port in new[] { lab.Ports.Submission, lab.Ports.Submissions, lab.Ports.Imap, lab.Ports.Imaps, lab.Ports.Pop3, lab.Ports.Pop3s })
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(lab.Host, port);
            }
            catch (SocketException ex)
            {
                throw new InvalidOperationException($"The mail lab described by {path} is not running: {lab.Host}:{port} refused the connection ({ex.SocketErrorCode}). {HowToStart}", ex);
            }
        }

        return lab;
    }
}

/// <summary>The lab's ports.</summary>
internal sealed record LabPorts(int Smtp, int Submission, int Submissions, int Imap, int Imaps, int Pop3, int Pop3s, int Lmtp, int Dns, int SmtpSink);

/// <summary>A mailbox in the lab.</summary>
internal sealed record LabUser(string Address, string Password, IReadOnlyList<string> SendAs);

/// <summary>How the lab's Dovecot validates OAuth access tokens (locally, with the issuer's public key).</summary>
internal sealed record LabOAuth(string Issuer, string KeyId, string Algorithm, string PrivateKeyPath);
