namespace MailKitConfig;

/// <summary>
/// Gives a named account without a configured secret the OAuth credentials of an earlier sign-in on this machine, when
/// the token store holds a grant for its address; otherwise it does not know the account and the next provider is asked.
/// </summary>
internal sealed class OAuthCredentialProvider(IOAuthTokenStore store, IMailOAuth oauth) : IMailCredentialProvider
{
    /// <inheritdoc />
    public async ValueTask<MailCredentials?> GetCredentialsAsync(string accountName, string address, CancellationToken cancellationToken = default)
        => address.Length > 0 && await store.LoadAsync(address.Trim(), cancellationToken).ConfigureAwait(false) is not null
            ? await oauth.GetCredentialsAsync(address, cancellationToken).ConfigureAwait(false)
            : null;
}
