using System.Collections.Concurrent;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Runs the sign-in flows and keeps one token source per account.</summary>
internal sealed class MailOAuth : IMailOAuth, IDisposable
{
    private readonly IMailAccountConfigurator configurator;
    private readonly OAuthClient client;
    private readonly IOAuthTokenStore store;
    private readonly TimeProvider time;
    private readonly MailOAuthOptions options;
    private readonly ConcurrentDictionary<string, OAuthTokenSource> sources = new(StringComparer.OrdinalIgnoreCase);

    public MailOAuth(IMailAccountConfigurator configurator, OAuthClient client, IOAuthTokenStore store, TimeProvider time, IOptions<MailOAuthOptions> options)
    {
        this.configurator = configurator;
        this.client = client;
        this.store = store;
        this.time = time;
        this.options = options.Value;
    }

    /// <inheritdoc />
    public async Task<MailConfigurationResult> SignInAsync(MailOAuthSignInRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await configurator.ConfigureAsync(new MailConfigurationRequest(request.Address) { Usage = request.Usage, PreferredIncoming = request.PreferredIncoming, Verify = false }, cancellationToken).ConfigureAwait(false);
        var protocol = request.Usage.HasFlag(MailUsage.Receive) ? request.PreferredIncoming : MailProtocol.Smtp;
        if ((options.Profiles.TryGetValue(Domain(request.Address), out var own) ? own : found.OAuth) is not { } profile)
        {
            var none = new MailOAuthException(MailProblemKind.AuthMechanismUnsupported, ProblemCatalog.Current("OAuth.NoneKnown", Domain(request.Address)));
            return Failed(found, none, protocol);
        }

        if (request.Usage.HasFlag(MailUsage.Send) && !profile.Supports(MailProtocol.Smtp))
        {
            var receiveOnly = new MailOAuthException(MailProblemKind.AuthMechanismUnsupported, ProblemCatalog.Current("OAuth.ReceiveOnly", profile));
            return Failed(found, receiveOnly, MailProtocol.Smtp);
        }

        var address = found.Settings?.Address ?? request.Address.Trim();
        try
        {
            var app = request.Registration ?? Registration(profile);
            profile = profile.ForTenant(app.Tenant);
            var protocols = Protocols(request, profile);
            var scopes = profile.ScopesFor(protocols);
            var redirect = request.Redirect ?? app.Redirect;
            using var timeout = new CancellationTokenSource(options.SignInTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            OAuthTokens tokens;
            try
            {
                tokens = redirect == OAuthRedirectKind.DeviceCode
                    ? await DeviceAsync(profile, app, scopes, request, linked.Token).ConfigureAwait(false)
                    : await BrowserAsync(profile, app, scopes, address, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new MailOAuthException(MailProblemKind.OAuthSignInRequired, ProblemCatalog.Current("OAuth.SignInTimedOut", options.SignInTimeout.TotalMinutes));
            }

            var grant = tokens.RefreshToken is { } refresh
                ? new OAuthGrant(address, profile.Id, profile.Issuer, profile.TokenEndpoint, tokens.Scopes.Count > 0 ? tokens.Scopes : scopes, refresh) { ClientId = app.ClientId }
                : null;
            if (grant is not null)
            {
                await store.SaveAsync(grant, cancellationToken).ConfigureAwait(false);
            }

            var source = sources.AddOrUpdate(address, a => NewSource(a, app), (a, _) => NewSource(a, app));
            source.Seed(grant, tokens);
            var configured = await configurator.ConfigureAsync(
                new MailConfigurationRequest(address) { Credentials = MailCredentials.OAuth(source), Usage = request.Usage, PreferredIncoming = request.PreferredIncoming, DisplayName = request.DisplayName },
                cancellationToken).ConfigureAwait(false);
            configured.DiscoveredOAuth ??= profile; // a host's own profile: the result names the profile the grant is filed under
            return configured;
        }
        catch (MailOAuthException ex)
        {
            return Failed(found, ex, protocol);
        }
    }

    /// <inheritdoc />
    public async Task<MailCredentials> GetCredentialsAsync(string address, CancellationToken cancellationToken = default)
        => await FindCredentialsAsync(address, cancellationToken).ConfigureAwait(false)
            ?? throw new MailOAuthException(MailProblemKind.OAuthSignInRequired, ProblemCatalog.Current("OAuth.NotSignedIn"));

    /// <summary>
    /// Gets the OAuth credentials of an account that signed in earlier: its token source when one is made, else from
    /// the token store (read once per account); <see langword="null"/> when the store has no grant for it.
    /// </summary>
    /// <param name="address">The account's address.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The credentials, or <see langword="null"/>.</returns>
    /// <exception cref="MailOAuthException">The grant's provider has no app registration (<see cref="MailProblemKind.OAuthClientNotRegistered"/>).</exception>
    internal async Task<MailCredentials?> FindCredentialsAsync(string address, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        address = address.Trim();
        if (sources.TryGetValue(address, out var known))
        {
            return MailCredentials.OAuth(known);
        }

        if (await store.LoadAsync(address, cancellationToken).ConfigureAwait(false) is not { } grant)
        {
            return null;
        }

        var app = RegistrationOf(grant) ?? throw NotRegistered(grant.Profile, grant.Issuer, null);
        return MailCredentials.OAuth(sources.GetOrAdd(address, a => NewSource(a, app)));
    }

    /// <summary>Releases the token sources.</summary>
    public void Dispose()
    {
        foreach (var source in sources.Values)
        {
            source.Dispose();
        }
    }

    /// <summary>A result for a failed sign-in: the failure's message (which names what to do, e.g. the provider's console) comes first in the hints.</summary>
    private static MailConfigurationResult Failed(MailConfigurationResult found, MailOAuthException failure, MailProtocol protocol)
        => new(null, null, false, false, found.Provider, found.Candidates, [failure.Message, .. found.Hints], failure.ToProblem(protocol), found.Trace) { DiscoveredOAuth = found.DiscoveredOAuth };

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..].Trim();

    private static MailOAuthException NotRegistered(string id, string issuer, Uri? console)
        => new(
            MailProblemKind.OAuthClientNotRegistered,
            $"No app is registered for OAuth sign-in with {id} ({issuer}): register one {(console is null ? "with the provider" : $"at {console}")} and add its client id to MailOAuthOptions.Registrations[\"{id}\"].");

    /// <summary>The protocols to ask scopes for: SMTP for sending, the preferred incoming protocol (else the other) for receiving.</summary>
    private static List<MailProtocol> Protocols(MailOAuthSignInRequest request, MailOAuthProfile profile)
    {
        var protocols = new List<MailProtocol>();
        if (request.Usage.HasFlag(MailUsage.Receive))
        {
            var other = request.PreferredIncoming == MailProtocol.Pop3 ? MailProtocol.Imap : MailProtocol.Pop3;
            protocols.Add(profile.Supports(request.PreferredIncoming) ? request.PreferredIncoming : other);
        }

        if (request.Usage.HasFlag(MailUsage.Send))
        {
            protocols.Add(MailProtocol.Smtp);
        }

        return protocols;
    }

    /// <summary>
    /// The registration a stored grant is refreshed with: the configured one (by profile id, then issuer) when it is
    /// for the client the refresh token was issued to; else that client alone, without a secret (a per-sign-in registration).
    /// </summary>
    private OAuthAppRegistration? RegistrationOf(OAuthGrant grant)
    {
        var configured = options.Registrations.TryGetValue(grant.Profile, out var byId) ? byId
            : options.Registrations.TryGetValue(grant.Issuer, out var byIssuer) ? byIssuer
            : null;
        return grant.ClientId is not { } issuedTo || configured?.ClientId == issuedTo ? configured : new OAuthAppRegistration(issuedTo);
    }

    private OAuthAppRegistration Registration(MailOAuthProfile profile)
        => options.Find(profile) ?? throw NotRegistered(profile.Id, profile.Issuer, profile.ConsoleUrl);

    private OAuthTokenSource NewSource(string address, OAuthAppRegistration app)
        => new(address, app, client, store, time, options.RefreshBeforeExpiry);

    /// <summary>Authorization code with PKCE (S256) through the browser and a loopback redirect; the state is checked.</summary>
    private async Task<OAuthTokens> BrowserAsync(MailOAuthProfile profile, OAuthAppRegistration app, IReadOnlyList<string> scopes, string address, CancellationToken cancellationToken)
    {
        OAuthClient.EnsureSecure(profile.AuthorizationEndpoint);
        using var listener = LoopbackRedirect.Start(app.LoopbackPort);
        var state = Duende.IdentityModel.CryptoRandom.CreateUniqueId(16, Duende.IdentityModel.CryptoRandom.OutputFormat.Base64Url);
        var pkce = profile.UsesPkce ? Pkce.Create() : null;
        var extra = new Parameters(profile.AuthorizationParameters);

        var url = new RequestUrl(profile.AuthorizationEndpoint.AbsoluteUri).CreateAuthorizeUrl(
            clientId: app.ClientId,
            responseType: "code",
            scope: string.Join(' ', scopes),
            redirectUri: listener.RedirectUri.AbsoluteUri,
            state: state,
            loginHint: address,
            codeChallenge: pkce?.Challenge,
            codeChallengeMethod: pkce is null ? null : Pkce.Method,
            extra: extra);
        var waiting = listener.WaitAsync(cancellationToken);
        await (options.Browser ?? new SystemBrowser()).OpenAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        var response = await waiting.ConfigureAwait(false);
        if (!response.TryGetValue("state", out var returned) || !string.Equals(returned, state, StringComparison.Ordinal))
        {
            throw new MailOAuthException(MailProblemKind.OAuthSignInRequired, ProblemCatalog.Current("OAuth.StateMismatch"), "invalid_state");
        }

        if (response.TryGetValue("error", out var error))
        {
            var description = response.TryGetValue("error_description", out var text) ? $": {text}" : string.Empty;
            var kind = OAuthClient.ClientErrors.Contains(error) ? MailProblemKind.OAuthClientNotRegistered : MailProblemKind.OAuthSignInRequired;
            throw new MailOAuthException(kind, ProblemCatalog.Current("OAuth.AccessNotGranted", error + description), error);
        }

        return await client.ExchangeCodeAsync(profile.TokenEndpoint, app, response["code"], listener.RedirectUri, pkce?.Verifier, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OAuthTokens> DeviceAsync(MailOAuthProfile profile, OAuthAppRegistration app, IReadOnlyList<string> scopes, MailOAuthSignInRequest request, CancellationToken cancellationToken)
    {
        if (profile.DeviceAuthorizationEndpoint is not { } device)
        {
            throw new MailOAuthException(MailProblemKind.AuthMechanismUnsupported, ProblemCatalog.Current("OAuth.NoDeviceCode", profile.Id));
        }

        var show = request.ShowDeviceCode ?? throw new ArgumentException("The device code flow needs ShowDeviceCode to tell the user where to enter the code.", nameof(request));
        return await client.DeviceFlowAsync(device, profile.TokenEndpoint, app, scopes, show, cancellationToken).ConfigureAwait(false);
    }
}
