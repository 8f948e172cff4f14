using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Authentication;

/// <summary>
/// OAuth sign-in end to end: the lab's authorization server in the test process, the discovery web server serving an
/// autoconfig file with an <c>&lt;oAuth2&gt;</c> block, and the lab's Dovecot and Postfix validating the tokens.
/// </summary>
[Category("Integration")]
public class OAuthSignInTests : LabFixture
{
    private LabAuthorizationServer server = null!;
    private DiscoveryWebServer web = null!;
    private FollowingBrowser browser = null!;
    private string tokenDirectory = null!;
    private FakeTimeProvider time = null!;

    private static LabOAuth LabIssuer => Lab.OAuth ?? throw new InvalidOperationException("The lab has no OAuth issuer (lab.json has no \"oauth\" entry); start it with eng/lab/up.sh.");

    [SetUp]
    public async Task StartServers()
    {
        server = await LabAuthorizationServer.StartAsync(LabIssuer);
        web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test");
        web.Serve("autoconfig.lab.test/mail/config-v1.1.xml", Autoconfig(LabAuthorizationServer.AutoconfigBlock()));
        browser = new FollowingBrowser(server);
        tokenDirectory = Path.Combine(Path.GetTempPath(), "mkc-oauth-" + Guid.NewGuid().ToString("N"));
        time = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    [TearDown]
    public async Task StopServers()
    {
        await web.DisposeAsync();
        await server.DisposeAsync();
        if (Directory.Exists(tokenDirectory))
        {
            Directory.Delete(tokenDirectory, recursive: true);
        }
    }

    [Test]
    public async Task An_autoconfig_oauth2_block_drives_a_sign_in_that_follows_the_redirect_and_verifies_imap_and_smtp()
    {
        using var services = Services();

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));

        result.Succeeded.Should().BeTrue(string.Join(" | ", result.Hints) + result.Problem?.ToString() + result.Trace);
        result.Source.Should().Be(MailSettingsSource.Autoconfig);
        result.OAuth!.Issuer.Should().Be(LabAuthorizationServer.Host);
        result.Settings!.Credentials!.Kind.Should().Be(MailCredentialKind.OAuth);
        browser.Pages.Should().ContainSingle().Which.Should().Contain("Sign-in complete");
        var opened = browser.Opened.Single().Query;
        opened.Should().Contain("code_challenge_method=S256").And.Contain("state=").And.Contain("redirect_uri=http%3A%2F%2F127.0.0.1%3A");
        server.TokensIssued.Should().Be(1, "one code exchange; the verification logins reuse the access token");

