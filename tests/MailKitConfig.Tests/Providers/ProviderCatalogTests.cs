using System.Globalization;
using System.Text.Json;

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
    [TestCase("yahoo.ca", "Yahoo")]
    [TestCase("163.com", "NetEase")]
    [TestCase("126.com", "NetEase126")]
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
        using var network = new DiscoveryNetwork(Microsoft.Extensions.Options.Options.Create(new MailDiscoveryOptions()), Microsoft.Extensions.Options.Options.Create(new MailConnectionOptions()), TimeProvider.System);
        var personal = new DiscoveryContext(address, MailUsage.SendAndReceive, network, Catalog, TimeProvider.System, CultureInfo.InvariantCulture);
        var organisation = new DiscoveryContext("ann@example.com", MailUsage.SendAndReceive, network, Catalog, TimeProvider.System, CultureInfo.InvariantCulture);

        Catalog.FindByDomain(address.Split('@')[1])!.Id.Should().Be(id);
        PresetSource.FromProvider(provider, personal, MailSettingsSource.Preset).Candidates.Select(c => c.Endpoint.Host).Distinct()
            .Should().BeEquivalentTo([$"imap.zoho.{region}", $"pop.zoho.{region}", $"smtp.zoho.{region}"], "Zoho's help and the ISPDB give these for @zoho addresses");
        PresetSource.FromProvider(provider, organisation, MailSettingsSource.Mx).Candidates.Should().NotBeEmpty()
            .And.OnlyContain(c => c.Endpoint.Host.Contains($"pro.zoho.{region}", StringComparison.Ordinal), "custom-domain (organisation) accounts use the pro hosts");
    }

    /// <summary>
    /// Pins the presets to their sources: every server is in the provider's Thunderbird ISPDB file (a snapshot of its
    /// facts at a named commit) or carries a note with the help page that gives it; every server and domain of the
    /// ISPDB file left out, and every domain added, is named in the provider's notes with the reason.
    /// </summary>
    [Test]
    public void Every_preset_matches_its_thunderbird_ispdb_file_or_notes_why_not_with_a_source()
    {
        using var snapshot = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Providers", "ispdb-snapshot.json")));
        var files = snapshot.RootElement.GetProperty("files").EnumerateArray().Select(f => (
            File: f.GetProperty("file").GetString()!,
            Domains: f.GetProperty("domains").EnumerateArray().Select(d => d.GetString()!.ToLowerInvariant()).ToHashSet(),
            Servers: f.GetProperty("servers").EnumerateArray().Select(s => s.GetString()!).ToHashSet())).ToList();
        var byFile = new Dictionary<string, string> { ["Microsoft365"] = "office365.com.xml", ["Fastmail"] = "messagingengine.com.xml" };
        foreach (var provider in Catalog.Providers)
        {
            var record = provider.Record;
            var notes = string.Join(" ", record.Notes ?? []);
            var domains = record.Domains.Select(d => d.ToLowerInvariant()).ToHashSet();
            var file = byFile.TryGetValue(provider.Id, out var name) ? files.Single(f => f.File == name) : files.Single(f => f.Domains.Overlaps(domains));
            var servers = record.Servers.ToDictionary(s => $"{s.Protocol} {s.Host}:{s.Port} {s.Security} {s.Username}");

            servers.Where(s => !file.Servers.Contains(s.Key) && s.Value.Note?.Contains("https://", StringComparison.Ordinal) != true).Select(s => s.Key)
                .Should().BeEmpty($"{provider.Id}: a server not in {file.File} needs a note with its source");
            file.Servers.Where(s => !servers.ContainsKey(s)).Select(s => s.Split(' ')[1].Split(':')[0]).Where(host => !notes.Contains(host, StringComparison.Ordinal))
                .Should().BeEmpty($"{provider.Id}: a server of {file.File} left out is named in the notes");
            if (file.Domains.Overlaps(domains))
            {
                domains.Except(file.Domains).Concat(file.Domains.Except(domains)).Where(d => !notes.Contains(d, StringComparison.Ordinal))
                    .Should().BeEmpty($"{provider.Id}: each domain differing from {file.File} is named in the notes");
            }

            (record.Notes ?? []).Where(n => !n.Contains("https://", StringComparison.Ordinal)).Should().BeEmpty($"{provider.Id}: each note names its source");
        }
    }

    [Test]
    public void Rambler_offers_no_unsourced_imap_port()
        => Catalog.FindById("Rambler")!.Record.Servers.Where(s => s.Protocol == MailProtocol.Imap).Select(s => (s.Host, s.Port, s.Security))
            .Should().Equal([("imap.rambler.ru", 993, MailSecurity.ImplicitTls)], "neither Rambler's help nor the ISPDB names IMAP on 143");

    [Test]
    public void A_published_connection_limit_comes_with_its_source()
        => Catalog.Providers.SelectMany(p => p.Record.Servers).Where(s => s.MaxConnections is not null)
            .Should().NotBeEmpty()
            .And.AllSatisfy(s =>
            {
                s.MaxConnections.Should().BePositive();
                s.Note.Should().Contain("https://", "a limit that makes the pool open fewer connections must say where it was published");
            });

    [TestCase("smtp.office365.com", 4, 3)]
    [TestCase("SMTP.Office365.com.", 4, 3)]
    [TestCase("smtp.office365.com", 2, 2)]
    [TestCase("smtp.gmail.com", 4, 4)]
    [TestCase("mail.example.org", 6, 6)]
    public void A_sending_pool_opens_no_more_connections_than_the_server_accepts(string host, int maxConnectionsPerAccount, int expected)
        => SmtpMailSender.ConnectionLimit(new MailSendingOptions { MaxConnectionsPerAccount = maxConnectionsPerAccount }, new ServerEndpoint(host, 587, MailSecurity.StartTlsRequired))
            .Should().Be(expected);
}
