namespace MailKitConfig.PostgreSql;

/// <summary>How the package keeps the outbox, the receive state and the receive locks in PostgreSQL.</summary>
public sealed class PostgreSqlOutboxOptions
{
    /// <summary>Gets or sets the Npgsql connection string, e.g. <c>Host=db;Database=app;Username=app;Password=…</c>.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Gets or sets the database schema of the package's tables; created when missing. Default: <c>mailkitconfig</c>.</summary>
    public string Schema { get; set; } = "mailkitconfig";

    /// <summary>
    /// Gets or sets how long a server's claim on a message lasts without renewal. The claim is renewed every third of
    /// it while the message is being sent; when a server dies, its messages go to another server after this time
    /// (except those whose transfer had started: they become <see cref="MailOutboxStatus.DeliveryUnknown"/>). It is also
    /// the lease of a server's slots in the shared SMTP connection limit (<see cref="IMailConnectionSlots"/>): a server
    /// that dies frees them after this time. Default: 1 minute.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets the largest message content (in bytes) held in memory: smaller messages are buffered in memory when
    /// queued and fetched together with their claim; larger ones are streamed into and out of the database through a
    /// temporary file (readable only by this user, deleted when closed). Between 4 KiB and 64 MiB. Default: 256 KiB.
    /// </summary>
    public long MemoryContentLimit { get; set; } = 256 * 1024;

    /// <summary>
    /// Gets or sets how often a server that holds an account's receive lock checks that the database connection holding
    /// it is alive; when it broke, the server stops receiving for the account within this time (another server may
    /// have taken the lock over). At least 1 second. Default: 10 seconds.
    /// </summary>
    public TimeSpan ReceiveLockCheckInterval { get; set; } = TimeSpan.FromSeconds(10);
}
