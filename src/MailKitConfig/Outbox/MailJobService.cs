using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>The scheduled "send and receive mail" job, run by the host as a background service.</summary>
internal sealed partial class MailJobService : BackgroundService, IMailJob
{
    private readonly MailOutbox outbox;
    private readonly IMailJobReceiver? receiver;
    private readonly TimeProvider time;
    private readonly IOptionsMonitor<MailJobOptions> options;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, MailJobAccountStatus> statuses = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> queued = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Task, bool> running = new();
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly IDisposable? optionsChange;
    private int enabledOverride; // 0: as configured, 1: on, 2: off
    private int cycles;

    /// <summary>Initializes a new instance of the <see cref="MailJobService"/> class.</summary>
    /// <param name="outbox">The outbox whose messages the job sends.</param>
    /// <param name="time">The clock of the interval.</param>
    /// <param name="options">The job options, watched for changes.</param>
    /// <param name="logger">The logger; optional.</param>
    /// <param name="receiver">Receives mail for accounts that receive, once receiving exists; optional.</param>
    public MailJobService(MailOutbox outbox, TimeProvider time, IOptionsMonitor<MailJobOptions> options, ILogger<MailJobService>? logger = null, IMailJobReceiver? receiver = null)
    {
        this.outbox = outbox;
        this.time = time;
        this.options = options;
        this.receiver = receiver;
        this.logger = logger ?? NullLogger<MailJobService>.Instance;
        optionsChange = options.OnChange(_ =>
        {
            Volatile.Write(ref enabledOverride, 0); // the configuration changed: it has the last word
            Wake();
        });
        outbox.Queued += OnQueued;
    }

    /// <inheritdoc />
    public bool IsEnabled => Volatile.Read(ref enabledOverride) switch { 1 => true, 2 => false, _ => options.CurrentValue.Enabled };

    /// <summary>
    /// Gets how many times the scheduling loop has looked for due accounts and set its wake-up on the job's clock (for
    /// tests: once the count moves, advancing the clock reaches that wake-up).
    /// </summary>
    internal int Cycles => Volatile.Read(ref cycles);

    /// <inheritdoc />
    public void Enable()
    {
        Volatile.Write(ref enabledOverride, 1);
        LogSwitched(true);
        Wake();
    }

    /// <inheritdoc />
    public void Disable()
    {
        Volatile.Write(ref enabledOverride, 2);
        LogSwitched(false);
        Wake();
    }

