using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Authentication;

/// <summary>The OAuth facts in the provider data, PKCE, the token store and secrets kept out of texts: no network.</summary>
public class OAuthProfileTests
{
    private static readonly string[] OAuthProviders = ["Gmail", "Microsoft", "Microsoft365", "Yandex", "MailRu", "Yahoo", "Aol", "Fastmail"];

    [Test]
    public void Every_listed_provider_has_https_endpoints_scopes_for_imap_and_smtp_and_a_checked_date()
    {
        foreach (var id in OAuthProviders)
        {
            var profile = ProviderCatalog.Default.FindById(id)!.OAuth;
            profile.Should().NotBeNull(id);
            profile!.Id.Should().Be(id);
            new[] { profile.AuthorizationEndpoint, profile.TokenEndpoint }.Concat(profile.DeviceAuthorizationEndpoint is { } d ? [d] : [])
                .Should().OnlyContain(u => u.Scheme == "https" && !u.AbsoluteUri.Contains('{'), id);
            profile.ScopesFor([MailProtocol.Imap]).Should().NotBeEmpty(id);
            profile.ScopesFor([MailProtocol.Smtp]).Should().NotBeEmpty(id);
            profile.CheckedOn.Should().NotBeNull(id);
        }
    }

    [Test]
    public void Microsoft_profiles_default_to_their_tenant_and_take_the_registrations()
    {
        var consumer = ProviderCatalog.Default.FindById("Microsoft")!.OAuth!;
        var work = ProviderCatalog.Default.FindById("Microsoft365")!.OAuth!;

        consumer.AuthorizationEndpoint.AbsoluteUri.Should().Be("https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize");
        work.TokenEndpoint.AbsoluteUri.Should().Be("https://login.microsoftonline.com/organizations/oauth2/v2.0/token");
        work.ForTenant("contoso.onmicrosoft.com").DeviceAuthorizationEndpoint!.AbsoluteUri.Should().Be("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode");
        consumer.ScopesFor([MailProtocol.Imap, MailProtocol.Smtp]).Should().Equal("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send", "offline_access");
        consumer.Issuer.Should().Be(work.Issuer, "one registration under the issuer serves both");
    }

    [TestCase("Zoho", "accounts.zoho.com")]
    [TestCase("ZohoEu", "accounts.zoho.eu")]
    [TestCase("ZohoAu", "accounts.zoho.com.au")]
    public void Zoho_signs_in_per_data_centre_for_imap_and_pop3_only(string id, string issuer)
    {
        var zoho = ProviderCatalog.Default.FindById(id)!.OAuth!;

        zoho.Issuer.Should().Be(issuer);
        zoho.TokenEndpoint.Should().Be(new Uri($"https://{issuer}/oauth/v2/token"));
        zoho.ScopesFor([MailProtocol.Imap, MailProtocol.Pop3]).Should().Equal("ZOHOMAIL.PROTOCOL.IMAP", "ZOHOMAIL.PROTOCOL.POP");
        zoho.Supports(MailProtocol.Smtp).Should().BeFalse("Zoho documents XOAUTH2 for IMAP and POP only");
        zoho.AuthorizationParameters.Should().Contain("access_type", "offline");
    }

    [Test]
    public async Task A_sign_in_for_sending_where_oauth_serves_only_receiving_is_refused_before_the_browser_opens()
    {
        var browser = new RecordingBrowser();
        var services = new ServiceCollection();
        services.AddMailModule().ConfigureOAuth(o => (o.Browser, o.Registrations["Zoho"]) = (browser, new OAuthAppRegistration("zoho-client")));
        using var provider = services.BuildServiceProvider();
        var oauth = provider.GetRequiredService<IMailOAuth>();

        var result = await oauth.SignInAsync(new MailOAuthSignInRequest("ann@zoho.com") { Usage = MailUsage.SendAndReceive });

        result.Succeeded.Should().BeFalse();
        result.Problem!.Kind.Should().Be(MailProblemKind.AuthMechanismUnsupported);
        result.Hints[0].Should().Contain("only for receiving mail").And.Contain("app password");
        browser.Opened.Should().BeEmpty();
    }

    [Test]
    public void Google_offers_no_device_sign_in_for_mail_and_asks_for_offline_access()
    {
        var gmail = ProviderCatalog.Default.FindById("Gmail")!.OAuth!;

        gmail.DeviceAuthorizationEndpoint.Should().BeNull("Google's limited-input device flow does not allow https://mail.google.com/");
        gmail.AuthorizationParameters.Should().Contain("access_type", "offline");
        gmail.UsesPkce.Should().BeTrue();
        gmail.ConsoleUrl.Should().Be(new Uri("https://console.cloud.google.com/apis/credentials"));
    }

