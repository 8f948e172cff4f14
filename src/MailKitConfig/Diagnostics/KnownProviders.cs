using System.Text.RegularExpressions;

namespace MailKitConfig;

/// <summary>
/// Recognises the provider of a failing server from its host name or from the marks its replies carry, using the
/// provider data (<c>providers.json</c>: domains, server hosts, MX patterns and each provider's <c>diagnostics</c>).
/// </summary>
internal static class KnownProviders
{
    private static readonly Lazy<Recogniser> Default = new(() => new Recogniser(ProviderCatalog.Default));

    /// <summary>Recognises the provider of a server.</summary>
    /// <param name="host">The server's host name, if known.</param>
    /// <param name="reply">The server's reply, if any.</param>
    /// <returns>The provider id the hints are written for (e.g. <c>Microsoft</c> for Microsoft 365), or <see langword="null"/>.</returns>
    public static string? Recognise(string? host, string? reply) => Default.Value.Recognise(host, reply);

    /// <summary>Gets the other kinds a refused login also means at a provider (its data's <c>loginRefusalAlsoMeans</c>).</summary>
    /// <param name="provider">The provider id as <see cref="Recognise"/> returns it.</param>
    /// <returns>The kinds, or none.</returns>
    public static IReadOnlyList<MailProblemKind> LoginRefusalAlsoMeans(string provider) => Default.Value.LoginRefusalAlsoMeans(provider);

    /// <summary>Reads a reply by the provider's own words (its data's <c>replyMeanings</c>), the first that matches.</summary>
    /// <param name="provider">The provider id as <see cref="Recognise"/> returns it.</param>
    /// <param name="reply">The reply text.</param>
    /// <returns>The kind and the other kinds it may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? MeaningOf(string provider, string reply) => Default.Value.MeaningOf(provider, reply);

    /// <summary>The recognition tables built from one catalogue.</summary>
    internal sealed class Recogniser
    {
        private readonly (string Provider, string[] Domains)[] hostDomains;
        private readonly (string Provider, Regex Signature)[] signatures;
        private readonly Dictionary<string, IReadOnlyList<MailProblemKind>> loginCauses = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (Regex Pattern, MailProblemKind Kind, MailProblemKind[] AlsoPossible)[]> meanings = new(StringComparer.Ordinal);

        /// <summary>Initializes a new instance of the <see cref="Recogniser"/> class.</summary>
        /// <param name="catalog">The provider data.</param>
        public Recogniser(ProviderCatalog catalog)
        {
            hostDomains = [.. catalog.Providers.Select(p => (HintsId(p), ServedDomains(p.Record).ToArray()))];
            var marked = new List<(string, Regex)>();
            foreach (var provider in catalog.Providers)
            {
                if (provider.Record.Diagnostics?.ReplySignatures is { Count: > 0 } marks)
                {
                    marked.Add((HintsId(provider), new Regex(string.Join('|', marks), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
                }

                if (provider.Record.Diagnostics?.LoginRefusalAlsoMeans is { Count: > 0 } causes)
                {
                    loginCauses.TryAdd(HintsId(provider), causes);
                }

                if (provider.Record.Diagnostics?.ReplyMeanings is { Count: > 0 } replies)
                {
                    meanings.TryAdd(HintsId(provider), [.. replies.Select(m => (new Regex(m.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), m.Kind, m.AlsoPossible?.ToArray() ?? []))]);
                }
            }

            signatures = [.. marked];
        }

        /// <inheritdoc cref="KnownProviders.Recognise"/>
        public string? Recognise(string? host, string? reply)
            => FromHost(host) ?? (reply is null ? null : signatures.FirstOrDefault(s => s.Signature.IsMatch(reply)).Provider);

        /// <inheritdoc cref="KnownProviders.LoginRefusalAlsoMeans"/>
        public IReadOnlyList<MailProblemKind> LoginRefusalAlsoMeans(string provider) => loginCauses.GetValueOrDefault(provider) ?? [];

        /// <inheritdoc cref="KnownProviders.MeaningOf"/>
        public (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? MeaningOf(string provider, string reply)
            => meanings.GetValueOrDefault(provider)?.FirstOrDefault(m => m.Pattern.IsMatch(reply)) is { Pattern: not null } meaning
                ? (meaning.Kind, meaning.AlsoPossible)
                : null;

        private static string HintsId(MailProvider provider) => provider.Record.Diagnostics?.HintsAs ?? provider.Id;

        /// <summary>The address domains, the servers and the MX patterns; a host is recognised inside any of their registered domains.</summary>
        private static IEnumerable<string> ServedDomains(ProviderRecord record)
            => record.Domains
                .Concat(record.Servers.Select(s => s.Host))
                .Concat(record.MxPatterns.Select(p => p.TrimStart('*', '.')))
                .Distinct(StringComparer.OrdinalIgnoreCase);

        private string? FromHost(string? host)
        {
            if (string.IsNullOrEmpty(host))
            {
                return null;
            }

            host = host.TrimEnd('.');
            foreach (var (provider, domains) in hostDomains)
            {
                if (domains.Any(d => PublicSuffixList.IsInside(host, d)))
                {
                    return provider;
                }
            }

            return signatures.FirstOrDefault(s => s.Signature.IsMatch(host)).Provider;
        }
    }
}
