using System.Globalization;

namespace MailKitConfig;

/// <summary>
/// How to obtain OAuth 2.0 tokens for a provider's mail: endpoints, scopes per protocol, PKCE, and where a developer
/// registers an app. Built-in providers take it from the provider data; other domains from the <c>&lt;oAuth2&gt;</c>
/// block of their autoconfig file.
/// </summary>
public sealed class MailOAuthProfile
{
    private const string TenantPlaceholder = "{tenant}";

    private readonly string authorizationTemplate;
    private readonly string tokenTemplate;
    private readonly string? deviceTemplate;
    private readonly IReadOnlyDictionary<MailProtocol, IReadOnlyList<string>> protocolScopes;
    private readonly IReadOnlyList<string> alwaysScopes;

    private MailOAuthProfile(string id, string issuer, string authorization, string token, string? device, IReadOnlyDictionary<MailProtocol, IReadOnlyList<string>> protocolScopes, IReadOnlyList<string> always, bool pkce, string? tenant, Uri? console, DateOnly? checkedOn, IReadOnlyDictionary<string, string>? parameters = null)
    {
        AuthorizationParameters = parameters ?? new Dictionary<string, string>();
        Id = id;
        Issuer = issuer;
        authorizationTemplate = authorization;
        tokenTemplate = token;
        deviceTemplate = device;
        this.protocolScopes = protocolScopes;
        alwaysScopes = always;
        UsesPkce = pkce;
        Tenant = tenant;
        ConsoleUrl = console;
        CheckedOn = checkedOn;
        AuthorizationEndpoint = WithTenant(authorization, tenant);
        TokenEndpoint = WithTenant(token, tenant);
        DeviceAuthorizationEndpoint = device is null ? null : WithTenant(device, tenant);
        Scopes = [.. protocolScopes.Values.SelectMany(s => s).Concat(always).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets the key app registrations are looked up by: the provider's id (e.g. <c>Gmail</c>), or the issuer for a profile from an autoconfig file.</summary>
    public string Id { get; }

    /// <summary>Gets the issuer, e.g. <c>accounts.google.com</c>; a registration filed under it serves every provider with this issuer.</summary>
    public string Issuer { get; }

    /// <summary>Gets where the user signs in (for the default <see cref="Tenant"/>).</summary>
    public Uri AuthorizationEndpoint { get; }

    /// <summary>Gets where codes and refresh tokens are exchanged for access tokens (for the default <see cref="Tenant"/>).</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>Gets the device authorization endpoint (RFC 8628), or <see langword="null"/> when the provider offers no device sign-in for mail.</summary>
    public Uri? DeviceAuthorizationEndpoint { get; }

    /// <summary>Gets every scope mail access may need (all protocols).</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>Gets a value indicating whether the provider accepts PKCE (RFC 7636); it is then always used, with S256.</summary>
    public bool UsesPkce { get; }

    /// <summary>Gets the default tenant of a multi-tenant provider (Microsoft: <c>consumers</c>, <c>organizations</c>); a registration may name another (<c>common</c> or a tenant id).</summary>
    public string? Tenant { get; }

    /// <summary>Gets where a developer registers an app with the provider, if known.</summary>
    public Uri? ConsoleUrl { get; }

    /// <summary>Gets the date these facts were checked; <see langword="null"/> for a profile from an autoconfig file.</summary>
    public DateOnly? CheckedOn { get; }

    /// <summary>Gets extra parameters the provider needs in the authorization request.</summary>
    internal IReadOnlyDictionary<string, string> AuthorizationParameters { get; }

    /// <summary>Returns whether the provider accepts OAuth logins for a protocol.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Supports(MailProtocol protocol) => protocolScopes.ContainsKey(protocol);

    /// <summary>Gets the scopes to request for the given protocols (those the provider offers), without repeats.</summary>
    /// <param name="protocols">The protocols the account will use.</param>
    /// <returns>The scopes.</returns>
    public IReadOnlyList<string> ScopesFor(IEnumerable<MailProtocol> protocols)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        return [.. protocols.SelectMany(p => protocolScopes.GetValueOrDefault(p) ?? []).Concat(alwaysScopes).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Returns the issuer and the id.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id == Issuer ? Issuer : $"{Id} ({Issuer})";

    /// <summary>Returns the profile with another tenant in its endpoints (Microsoft: <c>common</c>, <c>organizations</c>, <c>consumers</c> or a tenant id).</summary>
    /// <param name="tenant">The tenant, or <see langword="null"/> to keep the default.</param>
    /// <returns>The profile for that tenant.</returns>
    internal MailOAuthProfile ForTenant(string? tenant)
        => tenant is null || tenant == Tenant || !authorizationTemplate.Contains(TenantPlaceholder, StringComparison.Ordinal)
            ? this
            : new MailOAuthProfile(Id, Issuer, authorizationTemplate, tokenTemplate, deviceTemplate, protocolScopes, alwaysScopes, UsesPkce, tenant, ConsoleUrl, CheckedOn, AuthorizationParameters);

    /// <summary>Describes an identity provider the host knows (e.g. the company's own), for <see cref="MailOAuthOptions.Profiles"/>.</summary>
    /// <param name="issuer">The issuer; also the key of its app registration.</param>
    /// <param name="authorizationEndpoint">The authorization endpoint (HTTPS).</param>
    /// <param name="tokenEndpoint">The token endpoint (HTTPS).</param>
    /// <param name="scopes">The scopes mail access needs, for every protocol.</param>
    /// <param name="deviceAuthorizationEndpoint">The device authorization endpoint, if the provider offers the device code flow.</param>
    /// <returns>The profile (PKCE on).</returns>
    public static MailOAuthProfile Create(string issuer, Uri authorizationEndpoint, Uri tokenEndpoint, IEnumerable<string> scopes, Uri? deviceAuthorizationEndpoint = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentNullException.ThrowIfNull(authorizationEndpoint);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        ArgumentNullException.ThrowIfNull(scopes);
        IReadOnlyList<string> list = [.. scopes];
        var all = new Dictionary<MailProtocol, IReadOnlyList<string>> { [MailProtocol.Imap] = list, [MailProtocol.Pop3] = list, [MailProtocol.Smtp] = list };
        return new MailOAuthProfile(issuer, issuer, authorizationEndpoint.AbsoluteUri, tokenEndpoint.AbsoluteUri, deviceAuthorizationEndpoint?.AbsoluteUri, all, [], pkce: true, tenant: null, console: null, checkedOn: null);
    }

    /// <summary>Creates the profile of a built-in provider.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="data">The provider data's OAuth block.</param>
    /// <returns>The profile.</returns>
    internal static MailOAuthProfile FromPreset(string providerId, ProviderOAuth data)
    {
        var scopes = new Dictionary<MailProtocol, IReadOnlyList<string>>();
        Add(MailProtocol.Imap, data.Scopes.Imap);
        Add(MailProtocol.Pop3, data.Scopes.Pop3);
        Add(MailProtocol.Smtp, data.Scopes.Smtp);
        return new MailOAuthProfile(
            providerId,
            data.Issuer,
            data.AuthorizationEndpoint,
            data.TokenEndpoint,
            data.DeviceAuthorizationEndpoint,
            scopes,
            data.Scopes.Always,
            data.Pkce,
            data.Tenant,
            data.Console is null ? null : new Uri(data.Console),
            DateOnly.ParseExact(data.CheckedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            data.AuthorizationParameters);

        void Add(MailProtocol protocol, IReadOnlyList<string>? list)
        {
            if (list is { Count: > 0 })
            {
                scopes[protocol] = list;
            }
        }
    }

    /// <summary>Creates the profile an autoconfig file's <c>&lt;oAuth2&gt;</c> block describes: its scope serves every protocol; PKCE is always sent (RFC 9700).</summary>
    /// <param name="block">The block.</param>
    /// <returns>The profile, filed under its issuer.</returns>
    internal static MailOAuthProfile FromAutoconfig(AutoconfigOAuth block)
        => Create(block.Issuer, new Uri(block.AuthorizationUrl), new Uri(block.TokenUrl), block.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Uri WithTenant(string template, string? tenant)
        => new(tenant is null ? template : template.Replace(TenantPlaceholder, Uri.EscapeDataString(tenant), StringComparison.Ordinal));
}
