namespace MailKitConfig;

/// <summary>
/// The receiving half of the scheduled job: fetches an account's new mail and hands it to the application's handlers.
/// The job calls it for every account whose <see cref="MailAccountSettings.Usage"/> includes <see cref="MailUsage.Receive"/>.
/// </summary>
internal interface IMailJobReceiver
{
    /// <summary>Receives the account's new mail.</summary>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Stops receiving.</param>
    /// <returns>How many messages were received, or <see langword="null"/> when the job does not receive (no handler is registered).</returns>
    /// <exception cref="MailOperationException">The server could not be reached or refused the login.</exception>
    Task<int?> ReceiveAsync(MailAccountSettings account, CancellationToken cancellationToken);
}