    [Test]
    public void An_autoconfig_oauth2_block_becomes_a_profile_for_every_protocol()
    {
        var document = AutoconfigXml.Parse(
            """
            <clientConfig version="1.1"><emailProvider id="example.com"><domain>example.com</domain>
              <incomingServer type="imap"><hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
            </emailProvider>
            <oAuth2><issuer>login.example.com</issuer><scope>mail offline</scope><authURL>https://login.example.com/auth</authURL><tokenURL>https://login.example.com/token</tokenURL></oAuth2>
            </clientConfig>
            """,
            "ann@example.com");

        var profile = MailOAuthProfile.FromAutoconfig(document.OAuth!);

        profile.Id.Should().Be("login.example.com");
        profile.ScopesFor([MailProtocol.Pop3]).Should().Equal("mail", "offline");
        profile.TokenEndpoint.Should().Be(new Uri("https://login.example.com/token"));
        profile.UsesPkce.Should().BeTrue();
    }

    [Test]
    public void The_pkce_challenge_is_s256_of_the_verifier_as_in_rfc_7636_appendix_b()
    {
        Pkce.ChallengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").Should().Be("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        var pair = Pkce.Create();
        pair.Verifier.Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        pair.ToString().Should().NotContain(pair.Verifier);
    }

    [TestCase("temporarily_unavailable", MailProblemKind.ServerUnavailable)]
    [TestCase("server_error", MailProblemKind.ServerUnavailable)]
    [TestCase("invalid_scope", MailProblemKind.OAuthClientNotRegistered)]
    [TestCase("invalid_grant", MailProblemKind.OAuthSignInRequired)]
    public async Task A_token_endpoints_error_names_whose_problem_it_is(string error, MailProblemKind expected)
    {
        // A reply the lab's authorization server does not give (RFC 6749, section 5.2), replayed.
        using var reply = new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest)
        {
            Content = new StringContent($"{{\"error\":\"{error}\"}}", System.Text.Encoding.UTF8, "application/json"),
        };
        var response = await Duende.IdentityModel.Client.ProtocolResponse.FromHttpResponseAsync<Duende.IdentityModel.Client.TokenResponse>(reply);

        var failure = OAuthClient.Failure(response, null, new Uri("https://login.example.com/token"), "OAuth.Step.Refresh");

        failure.Kind.Should().Be(expected);
        failure.Message.Should().Contain(error);
    }

    [Test]
    public void Plain_http_token_endpoints_are_refused_except_on_loopback()
    {
        FluentActions.Invoking(() => OAuthClient.EnsureSecure(new Uri("http://login.example.com/token"))).Should().Throw<MailOAuthException>()
            .Which.Kind.Should().Be(MailProblemKind.OAuthClientNotRegistered);
        FluentActions.Invoking(() => OAuthClient.EnsureSecure(new Uri("http://127.0.0.1:8080/token"))).Should().NotThrow();
    }

    [Test]
    public async Task The_file_store_round_trips_a_grant_and_no_text_shows_a_secret()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mkc-store-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new FileOAuthTokenStore(directory);
            var grant = new OAuthGrant("Ann@Example.com", "Gmail", "accounts.google.com", new Uri("https://oauth2.googleapis.com/token"), ["https://mail.google.com/"], "1//refresh-secret");

            await store.SaveAsync(grant, CancellationToken.None);
            var loaded = await store.LoadAsync("ann@example.com", CancellationToken.None);
            await store.SaveAsync(grant with { RefreshToken = "1//rotated" }, CancellationToken.None);

            loaded!.RefreshToken.Should().Be("1//refresh-secret");
            loaded.Scopes.Should().Equal("https://mail.google.com/");
            (await store.LoadAsync("ann@example.com", CancellationToken.None))!.RefreshToken.Should().Be("1//rotated");
            Directory.GetFiles(directory).Should().ContainSingle("no temporary file is left behind");
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(Directory.GetFiles(directory)[0]).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "a refresh token is the user's secret");
            }

            grant.ToString().Should().NotContain("secret");
            new OAuthAppRegistration("client") { ClientSecret = "s3cret" }.ToString().Should().NotContain("s3cret");
            await store.DeleteAsync("ann@example.com", CancellationToken.None);
            (await store.LoadAsync("ann@example.com", CancellationToken.None)).Should().BeNull();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A browser that only records what it was asked to open.</summary>
    private sealed class RecordingBrowser : IOAuthBrowser
    {
        public List<Uri> Opened { get; } = [];

        public Task OpenAsync(Uri authorizationUrl, CancellationToken cancellationToken)
        {
            Opened.Add(authorizationUrl);
            return Task.CompletedTask;
        }
    }
}
