namespace MailKitConfig;

/// <summary>How the outbox stores, sends and retries messages.</summary>
public sealed class MailOutboxOptions
{
    /// <summary>
    /// Gets or sets the spool directory of the default store (one machine). Default: <c>MailKitConfig/outbox</c> under
    /// the user's local application data folder. Only one process may use a spool directory at a time.
    /// </summary>
    public string SpoolDirectory { get; set; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "MailKitConfig", "outbox");

    /// <summary>
    /// Gets the accounts the outbox sends from after a restart. The outbox stores only an account's address with each
    /// message, never its credentials; it knows the accounts given to <see cref="IMailOutbox.EnqueueAsync(MailAccountSettings, OutgoingMessage, CancellationToken)"/>
    /// since the start, these, and <see cref="MailSendingOptions.SystemAccount"/>. Messages of an account it does not know wait.
    /// </summary>
    public IList<MailAccountSettings> Accounts { get; } = [];

    /// <summary>Gets or sets how many messages of one account are sent at once. Default: 4 (as <see cref="MailSendingOptions.MaxConnectionsPerAccount"/>).</summary>
    public int MaxConcurrentSends { get; set; } = 4;

    /// <summary>Gets or sets the wait after the first temporary failure; each further failure waits twice as long. Default: 1 minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the longest wait between two attempts (a wait suggested by the diagnostics, e.g. for a daily quota, may be longer). Default: 1 hour.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how long after it was queued a message may still be tried; after that a temporary failure is final. Default: 2 days.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Gets or sets how long messages in a final state are kept (for status queries and a person's decision) before <see cref="IMailOutbox.SendPendingAsync"/> deletes them. Default: 7 days.</summary>
    public TimeSpan RetainCompleted { get; set; } = TimeSpan.FromDays(7);
}
