namespace MailKitConfig;

/// <summary>
/// Keeps the refresh token of each signed-in account, so that mail works after a restart without signing in again.
/// The default (<see cref="FileOAuthTokenStore"/>) writes one file per account readable only by the current user; a
/// host application plugs in its own vault by registering another implementation before <c>AddMailModule</c>.
/// </summary>
public interface IOAuthTokenStore
{
    /// <summary>Loads the grant of an account.</summary>
    /// <param name="account">The account's address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The grant, or <see langword="null"/> when the account has not signed in.</returns>
    ValueTask<OAuthGrant?> LoadAsync(string account, CancellationToken cancellationToken);

    /// <summary>Saves (replaces) the grant of an account: after a sign-in, and whenever the provider rotates the refresh token.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the grant is stored durably.</returns>
    ValueTask SaveAsync(OAuthGrant grant, CancellationToken cancellationToken);

    /// <summary>Deletes the grant of an account (sign-out, or a refresh token the provider no longer accepts).</summary>
    /// <param name="account">The account's address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is deleted.</returns>
    ValueTask DeleteAsync(string account, CancellationToken cancellationToken);
}

/// <summary>What is kept of an account's OAuth sign-in: the refresh token and where to use it. Access tokens are kept only in memory.</summary>
/// <param name="Account">The account's address.</param>
/// <param name="Profile">The provider profile's id (<see cref="MailOAuthProfile.Id"/>), to find the app registration.</param>
/// <param name="Issuer">The issuer (<see cref="MailOAuthProfile.Issuer"/>).</param>
/// <param name="TokenEndpoint">Where the refresh token is redeemed.</param>
/// <param name="Scopes">The scopes granted.</param>
/// <param name="RefreshToken">The refresh token: a secret.</param>
public sealed record OAuthGrant(string Account, string Profile, string Issuer, Uri TokenEndpoint, IReadOnlyList<string> Scopes, string RefreshToken)
{
    /// <summary>
    /// Gets the client id the refresh token was issued to (a refresh token is bound to its client), so that a sign-in
    /// with a per-sign-in <see cref="MailOAuthSignInRequest.Registration"/> can be refreshed later; <see langword="null"/>
    /// in grants stored before it was recorded.
    /// </summary>
    public string? ClientId { get; init; }

    /// <summary>Returns the account and the issuer; never the refresh token.</summary>
    /// <returns>For example <c>OAuthGrant ann@example.com at accounts.google.com (refresh token hidden)</c>.</returns>
    public override string ToString() => $"OAuthGrant {Account} at {Issuer} (refresh token hidden)";
}
