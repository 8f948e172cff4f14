using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MailKitConfig;

/// <summary>The outbox: stores messages through an <see cref="IMailOutboxStore"/> and sends them through <see cref="IMailSender"/>.</summary>
internal sealed partial class MailOutbox : IMailOutbox
{
    private readonly IMailOutboxStore store;
    private readonly IMailSender sender;
    private readonly TimeProvider time;
    private readonly MailOutboxOptions options;
    private readonly MailAccountSettings? systemAccount;
    private readonly ILogger logger;
    private readonly IMailAccounts? named;
    private readonly ConcurrentDictionary<string, MailAccountSettings> accounts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="MailOutbox"/> class.</summary>
    /// <param name="store">Where the messages are kept.</param>
    /// <param name="sender">Sends them.</param>
    /// <param name="time">The clock for due times, backoff and ages.</param>
    /// <param name="options">The outbox options.</param>
    /// <param name="sending">The sending options (the system account).</param>
    /// <param name="logger">The logger; optional.</param>
    /// <param name="named">The module's named accounts, whose queued messages are sent too; optional.</param>
    public MailOutbox(IMailOutboxStore store, IMailSender sender, TimeProvider time, IOptions<MailOutboxOptions> options, IOptions<MailSendingOptions> sending, ILogger<MailOutbox>? logger = null, IMailAccounts? named = null)
    {
        this.named = named;
        this.store = store;
        this.sender = sender;
        this.time = time;
        this.options = options.Value;
        systemAccount = sending.Value.SystemAccount;
        this.logger = logger ?? NullLogger<MailOutbox>.Instance;
        foreach (var account in this.options.Accounts.Prepend(systemAccount).OfType<MailAccountSettings>())
        {
            accounts.TryAdd(account.Address, account);
        }
    }

    /// <inheritdoc />
    public event EventHandler<MailOutboxCompletedEventArgs>? Completed;

    /// <summary>Occurs when a message was queued, with the account's address (the job wakes up for it).</summary>
    internal event Action<string>? Queued;

    /// <summary>Gets the accounts the outbox can send from now.</summary>
    internal ICollection<MailAccountSettings> Accounts => accounts.Values;

