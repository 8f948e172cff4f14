using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MailKitConfig.Tests.Lab;

/// <summary>
/// An OAuth 2.0 authorization server in the test process, on 127.0.0.1 with a random port (HTTPS, as
/// <c>https://oauth.lab.test</c>): authorize with auto-approve, token endpoint with code + PKCE S256 verification,
/// refresh-token rotation and revocation, device authorization with polling. Access tokens are RS256 JWTs signed with
/// the lab's key, which the lab's Dovecot accepts.
/// </summary>
internal sealed class LabAuthorizationServer : IAsyncDisposable
{
    public const string Host = "oauth.lab.test";
    public const string ClientId = "lab-mail-client";
    public const string Scope = "mail";

    private readonly WebApplication app;
    private readonly X509Certificate2 certificate;
    private readonly LabOAuth oauth;
    private readonly ConcurrentDictionary<string, PendingCode> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> refreshTokens = new(StringComparer.Ordinal); // token -> user
    private readonly ConcurrentDictionary<string, DeviceGrant> devices = new(StringComparer.Ordinal);
    private int refreshes;
    private int tokensIssued;

    private LabAuthorizationServer(WebApplication app, X509Certificate2 certificate, LabOAuth oauth, int port)
    {
        this.app = app;
        this.certificate = certificate;
        this.oauth = oauth;
        Port = port;
    }

    /// <summary>Gets the loopback port.</summary>
    public int Port { get; }

    /// <summary>Gets the issuer's base address as clients see it.</summary>
    public static Uri BaseAddress { get; } = new($"https://{Host}/");

    /// <summary>Gets or sets how long access tokens live.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the mailbox tokens are issued for instead of the signed-in user (a wrong user).</summary>
    public string? IssueFor { get; set; }

    /// <summary>Gets or sets a value indicating whether the authorization endpoint refuses (the user said no).</summary>
    public bool Deny { get; set; }

    /// <summary>Gets how many refresh grants were served.</summary>
    public int Refreshes => Volatile.Read(ref refreshes);

    /// <summary>Gets how many access tokens were issued.</summary>
    public int TokensIssued => Volatile.Read(ref tokensIssued);

    /// <summary>Gets every request body and query seen by the token and device endpoints (for checks of what the client sent).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<LabAuthorizationServer> StartAsync(LabOAuth oauth)
    {
        var certificate = LoopbackHttps.CreateCertificate($"CN={Host}", [Host], IPAddress.Loopback); // the address for another process (the sample), which reaches it by address
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var web = builder.Build();
        LabAuthorizationServer? server = null;
        web.MapGet("/authorize", (HttpContext c) => server!.Authorize(c.Request.Query));
        web.MapPost("/token", async (HttpRequest r) => server!.Token(await r.ReadFormAsync()));
        web.MapPost("/device", async (HttpRequest r) => server!.DeviceAuthorization(await r.ReadFormAsync()));
        web.MapGet("/device", (HttpContext c) => server!.ApproveDevice(c.Request.Query["user_code"].ToString()));
        await web.StartAsync();
        server = new LabAuthorizationServer(web, certificate, oauth, new Uri(web.Urls.First()).Port);
        return server;
    }

