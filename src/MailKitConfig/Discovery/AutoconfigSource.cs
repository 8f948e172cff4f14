namespace MailKitConfig;

/// <summary>
/// Mozilla autoconfig: <c>https://autoconfig.&lt;domain&gt;/mail/config-v1.1.xml?emailaddress=…</c>,
/// <c>https://&lt;domain&gt;/.well-known/autoconfig/mail/config-v1.1.xml</c>, the ISPDB, and the same for the MX's base
/// domain. All are fetched at once; the first valid file in that order wins. Plain HTTP only when the host app allows it.
/// </summary>
internal sealed class AutoconfigSource : ISettingsSource
{
    /// <inheritdoc />
    public MailSettingsSource Kind => MailSettingsSource.Autoconfig;

    /// <inheritdoc />
    public async Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        var started = context.Elapsed;
        var urls = Urls(context, context.Domain).ToList();
        var mxBase = await MxBaseDomainAsync(context, cancellationToken).ConfigureAwait(false);
        if (mxBase is not null && mxBase != context.Domain)
        {
            urls.AddRange(Urls(context, mxBase));
        }

        var fetches = urls.Select(url => FetchAsync(context, url, cancellationToken)).ToList();
        var failures = new List<string>();
        for (var i = 0; i < urls.Count; i++)
        {
            var (document, error, refused) = await fetches[i].ConfigureAwait(false);
            var url = urls[i];
            foreach (var entry in refused)
            {
                context.Record(Kind, DiscoveryOutcome.Refused, $"{url.Shown}: {entry}", started);
            }

            if (document is null)
            {
                failures.Add($"{url.Shown}: {error}");
                continue;
            }

            context.Record(Kind, DiscoveryOutcome.Found, url.Shown, started);
            var candidates = document.IncomingServers.Concat(document.OutgoingServers)
                .Select(s => new MailServerCandidate(s.Protocol, s.Endpoint, s.Username, Kind, IsTrusted(context, url, s.Endpoint.Host)))
                .ToList();
            var notes = document.Enable.Concat(document.Documentation)
                .Select(n => n.Texts.Count == 0 ? n.Url : $"{ProviderRecord.Pick(n.Texts, context.Culture)}{(n.Url is null ? string.Empty : " " + n.Url)}")
                .OfType<string>()
                .ToList();
            var provider = document.ProviderId is { } id ? context.Providers.FindByDomain(id) : null;
            // Only a file fetched over HTTPS may say where the user signs in (a forged sign-in page would be phishing).
            var oauth = document.OAuth is { } block && url.Url.Scheme == Uri.UriSchemeHttps ? MailOAuthProfile.FromAutoconfig(block) : null;
            return new SourceResult(candidates, provider, notes, oauth);
        }

        context.Record(Kind, DiscoveryOutcome.NotFound, string.Join("; ", failures), started);
        return SourceResult.Empty;
    }

    private static IEnumerable<AutoconfigUrl> Urls(DiscoveryContext context, string domain)
    {
        var address = Uri.EscapeDataString(context.Address);
        var schemes = context.Network.Options.AllowPlainHttp ? new[] { "https", "http" } : ["https"];
        foreach (var scheme in schemes)
        {
            yield return new AutoconfigUrl(new Uri($"{scheme}://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}"), IsIspdb: false);
            yield return new AutoconfigUrl(new Uri($"{scheme}://{domain}/.well-known/autoconfig/mail/config-v1.1.xml"), IsIspdb: false);
        }

        yield return new AutoconfigUrl(new Uri(context.Network.Options.IspdbBaseUrl, Uri.EscapeDataString(domain)), IsIspdb: true);
    }

    private static async Task<string?> MxBaseDomainAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        try
        {
            var hosts = await context.MxHosts!.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            return hosts.Count == 0 ? null : PublicSuffixList.Default.RegistrableDomain(hosts[0]);
        }
        catch (Exception ex) when (ex is DnsClient.DnsResponseException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Fetches and parses one URL; a failure is returned as a text that names no address (the URL is shown without its query).</summary>
    private static async Task<(AutoconfigDocument? Document, string Error, IReadOnlyList<string> Refused)> FetchAsync(DiscoveryContext context, AutoconfigUrl url, CancellationToken cancellationToken)
    {
        try
        {
            var body = await context.Network.GetAsync(url.Url, AutoconfigXml.MaxLength, context.Proxy, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return (null, context.Text("Trace.NoFile"), []);
            }

            var document = AutoconfigXml.Parse(new MemoryStream(body), context.Address, requireServer: false, cancellationToken);
            var usable = document.IncomingServers.Count + document.OutgoingServers.Count > 0;
            return (usable ? document : null, usable ? string.Empty : context.Text("Trace.NoUsableServer"), document.Refused);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, context.Text(ex), []);
        }
    }

    /// <summary>
    /// Trusted only over HTTPS, and only for servers inside the address's own domain or a known provider's (or any server
    /// named by Mozilla's curated ISPDB). The MX's base domain confers no trust: it comes from DNS, which without DNSSEC
    /// can be spoofed to any domain whose owner can then serve a valid file with a valid certificate.
    /// </summary>
    private static bool IsTrusted(DiscoveryContext context, AutoconfigUrl url, string host)
        => url.Url.Scheme == Uri.UriSchemeHttps
        && (url.IsIspdb || PublicSuffixList.IsInside(host, context.Domain) || context.Providers.IsProviderHost(host));

    private sealed record AutoconfigUrl(Uri Url, bool IsIspdb)
    {
        /// <summary>Gets the URL as shown in the trace and in problems: without its query, which holds the user's address.</summary>
        public string Shown => Url.GetLeftPart(UriPartial.Path);
    }
}
