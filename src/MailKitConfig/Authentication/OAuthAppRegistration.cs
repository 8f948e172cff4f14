namespace MailKitConfig;

/// <summary>
/// The app a host application registered with a provider for OAuth sign-in: its client id, an optional secret, and how
/// the sign-in returns to the app. The library ships no client ids; each host registers its own app.
/// </summary>
/// <param name="ClientId">The client (application) id the provider's console issued.</param>
public sealed record OAuthAppRegistration(string ClientId)
{
    /// <summary>Gets the client secret, for providers that require one from installed apps (Google, Yandex, Mail.ru); otherwise <see langword="null"/>.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Gets how the sign-in comes back: a loopback redirect to the app, or the device code flow. Default: <see cref="OAuthRedirectKind.Loopback"/>.</summary>
    public OAuthRedirectKind Redirect { get; init; } = OAuthRedirectKind.Loopback;

    /// <summary>Gets the port of the loopback redirect <c>http://127.0.0.1:port/</c>; 0 (the default) takes a random free port (RFC 8252), for providers that match any port.</summary>
    public int LoopbackPort { get; init; }

    /// <summary>Gets the tenant of a multi-tenant provider (Microsoft: <c>common</c>, <c>organizations</c>, <c>consumers</c> or a tenant id); <see langword="null"/> uses the provider's default.</summary>
    public string? Tenant { get; init; }

    /// <summary>Returns the client id; never the secret.</summary>
    /// <returns>For example <c>OAuthAppRegistration 1234 (secret hidden)</c>.</returns>
    public override string ToString() => $"OAuthAppRegistration {ClientId}{(ClientSecret is null ? string.Empty : " (secret hidden)")}";
}

/// <summary>How an OAuth sign-in returns to the app.</summary>
public enum OAuthRedirectKind
{
    /// <summary>The browser is redirected to <c>http://127.0.0.1:port/</c>, where the library listens (RFC 8252).</summary>
    Loopback,

    /// <summary>The user enters a short code on another device (RFC 8628); for hosts without a browser.</summary>
    DeviceCode,
}
