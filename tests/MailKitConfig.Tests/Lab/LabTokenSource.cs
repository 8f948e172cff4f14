namespace MailKitConfig.Tests.Lab;

/// <summary>Issues RS256 JWT access tokens that the lab's Dovecot validates with the lab's public key.</summary>
/// <param name="oauth">The lab's OAuth settings.</param>
/// <param name="lifetime">How long a token is valid; negative for an expired one.</param>
/// <param name="change">Changes each token before it is returned (to tamper with it); optional.</param>
/// <param name="email">The mailbox the tokens are for, when not the login (a wrong user); optional.</param>
internal sealed class LabTokenSource(LabOAuth oauth, TimeSpan lifetime, Func<string, string>? change = null, string? email = null) : IOAuthTokenSource
{
    /// <summary>Gets how many tokens were issued.</summary>
    public int Issued { get; private set; }

    /// <summary>Gets the last token returned.</summary>
    public string? LastToken { get; private set; }

    /// <inheritdoc />
    public ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken)
    {
        Issued++;
        var token = LabJwt.Sign(oauth, email ?? login, DateTimeOffset.UtcNow.Add(lifetime));
        LastToken = change is null ? token : change(token);
        return ValueTask.FromResult(LastToken);
    }
}
