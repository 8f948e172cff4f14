using System.Net;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>
/// The protocol messages to providers' token and device endpoints, made with Duende.IdentityModel: code exchange with
/// the PKCE verifier, refresh, device authorization and polling. Token endpoints must be HTTPS (plain HTTP only on a
/// loopback address, for tests). Error responses become <see cref="MailOAuthException"/> without any secret.
/// </summary>
internal sealed class OAuthClient : IDisposable
{
    /// <summary>
    /// RFC 6749's token errors that concern the app's registration, not the user's sign-in: the provider does not know
    /// the client or its secret, or does not allow it this grant or these scopes.
    /// </summary>
    public static readonly IReadOnlyList<string> ClientErrors = ["invalid_client", "unauthorized_client", "invalid_scope", "unsupported_grant_type"];

    /// <summary>
    /// RFC 6749's errors (section 4.1.2.1) that say the authorization server failed or is overloaded, not the app or
    /// the user: the same request may succeed later.
    /// </summary>
    public static readonly IReadOnlyList<string> ServerErrors = ["server_error", "temporarily_unavailable"];

    /// <summary>Assumed lifetime of an access token whose response gives none.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly HttpClient? http;
    private readonly IHttpClientFactory? httpClients;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance of the <see cref="OAuthClient"/> class.</summary>
    /// <param name="options">The OAuth options (a host's own handler).</param>
    /// <param name="connections">The connection options (the module's proxy and trusted roots).</param>
    /// <param name="time">The clock of the device flow's polling.</param>
    /// <param name="httpClients">Creates the named client <see cref="MailOAuthOptions.HttpClientName"/>; <see langword="null"/> for a client of its own.</param>
    public OAuthClient(IOptions<MailOAuthOptions> options, IOptions<MailConnectionOptions> connections, TimeProvider time, IHttpClientFactory? httpClients = null)
    {
        this.time = time;
        this.httpClients = httpClients;
        if (httpClients is null)
        {
            http = new HttpClient(options.Value.HttpHandler ?? CreateHandler(connections.Value), disposeHandler: options.Value.HttpHandler is null);
            ConfigureClient(http);
        }
    }

