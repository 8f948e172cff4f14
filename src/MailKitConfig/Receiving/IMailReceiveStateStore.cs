namespace MailKitConfig;

/// <summary>Keeps the receive state of mailboxes; the default (<see cref="FileMailReceiveStateStore"/>) writes one file per mailbox.</summary>
/// <remarks>
/// <see cref="SaveAsync"/> must be durable when it returns: the receiver calls it after each accepted message, and a
/// message whose acceptance reached the store is never handed over again.
/// </remarks>
public interface IMailReceiveStateStore
{
    /// <summary>Loads the state of a mailbox.</summary>
    /// <param name="mailbox">The mailbox's name as the receiver gives it (protocol, login, server and folder).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The state, or <see langword="null"/> when the mailbox was never received from.</returns>
    Task<MailReceiveState?> LoadAsync(string mailbox, CancellationToken cancellationToken);

    /// <summary>Saves the state of a mailbox, replacing the previous one; durable when the task completes.</summary>
    /// <param name="mailbox">The mailbox's name.</param>
    /// <param name="state">The state.</param>
    /// <param name="cancellationToken">Cancels the operation (the previous state then stays).</param>
    /// <returns>A task that completes when the state is saved.</returns>
    Task SaveAsync(string mailbox, MailReceiveState state, CancellationToken cancellationToken);
}
