namespace MailKitConfig;

/// <summary>
/// Limits how many SMTP connections to one server with one login are open at once across several application
/// servers: the sending pool takes a slot before it opens a connection and gives it back when the connection closes,
/// so that servers together never open more than a provider allows (a send waits for a slot instead of being
/// refused). <c>UsePostgreSqlOutbox</c> and <c>UsePostgreSql</c> of the MailKitConfig.PostgreSql package register one
/// (slots with a lease in the shared database); without one each process limits its own connections only
/// (<see cref="MailSendingOptions.MaxConnectionsPerAccount"/> per account).
/// </summary>
public interface IMailConnectionSlots
{
    /// <summary>Waits until fewer than <paramref name="limit"/> connections named <paramref name="connection"/> are open, and takes a slot for one more.</summary>
    /// <param name="connection">
    /// The stable name of what the connection is (a hash of the server and the login, the same in every process; it holds
    /// no password or address in clear).
    /// </param>
    /// <param name="limit">How many such connections may be open at once, all servers together.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The slot, which the caller disposes when the connection is closed.</returns>
    ValueTask<IMailConnectionSlot> AcquireAsync(string connection, int limit, CancellationToken cancellationToken);
}

/// <summary>A slot for one open connection, held until disposed (or until its holder dies and its lease expires).</summary>
public interface IMailConnectionSlot : IAsyncDisposable
{
    /// <summary>
    /// Gets a token cancelled when the slot is lost (it could not be renewed in time, so another server may take it):
    /// the holder closes the connection instead of using it again.
    /// </summary>
    CancellationToken Lost { get; }
}