        var sent = await services.GetRequiredService<IMailSender>().SendAsync(OnLoopback(result.Settings), new OutgoingMessage { Subject = "Signed in with OAuth", TextBody = "x", To = { Lab.Bob.Address } });
        (await LabMail.ReadFromImapAsync(Lab.Bob, sent.MessageId)).Subject.Should().Be("Signed in with OAuth");
        result.Trace.ToString().Should().NotContain("eyJ", "no token in the trace");
        result.ToString().Should().NotContain("eyJ");
    }

    [Test]
    public async Task The_stored_refresh_token_lets_a_later_process_send_without_signing_in_again()
    {
        MailAccountSettings settings;
        using (var first = Services())
        {
            var result = await first.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));
            result.Succeeded.Should().BeTrue(result.Problem?.ToString());
            settings = OnLoopback(result.Settings!);
        }

        var files = Directory.GetFiles(tokenDirectory);
        files.Should().ContainSingle().Which.Should().NotContain("alice", "file names do not show addresses");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(files[0]).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(tokenDirectory).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        using var later = Services();
        var credentials = await later.GetRequiredService<IMailOAuth>().GetCredentialsAsync(Lab.Alice.Address);
        var sent = await later.GetRequiredService<IMailSender>().SendAsync(settings with { Credentials = credentials }, new OutgoingMessage { Subject = "Later", TextBody = "x", To = { Lab.Bob.Address } });

        server.Refreshes.Should().Be(1, "the new process has no access token: it redeems the stored refresh token once");
        (await LabMail.ReadFromImapAsync(Lab.Bob, sent.MessageId)).Subject.Should().Be("Later");
        (await File.ReadAllTextAsync(Directory.GetFiles(tokenDirectory).Single())).Should().NotContain("eyJ", "access tokens are kept only in memory");
    }

    [Test]
    public async Task The_token_requests_go_through_the_named_client_a_host_can_extend()
    {
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var services = Services(host: s => s.AddHttpClient(MailOAuthOptions.HttpClientName).AddHttpMessageHandler(() => new RecordingHandler(seen)));

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));

        result.Succeeded.Should().BeTrue(result.Problem?.ToString());
        seen.Should().ContainSingle().Which.Should().Be($"POST {LabAuthorizationServer.Host}/token", "the code exchange passed the host's handler");
    }

    [Test]
    public async Task The_device_code_flow_signs_in_without_a_browser()
    {
        using var services = Services(o => o.Profiles["lab.test"] = LabAuthorizationServer.Profile(), realClock: true); // the polling waits on the clock
        using var approver = new HttpClient(server.CreateHandler());
        OAuthDeviceCode? shown = null;

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address)
        {
            Redirect = OAuthRedirectKind.DeviceCode,
            ShowDeviceCode = async (code, token) =>
            {
                shown = code;
                (await approver.GetStringAsync(code.VerificationUriComplete, token)).Should().Be("approved"); // the user, on another device
            },
        });

        result.Succeeded.Should().BeTrue(result.Problem?.ToString());
        shown!.UserCode.Should().HaveLength(8);
        shown.VerificationUri.Should().Be(new Uri(LabAuthorizationServer.BaseAddress, "device"));
        browser.Opened.Should().BeEmpty();
    }

    [Test]
    public async Task A_redirect_with_another_state_is_refused()
    {
        browser.ChangeRedirect = redirect => new Uri(redirect.AbsoluteUri.Replace("state=", "state=forged", StringComparison.Ordinal));
        using var services = Services();

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));

        result.Succeeded.Should().BeFalse();
        result.Problem!.Kind.Should().Be(MailProblemKind.OAuthSignInRequired);
        result.Hints[0].Should().Contain("state");
        server.TokensIssued.Should().Be(0, "the code of a forged redirect is never exchanged");
    }

    [Test]
    public async Task A_code_whose_pkce_challenge_does_not_match_the_verifier_is_refused_by_the_token_endpoint()
    {
        var other = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("another verifier"u8)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        browser.ChangeRequest = request => new Uri(System.Text.RegularExpressions.Regex.Replace(request.AbsoluteUri, "code_challenge=[^&]+", "code_challenge=" + other));
        using var services = Services();

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));

        result.Problem!.Kind.Should().Be(MailProblemKind.OAuthSignInRequired);
        result.Hints[0].Should().Contain("invalid_grant").And.Contain("PKCE");
        server.TokensIssued.Should().Be(0);
    }

    [Test]
    public async Task A_declined_sign_in_asks_to_sign_in_again()
    {
        server.Deny = true;
        using var services = Services();

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));

        result.Problem!.Kind.Should().Be(MailProblemKind.OAuthSignInRequired);
        result.Hints[0].Should().Contain("access_denied");
    }

    [Test]
    public async Task Many_concurrent_sends_near_the_tokens_expiry_cause_one_refresh_and_store_the_rotated_refresh_token()
    {
        using var services = Services(sending: o => o.MaxConnectionsPerAccount = 4);
        var signedIn = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address) { Usage = MailUsage.Send });
        signedIn.Succeeded.Should().BeTrue(signedIn.Problem?.ToString());
        var before = await File.ReadAllTextAsync(Directory.GetFiles(tokenDirectory).Single());
        time.Advance(TimeSpan.FromMinutes(56)); // the token lives an hour; refreshed 5 minutes before it expires

        var outcomes = await services.GetRequiredService<IMailSender>().SendManyAsync(
            OnLoopback(signedIn.Settings!), Enumerable.Range(0, 12).Select(i => new OutgoingMessage { Subject = $"Batch {i}", TextBody = "x", To = { Lab.Bob.Address } }));

        outcomes.Should().OnlyContain(o => o.Status == MailSendStatus.Sent);
        server.Refreshes.Should().Be(1, "one refresh at a time per account, however many connections ask");
        (await File.ReadAllTextAsync(Directory.GetFiles(tokenDirectory).Single())).Should().NotBe(before, "the rotated refresh token is stored");
    }

    [Test]
    public async Task A_revoked_refresh_token_is_classified_as_sign_in_again_and_forgotten()
    {
        using var services = Services();
        var signedIn = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));
        signedIn.Succeeded.Should().BeTrue(signedIn.Problem?.ToString());
        server.RevokeAll();
        time.Advance(TimeSpan.FromMinutes(56));

        var thrown = await FluentActions.Awaiting(() => services.GetRequiredService<IMailSender>().SendAsync(OnLoopback(signedIn.Settings!), new OutgoingMessage { Subject = "x", TextBody = "x", To = { Lab.Bob.Address } }))
            .Should().ThrowAsync<MailOperationException>();

        thrown.Which.Problem.Kind.Should().Be(MailProblemKind.OAuthSignInRequired);
        thrown.Which.Problem.IsTransient.Should().BeFalse();
        thrown.Which.Message.Should().Contain("invalid_grant").And.NotContain("eyJ");
        Directory.GetFiles(tokenDirectory).Should().BeEmpty("a refresh token the provider refuses is not kept");
        var russian = thrown.Which.Problem.Localize(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
        russian.Title.Should().Contain("вход заново");
    }

    [Test]
    public async Task Tokens_the_server_refuses_are_refreshed_once_and_then_the_user_must_sign_in_again()
    {
        server.IssueFor = Lab.Bob.Address; // every token is for another mailbox
        using var services = Services();

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest(Lab.Alice.Address));

        result.Succeeded.Should().BeFalse();
        result.Problem!.Kind.Should().Be(MailProblemKind.OAuthSignInRequired, result.Trace.ToString());
        result.Problem.ServerReply.Should().NotBeNull();
        server.Refreshes.Should().BeInRange(1, 2, "each login refreshes at most once (one refresh serves both when they refuse the same token)");
    }

    [Test]
    public async Task A_provider_without_an_app_registration_is_a_classified_problem_naming_its_console()
    {
        using var services = Services(o => o.Registrations.Clear());

        var result = await services.GetRequiredService<IMailOAuth>().SignInAsync(new MailOAuthSignInRequest("ann@gmail.com"));

        result.Problem!.Kind.Should().Be(MailProblemKind.OAuthClientNotRegistered);
        result.Hints[0].Should().Contain("https://console.cloud.google.com/apis/credentials").And.Contain("Registrations[\"Gmail\"]");
        result.Problem.Title.Should().Contain("not registered");
        browser.Opened.Should().BeEmpty();
    }

    /// <summary>The verified settings with the lab's address for mail.lab.test (only the discovery DNS knows that name).</summary>
    private static MailAccountSettings OnLoopback(MailAccountSettings settings) => settings with
    {
        Smtp = settings.Smtp is { } smtp ? smtp with { Host = Lab.Host } : null,
        Imap = settings.Imap is { } imap ? imap with { Host = Lab.Host } : null,
    };

    private static string Autoconfig(string oauth) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <clientConfig version="1.1">
          <emailProvider id="lab.test">
            <domain>lab.test</domain>
            <incomingServer type="imap">
              <hostname>mail.lab.test</hostname>
              <port>{Lab.Ports.Imaps}</port>
              <socketType>SSL</socketType>
              <authentication>OAuth2</authentication>
              <username>%EMAILADDRESS%</username>
            </incomingServer>
            <outgoingServer type="smtp">
              <hostname>mail.lab.test</hostname>
              <port>{Lab.Ports.Submission}</port>
              <socketType>STARTTLS</socketType>
              <authentication>OAuth2</authentication>
              <username>%EMAILADDRESS%</username>
            </outgoingServer>
          </emailProvider>
          {oauth}
        </clientConfig>
        """;

    private ServiceProvider Services(Action<MailOAuthOptions>? oauth = null, Action<MailSendingOptions>? sending = null, bool realClock = false, Action<IServiceCollection>? host = null)
    {
        var services = LabDiscovery.CreateServices(
            web,
            oauth: o =>
            {
                o.Registrations[LabAuthorizationServer.Host] = new OAuthAppRegistration(LabAuthorizationServer.ClientId);
                o.HttpHandler = server.CreateHandler();
                o.Browser = browser;
                o.TokenDirectory = tokenDirectory;
                oauth?.Invoke(o);
            },
            time: realClock ? TimeProvider.System : time,
            sending: o =>
            {
                o.MaxRetryAttempts = 0; // no backoff waits on the fake clock
                sending?.Invoke(o);
            },
            host: host);
        return services;
    }

    /// <summary>A handler a host might add (an audit log, a proxy selector): records each request's method, host and path.</summary>
    private sealed class RecordingHandler(System.Collections.Concurrent.ConcurrentQueue<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue($"{request.Method} {request.RequestUri!.Host}{request.RequestUri.AbsolutePath}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
