namespace MailKitConfig;

/// <summary>What happened while configuring an account: every source consulted and every candidate tried, with outcome and time.</summary>
public sealed class DiscoveryTrace
{
    private readonly List<DiscoveryTraceEntry> entries = [];
    private readonly object sync = new();

    internal DiscoveryTrace()
    {
    }

    /// <summary>Gets the entries in the order they happened.</summary>
    public IReadOnlyList<DiscoveryTraceEntry> Entries
    {
        get
        {
            lock (sync)
            {
                return entries.ToList();
            }
        }
    }

    /// <summary>Returns the entries, one per line.</summary>
    /// <returns>The trace as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Entries);

    internal void Add(DiscoveryTraceEntry entry)
    {
        lock (sync)
        {
            entries.Add(entry);
        }
    }
}

/// <summary>One step of discovery or verification.</summary>
/// <param name="At">When, since the start of the call.</param>
/// <param name="Source">The source, or the kind of settings verified.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Detail">Details: URLs, records, hosts, the server's reply.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Candidate">The candidate verified, for verification entries.</param>
/// <param name="Problem">The classified failure of a verification, if any.</param>
public sealed record DiscoveryTraceEntry(TimeSpan At, MailSettingsSource Source, DiscoveryOutcome Outcome, string Detail, TimeSpan Duration, MailServerCandidate? Candidate = null, MailProblem? Problem = null)
{
    /// <summary>Returns a one-line description.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString()
        => FormattableString.Invariant($"{At.TotalMilliseconds,7:0} ms {Source,-14} {Outcome,-12} {Duration.TotalMilliseconds,6:0} ms  {Detail}");
}

/// <summary>The outcome of a discovery or verification step.</summary>
public enum DiscoveryOutcome
{
    /// <summary>The source found settings.</summary>
    Found,

    /// <summary>The source found nothing (no record, no file, unknown provider).</summary>
    NotFound,

    /// <summary>The source failed (network error, malformed data).</summary>
    Failed,

    /// <summary>The source or candidate was not used: a higher-priority one won, or the deadline passed.</summary>
    Skipped,

    /// <summary>A login to the candidate worked.</summary>
    Verified,

    /// <summary>A login to the candidate failed.</summary>
    Rejected,

    /// <summary>An entry of a source was refused as unusable (e.g. an autoconfig server with an invalid host name or port); the detail says which and why.</summary>
    Refused,
}
