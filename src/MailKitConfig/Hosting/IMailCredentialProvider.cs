namespace MailKitConfig;

/// <summary>
/// Supplies the credentials of a named account that has no <see cref="MailAccountOptions.Password"/> or
/// <see cref="MailAccountOptions.AppPassword"/> in configuration: the application's own vault, a secrets service, or an
/// OAuth token store (<see cref="MailCredentials.OAuth"/>). Register with <c>AddCredentialProvider</c>; providers are
/// asked in registration order and the first answer wins. The module's own provider comes first: an account that
/// signed in with its mail service on this machine (<see cref="IMailOAuth"/>, a grant in the <see cref="IOAuthTokenStore"/>)
/// gets its OAuth credentials from there.
/// </summary>
public interface IMailCredentialProvider
{
    /// <summary>Returns the credentials of an account, or <see langword="null"/> when this provider does not know it.</summary>
    /// <param name="accountName">The account's name, e.g. <c>system</c> or a tenant's id.</param>
    /// <param name="address">The account's email address.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The credentials, or <see langword="null"/>.</returns>
    ValueTask<MailCredentials?> GetCredentialsAsync(string accountName, string address, CancellationToken cancellationToken = default);
}
