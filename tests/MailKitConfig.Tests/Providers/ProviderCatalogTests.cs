using System.Globalization;

namespace MailKitConfig.Tests.Providers;

/// <summary>The embedded presets are data; these tests keep the data sound.</summary>
public class ProviderCatalogTests
{
    private static readonly ProviderCatalog Catalog = ProviderCatalog.Default;

    [TestCase("gmail.com", "Gmail")]
    [TestCase("googlemail.com", "Gmail")]
    [TestCase("hotmail.com", "Microsoft")]
    [TestCase("outlook.com", "Microsoft")]
    [TestCase("yandex.ru", "Yandex")]
    [TestCase("ya.ru", "Yandex")]
    [TestCase("mail.ru", "MailRu")]
    [TestCase("inbox.ru", "MailRu")]
    [TestCase("list.ru", "MailRu")]
    [TestCase("bk.ru", "MailRu")]
    [TestCase("internet.ru", "MailRu")]
    [TestCase("rambler.ru", "Rambler")]
    [TestCase("lenta.ru", "Rambler")]
    [TestCase("ro.ru", "Rambler")]
    [TestCase("autorambler.ru", "Rambler")]
    [TestCase("myrambler.ru", "Rambler")]
    [TestCase("icloud.com", "ICloud")]
    [TestCase("me.com", "ICloud")]
    [TestCase("yahoo.com", "Yahoo")]
    [TestCase("aol.com", "Aol")]
    [TestCase("fastmail.com", "Fastmail")]
    [TestCase("GMAIL.COM", "Gmail")]
    public void Every_alias_domain_finds_its_provider(string domain, string id)
        => Catalog.FindByDomain(domain)!.Id.Should().Be(id);

    [TestCase("aspmx.l.google.com", "Gmail")]
    [TestCase("alt2.aspmx.l.google.com", "Gmail")]
    [TestCase("contoso-com.mail.protection.outlook.com", "Microsoft365")]
    [TestCase("mx.yandex.net", "Yandex")]
    [TestCase("emx.mail.ru", "MailRu")]
    [TestCase("mx01.mail.icloud.com", "ICloud")]
    [TestCase("mx.zoho.eu", "ZohoEu")]
    public void Mx_hosts_find_the_provider_that_hosts_the_domain(string mx, string id)
        => Catalog.FindByMx(mx + ".")!.Id.Should().Be(id);

    [Test]
    public void An_unknown_mx_finds_nothing()
    {
        Catalog.FindByMx("mx.example.org").Should().BeNull();
        Catalog.FindByMx("google.com.evil.example").Should().BeNull();
    }

    [Test]
    public void Every_provider_is_complete_checked_and_consistent()
    {
        Catalog.Providers.Should().HaveCountGreaterThan(10);
        foreach (var provider in Catalog.Providers)
        {
            var servers = provider.Record.Servers;
            servers.Should().Contain(s => s.Protocol == MailProtocol.Smtp, provider.Id);
            servers.Should().Contain(s => s.Protocol != MailProtocol.Smtp, provider.Id);
            servers.Should().OnlyContain(s => s.Port > 0 && s.Port < 65536 && Uri.CheckHostName(s.Host) == UriHostNameType.Dns && s.Security != MailSecurity.None, provider.Id);
            provider.CheckedOn.Should().BeOnOrAfter(new DateOnly(2026, 1, 1), provider.Id);
            provider.Record.CustomDomainLogin.Should().BeOneOf("address", "providerAddress", "unknown", "none");
            (provider.PasswordAllowed || provider.AppPasswordAvailable || provider.OAuth is not null).Should().BeTrue($"{provider.Id} must have a way to log in");
            foreach (var culture in new[] { CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("ru-RU") })
            {
                provider.GetHintsBeforeLogin(culture).Should().NotBeNull();
                provider.GetHintsAfterLogin(culture).Should().NotBeNull();
            }
        }
    }

    [Test]
    public void Russian_hints_are_russian_where_they_exist()
    {
        var russian = CultureInfo.GetCultureInfo("ru-RU");
        Catalog.FindById("Gmail")!.GetHintsBeforeLogin(russian).Should().NotBeEmpty().And.OnlyContain(h => h.Any(c => c >= 'А' && c <= 'я'));
        Catalog.FindById("Yandex")!.GetWebSetting(russian).Should().Contain("IMAP");
    }

    [Test]
    public void Provider_hosts_are_recognised_for_trust()
    {
        Catalog.IsProviderHost("imap.gmail.com").Should().BeTrue();
        Catalog.IsProviderHost("smtp.office365.com").Should().BeTrue();
        Catalog.IsProviderHost("imap.example.org").Should().BeFalse();
    }

    [TestCase("ann@zoho.com", "Zoho", "com")]
    [TestCase("ann@zohomail.com", "Zoho", "com")]
    [TestCase("ann@zoho.eu", "ZohoEu", "eu")]
    [TestCase("ann@zohomail.in", "ZohoIn", "in")]
    [TestCase("ann@zoho.com.au", "ZohoAu", "com.au")]
    public void Zoho_personal_addresses_get_the_personal_hosts_and_custom_domains_the_organisation_hosts(string address, string id, string region)
    {
        var provider = Catalog.FindById(id)!;
        using var network = new DiscoveryNetwork(Microsoft.Extensions.Options.Options.Create(new MailDiscoveryOptions()), Microsoft.Extensions.Options.Options.Create(new MailConnectionOptions()));
        var personal = new DiscoveryContext(address, MailUsage.SendAndReceive, network, Catalog, TimeProvider.System, CultureInfo.InvariantCulture);
        var organisation = new DiscoveryContext("ann@example.com", MailUsage.SendAndReceive, network, Catalog, TimeProvider.System, CultureInfo.InvariantCulture);

        Catalog.FindByDomain(address.Split('@')[1])!.Id.Should().Be(id);
        PresetSource.FromProvider(provider, personal, MailSettingsSource.Preset).Candidates.Select(c => c.Endpoint.Host).Distinct()
            .Should().BeEquivalentTo([$"imap.zoho.{region}", $"pop.zoho.{region}", $"smtp.zoho.{region}"], "Zoho's help and the ISPDB give these for @zoho addresses");
        PresetSource.FromProvider(provider, organisation, MailSettingsSource.Mx).Candidates.Should().NotBeEmpty()
            .And.OnlyContain(c => c.Endpoint.Host.Contains($"pro.zoho.{region}", StringComparison.Ordinal), "custom-domain (organisation) accounts use the pro hosts");
    }
}
