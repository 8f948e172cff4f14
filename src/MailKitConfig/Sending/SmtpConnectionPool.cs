namespace MailKitConfig;

/// <summary>
/// The authenticated SMTP connections of one <see cref="SmtpPoolKey"/>, shared by concurrent senders: each connection
/// is leased to one caller at a time (MailKit clients are not thread-safe), checked with NOOP before reuse after a
/// pause, closed after its message limit or when idle too long. A timer runs only while something waits to expire
/// (an idle connection, or the rate limit's window); when nothing is left the pool tells its owner it is quiet.
/// </summary>
internal sealed class SmtpConnectionPool : IAsyncDisposable, IDisposable
{
    private readonly MailConnectionFactory factory;
    private readonly MailSendingOptions options;
    private readonly TimeProvider time;
    private readonly Action<SmtpConnectionPool> quiet;
    private readonly SemaphoreSlim slots;
    private readonly object gate = new();
    private readonly List<PooledSmtpConnection> idle = []; // the oldest first, reused from the end
    private ITimer? sweeper;
    private bool disposed;

    /// <summary>Initializes a new instance of the <see cref="SmtpConnectionPool"/> class.</summary>
    /// <param name="key">What the connections are.</param>
    /// <param name="rate">The sending limit shared by the connections, or <see langword="null"/>.</param>
    /// <param name="factory">Opens the connections.</param>
    /// <param name="options">The pool size and limits.</param>
    /// <param name="time">The clock for idle times and the rate limit.</param>
    /// <param name="quiet">Called when the pool holds nothing any more (no idle connection, no recent message under a rate limit).</param>
    public SmtpConnectionPool(SmtpPoolKey key, MailSendingRate? rate, MailConnectionFactory factory, MailSendingOptions options, TimeProvider time, Action<SmtpConnectionPool> quiet)
    {
        Key = key;
        this.factory = factory;
        this.options = options;
        this.time = time;
        this.quiet = quiet;
        slots = new SemaphoreSlim(options.MaxConnectionsPerAccount, options.MaxConnectionsPerAccount);
        RateLimiter = rate is null ? null : new SendRateLimiter(rate.Messages, rate.Interval, time);
    }

    /// <summary>Gets what the connections are.</summary>
    public SmtpPoolKey Key { get; }

    /// <summary>Gets the sending limit shared by all the connections, or <see langword="null"/>.</summary>
    public SendRateLimiter? RateLimiter { get; }

    /// <summary>Gets or sets how many sends use the pool now (kept by the owner, under its lock).</summary>
    public int Users { get; set; }

    /// <summary>Gets how many connections are open and unused.</summary>
    public int IdleCount
    {
        get
        {
            lock (gate)
            {
                return idle.Count;
            }
        }
    }

    /// <summary>Gets a value indicating whether the sweeper's timer exists (for tests).</summary>
    internal bool TimerArmed
    {
        get
        {
            lock (gate)
            {
                return sweeper is not null;
            }
        }
    }

    /// <summary>Gets a value indicating whether the pool holds nothing: no idle connection, and no message within the rate limit's window.</summary>
    public bool IsQuiet
    {
        get
        {
            lock (gate)
            {
                return idle.Count == 0 && (RateLimiter?.QuietIn() ?? TimeSpan.Zero) <= TimeSpan.Zero;
            }
        }
    }

    /// <summary>Waits until the rate limit lets another message start, and counts it.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the message may start.</returns>
    public async ValueTask WaitForRateAsync(CancellationToken cancellationToken)
    {
        if (RateLimiter is { } limiter)
        {
            await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            ArmSweeper(limiter.Interval);
        }
    }