    /// <inheritdoc />
    public async Task<string> EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        var account = systemAccount
            ?? (named?.DefaultName is { } name ? await named.GetAsync(name, cancellationToken).ConfigureAwait(false) : null)
            ?? throw new InvalidOperationException(ProblemCatalog.Current("Outbox.NoSystemAccount"));
        return await EnqueueAsync(account, message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string> EnqueueAsync(MailAccountSettings account, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Check(account);
        using var composed = await MailMessageComposer.ComposeAsync(account, message, time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
        var mime = composed.Message;
        var visible = mime.To.Mailboxes.Concat(mime.Cc.Mailboxes).Select(m => m.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        mime.Bcc.AddRange(composed.Recipients.Where(r => !visible.Contains(r.Address))); // stored with the message, never transmitted
        return await StoreAsync(account, mime, composed.Recipients, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string> EnqueueAsync(MailAccountSettings account, MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Check(account);
        using var composed = MailMessageComposer.Envelope(account, message);
        return await StoreAsync(account, message, composed.Recipients, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<MailOutboxEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return store.GetAsync(id, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MailOutboxEntry>> ListAsync(MailOutboxStatus? status = null, int max = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return store.ListAsync(status, max, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<MailOutboxRun> SendPendingAsync(string? account = null, CancellationToken cancellationToken = default)
    {
        var tally = new Tally();
        foreach (var unknown in await store.RecoverAbandonedAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            tally.Count(unknown);
            LogAbandoned(unknown.Id, unknown.AccountDomain);
            Raise(unknown);
        }

        await KnowNamedAccountsAsync(cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            await Task.WhenAll(accounts.Values.Select(a => SendAccountAsync(a, tally, cancellationToken))).ConfigureAwait(false);
        }
        else if (accounts.TryGetValue(account, out var settings))
        {
            await SendAccountAsync(settings, tally, cancellationToken).ConfigureAwait(false);
        }

        await store.PurgeAsync(time.GetUtcNow() - options.RetainCompleted, cancellationToken).ConfigureAwait(false);
        return tally.ToRun();
    }

    /// <summary>Makes an account known to the outbox, so that its queued messages are sent (e.g. the job's accounts).</summary>
    /// <param name="account">The account.</param>
    internal void Know(MailAccountSettings account) => accounts[account.Address] = account;

    /// <summary>Makes the module's named accounts known, so that their messages are sent after a restart without being listed in the options.</summary>
    internal async Task KnowNamedAccountsAsync(CancellationToken cancellationToken)
    {
        foreach (var name in named?.Names ?? [])
        {
            try
            {
                var settings = await named!.GetAsync(name, cancellationToken).ConfigureAwait(false);
                if (settings.Usage.HasFlag(MailUsage.Send))
                {
                    accounts.TryAdd(settings.Address, settings);
                }
            }
            catch (MailSettingsException ex)
            {
                LogAccountUnusable(name, ex.Message); // its messages wait until the settings are fixed
            }
        }
    }

    private static string NewId(DateTimeOffset now)
        => now.ToUnixTimeMilliseconds().ToString("x12", System.Globalization.CultureInfo.InvariantCulture) + RandomNumberGenerator.GetHexString(12, lowercase: true);

    private static void Check(MailAccountSettings account)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.EnsureValid();
        if (!account.Usage.HasFlag(MailUsage.Send))
        {
            throw new ArgumentException(ProblemCatalog.Current("Outbox.NotForSending", account.Usage), nameof(account));
        }
    }

    private async Task<string> StoreAsync(MailAccountSettings account, MimeMessage message, IReadOnlyList<MailboxAddress> recipients, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var messageId = message.MessageId ??= MimeKit.Utils.MimeUtils.GenerateMessageId(MailboxAddress.Parse(account.Address).Domain);
        var entry = new MailOutboxEntry(NewId(now), account.Address, messageId, recipients.Select(r => r.Address).ToList(), now) { NextAttempt = now };
        await store.AddAsync(entry, (stream, token) => message.WriteToAsync(FormatOptions.Default, stream, token), cancellationToken).ConfigureAwait(false);
        accounts[account.Address] = account;
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogQueued(entry.Id, entry.AccountDomain, recipients.Count);
        }
        Queued?.Invoke(account.Address);
        return entry.Id;
    }

    /// <summary>Sends an account's due messages, on the thread pool (never inline in the caller, e.g. a timer's callback, even when nothing is due).</summary>
    private Task SendAccountAsync(MailAccountSettings account, Tally tally, CancellationToken cancellationToken)
        => Task.Run(() => ClaimAndSendAsync(account, tally, cancellationToken), CancellationToken.None);

    /// <summary>Waits for <paramref name="atLeast"/> free places in hand, then takes the others free too, up to <paramref name="most"/>.</summary>
    /// <returns>How many were taken; 0 when the pass was cancelled while waiting (none is then held).</returns>
    private static async Task<int> TakePlacesAsync(SemaphoreSlim places, int atLeast, int most, CancellationToken cancellationToken)
    {
        var taken = 0;
        try
        {
            for (; taken < atLeast; taken++)
            {
                await places.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (taken > 0)
            {
                places.Release(taken);
            }

            return 0;
        }

        while (taken < most && places.Wait(0, CancellationToken.None))
        {
            taken++;
        }

        return taken;
    }

    private async Task ClaimAndSendAsync(MailAccountSettings account, Tally tally, CancellationToken cancellationToken)
    {
        // Every claimed message goes through SendOneAsync (which puts it back when the pass is cancelled), so the
        // sends themselves are not cancelled; the claims stop when the pass is.
        // A failure of the account itself (it cannot connect or log in) stops the pass: the other messages would fail
        // the same way. They stay queued, and the job's status shows the problem.
        // Twice as many messages are in hand as are transferred at once: while some are on a connection, the others'
        // records (the transfer mark before, the outcome after) are written to the store, so that writing them does
        // not leave a connection idle. Messages are claimed only into free places in hand, so that every claimed
        // message is taken in hand (and marked) at once and a store may mark it with the claim; and only when half the
        // places are free, so that a claim brings several (one round trip to a shared store for all of them).
        // The outcomes of the messages sent meanwhile are handed to the store just before that claim, together (a
        // shared store writes them and the claim in one transaction: one round trip for the messages settled and the
        // ones claimed next), and at once when the pass claims no more. A message's place is free again once its
        // outcome waits for that hand-over: a store writes what it is handed in order, so the claim that reuses the
        // place is recorded with or after the outcome, and no more messages than there are places are ever claimed
        // and unsettled. An outcome thus waits until half the places are free, or the pass ends.
        var accountDown = new StrongBox<bool>();
        using var transfers = new SemaphoreSlim(options.MaxConcurrentSends, options.MaxConcurrentSends);
        var inHand = 2 * options.MaxConcurrentSends;
        using var places = new SemaphoreSlim(inHand, inHand);
        var sending = new List<Task>();
        var outcomes = new List<(MailOutboxEntry Outcome, TaskCompletionSource<Task<bool>> Recorded)>();
        var claiming = true;
        try
        {
            while (!cancellationToken.IsCancellationRequested && !Volatile.Read(ref accountDown.Value) && !sending.Exists(t => t.IsFaulted))
            {
                var taken = await TakePlacesAsync(places, atLeast: (inHand + 1) / 2, most: inHand, cancellationToken).ConfigureAwait(false);
                if (taken == 0)
                {
                    break;
                }

                HandOverOutcomes(stillClaiming: true);
                var claimed = await store.ClaimAsync(account.Address, time.GetUtcNow(), taken, CancellationToken.None).ConfigureAwait(false);
                if (taken > claimed.Count)
                {
                    places.Release(taken - claimed.Count);
                }

                if (claimed.Count == 0)
                {
                    break;
                }

                sending.RemoveAll(t => t.IsCompletedSuccessfully);
                foreach (var entry in claimed)
                {
                    sending.Add(Task.Run(() => SendInHandAsync(entry), CancellationToken.None)); // side by side, as the places allow
                }
            }
        }
        finally
        {
            HandOverOutcomes(stillClaiming: false);
            await Task.WhenAll(sending).ConfigureAwait(false);
        }

        // Hands the waiting outcomes to the store, in the order they came.
        void HandOverOutcomes(bool stillClaiming)
        {
            (MailOutboxEntry Outcome, TaskCompletionSource<Task<bool>> Recorded)[] waiting;
            lock (outcomes)
            {
                claiming = stillClaiming;
                waiting = [.. outcomes];
                outcomes.Clear();
            }

            foreach (var (outcome, recorded) in waiting)
            {
                try
                {
                    recorded.SetResult(store.UpdateAsync(outcome, CancellationToken.None));
                }
                catch (Exception ex)
                {
                    recorded.SetException(ex);
                }
            }
        }

        // Records an outcome: with the next claim while the pass claims, else at once.
        Task<bool> Record(MailOutboxEntry outcome)
        {
            lock (outcomes)
            {
                if (claiming)
                {
                    var recorded = new TaskCompletionSource<Task<bool>>();
                    outcomes.Add((outcome, recorded));
                    return recorded.Task.Unwrap();
                }
            }

            return store.UpdateAsync(outcome, CancellationToken.None);
        }

        async Task SendInHandAsync(MailOutboxEntry entry)
        {
            var held = 1;
            void Free()
            {
                if (Interlocked.Exchange(ref held, 0) == 1)
                {
                    places.Release();
                }
            }

            Task<bool> RecordAndFree(MailOutboxEntry outcome)
            {
                var recording = Record(outcome);
                Free();
                return recording;
            }

            try
            {
                tally.Count(await SendOneAsync(account, entry, accountDown, transfers, RecordAndFree, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                Free();
            }
        }
    }

    // record hands the outcome over to be recorded in the store (see ClaimAndSendAsync) and frees the message's place.
    private async Task<MailOutboxEntry> SendOneAsync(MailAccountSettings account, MailOutboxEntry entry, StrongBox<bool> accountDown, SemaphoreSlim transfers, Func<MailOutboxEntry, Task<bool>> record, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref accountDown.Value))
        {
            return await PutBackAsync(entry, record).ConfigureAwait(false);
        }

        // The mark is written while this message waits for its turn; the sender awaits it (durable) after it leased a
        // connection and before the envelope goes out.
        var marking = store.MarkTransferStartedAsync(entry.Id, CancellationToken.None);
        async Task MarkedAsync(CancellationToken token)
        {
            if (!await marking.WaitAsync(token).ConfigureAwait(false))
            {
                throw new ClaimLostException();
            }
        }

        MailOutboxEntry outcome;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = await store.OpenContentAsync(entry.Id, cancellationToken).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                var message = await MimeMessage.LoadAsync(content, persistent: true, cancellationToken).ConfigureAwait(false);
                await transfers.WaitAsync(cancellationToken).ConfigureAwait(false);
                SendResult result;
                try
                {
                    if (Volatile.Read(ref accountDown.Value))
                    {
                        await Settled(marking).ConfigureAwait(false);
                        return await PutBackAsync(entry, record).ConfigureAwait(false); // the account failed while this one waited
                    }

                    if (sender is SmtpMailSender smtp)
                    {
                        result = await smtp.SendAsync(account, message, MarkedAsync, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await MarkedAsync(cancellationToken).ConfigureAwait(false);
                        result = await sender.SendAsync(account, message, cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    transfers.Release();
                }

                outcome = Final(entry, MailOutboxStatus.Sent, null) with { ServerResponse = result.ServerResponse };
                if (logger.IsEnabled(LogLevel.Information))
                {
                    LogSent(entry.Id, entry.AccountDomain, entry.Attempts);
                }
            }
        }
        catch (MailDeliveryUnknownException ex)
        {
            outcome = Final(entry, MailOutboxStatus.DeliveryUnknown, MailOutboxFailure.From(ex));
            LogDeliveryUnknown(entry.Id, entry.AccountDomain, ex.Message);
        }
        catch (MailOperationException ex)
        {
            // The sender reports delivery unknown itself, so the message did not arrive.
            var accountFailure = SmtpMailSender.IsAccountFailure(ex);
            Volatile.Write(ref accountDown.Value, Volatile.Read(ref accountDown.Value) || accountFailure);
            outcome = AfterFailure(entry, MailOutboxFailure.From(ex), accountFailure);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = entry with { Status = MailOutboxStatus.Queued, TransferInProgress = false }; // stopped before the end of the message was sent
        }
        catch (ClaimLostException)
        {
            LogClaimLost(entry.Id);
            return entry; // another sender took the message over; it was not handed to the server here
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // The store or the content failed, not the server.
            var failure = new MailOutboxFailure(MailProblemKind.Unknown, true, MailProtocol.Smtp, MailOperationStage.Other, ex.Message);
            var transferMarked = marking.IsCompletedSuccessfully && marking.Result;
            outcome = transferMarked ? Final(entry, MailOutboxStatus.DeliveryUnknown, failure) : AfterFailure(entry, failure, accountFailure: false);
        }

        if (!await Settled(marking).ConfigureAwait(false))
        {
            LogClaimLost(entry.Id);
            return entry; // taken over by another sender before this one started; it was not handed to the server here
        }

        if (!await record(outcome).ConfigureAwait(false))
        {
            LogClaimLost(entry.Id);
            return entry; // settled by another sender meanwhile; its record stands
        }

        if (outcome.IsFinal)
        {
            Raise(outcome);
        }

        return outcome;
    }

    /// <summary>Waits for a transfer mark to be written (or to fail), so that the outcome's record follows it in the store.</summary>
    /// <returns>Whether this sender still holds the claim (a failed write counts as held: the message was not sent).</returns>
    private static async Task<bool> Settled(Task<bool> marking)
    {
        try
        {
            return await marking.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>Puts a claimed message back untried (the account failed): its attempt does not count.</summary>
    private static async Task<MailOutboxEntry> PutBackAsync(MailOutboxEntry entry, Func<MailOutboxEntry, Task<bool>> record)
    {
        var back = entry with { Status = MailOutboxStatus.Queued, Attempts = entry.Attempts - 1, TransferInProgress = false };
        await record(back).ConfigureAwait(false);
        return back;
    }

    private MailOutboxEntry Final(MailOutboxEntry entry, MailOutboxStatus status, MailOutboxFailure? failure)
        => entry with { Status = status, Completed = time.GetUtcNow(), NextAttempt = null, TransferInProgress = false, LastFailure = failure ?? entry.LastFailure };

    /// <summary>
    /// Decides what follows a failure after which the message surely did not arrive: a later attempt, or the end. A
    /// failure of the account (a refused login, an unreachable server) keeps the message queued even when permanent:
    /// it is fixed in the settings, not in the message.
    /// </summary>
    private MailOutboxEntry AfterFailure(MailOutboxEntry entry, MailOutboxFailure failure, bool accountFailure)
    {
        var now = time.GetUtcNow();
        if (!failure.IsTransient && failure.RetryAfter is null && !accountFailure)
        {
            LogFailed(entry.Id, entry.AccountDomain, failure.Kind, failure.Message);
            return Final(entry, MailOutboxStatus.Failed, failure);
        }

        var backoff = options.RetryDelay * Math.Pow(2, Math.Min(entry.Attempts - 1, 20));
        var delay = backoff > options.MaxRetryDelay ? options.MaxRetryDelay : backoff;
        if (failure.RetryAfter > delay)
        {
            delay = failure.RetryAfter.Value;
        }

        var next = now + delay;
        if (next - entry.Created > options.MaxAge)
        {
            LogFailed(entry.Id, entry.AccountDomain, failure.Kind, failure.Message);
            return Final(entry, MailOutboxStatus.Failed, failure);
        }

        LogDeferred(entry.Id, entry.AccountDomain, entry.Attempts, delay, failure.Kind);
        return entry with { Status = MailOutboxStatus.Queued, NextAttempt = next, TransferInProgress = false, LastFailure = failure };
    }

    private void Raise(MailOutboxEntry entry)
    {
        try
        {
            Completed?.Invoke(this, new MailOutboxCompletedEventArgs(entry));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogHandlerFailed(entry.Id, ex);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Outbox message {Id} from an account at {Domain} queued for {RecipientCount} recipient(s)")]
    private partial void LogQueued(string id, string domain, int recipientCount);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Outbox message {Id} from an account at {Domain} sent (attempt {Attempt})")]
    private partial void LogSent(string id, string domain, int attempt);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Outbox message {Id} from an account at {Domain} failed temporarily (attempt {Attempt}, {Kind}); next attempt in {Delay}")]
    private partial void LogDeferred(string id, string domain, int attempt, TimeSpan delay, MailProblemKind kind);

    [LoggerMessage(EventId = 23, Level = LogLevel.Error, Message = "Outbox message {Id} from an account at {Domain} failed ({Kind}): {Reason}")]
    private partial void LogFailed(string id, string domain, MailProblemKind kind, string reason);

    [LoggerMessage(EventId = 24, Level = LogLevel.Error, Message = "Delivery of outbox message {Id} from an account at {Domain} is unknown; it is not sent again: {Reason}")]
    private partial void LogDeliveryUnknown(string id, string domain, string reason);

    [LoggerMessage(EventId = 25, Level = LogLevel.Error, Message = "Delivery of outbox message {Id} from an account at {Domain} is unknown: its sender stopped during the transfer; it is not sent again")]
    private partial void LogAbandoned(string id, string domain);

    [LoggerMessage(EventId = 26, Level = LogLevel.Error, Message = "A handler of the outbox's Completed event failed for message {Id}")]
    private partial void LogHandlerFailed(string id, Exception exception);

    [LoggerMessage(EventId = 27, Level = LogLevel.Warning, Message = "Outbox message {Id}: this sender's claim expired and another took the message over; its outcome here is not recorded")]
    private partial void LogClaimLost(string id);

    [LoggerMessage(EventId = 28, Level = LogLevel.Warning, Message = "The outbox cannot send from account {Name}: {Reason}")]
    private partial void LogAccountUnusable(string name, string reason);

    /// <summary>The store no longer gives this sender the claim of a message, so it must not hand it to the server.</summary>
    private sealed class ClaimLostException : Exception
    {
        public ClaimLostException()
            : base("The outbox claim of the message expired.")
        {
        }
    }

    /// <summary>Counts the outcomes of a pass.</summary>
    private sealed class Tally
    {
        private int sent;
        private int failed;
        private int unknown;
        private int deferred;
        private MailOutboxFailure? lastFailure;

        public void Count(MailOutboxEntry entry)
        {
            _ = entry.Status switch
            {
                MailOutboxStatus.Sent => Interlocked.Increment(ref sent),
                MailOutboxStatus.Failed => Interlocked.Increment(ref failed),
                MailOutboxStatus.DeliveryUnknown => Interlocked.Increment(ref unknown),
                MailOutboxStatus.Queued when entry.LastFailure is not null => Interlocked.Increment(ref deferred),
                _ => 0, // put back unsent (the pass was cancelled), or taken over by another sender
            };
            if (entry.Status is MailOutboxStatus.Queued or MailOutboxStatus.Failed or MailOutboxStatus.DeliveryUnknown && entry.LastFailure is { } failure)
            {
                Volatile.Write(ref lastFailure, failure);
            }
        }

        public MailOutboxRun ToRun() => new(sent, failed, unknown, deferred) { LastFailure = Volatile.Read(ref lastFailure) };
    }
}
