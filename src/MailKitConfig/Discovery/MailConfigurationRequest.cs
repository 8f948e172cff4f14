namespace MailKitConfig;

/// <summary>What the user typed: an address and a secret, and what the account is for.</summary>
/// <param name="Address">The email address.</param>
public sealed record MailConfigurationRequest(string Address)
{
    /// <summary>Gets the password, app password or OAuth token source; required unless <see cref="Verify"/> is off.</summary>
    public MailCredentials? Credentials { get; init; }

    /// <summary>Gets what the account is for; a send-only account needs no IMAP/POP3, a receive-only one no SMTP. Default: both.</summary>
    public MailUsage Usage { get; init; } = MailUsage.SendAndReceive;

    /// <summary>Gets the preferred incoming protocol. Default: <see cref="MailProtocol.Imap"/> (POP3 when the provider has no IMAP).</summary>
    public MailProtocol PreferredIncoming { get; init; } = MailProtocol.Imap;

    /// <summary>Gets the display name for the resulting settings, if any.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets a value indicating whether the found servers are verified by logging in (never sending mail). Default: <see langword="true"/>.</summary>
    public bool Verify { get; init; } = true;

    /// <summary>Gets how long the whole call may take; <see langword="null"/> uses <see cref="MailDiscoveryOptions.Deadline"/>.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>
    /// Gets a receiver of each trace entry as soon as it is recorded (a source found or did not find settings, a login
    /// succeeded or was refused), for a progress display; <see langword="null"/> for none. Reported on the thread that
    /// recorded it, and concurrently when sources finish together.
    /// </summary>
    public IProgress<DiscoveryTraceEntry>? Progress { get; init; }
}
