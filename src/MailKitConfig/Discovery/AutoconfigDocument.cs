namespace MailKitConfig;

/// <summary>What a Mozilla autoconfig document (clientConfig v1.1) says about one email provider.</summary>
/// <param name="ProviderId">The <c>id</c> of <c>&lt;emailProvider&gt;</c>, usually the provider's main domain, if given.</param>
/// <param name="Domains">The <c>&lt;domain&gt;</c> values, lower-case, without repeats.</param>
/// <param name="DisplayName">The <c>&lt;displayName&gt;</c> of the provider, if given.</param>
/// <param name="IncomingServers">The usable IMAP and POP3 servers, most preferred first (document order).</param>
/// <param name="OutgoingServers">The usable SMTP servers, most preferred first (document order).</param>
/// <param name="OAuth">The <c>&lt;oAuth2&gt;</c> block, if the document has a complete one.</param>
/// <param name="Enable">The <c>&lt;enable&gt;</c> notes: a page where the user must first switch IMAP/POP3 access on.</param>
/// <param name="Documentation">The <c>&lt;documentation&gt;</c> notes: the provider's pages about mail client settings.</param>
/// <param name="Refused">Why each server entry that cannot be used was refused (empty or invalid host, invalid port, unsupported type …).</param>
internal sealed record AutoconfigDocument(
    string? ProviderId,
    IReadOnlyList<string> Domains,
    string? DisplayName,
    IReadOnlyList<AutoconfigServer> IncomingServers,
    IReadOnlyList<AutoconfigServer> OutgoingServers,
    AutoconfigOAuth? OAuth,
    IReadOnlyList<AutoconfigNote> Enable,
    IReadOnlyList<AutoconfigNote> Documentation,
    IReadOnlyList<string> Refused);

/// <summary>One <c>&lt;incomingServer&gt;</c> or <c>&lt;outgoingServer&gt;</c> of an autoconfig document.</summary>
/// <param name="Protocol">The protocol: <see cref="MailProtocol.Imap"/> or <see cref="MailProtocol.Pop3"/> for incoming, <see cref="MailProtocol.Smtp"/> for outgoing.</param>
/// <param name="Endpoint">The host (placeholders substituted), port and security (<c>SSL</c>, <c>STARTTLS</c> or <c>plain</c>).</param>
/// <param name="Username">The login name with <c>%EMAILADDRESS%</c>, <c>%EMAILLOCALPART%</c> and <c>%EMAILDOMAIN%</c> substituted, or <see langword="null"/> when the document gives none or one with an unknown placeholder.</param>
/// <param name="Authentication">The <c>&lt;authentication&gt;</c> values as written, most preferred first, e.g. <c>OAuth2</c>, <c>password-cleartext</c>.</param>
internal sealed record AutoconfigServer(
    MailProtocol Protocol,
    ServerEndpoint Endpoint,
    string? Username,
    IReadOnlyList<string> Authentication);

/// <summary>The <c>&lt;oAuth2&gt;</c> block of an autoconfig document: where to get a token for the provider's servers.</summary>
/// <param name="Issuer">The <c>&lt;issuer&gt;</c>, e.g. <c>accounts.example.com</c>.</param>
/// <param name="Scope">The <c>&lt;scope&gt;</c>: space-separated scopes to request.</param>
/// <param name="AuthorizationUrl">The <c>&lt;authURL&gt;</c>: the authorization endpoint (an absolute https URL).</param>
/// <param name="TokenUrl">The <c>&lt;tokenURL&gt;</c>: the token endpoint (an absolute https URL).</param>
internal sealed record AutoconfigOAuth(string Issuer, string Scope, string AuthorizationUrl, string TokenUrl);

/// <summary>A note for the user from an autoconfig document: a link and its text in one or more languages.</summary>
/// <param name="Url">The page to open (<c>visiturl</c> of <c>&lt;enable&gt;</c>, <c>url</c> of <c>&lt;documentation&gt;</c>), an absolute http(s) URL, or <see langword="null"/>.</param>
/// <param name="Texts">The texts by language (the <c>lang</c> attribute, e.g. <c>en</c>, <c>ru</c>; an empty key when there is none), compared without regard to case.</param>
internal sealed record AutoconfigNote(string? Url, IReadOnlyDictionary<string, string> Texts);
