using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Polly.Registry;

namespace MailKitConfig;

/// <summary>
/// Sends messages over pooled, authenticated SMTP connections, retrying temporary failures without ever sending a
/// message twice, and saves the Sent copy.
/// </summary>
internal sealed class SmtpMailSender : IMailSender, IAsyncDisposable, IDisposable
{
    private readonly MailConnectionFactory connections;
    private readonly TimeProvider time;
    private readonly MailSendingOptions options;
    private readonly ILogger logger;
    private readonly IMailAccounts? accounts;
    private readonly ResiliencePipeline retry;
    private readonly MailConnectionPools<SendingSmtpClient> pools;
    private readonly MailConnectionPools<ImapClient> sentPools;
    private MailAccountSettings? lastChecked;

    /// <summary>Initializes a new instance of the <see cref="SmtpMailSender"/> class.</summary>
    /// <param name="connections">Opens the SMTP and IMAP connections.</param>
    /// <param name="time">The clock for Date headers, backoff, idle times and the rate limit.</param>
    /// <param name="options">The sending options.</param>
    /// <param name="logger">The logger; optional.</param>
    /// <param name="accounts">The named accounts, whose default is the system account when <see cref="MailSendingOptions.SystemAccount"/> is not set; optional.</param>
    /// <param name="pipelines">Polly's registry: the pipeline under <see cref="MailSendingOptions.ResiliencePipelineKey"/> is used, the default one added there when the host registered none; optional (without it, the default pipeline on its own).</param>
    /// <param name="connectionSlots">The SMTP connection limit shared with other application servers; optional (without it, each account's pool limits its own connections).</param>
    public SmtpMailSender(MailConnectionFactory connections, TimeProvider time, IOptions<MailSendingOptions> options, ILogger<SmtpMailSender>? logger = null, IMailAccounts? accounts = null, ResiliencePipelineRegistry<string>? pipelines = null, IMailConnectionSlots? connectionSlots = null)
    {
        this.accounts = accounts;
        this.connections = connections;
        this.time = time;
        this.options = options.Value;
        this.logger = logger ?? NullLogger<SmtpMailSender>.Instance;
        if (pipelines is null)
        {
            retry = SendRetryPipeline.Configure(new ResiliencePipelineBuilder(), this.options, time, this.logger).Build();
        }
        else
        {
            pipelines.TryAddBuilder(MailSendingOptions.ResiliencePipelineKey, (builder, _) => SendRetryPipeline.Configure(builder, this.options, time, this.logger));
            retry = pipelines.GetPipeline(MailSendingOptions.ResiliencePipelineKey);
        }
        pools = new((key, account, quiet) => new MailConnectionPool<SendingSmtpClient>(
            key,
            ConnectionLimit(this.options, account.Smtp!),
            this.options.MaxMessagesPerConnection,
            account.SendingRate ?? (this.options.RateLimit is { } limit ? new MailSendingRate(limit, this.options.RateLimitInterval) : null),
            (account, probeImplicitTls, token) => connections.ConnectSmtpAsync(account, static t => new SendingSmtpClient(t), probeImplicitTls, token),
            connections.Options.CommandTimeout,
            this.options,
            time,
            quiet,
            this.logger,
            connectionSlots));
        sentPools = new((key, _, quiet) => new MailConnectionPool<ImapClient>(
            key,
            SentFolder.ConnectionsPerAccount,
            maxMessagesPerConnection: null,
            rate: null,
            (account, _, token) => connections.ConnectImapAsync(account, token),
            connections.Options.CommandTimeout,
            this.options,
            time,
            quiet,
            this.logger));
    }

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
        => await SendAsync(options.SystemAccount ?? await DefaultAccountAsync(cancellationToken).ConfigureAwait(false), message, cancellationToken).ConfigureAwait(false);