    /// <summary>The HTTP handler clients use: <c>*.lab.test</c> goes to this server, whose certificate alone is trusted.</summary>
    /// <returns>The handler.</returns>
    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, token) =>
        {
            if (!context.DnsEndPoint.Host.Equals(Host, StringComparison.OrdinalIgnoreCase))
            {
                throw new HttpRequestException($"{context.DnsEndPoint.Host} is not reachable from the tests.");
            }

            return await LoopbackHttps.ConnectAsync(Port, token);
        },
        SslOptions = LoopbackHttps.TrustOnly(certificate),
    };

    /// <summary>Gets the server's address as another process reaches it: <c>https://127.0.0.1:port/</c> (the certificate names 127.0.0.1 too).</summary>
    public Uri LoopbackAddress => new($"https://127.0.0.1:{Port}/");

    /// <summary>An HTTP handler for <see cref="LoopbackAddress"/> that trusts this server's certificate alone and follows no redirect.</summary>
    /// <returns>The handler.</returns>
    public HttpMessageHandler CreateLoopbackHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        SslOptions = LoopbackHttps.TrustOnly(certificate),
    };

    /// <summary>Writes the server's (self-signed) certificate as PEM, for a process that is to trust it.</summary>
    /// <param name="path">The file to write.</param>
    public void ExportCertificate(string path) => File.WriteAllText(path, certificate.ExportCertificatePem());

    /// <summary>Revokes every refresh token (the user removed the app's access, or changed the password).</summary>
    public void RevokeAll() => refreshTokens.Clear();

    /// <summary>The OAuth profile of this server, as a host would describe its own identity provider.</summary>
    /// <returns>The profile, with the device endpoint.</returns>
    public static MailOAuthProfile Profile() => MailOAuthProfile.Create(Host, new Uri(BaseAddress, "authorize"), new Uri(BaseAddress, "token"), [Scope], new Uri(BaseAddress, "device"));

    /// <summary>An autoconfig <c>&lt;oAuth2&gt;</c> block naming this server.</summary>
    /// <returns>The XML element.</returns>
    public static string AutoconfigBlock() => $"<oAuth2><issuer>{Host}</issuer><scope>{Scope}</scope><authURL>{BaseAddress}authorize</authURL><tokenURL>{BaseAddress}token</tokenURL></oAuth2>";

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        certificate.Dispose();
    }

    private static IResult Error(string error, string description) => Json(new Dictionary<string, object> { ["error"] = error, ["error_description"] = description }, 400);

    private static IResult Json(Dictionary<string, object> body, int status = 200)
        => Results.Text(System.Text.Json.JsonSerializer.Serialize(body), "application/json", Encoding.UTF8, status);

    /// <summary>RFC 7636 S256, computed here independently of the library.</summary>
    private static string S256(string verifier) => System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    private IResult Authorize(IQueryCollection query)
    {
        var redirect = query["redirect_uri"].ToString();
        if (query["client_id"] != ClientId || !Uri.TryCreate(redirect, UriKind.Absolute, out var target) || target.Host != "127.0.0.1" || query["response_type"] != "code")
        {
            return Results.BadRequest("unknown client, bad redirect or response type");
        }

        var state = Uri.EscapeDataString(query["state"].ToString());
        if (Deny)
        {
            return Results.Redirect($"{redirect}?error=access_denied&error_description=The+user+declined&state={state}");
        }

        var challenge = query["code_challenge"].ToString();
        if (challenge.Length > 0 && query["code_challenge_method"] != "S256")
        {
            return Results.Redirect($"{redirect}?error=invalid_request&state={state}");
        }

        var code = Random();
        codes[code] = new PendingCode(redirect, challenge, query["login_hint"].ToString());
        return Results.Redirect($"{redirect}?code={code}&state={state}");
    }

    private IResult Token(IFormCollection form)
    {
        Requests.Enqueue(string.Join("&", form.Keys.Order(StringComparer.Ordinal)));
        if (form["client_id"] != ClientId)
        {
            return Error("invalid_client", "unknown client");
        }

        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                if (!codes.TryRemove(form["code"].ToString(), out var pending) || pending.RedirectUri != form["redirect_uri"])
                {
                    return Error("invalid_grant", "unknown or used code, or another redirect_uri");
                }

                if (pending.Challenge.Length > 0 && S256(form["code_verifier"].ToString()) != pending.Challenge)
                {
                    return Error("invalid_grant", "PKCE verification failed");
                }

                return Issue(pending.User);
            case "refresh_token":
                Interlocked.Increment(ref refreshes);
                return refreshTokens.TryRemove(form["refresh_token"].ToString(), out var user) ? Issue(user) : Error("invalid_grant", "the refresh token is revoked or unknown");
            case "urn:ietf:params:oauth:grant-type:device_code":
                if (!devices.TryGetValue(form["device_code"].ToString(), out var device))
                {
                    return Error("expired_token", "unknown device code");
                }

                return device.ApprovedFor is { } approved && devices.TryRemove(form["device_code"].ToString(), out _) ? Issue(approved) : Error("authorization_pending", "waiting for the user");
            default:
                return Error("unsupported_grant_type", "unsupported grant type");
        }
    }

    private IResult DeviceAuthorization(IFormCollection form)
    {
        if (form["client_id"] != ClientId)
        {
            return Error("invalid_client", "unknown client");
        }

        var deviceCode = Random();
        var userCode = string.Concat(Random().Where(char.IsLetter).Take(8)).ToUpperInvariant();
        devices[deviceCode] = new DeviceGrant(userCode);
        return Json(new Dictionary<string, object>
        {
            ["device_code"] = deviceCode,
            ["user_code"] = userCode,
            ["verification_uri"] = $"{BaseAddress}device",
            ["verification_uri_complete"] = $"{BaseAddress}device?user_code={userCode}",
            ["expires_in"] = 600,
            ["interval"] = 1,
        });
    }

    /// <summary>The user enters the code and approves, signed in as the given user (from the query, else alice).</summary>
    private IResult ApproveDevice(string userCode)
    {
        var grant = devices.Values.FirstOrDefault(d => d.UserCode == userCode);
        if (grant is null)
        {
            return Results.NotFound();
        }

        grant.ApprovedFor = LabEnvironment.Current.Alice.Address;
        return Results.Text("approved");
    }

    private IResult Issue(string user)
    {
        Interlocked.Increment(ref tokensIssued);
        var refresh = Random();
        refreshTokens[refresh] = user;
        return Json(new Dictionary<string, object>
        {
            ["access_token"] = LabJwt.Sign(oauth, IssueFor ?? user, DateTimeOffset.UtcNow + AccessTokenLifetime),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refresh,
            ["scope"] = Scope,
        });
    }

    private sealed record PendingCode(string RedirectUri, string Challenge, string User);

    private sealed class DeviceGrant(string userCode)
    {
        public string UserCode { get; } = userCode;

        public string? ApprovedFor { get; set; }
    }
}
