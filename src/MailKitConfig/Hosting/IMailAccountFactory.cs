namespace MailKitConfig;

/// <summary>
/// Creates accounts that are not in configuration, when they are first asked for (a tenant's mailbox kept in the
/// application's database). Register with <c>AddAccountFactory</c>; factories are asked in registration order after the
/// configured accounts.
/// </summary>
public interface IMailAccountFactory
{
    /// <summary>Returns the settings of an account, or <see langword="null"/> when this factory does not know the name.</summary>
    /// <param name="accountName">The name asked for.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The settings (with credentials), or <see langword="null"/>.</returns>
    ValueTask<MailAccountSettings?> CreateAsync(string accountName, CancellationToken cancellationToken = default);
}
