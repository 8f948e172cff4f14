using System.Globalization;
using System.Text.Json.Serialization;

namespace MailKitConfig;

/// <summary>The presets file <c>providers.json</c>: the facts about known providers, with the date they were checked.</summary>
/// <param name="CheckedOn">When the file as a whole was last checked (ISO date).</param>
/// <param name="Providers">The providers.</param>
internal sealed record ProviderFile(string CheckedOn, IReadOnlyList<ProviderRecord> Providers);

/// <summary>One provider in <c>providers.json</c>.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Domains">The domains of its addresses.</param>
/// <param name="MxPatterns">The host names of its MX records; <c>*.x</c> matches any sub-domain of x.</param>
/// <param name="CustomDomainLogin"><c>address</c>, <c>providerAddress</c>, <c>unknown</c> or <c>none</c>: the login for a custom domain found by MX.</param>
/// <param name="Servers">The servers, preferred first within each protocol.</param>
/// <param name="Auth">How mail programs log in.</param>
/// <param name="WebSetting">What must be switched on in the web interface, by language.</param>
/// <param name="HintsBeforeLogin">Hints before a password is entered, by language.</param>
/// <param name="HintsAfterLogin">Hints after a successful login, by language.</param>
/// <param name="HelpLinks">The provider's help pages.</param>
/// <param name="CheckedOn">When these facts were checked (ISO date).</param>
/// <param name="Diagnostics">What the diagnostics know of the provider's replies, if anything.</param>
/// <param name="Notes">Why the domains or servers deliberately differ from the provider's Thunderbird ISPDB file, each with its source URL.</param>
internal sealed record ProviderRecord(
    string Id,
    string Name,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> MxPatterns,
    string CustomDomainLogin,
    IReadOnlyList<ProviderServer> Servers,
    ProviderAuth Auth,
    IReadOnlyDictionary<string, string>? WebSetting,
    IReadOnlyDictionary<string, IReadOnlyList<string>> HintsBeforeLogin,
    IReadOnlyDictionary<string, IReadOnlyList<string>> HintsAfterLogin,
    IReadOnlyList<string> HelpLinks,
    string CheckedOn,
    ProviderDiagnostics? Diagnostics = null,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>Picks the text for a culture: its language, else English.</summary>
    /// <typeparam name="T">The text type.</typeparam>
    /// <param name="texts">The texts by language.</param>
    /// <param name="culture">The culture, or <see langword="null"/> for the current UI culture.</param>
    /// <returns>The text.</returns>
    public static T Pick<T>(IReadOnlyDictionary<string, T> texts, CultureInfo? culture)
        where T : class
    {
        var language = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName;
        return texts.TryGetValue(language, out var text) ? text : texts.TryGetValue("en", out var english) ? english : texts.Values.First();
    }
}

/// <summary>What the diagnostics know of a provider's replies.</summary>
/// <param name="HintsAs">The provider whose hints apply (e.g. Microsoft 365 → <c>Microsoft</c>); the provider's own id when absent.</param>
/// <param name="ReplySignatures">Regular expressions for the marks its replies carry (Google's <c>gsmtp</c>, Exchange Online's host names).</param>
/// <param name="LoginRefusalAlsoMeans">What a refused password also means there (e.g. an app password is required).</param>
/// <param name="ReplyMeanings">The provider's own reply words whose meaning no general rule knows, in order (e.g. Microsoft's "did not meet the criteria to be authenticated": password sign-in is blocked by policy).</param>
internal sealed record ProviderDiagnostics(string? HintsAs, IReadOnlyList<string>? ReplySignatures, IReadOnlyList<MailProblemKind>? LoginRefusalAlsoMeans, IReadOnlyList<ProviderReplyMeaning>? ReplyMeanings = null);

/// <summary>What a provider's reply means when its words match.</summary>
/// <param name="Pattern">A regular expression over the reply text (case-insensitive).</param>
/// <param name="Kind">The problem it reports.</param>
/// <param name="AlsoPossible">What else it may mean.</param>
/// <param name="Note">What the provider's codes or words mean, with where it says so.</param>
internal sealed record ProviderReplyMeaning(string Pattern, MailProblemKind Kind, IReadOnlyList<MailProblemKind>? AlsoPossible = null, string? Note = null);

