using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig;

/// <summary>
/// Gives a named account without a configured secret the OAuth credentials of an earlier sign-in on this machine, when
/// the token store holds a grant for its address; otherwise it does not know the account and the next provider is asked.
/// </summary>
/// <remarks>
/// The token store and the sign-in service are resolved on first use, not when the provider is made: the account
/// validator takes the credential providers when the host starts, and building the sign-in service then would read
/// options that are still to be checked, so one invalid options type would hide the failures of the others.
/// </remarks>
internal sealed class OAuthCredentialProvider(IServiceProvider services) : IMailCredentialProvider
{
    /// <inheritdoc />
    public async ValueTask<MailCredentials?> GetCredentialsAsync(string accountName, string address, CancellationToken cancellationToken = default)
    {
        if (address.Length == 0)
        {
            return null;
        }

        // The module's own sign-in service keeps each account's token source: no store read once it is made.
        if (services.GetRequiredService<IMailOAuth>() is MailOAuth own)
        {
            return await own.FindCredentialsAsync(address, cancellationToken).ConfigureAwait(false);
        }

        // A host's own IMailOAuth: ask it only for an address the store holds a grant for.
        return await services.GetRequiredService<IOAuthTokenStore>().LoadAsync(address.Trim(), cancellationToken).ConfigureAwait(false) is not null
            ? await services.GetRequiredService<IMailOAuth>().GetCredentialsAsync(address, cancellationToken).ConfigureAwait(false)
            : null;
    }
}
