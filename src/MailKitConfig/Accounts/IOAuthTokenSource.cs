namespace MailKitConfig;

/// <summary>Supplies OAuth 2.0 access tokens for a mail login (SASL OAUTHBEARER or XOAUTH2).</summary>
/// <remarks>
/// Implementations refresh tokens as needed; the library asks for a token each time it logs in and never stores it.
/// </remarks>
public interface IOAuthTokenSource
{
    /// <summary>Gets a currently valid access token for the login.</summary>
    /// <param name="login">The login (usually the email address) the token is for.</param>
    /// <param name="cancellationToken">A token that cancels the request.</param>
    /// <returns>The access token, without a <c>Bearer</c> prefix.</returns>
    ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken);
}
