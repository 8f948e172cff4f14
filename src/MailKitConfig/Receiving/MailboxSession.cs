using MailKit;
using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>What a receive of one mailbox shares between IMAP and POP3: the state, the handler and its outcomes.</summary>
/// <typeparam name="TClient">The MailKit client type.</typeparam>
internal abstract class MailboxSession<TClient>
    where TClient : MailService
{
    protected MailboxSession(MailConnection<TClient> connection, ReceiveContext context)
    {
        Connection = connection;
        Context = context;
    }

    /// <summary>Gets the connection.</summary>
    public MailConnection<TClient> Connection { get; }

    /// <summary>Gets the receive's account, options, store and handler.</summary>
    public ReceiveContext Context { get; }

    /// <summary>Gets the mailbox's name for the state store: protocol, login, server and folder.</summary>
    public string Mailbox { get; private set; } = string.Empty;

    /// <summary>Gets the mailbox's name for the logs: protocol, server and folder (logs carry no login).</summary>
    public string LogName { get; private set; } = string.Empty;

    /// <summary>Gets or sets the mailbox's state (loaded on the first poll).</summary>
    protected MailReceiveState? State { get; set; }

    /// <summary>Gets or sets a value indicating whether a message was handed over since the state was last written.</summary>
    protected bool Unsaved { get; set; }

    /// <summary>Gets or sets when the state was last written (a <see cref="TimeProvider.GetTimestamp"/> value; 0: not yet).</summary>
    private long LastWrite { get; set; }

    /// <summary>Names the mailbox for the state store and for the logs.</summary>
    /// <param name="protocol">The protocol's scheme (<c>imap</c>, <c>pop3</c>).</param>
    /// <param name="folder">The folder's full name.</param>
    protected void Name(string protocol, string folder)
    {
        var place = $"{Connection.Endpoint.Host}:{Connection.Endpoint.Port}/{folder}";
        Mailbox = $"{protocol}:{Context.Account.EffectiveLogin}@{place}";
        LogName = $"{protocol}:{place}";
    }

    /// <summary>Hands a message to the handler and records a failure; the caller records an acceptance.</summary>
    /// <param name="id">The message's id in <see cref="MailReceiveState.Retries"/>.</param>
    /// <param name="mail">The message.</param>
    /// <param name="result">The receive's result.</param>
    /// <param name="cancellationToken">Cancels the receive.</param>
    /// <returns>Whether the handler accepted the message.</returns>
    protected async Task<bool> HandAsync(string id, ReceivedMail mail, MailReceiveResult result, CancellationToken cancellationToken)
    {
        var state = State!;
        Unsaved = true;
        try
        {
            await Context.Handler(mail, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retry = state.Retries.GetValueOrDefault(id) ?? new MailReceiveRetry();
            retry.Failures++;
            retry.LastError = ex.Message;
            retry.Parked = retry.Failures >= Context.Settings.MaxHandlerFailures;
            state.Retries[id] = retry;
            result.AddFailure(new MailReceiveFailure(mail.Key, ex, retry.Failures, retry.Parked));
            if (retry.Parked)
            {
                Context.Logger.MessageParked(mail.Key.Value, retry.Failures, ex);
            }
            else
            {
                Context.Logger.HandlerFailed(mail.Key.Value, retry.Failures, ex);
            }

            return false;
        }

        state.Retries.Remove(id);
        result.Accepted++;
        return true;
    }

    /// <summary>Saves the state.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is saved.</returns>
    /// <exception cref="InvalidOperationException">The store could not write the state (its exception is the inner one).</exception>
    protected async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Context.Store.SaveAsync(Mailbox, State!, cancellationToken).ConfigureAwait(false);
            LastWrite = Context.Time.GetTimestamp();
            Unsaved = false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not a failure of the mail server: kept apart from the conversation failures the session reports.
            throw new InvalidOperationException(ProblemCatalog.Current("Receive.StateNotSaved", ex.Message), ex);
        }
    }

    /// <summary>
    /// Saves the state after a message was handed over, when the settings ask for a write after each message and
    /// <see cref="MailReceivingOptions.StateWriteInterval"/> has passed since the last write (the caller writes at the
    /// end of the batch in any case).
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is saved or the write is left to a later one.</returns>
    protected Task SaveAfterMessageAsync(CancellationToken cancellationToken)
    {
        var settings = Context.Settings;
        var due = settings.SaveStateAfterEachMessage
            && (LastWrite == 0 || Context.Time.GetElapsedTime(LastWrite) >= settings.StateWriteInterval);
        return due ? SaveAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Loads the state.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The state, or <see langword="null"/> on the first receive.</returns>
    protected async Task<MailReceiveState?> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await Context.Store.LoadAsync(Mailbox, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(ProblemCatalog.Current("Receive.StateNotRead", ex.Message), ex);
        }
    }

    /// <summary>Wraps a failure of the server conversation after login.</summary>
    /// <param name="failure">The exception.</param>
    /// <param name="what">What was being done.</param>
    /// <returns>The exception to throw.</returns>
    protected MailOperationException Fail(Exception failure, string what)
        => Connection.Fail(MailOperationStage.Mailbox, failure, $"{what}: {failure.Message}");

    /// <summary>Returns whether an exception is a server conversation failure to wrap with <see cref="Fail"/>.</summary>
    /// <param name="failure">The exception.</param>
    /// <param name="cancellationToken">The receive's cancellation.</param>
    /// <returns><see langword="true"/> to wrap it.</returns>
    protected static bool IsServerFailure(Exception failure, CancellationToken cancellationToken)
        => failure is not MailOperationException && MailFailures.IsConversationFailure(failure) && !cancellationToken.IsCancellationRequested;
}

/// <summary>Everything a receive of one mailbox needs besides the connection.</summary>
/// <param name="Account">The account.</param>
/// <param name="Options">The mailbox options of the call.</param>
/// <param name="Settings">The module's receiving options.</param>
/// <param name="Store">The state store.</param>
/// <param name="Handler">The application's handler.</param>
/// <param name="Time">The clock.</param>
/// <param name="Logger">The logger.</param>
internal sealed record ReceiveContext(MailAccountSettings Account, MailReceiveOptions Options, MailReceivingOptions Settings, IMailReceiveStateStore Store, MailReceiveHandler Handler, TimeProvider Time, ILogger Logger);
