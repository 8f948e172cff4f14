using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MailKitConfig.Tests.Authentication;

/// <summary>OAuth sign-in from the <c>Mail:OAuth</c> configuration section, and the stored sign-in as an account's credentials.</summary>
public class OAuthConfigurationTests
{
    [Test]
    public void Registrations_profiles_and_timings_are_read_from_configuration()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Mail:OAuth:TokenDirectory"] = "/var/lib/app/oauth",
            ["Mail:OAuth:RefreshBeforeExpiry"] = "00:10:00",
            ["Mail:OAuth:Registrations:Gmail:ClientId"] = "1234-abc.apps.googleusercontent.com",
            ["Mail:OAuth:Registrations:Gmail:ClientSecret"] = "shh",
            ["Mail:OAuth:Registrations:Microsoft:ClientId"] = "00001111-aaaa",
            ["Mail:OAuth:Registrations:Microsoft:Tenant"] = "common",
            ["Mail:OAuth:Registrations:Microsoft:Redirect"] = "DeviceCode",
            ["Mail:OAuth:Profiles:example.com:Issuer"] = "login.example.com",
            ["Mail:OAuth:Profiles:example.com:AuthorizationEndpoint"] = "https://login.example.com/authorize",
            ["Mail:OAuth:Profiles:example.com:TokenEndpoint"] = "https://login.example.com/token",
            ["Mail:OAuth:Profiles:example.com:Scopes:0"] = "mail",
            ["Mail:OAuth:Profiles:example.com:Scopes:1"] = "offline_access",
        });

        var options = provider.GetRequiredService<IOptions<MailOAuthOptions>>().Value;

        options.TokenDirectory.Should().Be("/var/lib/app/oauth");
        options.RefreshBeforeExpiry.Should().Be(TimeSpan.FromMinutes(10));
        options.Registrations["Gmail"].Should().Be(new OAuthAppRegistration("1234-abc.apps.googleusercontent.com") { ClientSecret = "shh" });
        options.Registrations["microsoft"].Should().Be(new OAuthAppRegistration("00001111-aaaa") { Tenant = "common", Redirect = OAuthRedirectKind.DeviceCode });
        var profile = options.Profiles["example.com"];
        profile.Issuer.Should().Be("login.example.com");
        profile.TokenEndpoint.Should().Be(new Uri("https://login.example.com/token"));
        profile.Scopes.Should().Equal("mail", "offline_access");
    }

    [Test]
    public void A_registration_without_client_id_and_an_incomplete_profile_fail_at_start_naming_their_keys()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Mail:OAuth:Registrations:Gmail:ClientSecret"] = "shh",
            ["Mail:OAuth:Registrations:Yandex:ClientId"] = "abc",
            ["Mail:OAuth:Registrations:Yandex:LoopbackPort"] = "any",
            ["Mail:OAuth:Profiles:example.com:Issuer"] = "login.example.com",
            ["Mail:OAuth:Profiles:example.com:AuthorizationEndpoint"] = "not a uri",
            ["Mail:OAuth:Profiles:example.com:Scopes"] = "mail offline_access",
        });

        var failure = provider.Invoking(p => p.GetRequiredService<IOptions<MailOAuthOptions>>().Value).Should().Throw<OptionsValidationException>().Which;

        failure.Failures.Should().BeEquivalentTo(
            "Mail:OAuth:Registrations:Gmail:ClientId: the client id the provider's console issued is required.",
            "Mail:OAuth:Registrations:Yandex:LoopbackPort: 'any' is not a whole number.",
            "Mail:OAuth:Profiles:example.com:AuthorizationEndpoint: 'not a uri' is not an absolute URI.",
            "Mail:OAuth:Profiles:example.com:TokenEndpoint: is required for an OAuth profile.");
        string.Join(' ', failure.Failures).Should().NotContain("shh");
    }

    [Test]
    public async Task A_named_account_without_a_secret_gets_the_stored_sign_in_of_its_address()
    {
        var tokens = Directory.CreateTempSubdirectory("mkc-oauth-config-").FullName;
        try
        {
            using var provider = Services(new Dictionary<string, string?>
            {
                ["Mail:OAuth:TokenDirectory"] = tokens,
                ["Mail:Accounts:signed:Address"] = "Ann@Example.com",
                ["Mail:Accounts:signed:Smtp:Host"] = "smtp.example.com",
                ["Mail:Accounts:signed:Smtp:Port"] = "587",
                ["Mail:Accounts:other:Address"] = "bob@example.com",
                ["Mail:Accounts:other:Smtp:Host"] = "smtp.example.com",
                ["Mail:Accounts:other:Smtp:Port"] = "587",
            });
            var grant = new OAuthGrant("ann@example.com", "login.example.com", "login.example.com", new Uri("https://login.example.com/token"), ["mail"], "refresh-secret") { ClientId = "per-sign-in-client" };
            await provider.GetRequiredService<IOAuthTokenStore>().SaveAsync(grant, CancellationToken.None);
            var accounts = provider.GetRequiredService<IMailAccounts>();

            var signed = await accounts.GetAsync("signed");
            var other = await accounts.GetAsync("other");

            signed.Credentials!.Kind.Should().Be(MailCredentialKind.OAuth, "the grant's client id is enough to refresh it; no registration is configured");
            other.Credentials.Should().BeNull("nobody signed in with that address");
            (await provider.GetRequiredService<IOAuthTokenStore>().LoadAsync("ann@example.com", CancellationToken.None))!.ClientId.Should().Be("per-sign-in-client");
        }
        finally
        {
            Directory.Delete(tokens, recursive: true);
        }
    }

    private static ServiceProvider Services(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddMailModule(configuration.GetSection("Mail"));
        return services.BuildServiceProvider();
    }
}
