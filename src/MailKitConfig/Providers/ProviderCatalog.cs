using System.Globalization;
using System.Text.Json;

namespace MailKitConfig;

/// <summary>The built-in provider presets, read once from the embedded <c>providers.json</c>.</summary>
internal sealed class ProviderCatalog
{
    private const string ResourceName = "MailKitConfig.Providers.providers.json";

    private static readonly Lazy<ProviderCatalog> Embedded = new(Load);

    private readonly Dictionary<string, MailProvider> byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MailProvider> byId = new(StringComparer.Ordinal);

    private ProviderCatalog(ProviderFile file)
    {
        foreach (var record in file.Providers)
        {
            var provider = new MailProvider(record, DateOnly.ParseExact(record.CheckedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            byId.Add(record.Id, provider);
            foreach (var domain in record.Domains)
            {
                byDomain.Add(domain, provider);
            }
        }

        Providers = byId.Values.ToList();
    }

    /// <summary>Gets the catalogue embedded in the library.</summary>
    public static ProviderCatalog Default => Embedded.Value;

    /// <summary>Gets every provider.</summary>
    public IReadOnlyList<MailProvider> Providers { get; }

    /// <summary>Finds the provider of an address's domain (e.g. <c>bk.ru</c> → Mail.ru).</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The provider, or <see langword="null"/>.</returns>
    public MailProvider? FindByDomain(string domain) => byDomain.GetValueOrDefault(domain.TrimEnd('.'));

    /// <summary>Finds a provider by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The provider, or <see langword="null"/>.</returns>
    public MailProvider? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>Finds the provider whose MX pattern matches a mail exchanger's host name.</summary>
    /// <param name="mxHost">The MX host, e.g. <c>example-com.mail.protection.outlook.com</c>.</param>
    /// <returns>The provider, or <see langword="null"/>.</returns>
    public MailProvider? FindByMx(string mxHost)
    {
        var host = mxHost.TrimEnd('.').ToLowerInvariant();
        return Providers.FirstOrDefault(p => p.Record.MxPatterns.Any(pattern => Matches(pattern, host)));
    }

    /// <summary>Returns whether a server host belongs to a known provider: it lies inside one of its domains or its servers' domains (by the Public Suffix List).</summary>
    /// <param name="host">The server host.</param>
    /// <returns><see langword="true"/> for a known provider's host.</returns>
    public bool IsProviderHost(string host)
        => Providers.Any(p => p.Record.Servers.Any(s => PublicSuffixList.IsInside(host, s.Host)) || p.Domains.Any(d => PublicSuffixList.IsInside(host, d)));

    /// <summary>Returns whether a host belongs to the servers of a provider (<c>outlook.office365.com</c> → Microsoft 365).</summary>
    /// <param name="providerId">The provider id.</param>
    /// <param name="host">The host.</param>
    /// <returns><see langword="true"/> when the host is inside the registered domain of one of the provider's servers.</returns>
    public bool ServesHost(string providerId, string host)
        => FindById(providerId) is { } provider && provider.Record.Servers.Any(s => PublicSuffixList.IsInside(host, s.Host));

    /// <summary>Returns how many connections per mailbox a provider's server accepts at once, where the provider publishes a limit.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="host">The server's host name, as in the account's settings.</param>
    /// <returns>The limit, or <see langword="null"/> when none is known for that server.</returns>
    public int? MaxConnections(MailProtocol protocol, string host)
    {
        var name = host.TrimEnd('.');
        return Providers.SelectMany(p => p.Record.Servers)
            .FirstOrDefault(s => s.Protocol == protocol && s.MaxConnections is not null && string.Equals(s.Host, name, StringComparison.OrdinalIgnoreCase))?.MaxConnections;
    }

    /// <summary>Parses a catalogue (for tests of the data).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalogue.</returns>
    public static ProviderCatalog Parse(string json)
        => new(JsonSerializer.Deserialize(json, ProviderJsonContext.Default.ProviderFile) ?? throw new InvalidDataException("The provider presets are empty."));

    private static ProviderCatalog Load()
    {
        using var stream = typeof(ProviderCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static bool Matches(string pattern, string host)
        => pattern.StartsWith("*.", StringComparison.Ordinal) ? host.EndsWith(pattern[1..], StringComparison.Ordinal) : host == pattern;
}