    private ValueTask<MailAccountSettings> DefaultAccountAsync(CancellationToken cancellationToken)
        => accounts?.DefaultName is { } name
            ? accounts.GetAsync(name, cancellationToken)
            : throw new InvalidOperationException($"No system account is configured: set {nameof(MailSendingOptions)}.{nameof(MailSendingOptions.SystemAccount)} or Mail:DefaultAccount (AddAccount(name, …, isDefault: true)), or name the account to send from.");

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(MailAccountSettings account, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckAccount(account);
        using var composed = await MailMessageComposer.ComposeAsync(account, message, time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
        return await SendComposedAsync(account, composed, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<SendResult> SendAsync(MailAccountSettings account, MimeMessage message, CancellationToken cancellationToken = default)
        => SendAsync(account, message, null, cancellationToken);

    /// <summary>Sends a message built with MimeKit, calling <paramref name="transferStarting"/> before each attempt hands it to a connection.</summary>
    /// <param name="account">The sending account.</param>
    /// <param name="message">The message.</param>
    /// <param name="transferStarting">Awaited after a connection was leased and before the envelope and data are sent (the outbox records it durably); optional.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the server accepted.</returns>
    internal async Task<SendResult> SendAsync(MailAccountSettings account, MimeMessage message, Func<CancellationToken, Task>? transferStarting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckAccount(account);
        message.MessageId ??= MimeKit.Utils.MimeUtils.GenerateMessageId(MailboxAddress.Parse(account.Address).Domain);
        using var composed = MailMessageComposer.Envelope(account, message);
        return await SendComposedAsync(account, composed, cancellationToken, transferStarting).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MailSendOutcome>> SendManyAsync(MailAccountSettings account, IEnumerable<OutgoingMessage> messages, IProgress<MailBatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CheckAccount(account);
        var items = messages.Select((message, index) => new BatchItem(index, null, message));
        return SendBatchAsync(account, items, messages.TryGetNonEnumeratedCount(out var total) ? total : null, progress, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailSendOutcome>> SendManyAsync(MailAccountSettings account, OutgoingMessage message, IEnumerable<string> recipients, IProgress<MailBatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(recipients);
        CheckAccount(account);
        if (message.To.Count + message.Cc.Count + message.Bcc.Count > 0)
        {
            throw new ArgumentException("To send one message to each recipient individually, leave its To, Cc and Bcc empty; the recipients are given separately.", nameof(message));
        }

        var copies = new List<Stream>(); // a stream that cannot seek is copied once, for every recipient
        try
        {
            var attachments = new List<MailAttachment>();
            var resources = new List<MailAttachment>();
            foreach (var (source, target) in new[] { (message.Attachments, attachments), (message.LinkedResources, resources) })
            {
                foreach (var attachment in source)
                {
                    var (rereadable, copy) = await attachment.ToRereadableAsync(cancellationToken).ConfigureAwait(false);
                    target.Add(rereadable);
                    if (copy is not null)
                    {
                        copies.Add(copy);
                    }
                }
            }

            var items = recipients.Select((recipient, index) => new BatchItem(index, recipient, CopyFor(message, recipient, attachments, resources)));
            var total = recipients.TryGetNonEnumeratedCount(out var count) ? count : (int?)null;
            return await SendBatchAsync(account, items, total, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            copies.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Closes the pooled connections, saying QUIT.</summary>
    /// <returns>A task that completes when they are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var pool in pools.TakeAll())
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var pool in sentPools.TakeAll())
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Drops the pooled connections without waiting for the servers.</summary>
    public void Dispose()
    {
        foreach (var pool in pools.TakeAll())
        {
            pool.Dispose();
        }

        foreach (var pool in sentPools.TakeAll())
        {
            pool.Dispose();
        }
    }

    /// <summary>Gets how many SMTP connection pools exist (for tests).</summary>
    internal int PoolCount => pools.Count;

    /// <summary>Gets how many pools of IMAP connections for Sent copies exist (for tests).</summary>
    internal int SentPoolCount => sentPools.Count;

    /// <summary>Gets the pool an account's messages go through now, without using it (for tests).</summary>
    /// <param name="account">The account.</param>
    /// <returns>The pool, created if there is none.</returns>
    internal MailConnectionPool<SendingSmtpClient> PoolFor(MailAccountSettings account)
    {
        var pool = RentPool(account);
        pool.Users--; // kept until it is quiet and unused, as any pool (a test's look, under no concurrent use)
        return pool;
    }

    /// <summary>Checks that an account can send. The last account checked is remembered, so a bulk sender does not validate the same settings object for every message.</summary>
    private void CheckAccount(MailAccountSettings account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (ReferenceEquals(Volatile.Read(ref lastChecked), account))
        {
            return;
        }

        account.EnsureValid();
        if (!account.Usage.HasFlag(MailUsage.Send))
        {
            throw new ArgumentException(ProblemCatalog.Current("Sending.AccountNotForSending", account.Usage), nameof(account));
        }

        Volatile.Write(ref lastChecked, account);
    }

    /// <summary>Gets the pool for an account's connection key and counts one more user of it; give it back with <see cref="MailConnectionPools{TClient}.Release"/>.</summary>
    private MailConnectionPool<SendingSmtpClient> RentPool(MailAccountSettings account)
        => pools.Rent(ConnectionPoolKey.For(account, account.Smtp!, connections.Options.Proxy), account);

    private static OutgoingMessage CopyFor(OutgoingMessage template, string recipient, List<MailAttachment> attachments, List<MailAttachment> resources)
    {
        var copy = new OutgoingMessage
        {
            From = template.From,
            ReplyTo = template.ReplyTo,
            Subject = template.Subject,
            TextBody = template.TextBody,
            HtmlBody = template.HtmlBody,
            To = { recipient },
        };
        attachments.ForEach(copy.Attachments.Add);
        resources.ForEach(copy.LinkedResources.Add);

        return copy;
    }

    /// <summary>Whether a failure concerns the account as a whole (it cannot connect or log in), so the rest of a batch would fail the same way.</summary>
    internal static bool IsAccountFailure(MailOperationException failure)
        => failure is not MailDeliveryUnknownException && failure.Stage is MailOperationStage.Connect or MailOperationStage.Tls or MailOperationStage.Greeting
            or MailOperationStage.Capabilities or MailOperationStage.Authentication;

    /// <summary>Whether a connection was not ready within the connect timeout: a dead or silent server.</summary>
    internal static bool IsConnectTimeout(MailOperationException failure)
        => failure.Stage is MailOperationStage.Connect or MailOperationStage.Tls or MailOperationStage.Greeting && failure.Problem.Kind == MailProblemKind.Timeout;

    private static bool IsTransportFailure(Exception failure)
        => failure is IOException or SocketException or TimeoutException or ProtocolException or ServiceNotConnectedException;

    private async Task<SendResult> SendComposedAsync(MailAccountSettings account, ComposedMessage composed, CancellationToken cancellationToken, Func<CancellationToken, Task>? transferStarting = null)
    {
        using var activity = MailTelemetry.ActivitySource.StartActivity("mail.send", ActivityKind.Client);
        activity?.SetTag("server.address", account.Smtp?.Host).SetTag("server.port", account.Smtp?.Port).SetTag("mail.recipients", composed.Recipients.Count);
        var started = time.GetTimestamp();
        try
        {
            var result = await SendComposedCoreAsync(account, composed, transferStarting, cancellationToken).ConfigureAwait(false);
            MailTelemetry.MessagesSent.Add(1);
            MailTelemetry.SendDuration.Record(time.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(MailTelemetry.OutcomeTag, "sent"));
            activity?.SetTag("mail.attempts", result.Attempts);
            return result;
        }
        catch (Exception ex)
        {
            var problem = MailTelemetry.ProblemOf(ex);
            MailTelemetry.MessagesFailed.Add(1, new KeyValuePair<string, object?>(MailTelemetry.ProblemTag, problem));
            MailTelemetry.SendDuration.Record(time.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(MailTelemetry.OutcomeTag, "failed"));
            MailTelemetry.Fail(activity, problem);
            throw;
        }
    }

    private async Task<SendResult> SendComposedCoreAsync(MailAccountSettings account, ComposedMessage composed, Func<CancellationToken, Task>? transferStarting, CancellationToken cancellationToken)
    {
        using var deadline = options.SendTimeout is { } limit ? new CancellationTokenSource(limit, time) : null;
        using var linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = linked?.Token ?? cancellationToken;
        var pool = RentPool(account);
        var state = new SendState(account, composed, pool, time.GetTimestamp()) { TransferStarting = transferStarting };
        string response;
        try
        {
            try
            {
                response = await AttemptAsync(state, token).ConfigureAwait(false);
            }
            catch (MailOperationException failure) when (state.Retryable)
            {
                response = await RetryAsync(state, ExceptionDispatchInfo.Capture(failure), token).ConfigureAwait(false);
            }
        }
        catch (MailOperationException failure)
        {
            failure.Attempts = state.Attempts;
            throw;
        }
        catch (OperationCanceledException ex) when (deadline?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            var timeout = new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"The send did not complete within the send timeout of {options.SendTimeout!.Value.TotalSeconds:0.###} s."), ex);
            var failure = MailFailures.Create(MailProtocol.Smtp, state.Stage, account.Smtp!, null, timeout, null, account.Credentials?.Kind);
            failure.Attempts = state.Attempts;
            throw failure;
        }
        finally
        {
            pools.Release(pool);
        }

        var messageId = composed.Message.MessageId ?? string.Empty;
        logger.LogSent(messageId, account.Smtp?.Host, composed.Recipients.Count, state.Attempts);
        var result = new SendResult(messageId, composed.Recipients.Select(r => r.Address).ToList(), response) { Attempts = state.Attempts };
        return account.SaveToSent ? await SaveSentCopyAsync(account, composed, result, cancellationToken).ConfigureAwait(false) : result;
    }

    /// <summary>
    /// Hands a failed first attempt to the retry pipeline (<see cref="MailSendingOptions.ResiliencePipelineKey"/>),
    /// which sees the failure as its first outcome and decides, as for any attempt, whether to wait and try again.
    /// Most messages succeed at once and never enter the pipeline, which costs several microseconds per message (see
    /// the benchmark's <c>overhead</c> table). The rule that a message is never sent twice stays here, whatever
    /// pipeline a host registers: after a failure that must not be repeated (the message may have been delivered, a
    /// permanent refusal), a further attempt throws that failure again without touching the server.
    /// </summary>
    private async ValueTask<string> RetryAsync(SendState state, ExceptionDispatchInfo firstFailure, CancellationToken cancellationToken)
    {
        state.LastFailure = firstFailure;
        state.Replay = true;
        var context = ResilienceContextPool.Shared.Get(SendRetryPipeline.OperationKey, cancellationToken);
        try
        {
            context.Properties.Set(SendRetryPipeline.StateKey, state);
            return await retry.ExecuteAsync(
                static async (context, sender) =>
                {
                    var state = context.Properties.GetValue(SendRetryPipeline.StateKey, null!);
                    if (state.Replay || !state.Retryable)
                    {
                        state.Replay = false;
                        state.LastFailure!.Throw();
                    }

                    MailTelemetry.SendRetries.Add(1);
                    try
                    {
                        return await sender.AttemptAsync(state, context.CancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        state.LastFailure = ExceptionDispatchInfo.Capture(ex);
                        throw;
                    }
                },
                context,
                this).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// Makes an attempt. When the server ends the session of a connection it had used already before anything of the
    /// message was sent (it refuses the envelope with a 4xx reply such as "421 4.7.0 Maximum message count per session
    /// reached", or the connection is found closed), the message cannot have been delivered: it goes out at once on a
    /// connection the server has not used, without a retry delay. When the server had said the session reached a limit
    /// (see <see cref="EndedSession"/>) and the new connection takes the message, the pool learns the count as the
    /// server's limit of messages per connection.
    /// </summary>
    private async ValueTask<string> AttemptAsync(SendState state, CancellationToken cancellationToken)
    {
        try
        {
            return await AttemptOnConnectionAsync(state, fresh: false, cancellationToken).ConfigureAwait(false);
        }
        catch (MailOperationException) when (state.EndedSession is { } ended && !cancellationToken.IsCancellationRequested)
        {
            logger.LogSessionEnded(state.Message.Message.MessageId, state.Account.Smtp?.Host, ended.Messages);
            var response = await AttemptOnConnectionAsync(state, fresh: true, cancellationToken).ConfigureAwait(false);
            if (ended.NamesLimit && ended.Messages > 0 && state.Pool.LearnMessageLimit(ended.Messages))
            {
                logger.LogMessageLimitLearned(state.Account.Smtp?.Host, ended.Messages);
            }

            return response;
        }
    }

    private async ValueTask<string> AttemptOnConnectionAsync(SendState state, bool fresh, CancellationToken cancellationToken)
    {
        state.Attempts++;
        state.Retryable = false;
        state.EndedSession = null;
        state.Stage = MailOperationStage.Connect;
        if (!fresh)
        {
            await state.Pool.WaitForRateAsync(cancellationToken).ConfigureAwait(false); // the message the server just refused already counted
        }

        PooledConnection<SendingSmtpClient> pooled;
        try
        {
            pooled = await state.Pool.LeaseAsync(state.Account, probeImplicitTls: state.Attempts == 1, fresh, cancellationToken).ConfigureAwait(false);
        }
        catch (MailOperationException ex)
        {
            state.Retryable = ex.Problem.IsTransient && (!IsConnectTimeout(ex) || state.ConnectTimeouts++ < options.ConnectTimeoutRetries);
            throw;
        }

        if (state.TransferStarting is { } starting)
        {
            try
            {
                await starting(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                state.Pool.Return(pooled, reusable: true); // nothing was said on it
                throw;
            }
        }

        state.Stage = MailOperationStage.Other;

        var connection = pooled.Connection;
        var client = connection.Client;
        var composed = state.Message;
        var tracker = new DataTransferTracker();
        var reusable = false;
        connection.Replies.BeginOperation();
        var dataTimeout = MailConnectionFactory.ToTimeout(connections.Options.DataTimeout);
        if (client.Timeout != dataTimeout)
        {
            client.Timeout = dataTimeout; // kept between messages: a pooled connection is leased for sending (the pool's NOOP sets its own)
        }

        try
        {
            var response = await client.SendAsync(FormatOptions.Default, composed.Message, composed.Sender, composed.Recipients, cancellationToken, tracker).ConfigureAwait(false);
            pooled.Messages++;
            reusable = true;
            return response;
        }
        catch (SmtpCommandException ex)
        {
            reusable = client.IsConnected; // MailKit said RSET after the refusal
            var failure = connection.Fail(MailFailures.SmtpStageOf(ex), ex);
            state.Retryable = failure.Problem.IsTransient;
            if (pooled.Reused && ex.ErrorCode is SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.RecipientNotAccepted && (int)ex.StatusCode is >= 400 and < 500)
            {
                // A refusal at MAIL FROM concerns the session; one of a recipient (a greylisted or full mailbox) only when it says so.
                var namesLimit = ex.ErrorCode == SmtpErrorCode.SenderNotAccepted || ClassifiedReply.Parse(connection.Replies.ReplyForFailure).NamesSessionLimit;
                state.EndedSession = new(pooled.Messages, NamesLimit: namesLimit);
            }

            logger.LogRefused(composed.Message.MessageId, state.Account.Smtp?.Host, (int)ex.StatusCode, state.Attempts);
            throw failure;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && tracker.Started)
        {
            // Cancelled while the message was going out or its reply was awaited: once its end may have reached the
            // server, "cancelled" would invite a resend of a message that may be delivered.
            if (await tracker.EndMayHaveBeenSentAsync(() => client.MeasureDeferredAsync(composed.Message, CancellationToken.None)).ConfigureAwait(false))
            {
                var messageId = composed.Message.MessageId ?? string.Empty;
                var failure = MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Data, connection.Endpoint, null, ex, "the send was cancelled while waiting for the server's answer to the message", connection.Credentials);
                logger.LogDeliveryUnknown(messageId, state.Account.Smtp?.Host, "cancelled");
                throw new MailDeliveryUnknownException(messageId, failure);
            }

            throw;
        }
        catch (Exception ex) when (IsTransportFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            var refusal = connection.Replies.ReplyForFailure is { } reply && ClassifiedReply.IsRefusalLine(reply) ? reply : null;
            var stage = tracker.Started ? MailOperationStage.Data : MailOperationStage.Other;
            var failure = MailFailures.Create(MailProtocol.Smtp, stage, connection.Endpoint, refusal, ex, null, connection.Credentials);
            var messageId = composed.Message.MessageId ?? string.Empty;
            if (await tracker.EndMayHaveBeenSentAsync(() => client.MeasureDeferredAsync(composed.Message, CancellationToken.None)).ConfigureAwait(false))
            {
                logger.LogDeliveryUnknown(messageId, state.Account.Smtp?.Host, ex.Message);
                throw new MailDeliveryUnknownException(messageId, failure);
            }

            state.Retryable = refusal is null || failure.Problem.IsTransient;
            if (pooled.Reused && !tracker.Started && (refusal is null || failure.Problem.IsTransient))
            {
                state.EndedSession = new(pooled.Messages, NamesLimit: refusal is not null); // found closed before the message: a server's goodbye, not its limit, unless it said so
            }

            throw failure;
        }
        catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw connection.Fail(MailOperationStage.Other, ex);
        }
        finally
        {
            client.ForgetDeferred();
            state.Pool.Return(pooled, reusable);
        }
    }

    private async Task<SendResult> SaveSentCopyAsync(MailAccountSettings account, ComposedMessage composed, SendResult result, CancellationToken cancellationToken)
    {
        var message = composed.Message;
        message.Bcc.AddRange(composed.HiddenRecipients.Where(b => !message.Bcc.Mailboxes.Any(m => string.Equals(m.Address, b.Address, StringComparison.OrdinalIgnoreCase))));
        var pool = sentPools.Rent(ConnectionPoolKey.For(account, account.Imap!, connections.Options.Proxy), account);
        try
        {
            await SentFolder.SaveAsync(pool, account, message, cancellationToken).ConfigureAwait(false);
            return result with { SavedToSent = true };
        }
        catch (MailOperationException ex)
        {
            logger.LogSentCopyFailed(result.MessageId, account.Imap?.Host, ex.Message);
            return result with { SentCopyFailure = ex };
        }
        finally
        {
            sentPools.Release(pool);
        }
    }

    /// <summary>
    /// Sends a batch over the account's pool: the caller's sequence is enumerated only as connections become free
    /// (never more messages taken than the pool has connections), each message composed just before it is sent and
    /// let go of once its outcome is recorded. Messages that read the same caller stream take turns (see
    /// <see cref="StreamTurns"/>); the others go out in parallel.
    /// </summary>
    private async Task<IReadOnlyList<MailSendOutcome>> SendBatchAsync(MailAccountSettings account, IEnumerable<BatchItem> items, int? total, IProgress<MailBatchProgress>? progress, CancellationToken cancellationToken)
    {
        var outcomes = new List<MailSendOutcome>(total ?? 0);
        var turns = new StreamTurns();
        var completed = 0;
        var sent = 0;
        var accountFailed = false;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ConnectionLimit(options, account.Smtp!) };
        await Parallel.ForEachAsync(items, parallel, async (item, _) =>
        {
            MailSendOutcome outcome;
            if (cancellationToken.IsCancellationRequested || Volatile.Read(ref accountFailed))
            {
                outcome = new MailSendOutcome(item.Index, item.Recipient, MailSendStatus.NotAttempted, null, null);
            }
            else
            {
                using var turn = await turns.TakeAsync(item.Message).ConfigureAwait(false);
                try
                {
                    var result = await SendAsync(account, item.Message, cancellationToken).ConfigureAwait(false);
                    outcome = new MailSendOutcome(item.Index, item.Recipient, MailSendStatus.Sent, result, null);
                    Interlocked.Increment(ref sent);
                }
                catch (ArgumentException ex)
                {
                    outcome = new MailSendOutcome(item.Index, item.Recipient, MailSendStatus.Invalid, null, ex);
                }
                catch (MailDeliveryUnknownException ex)
                {
                    outcome = new MailSendOutcome(item.Index, item.Recipient, MailSendStatus.DeliveryUnknown, null, ex);
                }
                catch (MailOperationException ex)
                {
                    var accountLevel = IsAccountFailure(ex);
                    Volatile.Write(ref accountFailed, Volatile.Read(ref accountFailed) || accountLevel);
                    var status = accountLevel || ex.Problem.IsTransient || ex.ReplyCode is null or < 500 ? MailSendStatus.Failed : MailSendStatus.Rejected;
                    outcome = new MailSendOutcome(item.Index, item.Recipient, status, null, ex);
                }
                catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
                {
                    outcome = new MailSendOutcome(item.Index, item.Recipient, MailSendStatus.Failed, null, ex);
                }
            }

            lock (outcomes)
            {
                CollectionsMarshal.SetCount(outcomes, Math.Max(outcomes.Count, item.Index + 1)); // the messages taken before it may still be in flight
                outcomes[item.Index] = outcome;
            }

            var done = Interlocked.Increment(ref completed);
            progress?.Report(new MailBatchProgress(done, total, Volatile.Read(ref sent), outcome));
        }).ConfigureAwait(false);

        return outcomes;
    }

    /// <summary>
    /// The most connections the pool of an account opens: <see cref="MailSendingOptions.MaxConnectionsPerAccount"/>, or
    /// fewer where the provider publishes a lower limit for the server (Exchange Online: 3), which refuses the rest.
    /// </summary>
    /// <param name="options">The sending options.</param>
    /// <param name="server">The account's SMTP server.</param>
    /// <returns>The limit.</returns>
    internal static int ConnectionLimit(MailSendingOptions options, ServerEndpoint server)
        => Math.Min(options.MaxConnectionsPerAccount, ProviderCatalog.Default.MaxConnections(MailProtocol.Smtp, server.Host) ?? int.MaxValue);

    /// <summary>
    /// How a used connection's session ended before a message: after how many messages, and whether the server said
    /// the session had reached a limit (it refused MAIL FROM, refused a recipient naming the session or connection, or
    /// refused before closing) rather than closing the connection silently or refusing one recipient.
    /// </summary>
    internal sealed record EndedSession(int Messages, bool NamesLimit);

    /// <summary>A message of a batch.</summary>
    private sealed record BatchItem(int Index, string? Recipient, OutgoingMessage Message);

    /// <summary>
    /// Lets the messages of a batch that read the same caller stream (an attachment or picture made from a
    /// <see cref="Stream"/>) be sent one after another, since two sends must not read one stream at the same time; the
    /// check is made as each message is taken, so the batch is never looked at ahead. Each message waits for the
    /// messages taken before it that read any of its streams. A stream that cannot seek is still read only once: the
    /// second message that reads it is refused with the <see cref="ArgumentException"/> of
    /// <see cref="MailAttachment"/> (<see cref="MailSendStatus.Invalid"/>). Only the streams of messages in flight
    /// are remembered.
    /// </summary>
    private sealed class StreamTurns
    {
        private readonly Dictionary<Stream, Task> last = new(ReferenceEqualityComparer.Instance);

        /// <summary>Waits until no message taken before this one reads any of its caller streams.</summary>
        /// <param name="message">The message (<see langword="null"/> when the caller's sequence held one; its send refuses it).</param>
        /// <returns>The turn, to dispose once the message is done; <see langword="null"/> when it reads no caller stream.</returns>
        public async ValueTask<Turn?> TakeAsync(OutgoingMessage? message)
        {
            if (message is null || message.Attachments.Count + message.LinkedResources.Count == 0)
            {
                return null;
            }

            var streams = message.Attachments.Concat(message.LinkedResources).Select(a => a.CallerStream).OfType<Stream>()
                .Distinct(ReferenceEqualityComparer.Instance).Cast<Stream>().ToList();
            if (streams.Count == 0)
            {
                return null;
            }

            var turn = new Turn(this, streams);
            List<Task> before = [];
            lock (last)
            {
                foreach (var stream in streams)
                {
                    if (last.TryGetValue(stream, out var previous))
                    {
                        before.Add(previous);
                    }

                    last[stream] = turn.Done;
                }
            }

            await Task.WhenAll(before).ConfigureAwait(false); // never faults: a turn always ends; a cancelled send ends its turn at once
            return turn;
        }

        /// <summary>A message's turn on its caller streams.</summary>
        public sealed class Turn(StreamTurns owner, List<Stream> streams) : IDisposable
        {
            private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

            /// <summary>Gets a task that completes when the turn ends.</summary>
            public Task Done => done.Task;

            /// <summary>Ends the turn: the next message that reads one of its streams may start.</summary>
            public void Dispose()
            {
                lock (owner.last)
                {
                    foreach (var stream in streams)
                    {
                        if (owner.last.TryGetValue(stream, out var latest) && latest == done.Task)
                        {
                            owner.last.Remove(stream);
                        }
                    }
                }

                done.TrySetResult();
            }
        }
    }

    /// <summary>What the attempts of one send share.</summary>
    internal sealed class SendState(MailAccountSettings account, ComposedMessage message, MailConnectionPool<SendingSmtpClient> pool, long startedAt)
    {
        public MailAccountSettings Account { get; } = account;

        public ComposedMessage Message { get; } = message;

        public MailConnectionPool<SendingSmtpClient> Pool { get; } = pool;

        public long StartedAt { get; } = startedAt;

        public int Attempts { get; set; }

        public bool Retryable { get; set; }

        /// <summary>Gets what to await before each attempt hands the message to a connection, if anything.</summary>
        public Func<CancellationToken, Task>? TransferStarting { get; init; }

        /// <summary>Gets or sets the step the current attempt is at, as far as the sender knows (for a send timeout).</summary>
        public MailOperationStage Stage { get; set; }

        /// <summary>Gets or sets how the last attempt's connection, one the server had used already, ended before anything of the message was sent; <see langword="null"/> when it did not.</summary>
        public EndedSession? EndedSession { get; set; }

        /// <summary>Gets or sets how many attempts failed because the connection was not ready in time.</summary>
        public int ConnectTimeouts { get; set; }

        /// <summary>Gets or sets the failure of the last attempt: replayed as the retry pipeline's first outcome, and again for an attempt that must not be made.</summary>
        public ExceptionDispatchInfo? LastFailure { get; set; }

        /// <summary>Gets or sets a value indicating whether the pipeline's next execution replays <see cref="LastFailure"/> (the first attempt's, made before the pipeline).</summary>
        public bool Replay { get; set; }
    }

}
