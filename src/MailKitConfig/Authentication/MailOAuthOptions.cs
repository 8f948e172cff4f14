namespace MailKitConfig;

/// <summary>OAuth sign-in options: the host's app registrations per provider, the browser, timings and HTTP.</summary>
public sealed class MailOAuthOptions
{
    /// <summary>
    /// Gets the app registrations, by provider id (<c>Gmail</c>, <c>Microsoft</c>, <c>Microsoft365</c>, <c>Yandex</c>,
    /// <c>MailRu</c>, <c>Yahoo</c>, <c>Aol</c>, <c>Fastmail</c>) or by issuer (<c>login.microsoftonline.com</c>, or the
    /// issuer of an autoconfig <c>&lt;oAuth2&gt;</c> block); the id is tried first.
    /// </summary>
    public IDictionary<string, OAuthAppRegistration> Registrations { get; } = new Dictionary<string, OAuthAppRegistration>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets OAuth profiles the host supplies by email domain (e.g. the company's own identity provider); they take
    /// precedence over the built-in providers and autoconfig.
    /// </summary>
    public IDictionary<string, MailOAuthProfile> Profiles { get; } = new Dictionary<string, MailOAuthProfile>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets how long before its expiry an access token is refreshed. Default: 5 minutes.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long an interactive sign-in may take before it is given up. Default: 5 minutes.</summary>
    public TimeSpan SignInTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the browser that shows the provider's sign-in page; <see langword="null"/> opens the system's default browser.</summary>
    public IOAuthBrowser? Browser { get; set; }

    /// <summary>
    /// The name of the <see cref="HttpClient"/> that the requests to the providers' token and device endpoints go through
    /// in the mail module, from the host's <see cref="IHttpClientFactory"/>: add a handler or a primary handler of your own
    /// with <c>services.AddHttpClient(MailOAuthOptions.HttpClientName)…</c>. The factory's request loggers are removed from
    /// this client; add none that log request bodies (they carry codes and refresh tokens).
    /// </summary>
    public const string HttpClientName = "MailKitConfig.OAuth";

    /// <summary>Gets or sets the handler for the requests to the providers' token endpoints (e.g. with a proxy); <see langword="null"/> uses the module's proxy and its trusted roots (<see cref="MailConnectionOptions.TrustedRootCertificates"/>).</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>Gets or sets the directory of the default token store; <see langword="null"/> uses <c>MailKitConfig/oauth</c> in the user's local application data.</summary>
    public string? TokenDirectory { get; set; }

    /// <summary>Finds the registration for a profile: by its id, then by its issuer.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The registration, or <see langword="null"/>.</returns>
    internal OAuthAppRegistration? Find(MailOAuthProfile profile)
        => Registrations.TryGetValue(profile.Id, out var byId) ? byId : Registrations.TryGetValue(profile.Issuer, out var byIssuer) ? byIssuer : null;
}
