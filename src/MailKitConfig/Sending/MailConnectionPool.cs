using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>
/// The authenticated connections of one <see cref="ConnectionPoolKey"/> (SMTP for sending, IMAP for the Sent copies),
/// shared by concurrent senders: each connection is leased to one caller at a time (MailKit clients are not
/// thread-safe), checked with NOOP before reuse after a pause, closed after its message limit or when idle too long.
/// A connection is replaced without the senders waiting for it: its replacement is opened in the background while its
/// last messages are sent (when the connection limit leaves room), early enough to be ready in time (see
/// <see cref="ConnectTimeMargin"/>); a send that finds no idle connection while the replacement is still connecting
/// waits for it rather than opening another. Its goodbye (QUIT) is said in the background too, bounded by
/// <see cref="MailConnection{TClient}.QuitTimeout"/>. Until a retired connection is closed it still counts against
/// the pool's size, so the server never sees more connections than the limit. With a limit shared by several processes
/// (<see cref="IMailConnectionSlots"/>) each connection also holds a slot of it from before it opens until it is
/// closed, and one whose slot was lost is closed instead of reused. A timer runs only while something waits to expire (an idle connection, or the rate limit's window);
/// when nothing is left the pool tells its owner it is quiet.
/// </summary>
/// <typeparam name="TClient">The MailKit client of the connections.</typeparam>
internal sealed class MailConnectionPool<TClient> : IAsyncDisposable, IDisposable
    where TClient : MailService
{
    /// <summary>
    /// How many of the pool's connect times (an exponential average of the last ones, TLS and login included) before
    /// a connection's limit its replacement starts opening, counted in the connection's own pace (an average of the
    /// time between its messages): e.g. a 15 ms connect and a message every 4 ms start it 8 messages ahead. Twice
    /// the connect time, because a replacement opened beside a busy sender connects more slowly than the first
    /// connection did; a replacement not ready in time costs the next message a connection of its own.
    /// </summary>
    internal const double ConnectTimeMargin = 2;

    /// <summary>
    /// How long a connection that holds a slot of a limit shared with other processes (<see cref="IMailConnectionSlots"/>)
    /// stays open unused, unless <see cref="MailSendingOptions.ConnectionIdleTimeout"/> is shorter: another server may be
    /// waiting for its slot, and it learns of a free one only when the connection closes.
    /// </summary>
    internal static readonly TimeSpan SharedIdleTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The weight of the newest sample in the pool's averages of connect time and pace.</summary>
    private const double AverageWeight = 0.25;

    /// <summary>Whether the pool's connections count in the SMTP pool metrics.</summary>
    private static readonly bool Measured = typeof(SmtpClient).IsAssignableFrom(typeof(TClient));

    private readonly Func<MailAccountSettings, bool, CancellationToken, Task<MailConnection<TClient>>> connect;
    private readonly TimeSpan commandTimeout;
    private readonly MailSendingOptions options;
    private readonly TimeProvider time;
    private readonly Action<MailConnectionPool<TClient>> quiet;
    private readonly ILogger logger;
    private readonly int size;
    private readonly IMailConnectionSlots? sharedSlots;
    private readonly string slotName;
    private readonly TimeSpan idleTimeout;
    private readonly SemaphoreSlim slots; // one per lease, per retired connection still closing and per replacement being opened
    private readonly CancellationTokenSource stopping = new();
    private readonly object gate = new();
    private readonly List<PooledConnection<TClient>> idle = []; // reused from the end; replacements wait at the start
    private ITimer? sweeper;
    private bool disposed;
    private int open; // connections open or opening, closing ones included
    private int holding; // background work holding a slot: retired connections closing, replacements opening
    private int background; // all background work (also idle connections closing), awaited by DisposeAsync
    private TimeSpan? connectTime; // the average time to open and log in a connection, null until one was opened
    private int messageLimit; // messages per connection: the configured limit, lowered to what the server refused at; int.MaxValue for none
    private TaskCompletionSource? drained;
    private TaskCompletionSource? replacementOpening; // completes when the replacement being opened in advance is idle in the pool, or failed

    /// <summary>Initializes a new instance of the <see cref="MailConnectionPool{TClient}"/> class.</summary>
    /// <param name="key">What the connections are.</param>
    /// <param name="size">How many connections may be open at once.</param>
    /// <param name="maxMessagesPerConnection">After how many messages a connection is closed, or <see langword="null"/> until the server refuses one (see <see cref="LearnMessageLimit"/>).</param>
    /// <param name="rate">The sending limit shared by the connections, or <see langword="null"/>.</param>
    /// <param name="connect">Opens and logs in a new connection for an account: the account, whether to probe for implicit TLS, the cancellation.</param>
    /// <param name="commandTimeout">The timeout of the NOOP that checks an idle connection.</param>
    /// <param name="options">The idle limits.</param>
    /// <param name="time">The clock for idle times and the rate limit.</param>
    /// <param name="quiet">Called when the pool holds nothing any more (no idle connection, no recent message under a rate limit).</param>
    /// <param name="logger">Logs what goes wrong in the background (a goodbye not answered, a replacement not opened).</param>
    /// <param name="sharedSlots">The connection limit shared with other processes, asked for a slot before each connection is opened; <see langword="null"/> for this pool's own limit only.</param>
    public MailConnectionPool(ConnectionPoolKey key, int size, int? maxMessagesPerConnection, MailSendingRate? rate, Func<MailAccountSettings, bool, CancellationToken, Task<MailConnection<TClient>>> connect, TimeSpan commandTimeout, MailSendingOptions options, TimeProvider time, Action<MailConnectionPool<TClient>> quiet, ILogger logger, IMailConnectionSlots? sharedSlots = null)
    {
        Key = key;
        this.sharedSlots = sharedSlots;
        slotName = sharedSlots is null ? string.Empty : key.SlotName(Measured ? MailProtocol.Smtp : MailProtocol.Imap);
        idleTimeout = sharedSlots is null || options.ConnectionIdleTimeout < SharedIdleTimeout ? options.ConnectionIdleTimeout : SharedIdleTimeout;
        this.size = size;
        this.logger = logger;
        this.connect = connect;
        this.commandTimeout = commandTimeout;
        messageLimit = maxMessagesPerConnection ?? int.MaxValue;
        this.options = options;
        this.time = time;
        this.quiet = quiet;
        slots = new SemaphoreSlim(size, size);
        RateLimiter = rate is null ? null : new SendRateLimiter(rate.Messages, rate.Interval, time);
    }

    /// <summary>Gets what the connections are.</summary>
    public ConnectionPoolKey Key { get; }

    /// <summary>Gets the sending limit shared by all the connections, or <see langword="null"/>.</summary>
    public SendRateLimiter? RateLimiter { get; }

    /// <summary>Gets or sets how many sends use the pool now (kept by the owner, under its lock).</summary>
    public int Users { get; set; }

    /// <summary>Gets after how many messages a connection is replaced, or <see langword="null"/> for no limit (none configured and none learned).</summary>
    public int? MessageLimit => Volatile.Read(ref messageLimit) is var limit && limit < int.MaxValue ? limit : null;

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

    /// <summary>Gets how many connections are open or opening, retired ones still closing included.</summary>
    public int OpenCount
    {
        get
        {
            lock (gate)
            {
                return open;
            }
        }
    }

    /// <summary>
    /// Gets a value indicating whether the pool holds nothing: no idle connection, no retired connection still closing,
    /// no replacement being opened, and no message within the rate limit's window.
    /// </summary>
    public bool IsQuiet
    {
        get
        {
            lock (gate)
            {
                return idle.Count == 0 && holding == 0 && (RateLimiter?.QuietIn() ?? TimeSpan.Zero) <= TimeSpan.Zero;
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
            var waitStarted = time.GetTimestamp();
            await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            MailTelemetry.RateLimitWait.Record(time.GetElapsedTime(waitStarted).TotalSeconds);
            ArmSweeper(limiter.Interval);
        }
    }

    /// <summary>Leases a connection: a healthy idle one, or a new one logged in as <paramref name="account"/>.</summary>
    /// <param name="account">The account to log in as when a new connection is needed (its key is <see cref="Key"/>).</param>
    /// <param name="probeImplicitTls">Whether a missing greeting is diagnosed with a probe for implicit TLS (the first attempt of a send, not its retries).</param>
    /// <param name="fresh">Whether the connection must be one the server has not used yet (a new one, or a replacement opened in advance), because a used one's session just ended.</param>
    /// <param name="cancellationToken">Cancels the wait and the connection.</param>
    /// <returns>The connection, to be given back with <see cref="Return"/>.</returns>
    /// <exception cref="MailOperationException">A new connection or its login failed.</exception>
    public async Task<PooledConnection<TClient>> LeaseAsync(MailAccountSettings account, bool probeImplicitTls, bool fresh, CancellationToken cancellationToken)
    {
        var waitStarted = time.GetTimestamp();
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (Measured)
        {
            MailTelemetry.PoolWait.Record(time.GetElapsedTime(waitStarted).TotalSeconds);
        }

        try
        {
            do
            {
                while (TakeIdle(fresh) is { } pooled)
                {
                    if (pooled.Messages < Volatile.Read(ref messageLimit) && await IsHealthyAsync(pooled, cancellationToken).ConfigureAwait(false))
                    {
                        pooled.Reused = true;
                        CountLeased(1);
                        return pooled;
                    }

                    await pooled.Connection.DisposeAsync().ConfigureAwait(false);
                    ChangeOpen(-1);
                }
            }
            while (await ReplacementOpenedAsync(cancellationToken).ConfigureAwait(false)); // it started connecting before a new one would

            ChangeOpen(1);
            MailConnection<TClient> connection;
            try
            {
                connection = await ConnectAsync(account, probeImplicitTls, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                ChangeOpen(-1);
                throw;
            }

            CountLeased(1);
            return new PooledConnection<TClient>(connection, account, time.GetTimestamp());
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    /// <summary>
    /// Gives a leased connection back: kept for reuse when it is still good, otherwise closed in the background (its
    /// slot is free again once it is closed). When the connection has few enough messages left that a replacement
    /// needs the time they take (see <see cref="ReplacementLead"/>), or none, its replacement starts opening in the
    /// background, if the pool's size leaves room for it.
    /// </summary>
    /// <param name="pooled">The connection.</param>
    /// <param name="reusable">Whether the last operation left the connection in a known state.</param>
    public void Return(PooledConnection<TClient> pooled, bool reusable)
    {
        CountLeased(-1);
        var kept = false;
        var usable = reusable && pooled.Connection.Client.IsConnected && !pooled.Connection.SlotLost;
        var now = time.GetTimestamp();
        if (pooled.LastReturned is { } last)
        {
            pooled.Pace = Average(pooled.Pace, time.GetElapsedTime(last, now));
        }

        pooled.LastReturned = now;
        var lead = ReplacementLead(pooled);
        var limit = Volatile.Read(ref messageLimit);
        if (usable && !pooled.ReplacementRequested && limit - pooled.Messages <= lead)
        {
            pooled.ReplacementRequested = true;
            OpenReplacement(pooled.Account, lead);
        }

        lock (gate)
        {
            if (usable && pooled.Messages < limit && !disposed)
            {
                pooled.LastUsed = now;
                idle.Add(pooled);
                kept = true;
                ArmSweeperLocked(idleTimeout);
            }
        }

        if (kept)
        {
            slots.Release();
        }
        else
        {
            Close(pooled, holdsSlot: true);
        }
    }

    /// <summary>
    /// Remembers that the server ended a connection's session after <paramref name="messages"/> messages (it refused
    /// the next one, and a new connection took it): from now on the pool's connections are replaced after that many,
    /// their replacements opened in advance as for a configured limit. A limit is only ever lowered.
    /// </summary>
    /// <param name="messages">How many messages the server accepted on the connection whose session it ended (at least 1).</param>
    /// <returns><see langword="true"/> when the limit was lowered.</returns>
    public bool LearnMessageLimit(int messages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(messages, 1);
        List<PooledConnection<TClient>> usedUp;
        lock (gate)
        {
            if (messages >= messageLimit)
            {
                return false;
            }

            messageLimit = messages;
            usedUp = idle.FindAll(p => p.Messages >= messages);
            idle.RemoveAll(usedUp.Contains);
        }

        usedUp.ForEach(p => Close(p, holdsSlot: false)); // e.g. the connection whose session ended, still open after a 452
        return true;
    }

    /// <summary>Closes the idle connections (saying QUIT); connections in use close when they are given back.</summary>
    /// <returns>A task that completes when the idle connections are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var pooled in Retire())
        {
            await pooled.Connection.DisposeAsync().ConfigureAwait(false);
        }

        Task finished;
        lock (gate)
        {
            finished = background == 0 ? Task.CompletedTask : (drained ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }

        await finished.ConfigureAwait(false); // the goodbyes under way, each bounded by the QUIT timeout
        stopping.Dispose();
    }

    /// <summary>Drops the idle connections without waiting for the server; goodbyes under way finish on their own (bounded by the QUIT timeout).</summary>
    public void Dispose()
    {
        foreach (var pooled in Retire())
        {
            pooled.Connection.Drop();
        }

        stopping.Dispose();
    }

    private List<PooledConnection<TClient>> Retire()
    {
        List<PooledConnection<TClient>> closing;
        lock (gate)
        {
            if (disposed)
            {
                return [];
            }

            disposed = true;
            sweeper?.Dispose();
            sweeper = null;
            closing = [.. idle];
            idle.Clear();
        }

        stopping.Cancel(); // a replacement being opened is not wanted any more
        RateLimiter?.Dispose();
        return closing;
    }

    /// <summary>Waits for the replacement being opened in advance, if there is one.</summary>
    /// <returns><see langword="true"/> when one was awaited (it may be idle now), <see langword="false"/> when none is being opened.</returns>
    private async ValueTask<bool> ReplacementOpenedAsync(CancellationToken cancellationToken)
    {
        Task? opening;
        lock (gate)
        {
            opening = replacementOpening?.Task;
        }

        if (opening is null)
        {
            return false;
        }

        await opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Counts a connection opened (+1) or closed (-1).</summary>
    private void ChangeOpen(int change)
    {
        lock (gate)
        {
            open += change;
        }
    }

    /// <summary>
    /// How many messages before its limit a connection's replacement starts opening: the pool's connect time times
    /// <see cref="ConnectTimeMargin"/>, in messages at the connection's pace; at least 1, at most half the limit (a
    /// connection without a limit is never replaced in advance); 0 until both are measured (the replacement then
    /// starts when the connection retires).
    /// </summary>
    /// <param name="pooled">The connection to replace.</param>
    /// <returns>The number of messages.</returns>
    private int ReplacementLead(PooledConnection<TClient> pooled)
    {
        TimeSpan? connected;
        lock (gate)
        {
            connected = connectTime;
        }

        if (connected is not { } connect || pooled.Pace is not { } pace)
        {
            return 0;
        }

        var most = Math.Max(1, Volatile.Read(ref messageLimit) / 2);
        return pace <= TimeSpan.Zero ? most : (int)Math.Clamp(Math.Ceiling(ConnectTimeMargin * connect.Ticks / pace.Ticks), 1, most);
    }

    /// <summary>The exponential average of <paramref name="average"/> (null: none yet) and a new sample.</summary>
    private static TimeSpan Average(TimeSpan? average, TimeSpan sample)
        => average is { } a ? a + ((sample - a) * AverageWeight) : sample;

    /// <summary>Takes a slot of the shared connection limit (when there is one), opens and logs in a connection, and counts its time (without the wait for the slot) in the pool's average connect time.</summary>
    private async Task<MailConnection<TClient>> ConnectAsync(MailAccountSettings account, bool probeImplicitTls, CancellationToken cancellationToken)
    {
        var slot = sharedSlots is null ? null : await sharedSlots.AcquireAsync(slotName, size, cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        MailConnection<TClient> connection;
        try
        {
            connection = await connect(account, probeImplicitTls, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            if (slot is not null)
            {
                await slot.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        connection.Slot = slot;
        var took = time.GetElapsedTime(started);
        lock (gate)
        {
            connectTime = Average(connectTime, took);
        }

        if (Measured)
        {
            MailTelemetry.PoolConnectionsOpened.Add(1);
        }

        return connection;
    }

    /// <summary>
    /// Starts opening a connection in the background for the next sends, when no idle connection has more than
    /// <paramref name="lead"/> messages left and the pool's size leaves room (a slot is free and fewer than size
    /// connections are open); it waits among the idle connections behind the one it replaces.
    /// </summary>
    private void OpenReplacement(MailAccountSettings account, int lead)
    {
        CancellationToken token;
        TaskCompletionSource opening = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (disposed || open >= size || idle.Exists(p => messageLimit - p.Messages > lead) || !slots.Wait(0))
            {
                return;
            }

            open++;
            holding++;
            background++;
            token = stopping.Token;
            replacementOpening = opening;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var connection = await ConnectAsync(account, false, token).ConfigureAwait(false);
                var pooled = new PooledConnection<TClient>(connection, account, time.GetTimestamp());
                bool kept;
                lock (gate)
                {
                    kept = !disposed;
                    if (kept)
                    {
                        idle.Insert(0, pooled); // the connection it replaces is used up first
                        ArmSweeperLocked(idleTimeout);
                    }
                }

                if (!kept)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    ChangeOpen(-1);
                }
            }
            catch (Exception ex)
            {
                ChangeOpen(-1);
                if (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    logger.ReplacementNotOpened(Key.Server.Host, ex.Message); // the next send opens its own connection and reports its failure
                }
            }
            finally
            {
                lock (gate)
                {
                    replacementOpening = ReferenceEquals(replacementOpening, opening) ? null : replacementOpening;
                }

                opening.TrySetResult(); // a send that found no idle connection waited for this one
                slots.Release();
                EndBackground(holdsSlot: true);
            }
        });
    }

    /// <summary>Says goodbye to a connection in the background (bounded by the QUIT timeout); a failure is logged, never thrown.</summary>
    /// <param name="pooled">The connection, leased or idle no more.</param>
    /// <param name="holdsSlot">Whether the connection keeps its lease's slot until it is closed (a connection given back), so that the pool's size counts it.</param>
    private void Close(PooledConnection<TClient> pooled, bool holdsSlot)
    {
        lock (gate)
        {
            background++;
            holding += holdsSlot ? 1 : 0;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                if (await pooled.Connection.CloseAsync().ConfigureAwait(false) is { } failure)
                {
                    logger.GoodbyeFailed(Key.Server.Host, failure.Message);
                }
            }
            catch (Exception ex)
            {
                logger.GoodbyeFailed(Key.Server.Host, ex.Message);
            }
            finally
            {
                ChangeOpen(-1);
                if (holdsSlot)
                {
                    slots.Release();
                }

                EndBackground(holdsSlot);
            }
        });
    }

    /// <summary>Counts background work as done; tells the owner when the pool became quiet, and DisposeAsync when all is done.</summary>
    private void EndBackground(bool holdsSlot)
    {
        TaskCompletionSource? done = null;
        lock (gate)
        {
            background--;
            holding -= holdsSlot ? 1 : 0;
            if (background == 0)
            {
                (done, drained) = (drained, null);
            }
        }

        done?.TrySetResult();
        if (holdsSlot && IsQuiet)
        {
            quiet(this);
        }
    }

    /// <summary>Takes the idle connection used last, or with <paramref name="fresh"/> one never leased (a replacement opened in advance).</summary>
    private PooledConnection<TClient>? TakeIdle(bool fresh)
    {
        lock (gate)
        {
            var index = fresh ? idle.FindLastIndex(p => p.LastReturned is null) : idle.Count - 1;
            if (index < 0)
            {
                return null;
            }

            var pooled = idle[index];
            idle.RemoveAt(index);
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
            sweeper = time.CreateTimer(static pool => ((MailConnectionPool<TClient>)pool!).Sweep(), this, due, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Closes the connections idle for the idle timeout (see <see cref="SharedIdleTimeout"/>); stops the timer when nothing is left to expire.</summary>
    private void Sweep()
    {
        var expired = new List<PooledConnection<TClient>>();
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
                var gone = time.GetElapsedTime(pooled.LastUsed, now) >= idleTimeout || !pooled.Connection.Client.IsConnected;
                if (gone)
                {
                    expired.Add(pooled);
                }

                return gone;
            });
            var next = idle.Count == 0 ? (TimeSpan?)null : idleTimeout - time.GetElapsedTime(idle.Min(p => p.LastUsed), now);
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
            Close(pooled, holdsSlot: false);
        }

        if (nothingLeft)
        {
            quiet(this);
        }
    }

    private static void CountLeased(int change)
    {
        if (Measured)
        {
            MailTelemetry.PoolConnectionsLeased.Add(change);
        }
    }

    private async Task<bool> IsHealthyAsync(PooledConnection<TClient> pooled, CancellationToken cancellationToken)
    {
        var client = pooled.Connection.Client;
        var idleFor = time.GetElapsedTime(pooled.LastUsed);
        if (!client.IsConnected || idleFor >= idleTimeout || pooled.Connection.SlotLost)
        {
            return false;
        }

        if (idleFor < options.HealthCheckAfterIdle)
        {
            return true;
        }

        try
        {
            client.Timeout = MailConnectionFactory.ToTimeout(commandTimeout);
            await client.NoOpAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            return false; // the server closed the connection while it was idle; open a new one
        }
    }
}

/// <summary>A pooled connection with its use counts.</summary>
/// <typeparam name="TClient">The MailKit client.</typeparam>
/// <param name="connection">The authenticated connection.</param>
/// <param name="account">The account it logged in as (its replacement logs in the same way).</param>
/// <param name="openedAt">When it was opened (a <see cref="TimeProvider"/> timestamp).</param>
internal sealed class PooledConnection<TClient>(MailConnection<TClient> connection, MailAccountSettings account, long openedAt)
    where TClient : MailService
{
    /// <summary>Gets the connection.</summary>
    public MailConnection<TClient> Connection { get; } = connection;

    /// <summary>Gets the account the connection logged in as.</summary>
    public MailAccountSettings Account { get; } = account;

    /// <summary>Gets or sets a value indicating whether the connection's replacement was asked for.</summary>
    public bool ReplacementRequested { get; set; }

    /// <summary>Gets or sets the IMAP Sent folder found on this connection (kept for its later copies), or <see langword="null"/>.</summary>
    public IMailFolder? SentFolder { get; set; }

    /// <summary>Gets or sets how many messages the server accepted on this connection.</summary>
    public int Messages { get; set; }

    /// <summary>Gets or sets when the connection was last given back or, before that, opened (a <see cref="TimeProvider"/> timestamp).</summary>
    public long LastUsed { get; set; } = openedAt;

    /// <summary>Gets or sets when the connection was last given back (a <see cref="TimeProvider"/> timestamp), or <see langword="null"/> before its first lease ended.</summary>
    public long? LastReturned { get; set; }

    /// <summary>Gets or sets the average time between two returns of the connection, or <see langword="null"/> until it was given back twice.</summary>
    public TimeSpan? Pace { get; set; }

    /// <summary>Gets or sets a value indicating whether the connection was used before this lease.</summary>
    public bool Reused { get; set; }
}