    /// <summary>Creates the default handler: no redirects, the module's proxy, and certificates checked like the mail servers' (a company CA trusted for mail is trusted for its sign-in too).</summary>
    /// <param name="connections">The connection options.</param>
    /// <returns>The handler.</returns>
    public static HttpMessageHandler CreateHandler(MailConnectionOptions connections) => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        Proxy = connections.Proxy?.CreateWebProxy(),
        UseProxy = connections.Proxy is not null,
        SslOptions = { RemoteCertificateValidationCallback = new ServerCertificateValidator(connections).Validate },
    };

    /// <summary>Sets what every OAuth HTTP client needs: a bound on each request.</summary>
    /// <param name="client">The client.</param>
    public static void ConfigureClient(HttpClient client) => client.Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Exchanges an authorization code (with its PKCE verifier) for tokens.</summary>
    public async Task<OAuthTokens> ExchangeCodeAsync(Uri tokenEndpoint, OAuthAppRegistration app, string code, Uri redirectUri, string? codeVerifier, CancellationToken cancellationToken)
    {
        EnsureSecure(tokenEndpoint);
        using var response = await Client().RequestAuthorizationCodeTokenAsync(
            new AuthorizationCodeTokenRequest
            {
                Address = tokenEndpoint.AbsoluteUri,
                ClientId = app.ClientId,
                ClientSecret = app.ClientSecret,
                ClientCredentialStyle = ClientCredentialStyle.PostBody,
                Code = code,
                RedirectUri = redirectUri.AbsoluteUri,
                CodeVerifier = codeVerifier,
            },
            cancellationToken).ConfigureAwait(false);
        return Read(response, tokenEndpoint, "OAuth.Step.ExchangeCode");
    }

    /// <summary>Redeems a refresh token.</summary>
    public async Task<OAuthTokens> RefreshAsync(Uri tokenEndpoint, OAuthAppRegistration app, string refreshToken, CancellationToken cancellationToken)
    {
        EnsureSecure(tokenEndpoint);
        using var response = await Client().RequestRefreshTokenAsync(
            new RefreshTokenRequest
            {
                Address = tokenEndpoint.AbsoluteUri,
                ClientId = app.ClientId,
                ClientSecret = app.ClientSecret,
                ClientCredentialStyle = ClientCredentialStyle.PostBody,
                RefreshToken = refreshToken,
            },
            cancellationToken).ConfigureAwait(false);
        return Read(response, tokenEndpoint, "OAuth.Step.Refresh");
    }

    /// <summary>Runs the device code flow: asks for a code, shows it, polls until the user approved (or the code expired).</summary>
    public async Task<OAuthTokens> DeviceFlowAsync(Uri deviceEndpoint, Uri tokenEndpoint, OAuthAppRegistration app, IReadOnlyList<string> scopes, Func<OAuthDeviceCode, CancellationToken, Task> show, CancellationToken cancellationToken)
    {
        EnsureSecure(deviceEndpoint);
        EnsureSecure(tokenEndpoint);
        using var authorization = await Client().RequestDeviceAuthorizationAsync(
            new DeviceAuthorizationRequest
            {
                Address = deviceEndpoint.AbsoluteUri,
                ClientId = app.ClientId,
                ClientSecret = app.ClientSecret,
                ClientCredentialStyle = ClientCredentialStyle.PostBody,
                Scope = string.Join(' ', scopes),
            },
            cancellationToken).ConfigureAwait(false);
        if (authorization.IsError || authorization.DeviceCode is null || authorization.UserCode is null || !Uri.TryCreate(authorization.VerificationUri, UriKind.Absolute, out var verification))
        {
            throw Failure(authorization, authorization.ErrorDescription, deviceEndpoint, "OAuth.Step.StartDevice");
        }

        var expiresAt = time.GetUtcNow().AddSeconds(authorization.ExpiresIn ?? 600);
        var complete = Uri.TryCreate(authorization.VerificationUriComplete, UriKind.Absolute, out var full) ? full : null;
        await show(new OAuthDeviceCode(authorization.UserCode, verification, complete, expiresAt), cancellationToken).ConfigureAwait(false);
        var interval = TimeSpan.FromSeconds(Math.Max(authorization.Interval, 1));
        while (true)
        {
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            using var response = await Client().RequestDeviceTokenAsync(
                new DeviceTokenRequest
                {
                    Address = tokenEndpoint.AbsoluteUri,
                    ClientId = app.ClientId,
                    ClientSecret = app.ClientSecret,
                    ClientCredentialStyle = ClientCredentialStyle.PostBody,
                    DeviceCode = authorization.DeviceCode,
                },
                cancellationToken).ConfigureAwait(false);
            switch (response.Error)
            {
                case "authorization_pending" when time.GetUtcNow() < expiresAt:
                    continue;
                case "slow_down" when time.GetUtcNow() < expiresAt:
                    interval += TimeSpan.FromSeconds(5); // RFC 8628 section 3.5
                    continue;
                case "authorization_pending" or "slow_down" or "expired_token":
                    throw new MailOAuthException(MailProblemKind.OAuthSignInRequired, ProblemCatalog.Current("OAuth.DeviceCodeExpired"), "expired_token");
                default:
                    return Read(response, tokenEndpoint, "OAuth.Step.FinishDevice");
            }
        }
    }

    public void Dispose() => http?.Dispose();

    private HttpClient Client() => http ?? httpClients!.CreateClient(MailOAuthOptions.HttpClientName);

    /// <summary>Refuses to send a secret to a token endpoint over plain HTTP, except on a loopback address.</summary>
    internal static void EnsureSecure(Uri endpoint)
    {
        if (endpoint.Scheme != Uri.UriSchemeHttps && !(endpoint.Scheme == Uri.UriSchemeHttp && IPAddress.TryParse(endpoint.IdnHost, out var ip) && IPAddress.IsLoopback(ip)))
        {
            throw new MailOAuthException(MailProblemKind.OAuthClientNotRegistered, ProblemCatalog.Current("OAuth.EndpointNotHttps", endpoint.GetLeftPart(UriPartial.Path)));
        }
    }

    private OAuthTokens Read(TokenResponse response, Uri endpoint, string step)
    {
        if (response.IsError || string.IsNullOrEmpty(response.AccessToken))
        {
            throw Failure(response, response.ErrorDescription, endpoint, step);
        }

        var lifetime = response.ExpiresIn > 0 ? TimeSpan.FromSeconds(response.ExpiresIn) : DefaultLifetime;
        var scopes = response.Scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new OAuthTokens(response.AccessToken, time.GetUtcNow() + lifetime, string.IsNullOrEmpty(response.RefreshToken) ? null : response.RefreshToken, scopes);
    }

    /// <summary>Describes a failed request: the OAuth error (RFC 6749 section 5.2), the HTTP status, or the network failure.</summary>
    /// <param name="response">The response.</param>
    /// <param name="description">The provider's description of its error, if any.</param>
    /// <param name="endpoint">The endpoint asked.</param>
    /// <param name="step">The catalogue key of what was tried, e.g. <c>OAuth.Step.Refresh</c>.</param>
    /// <returns>The exception to throw.</returns>
    internal static MailOAuthException Failure(ProtocolResponse response, string? description, Uri endpoint, string step)
    {
        var at = endpoint.GetLeftPart(UriPartial.Path);
        var what = ProblemCatalog.Current(step);
        if (response.ErrorType == ResponseErrorType.Exception)
        {
            var kind = response.Exception is HttpRequestException or TaskCanceledException ? MailProblemKind.ServerUnavailable : MailProblemKind.Unknown;
            return new MailOAuthException(kind, ProblemCatalog.Current("OAuth.Unreachable", what, at, response.Error), null, response.Exception);
        }

        var error = response.ErrorType == ResponseErrorType.Protocol ? response.Error : null;
        var detail = string.IsNullOrWhiteSpace(description) ? error ?? $"HTTP {(int)response.HttpStatusCode}" : $"{error}: {description}";
        var problem = error switch
        {
            "invalid_grant" or "access_denied" or "expired_token" => MailProblemKind.OAuthSignInRequired,
            _ when error is not null && ClientErrors.Contains(error) => MailProblemKind.OAuthClientNotRegistered,
            _ when error is not null && ServerErrors.Contains(error) => MailProblemKind.ServerUnavailable,
            _ when response.HttpStatusCode >= HttpStatusCode.InternalServerError => MailProblemKind.ServerUnavailable,
            _ => MailProblemKind.Unknown,
        };
        var refused = ProblemCatalog.Current("OAuth.Refused", what, at, detail);
        return new MailOAuthException(problem, problem == MailProblemKind.OAuthSignInRequired ? refused + " " + ProblemCatalog.Current("OAuth.SignInAgain") : refused, error);
    }
}