    /// <inheritdoc />
    public IReadOnlyList<MailJobAccountStatus> GetStatus()
    {
        foreach (var account in Accounts())
        {
            statuses.TryAdd(account.Address, new MailJobAccountStatus(account.Address));
        }

        return statuses.Values.OrderBy(s => s.Account, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailJobAccountStatus>> RunNowAsync(CancellationToken cancellationToken = default)
    {
        await outbox.KnowNamedAccountsAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(Accounts().Select(a => RunAccountAsync(a, cancellationToken))).ConfigureAwait(false);
        return GetStatus();
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        outbox.Queued -= OnQueued;
        optionsChange?.Dispose();
        wake.Dispose();
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }

        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(IsEnabled, options.CurrentValue.Interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            var interval = options.CurrentValue.Interval;
            var wait = interval;
            if (IsEnabled)
            {
                try
                {
                    await outbox.KnowNamedAccountsAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
                {
                    LogAccountsUnavailable(ex.Message);
                }

                var now = time.GetUtcNow();
                foreach (var account in Accounts())
                {
                    var status = statuses.GetOrAdd(account.Address, a => new MailJobAccountStatus(a) { NextRun = now });
                    var due = status.NextRun ?? now;
                    var wasQueued = queued.TryRemove(account.Address, out _); // a due run sends what was queued, so no second run follows for it
                    if (due <= now || wasQueued)
                    {
                        Start(RunAccountAsync(account, stoppingToken, forQueued: wasQueued));
                    }
                    else if (due - now < wait)
                    {
                        wait = due - now;
                    }
                }
            }

            await SleepAsync(wait, stoppingToken).ConfigureAwait(false);
        }

        await Task.WhenAll(running.Keys).ConfigureAwait(false);
    }

    private void Start(Task run)
    {
        running[run] = true;
        _ = run.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>The accounts the job serves: its own, and the outbox's.</summary>
    private List<MailAccountSettings> Accounts()
        => options.CurrentValue.Accounts.Concat(outbox.Accounts).DistinctBy(a => a.Address, StringComparer.OrdinalIgnoreCase).ToList();

    private void OnQueued(string account)
    {
        if (options.CurrentValue.SendWhenQueued)
        {
            queued[account] = true;
            Wake();
        }
    }

    private void Wake()
    {
        try
        {
            if (wake.CurrentCount == 0)
            {
                wake.Release();
            }
        }
        catch (Exception ex) when (ex is SemaphoreFullException or ObjectDisposedException)
        {
            // already signalled, or the job is gone
        }
    }

    /// <summary>Waits for the time (on the job's clock), or until something wakes the job.</summary>
    private async Task SleepAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = Task.Delay(delay, time, cancel.Token);
        Interlocked.Increment(ref cycles); // counted once the wake-up is on the clock, so a test that advances it after seeing the count never misses it
        var woken = wake.WaitAsync(cancel.Token);
        await Task.WhenAny(sleep, woken).ConfigureAwait(false);
        await cancel.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(sleep, woken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
    }

    /// <summary>Runs one account: sends its queued messages, then receives when it receives. Never two at once for one account; never throws.</summary>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="forQueued">
    /// The run is for a message just queued: when a run of the account is in progress (it may have claimed its messages
    /// before this one came), another run follows it.
    /// </param>
    private async Task RunAccountAsync(MailAccountSettings account, CancellationToken cancellationToken, bool forQueued = false)
    {
        var gate = gates.GetOrAdd(account.Address, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0, CancellationToken.None).ConfigureAwait(false))
        {
            if (forQueued)
            {
                queued[account.Address] = true; // the run in progress wakes the job when it ends
                if (gate.CurrentCount > 0)
                {
                    Wake(); // it ended meanwhile
                }
            }

            return; // a run for this account is in progress
        }

        var started = time.GetUtcNow();
        var previous = statuses.GetOrAdd(account.Address, a => new MailJobAccountStatus(a));
        statuses[account.Address] = previous with { IsRunning = true, LastRun = started };
        var next = previous with { IsRunning = false, LastRun = started, Received = null };
        try
        {
            MailProblem? problem = null;
            if (account.Usage.HasFlag(MailUsage.Send))
            {
                outbox.Know(account); // its messages queued before a restart are sent too
                var run = await outbox.SendPendingAsync(account.Address, cancellationToken).ConfigureAwait(false);
                next = next with { Sent = run.Sent, NotSent = run.Failed + run.DeliveryUnknown, Deferred = run.Deferred };
                problem = run.LastFailure?.ToProblem();
            }

            if (receiver is not null && account.Usage.HasFlag(MailUsage.Receive))
            {
                next = next with { Received = await receiver.ReceiveAsync(account, cancellationToken).ConfigureAwait(false) };
            }

            next = problem is null
                ? next with { LastSuccess = time.GetUtcNow(), LastError = null, LastErrorMessage = null }
                : next with { LastError = problem, LastErrorMessage = problem.Title };
        }
        catch (MailOperationException ex)
        {
            next = next with { LastError = ex.Problem, LastErrorMessage = ex.Problem.Localize(CultureInfo.CurrentUICulture).Title };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            next = next with { LastErrorMessage = ProblemCatalog.Current("Job.RunStopped") };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            next = next with { LastError = null, LastErrorMessage = ex.Message }; // e.g. the outbox's database is unreachable
        }
        finally
        {
            next = next with { NextRun = time.GetUtcNow() + options.CurrentValue.Interval };
            statuses[account.Address] = next;
            gate.Release();
            if (queued.ContainsKey(account.Address))
            {
                Wake(); // a message was queued while this run had already claimed its messages
            }
        }

        if (next.LastErrorMessage is { } error)
        {
            LogRunFailed(MailAddressParser.WithoutAddresses(account.Address), next.LastError?.Kind, error, next.Sent, next.Deferred);
        }
        else
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var domain = MailAddressParser.WithoutAddresses(account.Address);
                LogRun(domain, next.Sent, next.Received);
            }
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Mail job started (enabled: {Enabled}, interval {Interval})")]
    private partial void LogStarted(bool enabled, TimeSpan interval);

    [LoggerMessage(EventId = 41, Level = LogLevel.Information, Message = "Mail job switched {Enabled}")]
    private partial void LogSwitchedCore(string enabled);

    [LoggerMessage(EventId = 42, Level = LogLevel.Debug, Message = "Mail job run for an account at {Domain}: {Sent} sent, {Received} received")]
    private partial void LogRun(string domain, int sent, int? received);

    [LoggerMessage(EventId = 43, Level = LogLevel.Warning, Message = "Mail job run for an account at {Domain} failed ({Kind}): {Error}; {Sent} sent, {Deferred} waiting")]
    private partial void LogRunFailed(string domain, MailProblemKind? kind, string error, int sent, int deferred);

    [LoggerMessage(EventId = 44, Level = LogLevel.Warning, Message = "Mail job cannot read the named accounts: {Reason}")]
    private partial void LogAccountsUnavailable(string reason);

    private void LogSwitched(bool enabled) => LogSwitchedCore(enabled ? "on" : "off");
}
