namespace MailKitConfig;

/// <summary>
/// Makes the scheduled job's receiving for an account exclusive among several application servers: the job receives
/// for an account only while it holds the account's lease. <c>UsePostgreSql</c> and <c>UsePostgreSqlReceiveState</c> of
/// the MailKitConfig.PostgreSql package register one (a PostgreSQL advisory lock); without one the job's receiving is
/// exclusive within its own process only.
/// </summary>
public interface IMailReceiveLock
{
    /// <summary>Takes the account's receive lease when no other server holds it; never waits for it.</summary>
    /// <param name="account">The account's address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The lease, which the caller disposes when it has finished receiving; <see langword="null"/> when another server holds it.</returns>
    Task<IMailReceiveLease?> TryAcquireAsync(string account, CancellationToken cancellationToken);
}

/// <summary>An account's receive lease, held until disposed (or until its holder dies).</summary>
public interface IMailReceiveLease : IAsyncDisposable
{
    /// <summary>Gets a token cancelled when the lease is lost (e.g. the connection that holds it broke): the holder must stop receiving, since another server may take over.</summary>
    CancellationToken Lost { get; }
}