/// <summary>A server in <c>providers.json</c>.</summary>
/// <param name="Protocol">Imap, Pop3 or Smtp.</param>
/// <param name="Host">The host name.</param>
/// <param name="Port">The port.</param>
/// <param name="Security">The security mode.</param>
/// <param name="Username">The login form: <c>%EMAILADDRESS%</c>, <c>%EMAILLOCALPART%</c> or a note such as <c>%PROVIDERADDRESS%</c> (an unknown placeholder: no login named).</param>
/// <param name="Accounts">Which accounts the server is for: all, addresses at the provider's own domains (personal), or custom domains hosted there (organisation).</param>
/// <param name="Note">Why the entry is as it is where it deliberately differs from the provider's ISPDB file or a common belief.</param>
/// <param name="MaxConnections">How many connections per mailbox the server accepts at once, where the provider publishes it (the note gives the source); the sending pool opens no more.</param>
internal sealed record ProviderServer(MailProtocol Protocol, string Host, int Port, MailSecurity Security, string Username, ProviderAccounts Accounts = ProviderAccounts.All, string? Note = null, int? MaxConnections = null);

/// <summary>Which accounts a provider's server is for.</summary>
internal enum ProviderAccounts
{
    /// <summary>Every account.</summary>
    All,

    /// <summary>Addresses at the provider's own domains (e.g. <c>@zoho.com</c>), found by the presets.</summary>
    Personal,

    /// <summary>Custom domains hosted at the provider (e.g. <c>@example.com</c> with Zoho's MX), found by MX records or Autodiscover.</summary>
    Organisation,
}

/// <summary>How mail programs log in to a provider.</summary>
/// <param name="Password">Whether the mailbox password works.</param>
/// <param name="AppPassword">Whether app passwords exist.</param>
/// <param name="AppPasswordRequiresTwoFactor">Whether app passwords need two-step verification.</param>
/// <param name="OAuth">The OAuth endpoints, if any.</param>
internal sealed record ProviderAuth(bool Password, bool AppPassword, bool AppPasswordRequiresTwoFactor, ProviderOAuth? OAuth);

/// <summary>The OAuth 2.0 facts of a provider in <c>providers.json</c>.</summary>
/// <param name="Issuer">The issuer's host name (the key an app registration may be filed under), e.g. <c>accounts.google.com</c>.</param>
/// <param name="AuthorizationEndpoint">The authorization endpoint; <c>{tenant}</c> stands for a Microsoft tenant.</param>
/// <param name="TokenEndpoint">The token endpoint; <c>{tenant}</c> as above.</param>
/// <param name="DeviceAuthorizationEndpoint">The device authorization endpoint (RFC 8628), if mail scopes may use it.</param>
/// <param name="Scopes">The scopes per protocol.</param>
/// <param name="Pkce">Whether the provider accepts PKCE (RFC 7636, S256).</param>
/// <param name="AuthorizationParameters">Extra parameters of the authorization request the provider needs (Google: <c>access_type=offline</c> for a refresh token).</param>
/// <param name="Tenant">The default tenant for <c>{tenant}</c>, if the endpoints have one.</param>
/// <param name="Console">Where a developer registers an app, if known.</param>
/// <param name="CheckedOn">When these facts were checked (ISO date).</param>
internal sealed record ProviderOAuth(
    string Issuer,
    string AuthorizationEndpoint,
    string TokenEndpoint,
    string? DeviceAuthorizationEndpoint,
    ProviderOAuthScopes Scopes,
    bool Pkce,
    IReadOnlyDictionary<string, string>? AuthorizationParameters,
    string? Tenant,
    string? Console,
    string CheckedOn);

/// <summary>The scopes to request for each protocol; <see langword="null"/> where the provider offers no OAuth login for it.</summary>
/// <param name="Imap">For IMAP.</param>
/// <param name="Pop3">For POP3.</param>
/// <param name="Smtp">For SMTP.</param>
/// <param name="Always">Requested with any of them (e.g. <c>offline_access</c> for a refresh token).</param>
internal sealed record ProviderOAuthScopes(IReadOnlyList<string>? Imap, IReadOnlyList<string>? Pop3, IReadOnlyList<string>? Smtp, IReadOnlyList<string> Always);

/// <summary>Reads <c>providers.json</c> without reflection (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ProviderFile))]
internal sealed partial class ProviderJsonContext : JsonSerializerContext;