    /// <summary>Leases a connection: a healthy idle one, or a new one logged in as <paramref name="account"/>.</summary>
    /// <param name="account">The account to log in as when a new connection is needed (its key is <see cref="Key"/>).</param>
    /// <param name="cancellationToken">Cancels the wait and the connection.</param>
    /// <returns>The connection, to be given back with <see cref="ReturnAsync"/>.</returns>
    /// <exception cref="MailOperationException">A new connection or its login failed.</exception>
    public async Task<PooledSmtpConnection> LeaseAsync(MailAccountSettings account, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (TakeIdle() is { } pooled)
            {
                if (await IsHealthyAsync(pooled, cancellationToken).ConfigureAwait(false))
                {
                    pooled.Reused = true;
                    return pooled;
                }

                await pooled.Connection.DisposeAsync().ConfigureAwait(false);
            }

            var connection = await factory.ConnectSmtpAsync(account, t => new SendingSmtpClient(t), cancellationToken).ConfigureAwait(false);
            return new PooledSmtpConnection(connection, time.GetTimestamp());
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    /// <summary>Gives a leased connection back: kept for reuse when it is still good, otherwise closed.</summary>
    /// <param name="pooled">The connection.</param>
    /// <param name="reusable">Whether the last operation left the connection in a known state.</param>
    /// <returns>A task that completes when the connection is kept or closed.</returns>
    public async ValueTask ReturnAsync(PooledSmtpConnection pooled, bool reusable)
    {
        try
        {
            var kept = false;
            if (reusable && pooled.Connection.Client.IsConnected && pooled.Messages < options.MaxMessagesPerConnection)
            {
                lock (gate)
                {
                    if (!disposed)
                    {
                        pooled.LastUsed = time.GetTimestamp();
                        idle.Add(pooled);
                        kept = true;
                        ArmSweeperLocked(options.ConnectionIdleTimeout);
                    }
                }
            }

            if (!kept)
            {
                await pooled.Connection.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Closes the idle connections (saying QUIT); connections in use close when they are given back.</summary>
    /// <returns>A task that completes when the idle connections are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var pooled in Retire())
        {
            await pooled.Connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Drops the idle connections without waiting for the server.</summary>
    public void Dispose()
    {
        foreach (var pooled in Retire())
        {
            pooled.Connection.Client.Dispose();
        }
    }

    private List<PooledSmtpConnection> Retire()
    {
        List<PooledSmtpConnection> closing;
        lock (gate)
        {
            disposed = true;
            sweeper?.Dispose();
            sweeper = null;
            closing = [.. idle];
            idle.Clear();
        }

        RateLimiter?.Dispose();
        return closing;
    }

    private PooledSmtpConnection? TakeIdle()
    {
        lock (gate)
        {
            if (idle.Count == 0)
            {
                return null;
            }

            var pooled = idle[^1];
            idle.RemoveAt(idle.Count - 1);
            return pooled;
        }
    }

    private void ArmSweeper(TimeSpan due)
    {
        lock (gate)
        {
            ArmSweeperLocked(due);
        }
    }

    /// <summary>Starts the timer unless it runs: whatever it finds not yet expired when it fires makes it run again.</summary>
    private void ArmSweeperLocked(TimeSpan due)
    {
        if (sweeper is null && !disposed)
        {
            sweeper = time.CreateTimer(static pool => ((SmtpConnectionPool)pool!).Sweep(), this, due, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Closes the connections idle for <see cref="MailSendingOptions.ConnectionIdleTimeout"/>; stops the timer when nothing is left to expire.</summary>
    private void Sweep()
    {
        var expired = new List<PooledSmtpConnection>();
        bool nothingLeft;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var now = time.GetTimestamp();
            idle.RemoveAll(pooled =>
            {
                var gone = time.GetElapsedTime(pooled.LastUsed, now) >= options.ConnectionIdleTimeout || !pooled.Connection.Client.IsConnected;
                if (gone)
                {
                    expired.Add(pooled);
                }

                return gone;
            });
            var next = idle.Count == 0 ? (TimeSpan?)null : options.ConnectionIdleTimeout - time.GetElapsedTime(idle[0].LastUsed, now);
            if (RateLimiter?.QuietIn() is { } window && window > TimeSpan.Zero)
            {
                next = next is { } n && n < window ? n : window;
            }

            nothingLeft = next is null;
            if (next is { } due)
            {
                sweeper!.Change(due, Timeout.InfiniteTimeSpan);
            }
            else
            {
                sweeper!.Dispose();
                sweeper = null;
            }
        }

        foreach (var pooled in expired)
        {
            _ = pooled.Connection.DisposeAsync().AsTask();
        }

        if (nothingLeft)
        {
            quiet(this);
        }
    }

    private async Task<bool> IsHealthyAsync(PooledSmtpConnection pooled, CancellationToken cancellationToken)
    {
        var client = pooled.Connection.Client;
        var idleFor = time.GetElapsedTime(pooled.LastUsed);
        if (!client.IsConnected || idleFor >= options.ConnectionIdleTimeout)
        {
            return false;
        }

        if (idleFor < options.HealthCheckAfterIdle)
        {
            return true;
        }

        try
        {
            client.Timeout = MailConnectionFactory.ToTimeout(factory.Options.CommandTimeout);
            await client.NoOpAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            return false; // the server closed the connection while it was idle; open a new one
        }
    }
}

/// <summary>A pooled SMTP connection with its use counts.</summary>
/// <param name="connection">The authenticated connection.</param>
/// <param name="openedAt">When it was opened (a <see cref="TimeProvider"/> timestamp).</param>
internal sealed class PooledSmtpConnection(MailConnection<SendingSmtpClient> connection, long openedAt)
{
    /// <summary>Gets the connection.</summary>
    public MailConnection<SendingSmtpClient> Connection { get; } = connection;

    /// <summary>Gets or sets how many messages the server accepted on this connection.</summary>
    public int Messages { get; set; }

    /// <summary>Gets or sets when the connection was last given back (a <see cref="TimeProvider"/> timestamp).</summary>
    public long LastUsed { get; set; } = openedAt;

    /// <summary>Gets or sets a value indicating whether the connection was used before this lease.</summary>
    public bool Reused { get; set; }
}
