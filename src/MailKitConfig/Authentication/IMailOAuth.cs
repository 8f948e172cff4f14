namespace MailKitConfig;

/// <summary>
/// Sign in with the mail service (OAuth 2.0): authorization code with PKCE through the browser and a loopback
/// redirect, or the device code flow; the settings are then found and verified like a password would be. The refresh
/// token is kept in the <see cref="IOAuthTokenStore"/>, so that later sends and receives need no sign-in.
/// </summary>
public interface IMailOAuth
{
    /// <summary>Signs the user in and configures the account with the resulting OAuth credentials.</summary>
    /// <param name="request">The address and how to sign in.</param>
    /// <param name="cancellationToken">Cancels the sign-in.</param>
    /// <returns>
    /// The verified settings with OAuth credentials, or a <see cref="MailConfigurationResult.Problem"/>: e.g.
    /// <see cref="MailProblemKind.OAuthClientNotRegistered"/> (no app registered for the provider; the message names its
    /// console), <see cref="MailProblemKind.OAuthSignInRequired"/> (the sign-in was refused or not completed),
    /// <see cref="MailProblemKind.AuthMechanismUnsupported"/> (the provider offers no OAuth sign-in).
    /// </returns>
    Task<MailConfigurationResult> SignInAsync(MailOAuthSignInRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the OAuth credentials of an account that signed in earlier (from the token store), for its settings.</summary>
    /// <param name="address">The account's address.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The credentials; the same instance for the same account, so that its connections share one token.</returns>
    /// <exception cref="MailOAuthException">The account has no stored sign-in (<see cref="MailProblemKind.OAuthSignInRequired"/>) or no app registration (<see cref="MailProblemKind.OAuthClientNotRegistered"/>).</exception>
    Task<MailCredentials> GetCredentialsAsync(string address, CancellationToken cancellationToken = default);
}

/// <summary>An OAuth sign-in request.</summary>
/// <param name="Address">The email address.</param>
public sealed record MailOAuthSignInRequest(string Address)
{
    /// <summary>Gets what the account is for. Default: both.</summary>
    public MailUsage Usage { get; init; } = MailUsage.SendAndReceive;

    /// <summary>Gets the preferred incoming protocol. Default: IMAP.</summary>
    public MailProtocol PreferredIncoming { get; init; } = MailProtocol.Imap;

    /// <summary>Gets the display name for the settings, if any.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets how the sign-in returns; <see langword="null"/> uses the app registration's <see cref="OAuthAppRegistration.Redirect"/>.</summary>
    public OAuthRedirectKind? Redirect { get; init; }

    /// <summary>
    /// Gets the app registration for this sign-in (e.g. the one a customer's administrator made in their own tenant);
    /// <see langword="null"/> looks it up in <see cref="MailOAuthOptions.Registrations"/>. The grant records the client id,
    /// so later refreshes need no configuration for a public client; a client secret is not stored: a provider that
    /// wants one at refresh (Google) needs the registration in <see cref="MailOAuthOptions.Registrations"/> too.
    /// </summary>
    public OAuthAppRegistration? Registration { get; init; }

    /// <summary>Gets what shows the device code to the user (device code flow); required for that flow.</summary>
    public Func<OAuthDeviceCode, CancellationToken, Task>? ShowDeviceCode { get; init; }
}
