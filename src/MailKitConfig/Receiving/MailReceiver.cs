using System.Collections.Concurrent;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Receives over IMAP or POP3 through the connection factory, one receiver per mailbox at a time.</summary>
internal sealed class MailReceiver : IMailReceiver
{
    private readonly MailConnectionFactory connections;
    private readonly IMailReceiveStateStore store;
    private readonly TimeProvider time;
    private readonly MailReceivingOptions settings;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> mailboxes = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="MailReceiver"/> class.</summary>
    /// <param name="connections">Opens the connections.</param>
    /// <param name="store">Keeps the state of each mailbox.</param>
    /// <param name="time">The clock for IDLE renewals, polling and reconnect delays.</param>
    /// <param name="options">The receiving options.</param>
    /// <param name="logger">The logger; optional.</param>
    public MailReceiver(MailConnectionFactory connections, IMailReceiveStateStore store, TimeProvider time, IOptions<MailReceivingOptions> options, ILogger<MailReceiver>? logger = null)
    {
        this.connections = connections;
        this.store = store;
        this.time = time;
        settings = options.Value;
        this.logger = logger ?? NullLogger<MailReceiver>.Instance;
    }

    /// <inheritdoc />
    public async Task<MailReceiveResult> ReceiveAsync(MailAccountSettings account, MailReceiveHandler handler, MailReceiveOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = Prepare(account, handler, options);
        var protocol = ProtocolOf(context);
        var result = new MailReceiveResult { Protocol = protocol };
        CommandCounter? counter = null;
        string logName;
        if (protocol == MailProtocol.Imap)
        {
            var connection = await connections.ConnectImapAsync(account, t => new ImapClient(counter = new CommandCounter(t, protocol)), cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var session = new ImapReceiveSession(connection, context);
                await session.FindFolderAsync(cancellationToken).ConfigureAwait(false);
                logName = session.LogName;
                using (await LockAsync(session.Mailbox, cancellationToken).ConfigureAwait(false))
                {
                    await session.PollAsync(result, folderOpen: false, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        else
        {
            var connection = await connections.ConnectPop3Async(account, t => new Pop3Client(counter = new CommandCounter(t, protocol)), cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var session = new Pop3ReceiveSession(connection, context);
                logName = session.LogName;
                using (await LockAsync(session.Mailbox, cancellationToken).ConfigureAwait(false))
                {
                    await session.PollAsync(result, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        result.Commands = counter!.Commands; // counted up to the goodbye (LOGOUT/QUIT), which the disposal above sent
        logger.Received(logName, result.Accepted, result.Failures.Count, result.Skipped, result.Commands);
        return result;
    }

    /// <inheritdoc />
    public async Task WatchAsync(MailAccountSettings account, MailReceiveHandler handler, MailReceiveOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = Prepare(account, handler, options);
        var protocol = ProtocolOf(context);
        var delay = settings.ReconnectDelay;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (protocol == MailProtocol.Imap)
                {
                    await WatchImapAsync(context, () => delay = settings.ReconnectDelay, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ReceiveAsync(account, handler, options, cancellationToken).ConfigureAwait(false);
                    delay = settings.ReconnectDelay;
                    await Task.Delay(settings.PollInterval, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (MailOperationException ex) when (!cancellationToken.IsCancellationRequested && MayReconnect(ex))
            {
                // Backoff with jitter (0.8 to 1.2 times the delay), so that many receivers do not reconnect in step.
                var wait = delay * (0.8 + (0.4 * Random.Shared.NextDouble()));
                var waiting = Task.Delay(wait, time, cancellationToken); // the wait runs from here, before the log line announces it (a test on a fake clock advances it on that line)
                logger.Reconnecting($"{protocol} {ex.Host}:{ex.Port}", ex.Message, wait);
                await waiting.ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxReconnectDelay.Ticks));
            }
        }
    }

    /// <summary>Returns whether watching should reconnect after a failure: never after a refused login or a permanent problem.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>
    /// <see langword="true"/> for dropped connections, timeouts and unavailable servers, and for a connection that ended
    /// mid-conversation (MailKit's protocol exception: a server that closed the connection without a reset, as a
    /// restarting server or a plain-text connection does, reads as "unexpectedly disconnected").
    /// </returns>
    internal static bool MayReconnect(MailOperationException failure)
    {
        var kind = failure.Problem.Kind;
        return failure.Stage != MailOperationStage.Authentication && !ProblemKinds.RefusesCredentials(kind)
            && (failure.Problem.IsTransient || failure.InnerException is MailKit.ProtocolException
                || kind is MailProblemKind.ConnectionBroken or MailProblemKind.Timeout or MailProblemKind.ServerUnavailable
                or MailProblemKind.ConnectionRefused or MailProblemKind.HostNotFound or MailProblemKind.TooManyConnections);
    }

    private async Task WatchImapAsync(ReceiveContext context, Action connected, CancellationToken cancellationToken)
    {
        var connection = await connections.ConnectImapAsync(context.Account, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var session = new ImapReceiveSession(connection, context);
            await session.FindFolderAsync(cancellationToken).ConfigureAwait(false);
            using (await LockAsync(session.Mailbox, cancellationToken).ConfigureAwait(false))
            {
                await Conversation(connection, () => session.OpenAsync(cancellationToken), "opening the folder failed", cancellationToken).ConfigureAwait(false);
                connected();
                var changes = new FolderChanges();
                session.Folder.CountChanged += changes.OnCountChanged;
                try
                {
                    while (true)
                    {
                        changes.Changed = false;
                        var result = new MailReceiveResult { Protocol = MailProtocol.Imap };
                        await session.PollAsync(result, folderOpen: true, cancellationToken).ConfigureAwait(false);
                        if (result.Accepted + result.Failures.Count + result.Skipped > 0)
                        {
                            logger.Received(session.LogName, result.Accepted, result.Failures.Count, result.Skipped, result.Commands);
                        }

                        if (!changes.Changed)
                        {
                            // A message that arrived during the poll was announced then (EXISTS), not again in IDLE: poll again first.
                            await WaitForMailAsync(connection, changes, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
                finally
                {
                    session.Folder.CountChanged -= changes.OnCountChanged;
                }
            }
        }
    }

    /// <summary>Waits in IDLE (renewed every <see cref="MailReceivingOptions.IdleRefreshInterval"/>) until the folder changes, or polls with NOOP where IDLE is not offered.</summary>
    private async Task WaitForMailAsync(MailConnection<ImapClient> connection, FolderChanges changes, CancellationToken cancellationToken)
    {
        var client = connection.Client;
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            await Task.Delay(settings.PollInterval, time, cancellationToken).ConfigureAwait(false);
            await Conversation(connection, () => client.NoOpAsync(cancellationToken), "NOOP failed", cancellationToken).ConfigureAwait(false);
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var refresh = time.CreateTimer(_ => done.Cancel(), null, settings.IdleRefreshInterval, Timeout.InfiniteTimeSpan);
        changes.Idle = done;
        try
        {
            await Conversation(connection, () => client.IdleAsync(done.Token, cancellationToken), "IDLE failed", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            changes.Idle = null;
        }
    }

    private static async Task Conversation(MailConnection<ImapClient> connection, Func<Task> call, string what, CancellationToken cancellationToken)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not MailOperationException && MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw connection.Fail(MailOperationStage.Mailbox, ex, $"{what}: {ex.Message}");
        }
    }

    private ReceiveContext Prepare(MailAccountSettings account, MailReceiveHandler handler, MailReceiveOptions? options)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(handler);
        account.EnsureValid();
        if (!account.Usage.HasFlag(MailUsage.Receive))
        {
            throw new ArgumentException(ProblemCatalog.Current("Receive.NotForReceiving", account.Usage), nameof(account));
        }

        options ??= new MailReceiveOptions();
        options.EnsureValid();
        return new ReceiveContext(account, options, settings, store, handler, time, logger);
    }

    private static MailProtocol ProtocolOf(ReceiveContext context)
    {
        var protocol = context.Options.Protocol ?? (context.Account.Imap is not null ? MailProtocol.Imap : MailProtocol.Pop3);
        return protocol switch
        {
            MailProtocol.Imap when context.Account.Imap is null => throw new ArgumentException(ProblemCatalog.Current("Receive.NoImapServer")),
            MailProtocol.Pop3 when context.Account.Pop3 is null => throw new ArgumentException(ProblemCatalog.Current("Receive.NoPop3Server")),
            MailProtocol.Smtp => throw new ArgumentException(ProblemCatalog.Current("Receive.NotOverSmtp")),
            _ => protocol,
        };
    }

    private async Task<IDisposable> LockAsync(string mailbox, CancellationToken cancellationToken)
    {
        var gate = mailboxes.GetOrAdd(mailbox, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    /// <summary>Notes that a watched folder's message count changed, and ends a running IDLE.</summary>
    private sealed class FolderChanges
    {
        /// <summary>Gets or sets a value indicating whether the count changed since the last poll began.</summary>
        public bool Changed { get; set; }

        /// <summary>Gets or sets the cancellation that ends the running IDLE, if one runs.</summary>
        public CancellationTokenSource? Idle { get; set; }

        /// <summary>Handles the folder's CountChanged event.</summary>
        /// <param name="sender">The folder.</param>
        /// <param name="e">Nothing.</param>
        public void OnCountChanged(object? sender, EventArgs e)
        {
            Changed = true;

            // MailKit raises the event inside its read loop; DONE is written by the cancellation, so it runs on the thread pool.
            _ = Idle?.CancelAsync();
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
