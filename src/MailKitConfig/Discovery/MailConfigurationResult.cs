namespace MailKitConfig;

/// <summary>The outcome of configuring an account: verified settings (or why there are none), where they came from, and what to tell the user.</summary>
public sealed class MailConfigurationResult
{
    internal MailConfigurationResult(MailAccountSettings? settings, MailSettingsSource? source, bool isTrusted, bool isVerified, MailProvider? provider, IReadOnlyList<MailServerCandidate> candidates, IReadOnlyList<string> hints, MailProblem? problem, DiscoveryTrace trace)
    {
        Settings = settings;
        Source = source;
        IsTrusted = isTrusted;
        IsVerified = isVerified;
        Provider = provider;
        Candidates = candidates;
        Hints = hints;
        Problem = problem;
        Trace = trace;
    }

    /// <summary>Gets a value indicating whether settings were found (and verified, when verification was asked for).</summary>
    public bool Succeeded => Settings is not null && Problem is null;

    /// <summary>Gets the settings found, or <see langword="null"/>.</summary>
    public MailAccountSettings? Settings { get; }

    /// <summary>Gets the source of the settings (the incoming server's when they differ).</summary>
    public MailSettingsSource? Source { get; }

    /// <summary>Gets a value indicating whether every server in <see cref="Settings"/> comes from a trusted source (see <see cref="MailServerCandidate.IsTrusted"/>).</summary>
    public bool IsTrusted { get; }

    /// <summary>Gets a value indicating whether every server in <see cref="Settings"/> accepted a login.</summary>
    public bool IsVerified { get; }

    /// <summary>Gets the known provider behind the address, if any.</summary>
    public MailProvider? Provider { get; }

    /// <summary>
    /// Gets how to sign in with OAuth 2.0: the known provider's profile, else the one an autoconfig file (fetched over
    /// HTTPS) describes in its <c>&lt;oAuth2&gt;</c> block; after <see cref="IMailOAuth.SignInAsync"/>, also a profile the host
    /// supplied (<see cref="MailOAuthOptions.Profiles"/>); <see langword="null"/> when none says.
    /// </summary>
    public MailOAuthProfile? OAuth => Provider?.OAuth ?? DiscoveredOAuth;

    /// <summary>Gets every candidate the sources proposed, in the order they would be tried.</summary>
    public IReadOnlyList<MailServerCandidate> Candidates { get; }

    /// <summary>Gets what to tell the user: the provider's hints (after login when verified, before login otherwise) and setting notes.</summary>
    public IReadOnlyList<string> Hints { get; }

    /// <summary>Gets why no working settings were found, classified, if that is the case.</summary>
    public MailProblem? Problem { get; }

    /// <summary>Gets every source consulted and every candidate tried, with outcome and time.</summary>
    public DiscoveryTrace Trace { get; }

    /// <summary>Gets or sets the OAuth profile a discovery source found (autoconfig), if any.</summary>
    internal MailOAuthProfile? DiscoveredOAuth { get; set; }
}
