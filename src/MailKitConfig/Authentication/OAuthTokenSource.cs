namespace MailKitConfig;

/// <summary>
/// The token source of a signed-in account: returns a valid access token on every connect, refreshes it
/// <see cref="MailOAuthOptions.RefreshBeforeExpiry"/> before it expires (one refresh at a time, however many
/// connections ask), and stores a rotated refresh token. A refresh refused with <c>invalid_grant</c> throws
/// <see cref="MailOAuthException"/> with <see cref="MailProblemKind.OAuthSignInRequired"/>.
/// </summary>
internal sealed class OAuthTokenSource : IOAuthTokenSource, IDisposable
{
    private readonly OAuthClient client;
    private readonly IOAuthTokenStore store;
    private readonly TimeProvider time;
    private readonly TimeSpan refreshAhead;
    private readonly OAuthAppRegistration app;
    private readonly SemaphoreSlim gate = new(1, 1);
    private OAuthGrant? grant;
    private volatile OAuthTokens? current;
    private int refreshes;

    public OAuthTokenSource(string account, OAuthAppRegistration app, OAuthClient client, IOAuthTokenStore store, TimeProvider time, TimeSpan refreshAhead)
    {
        Account = account;
        this.app = app;
        this.client = client;
        this.store = store;
        this.time = time;
        this.refreshAhead = refreshAhead;
    }

    /// <summary>Gets the account's address.</summary>
    public string Account { get; }

    /// <summary>Gets how many refreshes were made (for tests and diagnostics).</summary>
    public int Refreshes => Volatile.Read(ref refreshes);

    /// <summary>Starts with the tokens of a fresh sign-in.</summary>
    /// <param name="signedIn">The grant kept in the store, or <see langword="null"/> when no refresh token was issued.</param>
    /// <param name="tokens">The tokens.</param>
    public void Seed(OAuthGrant? signedIn, OAuthTokens tokens)
    {
        grant = signedIn;
        current = tokens;
    }

    /// <inheritdoc />
    public async ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken)
    {
        if (Current() is { } token)
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Current() ?? await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> TokenRejectedAsync(string login, string rejectedToken, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (string.Equals(current?.AccessToken, rejectedToken, StringComparison.Ordinal))
            {
                current = null; // the next GetAccessTokenAsync refreshes; a token already replaced is not refreshed again
            }

            return grant is not null || current is not null;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    /// <summary>Returns a string naming the account; never a token.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"OAuth token source for {Account}";

    private string? Current() => current is { } tokens && time.GetUtcNow() < tokens.ExpiresAt - refreshAhead ? tokens.AccessToken : null;

    private async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        var stored = grant ??= await store.LoadAsync(Account, cancellationToken).ConfigureAwait(false)
            ?? throw new MailOAuthException(MailProblemKind.OAuthSignInRequired, ProblemCatalog.Current("OAuth.NoRefreshToken"));
        Interlocked.Increment(ref refreshes);
        OAuthTokens tokens;
        try
        {
            tokens = await client.RefreshAsync(stored.TokenEndpoint, app, stored.RefreshToken, cancellationToken).ConfigureAwait(false);
        }
        catch (MailOAuthException ex) when (ex.Kind == MailProblemKind.OAuthSignInRequired)
        {
            grant = null;
            current = null;
            await store.DeleteAsync(Account, CancellationToken.None).ConfigureAwait(false); // revoked or expired: keep nothing that cannot work
            throw;
        }

        if (tokens.RefreshToken is { } rotated && rotated != stored.RefreshToken)
        {
            grant = stored with { RefreshToken = rotated };
            await store.SaveAsync(grant, CancellationToken.None).ConfigureAwait(false); // the old one may be dead already: never lose the new one to a cancellation
        }

        current = tokens;
        return tokens.AccessToken;
    }
}
