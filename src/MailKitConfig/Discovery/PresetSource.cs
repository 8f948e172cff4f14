namespace MailKitConfig;

/// <summary>The built-in presets: the address's domain is a known provider's (every alias domain included).</summary>
internal sealed class PresetSource : ISettingsSource
{
    /// <inheritdoc />
    public MailSettingsSource Kind => MailSettingsSource.Preset;

    /// <inheritdoc />
    public Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        var started = context.Elapsed;
        if (context.Providers.FindByDomain(context.Domain) is not { } provider)
        {
            context.Record(Kind, DiscoveryOutcome.NotFound, context.Text("Trace.NotAProviderDomain", context.Domain), started);
            return Task.FromResult(SourceResult.Empty);
        }

        context.Record(Kind, DiscoveryOutcome.Found, context.Text("Trace.Preset", provider.Name, provider.CheckedOn), started);
        return Task.FromResult(FromProvider(provider, context, Kind));
    }

    /// <summary>Turns a provider's servers for one kind of account into trusted candidates.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="context">The call's context.</param>
    /// <param name="source">The source to name: the presets for the provider's own domains, MX or Autodiscover for custom domains.</param>
    /// <returns>The candidates.</returns>
    public static SourceResult FromProvider(MailProvider provider, DiscoveryContext context, MailSettingsSource source)
    {
        var notFor = source == MailSettingsSource.Preset ? ProviderAccounts.Organisation : ProviderAccounts.Personal;
        return new(provider.Record.Servers
            .Where(s => s.Accounts != notFor)
            .Select(s => new MailServerCandidate(s.Protocol, new ServerEndpoint(s.Host, s.Port, s.Security), context.LoginFrom(s.Username), source, IsTrusted: true))
            .ToList(), provider);
    }
}
