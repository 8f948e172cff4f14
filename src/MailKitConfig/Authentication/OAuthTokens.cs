namespace MailKitConfig;

/// <summary>Tokens from a token endpoint: an access token with its expiry, and the refresh token if one was issued.</summary>
/// <param name="AccessToken">The access token.</param>
/// <param name="ExpiresAt">When the access token expires.</param>
/// <param name="RefreshToken">The refresh token (rotated or new), or <see langword="null"/> when none came.</param>
/// <param name="Scopes">The scopes granted, as the provider reports them (empty when it does not say).</param>
internal sealed record OAuthTokens(string AccessToken, DateTimeOffset ExpiresAt, string? RefreshToken, IReadOnlyList<string> Scopes)
{
    /// <summary>Returns the expiry; never a token.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"OAuthTokens (hidden), expire {ExpiresAt:u}";
}
