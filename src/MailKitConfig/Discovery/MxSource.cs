using DnsClient;
using DnsClient.Protocol;

namespace MailKitConfig;

/// <summary>A custom domain whose MX records (any of them) point to a known provider gets that provider's servers.</summary>
internal sealed class MxSource : ISettingsSource
{
    /// <inheritdoc />
    public MailSettingsSource Kind => MailSettingsSource.Mx;

    /// <summary>Looks up the MX hosts of the context's domain, sorted by preference, without trailing dots.</summary>
    /// <param name="context">The call's context.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The hosts; empty when there are none or DNS failed.</returns>
    public static async Task<IReadOnlyList<string>> LookupAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        var response = await context.Network.Dns.QueryAsync(context.Domain, QueryType.MX, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Answers.OfType<MxRecord>()
            .OrderBy(mx => mx.Preference)
            .Select(mx => mx.Exchange.Value.TrimEnd('.').ToLowerInvariant())
            .Where(host => host.Length > 0)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        var started = context.Elapsed;
        var hosts = await context.MxHosts!.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (hosts.Count == 0)
        {
            context.Record(Kind, DiscoveryOutcome.NotFound, context.Text("Trace.NoMxRecord", context.Domain), started);
            return SourceResult.Empty;
        }

        foreach (var host in hosts)
        {
            if (context.Providers.FindByMx(host) is not { } provider)
            {
                continue;
            }

            if (provider.Record.CustomDomainLogin is "providerAddress" or "none" or "unknown")
            {
                // e.g. iCloud custom domains log in with the @icloud.com address, not this one: an MX match alone must not choose the login.
                context.Record(Kind, DiscoveryOutcome.NotFound, context.Text("Trace.MxCustomDomainLogin", host, provider.Name), started);
                return new SourceResult([], provider, [.. provider.GetHintsBeforeLogin(context.Culture)]);
            }

            context.Record(Kind, DiscoveryOutcome.Found, context.Text("Trace.MxProvider", host, provider.Name), started);
            var result = PresetSource.FromProvider(provider, context, Kind);
            return result with { Candidates = result.Candidates.Select(c => c with { Login = context.Address }).ToList() };
        }

        context.Record(Kind, DiscoveryOutcome.NotFound, context.Text("Trace.MxUnknown", string.Join(", ", hosts)), started);
        return SourceResult.Empty;
    }
}
