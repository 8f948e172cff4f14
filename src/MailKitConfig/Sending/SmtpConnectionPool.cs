using System.Collections.Concurrent;
using MailKit.Net.Smtp;

namespace MailKitConfig;

/// <summary>
/// The authenticated SMTP connections of one account, shared by concurrent senders: each connection is leased to one
/// caller at a time (MailKit clients are not thread-safe), checked with NOOP before reuse after a pause, closed after
/// its message limit or when idle too long.
/// </summary>
internal sealed class SmtpConnectionPool : IAsyncDisposable, IDisposable
{
    private readonly MailAccountSettings account;
    private readonly MailConnectionFactory factory;
    private readonly MailSendingOptions options;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentStack<PooledSmtpConnection> idle = new();
    private readonly ITimer sweeper;
    private volatile bool disposed;

    /// <summary>Initializes a new instance of the <see cref="SmtpConnectionPool"/> class.</summary>
    /// <param name="account">The account (validated).</param>
    /// <param name="factory">Opens the connections.</param>
    /// <param name="options">The pool size, limits and rate.</param>
    /// <param name="time">The clock for idle times and the rate limit.</param>
    public SmtpConnectionPool(MailAccountSettings account, MailConnectionFactory factory, MailSendingOptions options, TimeProvider time)
    {
        this.account = account;
        this.factory = factory;
        this.options = options;
        this.time = time;
        slots = new SemaphoreSlim(options.MaxConnectionsPerAccount, options.MaxConnectionsPerAccount);
        RateLimiter = account.SendingRate is { } rate ? new SendRateLimiter(rate.Messages, rate.Interval, time)
            : options.RateLimit is { } limit ? new SendRateLimiter(limit, options.RateLimitInterval, time)
            : null;
        sweeper = time.CreateTimer(_ => _ = CloseExpiredAsync(), null, options.ConnectionIdleTimeout, options.ConnectionIdleTimeout);
    }

    /// <summary>Gets the account whose connections these are.</summary>
    public MailAccountSettings Account => account;

    /// <summary>Gets the account's rate limit, shared by all its connections, or <see langword="null"/>.</summary>
    public SendRateLimiter? RateLimiter { get; }

    /// <summary>Gets how many connections are open and unused.</summary>
    public int IdleCount => idle.Count;

    /// <summary>Leases a connection: a healthy idle one, or a new one.</summary>
    /// <param name="cancellationToken">Cancels the wait and the connection.</param>
    /// <returns>The connection, to be given back with <see cref="ReturnAsync"/>.</returns>
    /// <exception cref="MailOperationException">A new connection or its login failed.</exception>
    public async Task<PooledSmtpConnection> LeaseAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var waitStarted = time.GetTimestamp();
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        MailTelemetry.PoolWait.Record(time.GetElapsedTime(waitStarted).TotalSeconds);
        try
        {
            while (idle.TryPop(out var pooled))
            {
                if (await IsHealthyAsync(pooled, cancellationToken).ConfigureAwait(false))
                {
                    pooled.Reused = true;
                    MailTelemetry.PoolConnectionsLeased.Add(1);
                    return pooled;
                }

                await pooled.Connection.DisposeAsync().ConfigureAwait(false);
            }

            var connection = await factory.ConnectSmtpAsync(account, t => new SendingSmtpClient(t), cancellationToken).ConfigureAwait(false);
            MailTelemetry.PoolConnectionsOpened.Add(1);
            MailTelemetry.PoolConnectionsLeased.Add(1);
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
            if (reusable && !disposed && pooled.Connection.Client.IsConnected && pooled.Messages < options.MaxMessagesPerConnection)
            {
                pooled.LastUsed = time.GetTimestamp();
                idle.Push(pooled);
            }
            else
            {
                await pooled.Connection.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            MailTelemetry.PoolConnectionsLeased.Add(-1);
            slots.Release();
        }
    }

    /// <summary>Closes the idle connections (saying QUIT); connections in use close when they are given back.</summary>
    /// <returns>A task that completes when the idle connections are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await sweeper.DisposeAsync().ConfigureAwait(false);
        RateLimiter?.Dispose();
        while (idle.TryPop(out var pooled))
        {
            await pooled.Connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Drops the idle connections without waiting for the server.</summary>
    public void Dispose()
    {
        disposed = true;
        sweeper.Dispose();
        RateLimiter?.Dispose();
        while (idle.TryPop(out var pooled))
        {
            pooled.Connection.Client.Dispose();
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

    private async Task CloseExpiredAsync()
    {
        var keep = new List<PooledSmtpConnection>();
        while (idle.TryPop(out var pooled))
        {
            if (time.GetElapsedTime(pooled.LastUsed) >= options.ConnectionIdleTimeout || !pooled.Connection.Client.IsConnected)
            {
                await pooled.Connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                keep.Add(pooled);
            }
        }

        keep.Reverse();
        keep.ForEach(idle.Push);
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
