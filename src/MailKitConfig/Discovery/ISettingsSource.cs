namespace MailKitConfig;

/// <summary>One discovery source: produces candidates with provenance; the configurator alone ranks, races and verifies.</summary>
internal interface ISettingsSource
{
    /// <summary>Gets which source this is; its order is its priority.</summary>
    MailSettingsSource Kind { get; }

    /// <summary>Looks for candidates.</summary>
    /// <param name="context">The call's context.</param>
    /// <param name="cancellationToken">Cancelled at the deadline or when a higher-priority source won.</param>
    /// <returns>What was found; an empty result when nothing was.</returns>
    Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken);
}

/// <summary>What a source found.</summary>
/// <param name="Candidates">The servers, preferred first within each protocol.</param>
/// <param name="Provider">The known provider behind them, if any.</param>
/// <param name="Notes">Texts for the user (e.g. autoconfig's "enable" instructions).</param>
/// <param name="OAuth">How to sign in with OAuth, when the source says (autoconfig's <c>&lt;oAuth2&gt;</c> block).</param>
internal sealed record SourceResult(IReadOnlyList<MailServerCandidate> Candidates, MailProvider? Provider = null, IReadOnlyList<string>? Notes = null, MailOAuthProfile? OAuth = null)
{
    /// <summary>A result with nothing in it.</summary>
    public static readonly SourceResult Empty = new([]);

    /// <summary>Returns whether the result has a server for every protocol the usage needs.</summary>
    /// <param name="usage">What the account is for.</param>
    /// <returns><see langword="true"/> when complete.</returns>
    public bool Covers(MailUsage usage)
        => (!usage.HasFlag(MailUsage.Send) || Candidates.Any(c => c.Protocol == MailProtocol.Smtp))
        && (!usage.HasFlag(MailUsage.Receive) || Candidates.Any(c => c.Protocol != MailProtocol.Smtp));
}
