namespace MailKitConfig;

/// <summary>How <see cref="IMailReceiver"/> receives: batches, large messages, failures, state and the timing of watching.</summary>
public sealed class MailReceivingOptions
{
    /// <summary>Gets or sets the directory of the default state store (<see cref="FileMailReceiveStateStore"/>). Default: <c>MailKitConfig/receive-state</c> in the user's local application data.</summary>
    public string StateDirectory { get; set; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "MailKitConfig", "receive-state");

    /// <summary>Gets or sets how many messages one IMAP FETCH downloads. Default: 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Gets or sets the size in bytes above which a message is handed over with its headers only and downloaded into a temporary file on demand. Default: 1 MiB.</summary>
    public long LargeMessageSize { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets after how many handler failures in a row a message is parked (not handed over again). Default: 5.</summary>
    public int MaxHandlerFailures { get; set; } = 5;

    /// <summary>
    /// Gets or sets a value indicating whether the state is saved after each accepted message (default) or once per batch.
    /// Once per batch is faster with a file store (one disk flush per batch), but after a crash the messages of the
    /// unfinished batch are handed over again (with the same keys).
    /// </summary>
    public bool SaveStateAfterEachMessage { get; set; } = true;

    /// <summary>
    /// Gets or sets the shortest time between two state writes after single messages (with
    /// <see cref="SaveStateAfterEachMessage"/>): messages accepted sooner after a write are recorded together by the next
    /// one, at the latest at the end of their batch. After a crash, the messages accepted since the last write (within
    /// this time) are handed over again with the same keys; a recorded acceptance is never handed over again. Default:
    /// zero, a write after every accepted message.
    /// </summary>
    public TimeSpan StateWriteInterval { get; set; }

    /// <summary>Gets or sets how many fingerprints of accepted messages that stay in an IMAP folder are remembered to recognise them after a UIDVALIDITY change. Default: 10,000.</summary>
    public int MaxRememberedMessages { get; set; } = 10_000;

    /// <summary>Gets or sets how long an IMAP IDLE lasts before it is renewed (servers drop idle connections after 30 minutes, some NAT routers much sooner). Default: 9 minutes.</summary>
    public TimeSpan IdleRefreshInterval { get; set; } = TimeSpan.FromMinutes(9);

    /// <summary>Gets or sets how often watching polls where IDLE is not available (IMAP NOOP, POP3). Default: 1 minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the delay before the first reconnect after a dropped connection; it doubles (with jitter) up to <see cref="MaxReconnectDelay"/>. Default: 1 second.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay between reconnects. Default: 5 minutes.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(5);
}
