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

    /// <summary>
    /// Called when the server refused a token this source returned. A source that can get a new token (a refresh)
    /// returns <see langword="true"/>, and the login is retried once with the token <see cref="GetAccessTokenAsync"/>
    /// returns next; if that is refused too, the user must sign in again. The default returns <see langword="false"/>.
    /// </summary>
    /// <param name="login">The login the token was for.</param>
    /// <param name="rejectedToken">The refused token (so that many connections refused at once cause one refresh).</param>
    /// <param name="cancellationToken">A token that cancels the request.</param>
    /// <returns><see langword="true"/> when a retry may succeed.</returns>
    ValueTask<bool> TokenRejectedAsync(string login, string rejectedToken, CancellationToken cancellationToken) => ValueTask.FromResult(false);
}
