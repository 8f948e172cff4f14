using System.Net;

namespace MailKitConfig;

/// <summary>How discovery looks for settings: deadline, DNS, HTTP, ISPDB, safety rules, and the ports guessing probes.</summary>
public sealed class MailDiscoveryOptions
{
    /// <summary>Gets or sets how long a configure call may take in all. Default: 15 seconds.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how long one HTTP or DNS request may take. Default: 5 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long one guessing probe (connect, greeting, capabilities) may take. Default: 5 seconds.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the delay between the starts of successive guessing probes. Default: 100 ms.</summary>
    public TimeSpan ProbeStagger { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Gets the DNS servers to ask; empty uses the system's resolvers.</summary>
    public IList<IPEndPoint> NameServers { get; } = [];

    /// <summary>Gets or sets the base URL of Mozilla's ISPDB. Default: <c>https://autoconfig.thunderbird.net/v1.1/</c>.</summary>
    public Uri IspdbBaseUrl { get; set; } = new("https://autoconfig.thunderbird.net/v1.1/");

    /// <summary>Gets or sets the Autodiscover v2 endpoint (no credentials are ever sent). Default: <c>https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/</c>.</summary>
    public Uri AutodiscoverV2BaseUrl { get; set; } = new("https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/");

    /// <summary>
    /// The name of the <see cref="HttpClient"/> that discovery's requests (autoconfig, ISPDB, Autodiscover) go through in
    /// the mail module, from the host's <see cref="IHttpClientFactory"/>. Give it a handler, a proxy or a primary handler
    /// of your own: <c>services.AddHttpClient(MailDiscoveryOptions.HttpClientName).AddHttpMessageHandler(…)</c>. Keep
    /// redirects off in a primary handler of your own (discovery judges each URL it fetches). The module removes the
    /// factory's request loggers from this client, because autoconfig URLs carry the user's address; add none that log URLs.
    /// </summary>
    public const string HttpClientName = "MailKitConfig.Discovery";

    /// <summary>Gets or sets the primary HTTP handler for autoconfig and Autodiscover requests (e.g. with a proxy); <see langword="null"/> uses a default one. The caller keeps ownership.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>Gets or sets a value indicating whether autoconfig may also be fetched over plain HTTP (results are then untrusted). Default: <see langword="false"/>.</summary>
    public bool AllowPlainHttp { get; set; }

    /// <summary>Gets or sets a value indicating whether a password may be sent to a server from an untrusted source. Default: <see langword="false"/>.</summary>
    public bool AllowUntrustedServers { get; set; }

    /// <summary>Gets or sets a value indicating whether a password may be sent over an unencrypted connection. Default: <see langword="false"/>.</summary>
    public bool AllowPlaintextLogin { get; set; }

    /// <summary>Gets or sets the sources that run. Default: all.</summary>
    public IList<MailSettingsSource> Sources { get; set; } =
        [MailSettingsSource.Preset, MailSettingsSource.Mx, MailSettingsSource.Autoconfig, MailSettingsSource.Srv, MailSettingsSource.AutodiscoverV2, MailSettingsSource.Guess];

    /// <summary>Gets the ports and security modes guessing probes per protocol, preferred first. Defaults: IMAP 993 TLS, 143 STARTTLS; POP3 995, 110; SMTP 465, 587.</summary>
    public IDictionary<MailProtocol, IList<GuessPort>> GuessPorts { get; } = new Dictionary<MailProtocol, IList<GuessPort>>
    {
        [MailProtocol.Imap] = [new(993, MailSecurity.ImplicitTls), new(143, MailSecurity.StartTlsRequired)],
        [MailProtocol.Pop3] = [new(995, MailSecurity.ImplicitTls), new(110, MailSecurity.StartTlsRequired)],
        [MailProtocol.Smtp] = [new(465, MailSecurity.ImplicitTls), new(587, MailSecurity.StartTlsRequired)],
    };
}

/// <summary>A port and security mode guessing probes.</summary>
/// <param name="Port">The port.</param>
/// <param name="Security">The security mode.</param>
public sealed record GuessPort(int Port, MailSecurity Security);
