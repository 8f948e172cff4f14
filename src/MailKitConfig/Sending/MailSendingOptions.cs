namespace MailKitConfig;

/// <summary>How <see cref="IMailSender"/> sends: the system account, retries, connection pooling and the sending rate.</summary>
public sealed class MailSendingOptions
{
    /// <summary>
    /// The key of the send retry pipeline in Polly's registry (<c>ResiliencePipelineProvider&lt;string&gt;</c>), whose
    /// logs and metrics carry <c>pipeline.name = MailKitConfig.Send</c>. By default it is built from these options. To
    /// tune or replace it, register your own under this key with Polly's <c>services.AddResiliencePipeline(…)</c>, before
    /// or after <c>AddMailModule</c>: the module adds its default only when the key is free. The pipeline only decides
    /// whether and when to try again: a message whose delivery may have happened, or that a server refused for good, is
    /// never sent again, whatever the pipeline says.
    /// </summary>
    public const string ResiliencePipelineKey = "MailKitConfig.Send";

    /// <summary>Gets or sets the account the application sends its own mail from (notifications, reports) when no account is named.</summary>
    public MailAccountSettings? SystemAccount { get; set; }

    /// <summary>Gets or sets how many times a temporary failure is retried after the first attempt. Default: 3; 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; each further retry waits about twice as long, with random jitter. Default: 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay between two attempts. Default: 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long after the first attempt a retry may still start. Default: 2 minutes.</summary>
    public TimeSpan RetryTimeLimit { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Gets or sets how many times a connection that was not ready within <see cref="MailConnectionOptions.ConnectTimeout"/>
    /// (a dead or silent server) is retried, after <see cref="RetryDelay"/> without backoff. Default: 1; at most
    /// <see cref="MaxRetryAttempts"/> counts. A server that never greets is rarely cured by more identical attempts.
    /// </summary>
    public int ConnectTimeoutRetries { get; set; } = 1;

    /// <summary>
    /// Gets or sets how long one <see cref="IMailSender.SendAsync(MailAccountSettings, OutgoingMessage, CancellationToken)"/>
    /// may take in all, attempts and waits included, e.g. 20 seconds for a user waiting after pressing "send";
    /// <see langword="null"/> (default) for no overall limit. When it expires the send fails with a
    /// <see cref="MailOperationException"/> whose problem is <see cref="MailProblemKind.Timeout"/> (or
    /// <see cref="MailDeliveryUnknownException"/> when the whole message had already reached the server).
    /// </summary>
    public TimeSpan? SendTimeout { get; set; }

    /// <summary>Gets or sets how many authenticated SMTP connections each account may keep and use at once. Default: 4.</summary>
    public int MaxConnectionsPerAccount { get; set; } = 4;

    /// <summary>
    /// Gets or sets after how many messages a connection is closed and replaced; <see langword="null"/> (default) for
    /// no fixed limit: a connection is used until its server ends the session. A server that limits messages per
    /// session (e.g. "421 4.7.0 Maximum message count per session reached" at MAIL FROM, or closing the connection
    /// between messages) gets the refused message on a new connection at once, without a retry delay and without a
    /// risk of a duplicate (nothing of the message was sent), and the pool then replaces that server's connections
    /// before the count the server refused at. Set a number for a server known to limit its sessions without saying so.
    /// </summary>
    public int? MaxMessagesPerConnection { get; set; }

    /// <summary>Gets or sets how long an unused connection stays open. Default: 30 seconds.</summary>
    public TimeSpan ConnectionIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how long a connection may have been unused before it is checked with NOOP when it is reused.
    /// Default: 2 seconds; <see cref="TimeSpan.Zero"/> checks before every reuse.
    /// </summary>
    public TimeSpan HealthCheckAfterIdle { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how many messages each account may send per <see cref="RateLimitInterval"/>, over all its connections, unless the account sets its own <see cref="MailAccountSettings.SendingRate"/>; <see langword="null"/> for no limit.</summary>
    /// <remarks>Providers limit mass mailings, e.g. to some hundreds of messages per hour or day.</remarks>
    public int? RateLimit { get; set; }

    /// <summary>Gets or sets the interval <see cref="RateLimit"/> counts in. Default: 1 minute.</summary>
    public TimeSpan RateLimitInterval { get; set; } = TimeSpan.FromMinutes(1);
}
