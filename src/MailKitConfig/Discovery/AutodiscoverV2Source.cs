using System.Text.Json;

namespace MailKitConfig;

/// <summary>
/// Microsoft Autodiscover v2 (the credential-free JSON endpoint) tells whether a mailbox is in Microsoft 365; if so,
/// the Microsoft 365 preset applies. No credentials are ever sent to an Autodiscover host.
/// </summary>
internal sealed class AutodiscoverV2Source : ISettingsSource
{
    private const int MaxLength = 16 * 1024;

    /// <inheritdoc />
    public MailSettingsSource Kind => MailSettingsSource.AutodiscoverV2;

    /// <inheritdoc />
    public async Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        var started = context.Elapsed;
        var url = new Uri(context.Network.Options.AutodiscoverV2BaseUrl, Uri.EscapeDataString(context.Address) + "?Protocol=AutodiscoverV1");
        var body = await context.Network.GetAsync(url, MaxLength, context.Proxy, cancellationToken).ConfigureAwait(false);
        if (body is null || ReadUrl(body) is not { } target || !IsMicrosoft365(target, context.Providers))
        {
            context.Record(Kind, DiscoveryOutcome.NotFound, context.Text("Trace.NotMicrosoft365", url.Host), started);
            return SourceResult.Empty;
        }

        var provider = context.Providers.FindById("Microsoft365") ?? context.Providers.FindById("Microsoft");
        if (provider is null)
        {
            context.Record(Kind, DiscoveryOutcome.NotFound, context.Text("Trace.Microsoft365NoPreset"), started);
            return SourceResult.Empty;
        }

        context.Record(Kind, DiscoveryOutcome.Found, context.Text("Trace.Microsoft365", url.Host, target.Host), started);
        var result = PresetSource.FromProvider(provider, context, Kind);
        return result with { Candidates = result.Candidates.Select(c => c with { Login = context.Address }).ToList() };
    }

    private static Uri? ReadUrl(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("Url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var target)
                ? target
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An HTTPS URL on the servers of the Microsoft 365 or Outlook.com presets (their domains come from the provider data).</summary>
    private static bool IsMicrosoft365(Uri target, ProviderCatalog providers)
        => target.Scheme == Uri.UriSchemeHttps && (providers.ServesHost("Microsoft365", target.Host) || providers.ServesHost("Microsoft", target.Host));
}
