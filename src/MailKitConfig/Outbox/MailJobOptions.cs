namespace MailKitConfig;

/// <summary>
/// How the scheduled "send and receive mail" job runs. Bind it to configuration with the host's
/// <c>services.Configure&lt;MailJobOptions&gt;(configuration.GetSection("Mail:Job"))</c> to switch the job on and off,
/// or change its interval, while the application runs.
/// </summary>
public sealed class MailJobOptions
{
    /// <summary>Gets or sets a value indicating whether the job runs. Default: <see langword="true"/>. <see cref="IMailJob.Enable"/> and <see cref="IMailJob.Disable"/> override it until the configuration changes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the time from the end of an account's run to its next run. Default: 1 minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets a value indicating whether a newly queued message starts its account's run at once instead of waiting for the interval. Default: <see langword="true"/>.</summary>
    public bool SendWhenQueued { get; set; } = true;

    /// <summary>
    /// Gets the handlers the job hands each received message to, in order. The job receives for accounts whose usage
    /// includes <see cref="MailUsage.Receive"/> only when there is at least one; a message counts as received once
    /// every handler returned (see <see cref="IMailReceiver"/>).
    /// </summary>
    public IList<MailReceiveHandler> Handlers { get; } = [];

    /// <summary>Gets or sets how the job receives (folder, start, what happens after a message was accepted); <see langword="null"/> for the receiver's defaults.</summary>
    public MailReceiveOptions? Receive { get; set; }

    /// <summary>Gets the accounts the job serves besides the outbox's (those of queued messages, the named accounts and <see cref="MailSendingOptions.SystemAccount"/>).</summary>
    public IList<MailAccountSettings> Accounts { get; } = [];
}
