namespace MailKitConfig;

/// <summary>
/// Receives new mail of an account over IMAP or POP3 and hands each message to the application, at least once and
/// with a stable key, remembering what was accepted in an <see cref="IMailReceiveStateStore"/>.
/// </summary>
/// <remarks>
/// <para>The contract: a message is handed over at least once; a message whose acceptance was not recorded (the
/// handler threw, or the process stopped before the state was saved) is handed over again with the same
/// <see cref="ReceivedMail.Key"/>; a message whose acceptance was recorded is never handed over again, across restarts,
/// reconnects and UIDVALIDITY changes.</para>
/// <para>One receiver at a time per mailbox (account, protocol and folder): concurrent calls for the same mailbox in one
/// process wait for each other.</para>
/// </remarks>
public interface IMailReceiver
{
    /// <summary>Fetches the messages that arrived since the last call and hands each to <paramref name="handler"/>.</summary>
    /// <param name="account">The account; must receive mail (IMAP or POP3 and credentials).</param>
    /// <param name="handler">Called once per message; returns to accept it, throws to have it handed over again next time.</param>
    /// <param name="options">The mailbox and what to do with accepted messages; <see langword="null"/> for the defaults (IMAP INBOX, new mail only on the first run, leave messages on the server).</param>
    /// <param name="cancellationToken">Cancels the operation; messages accepted so far stay accepted.</param>
    /// <returns>What was received.</returns>
    /// <exception cref="MailOperationException">The server could not be reached, refused the login or a command; <see cref="MailOperationException.Problem"/> says why.</exception>
    /// <exception cref="MailSettingsException">The account's settings are invalid.</exception>
    Task<MailReceiveResult> ReceiveAsync(MailAccountSettings account, MailReceiveHandler handler, MailReceiveOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Receives continuously until cancelled: over IMAP with IDLE (or NOOP polling where IDLE is not offered), over
    /// POP3 by polling; reconnects with backoff after a dropped connection, but never after a refused login.
    /// </summary>
    /// <param name="account">The account; must receive mail.</param>
    /// <param name="handler">Called once per message, as for <see cref="ReceiveAsync"/>.</param>
    /// <param name="options">The mailbox and what to do with accepted messages; optional.</param>
    /// <param name="cancellationToken">Stops watching.</param>
    /// <returns>A task that completes (cancelled) when <paramref name="cancellationToken"/> is cancelled.</returns>
    /// <exception cref="MailOperationException">The server refused the login or reported a permanent problem.</exception>
    /// <exception cref="OperationCanceledException">Watching was stopped.</exception>
    Task WatchAsync(MailAccountSettings account, MailReceiveHandler handler, MailReceiveOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>Handles one received message: return to accept it, throw to have it handed over again later.</summary>
/// <param name="message">The message, its key and headers; the whole message on demand.</param>
/// <param name="cancellationToken">Cancelled when receiving is cancelled.</param>
/// <returns>A task that completes when the message is accepted.</returns>
public delegate Task MailReceiveHandler(ReceivedMail message, CancellationToken cancellationToken);
