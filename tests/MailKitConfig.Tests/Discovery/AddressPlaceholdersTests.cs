using System.Globalization;
using Microsoft.Extensions.Options;

namespace MailKitConfig.Tests.Discovery;

/// <summary>The address placeholders mean the same in the presets and in autoconfig files.</summary>
public class AddressPlaceholdersTests
{
    private static readonly AddressParts Ann = AddressParts.Split("Ann.Lee@Example.COM");

    [TestCase("%EMAILADDRESS%", "Ann.Lee@Example.COM")]
    [TestCase("%EMAILLOCALPART%", "Ann.Lee")]
    [TestCase("%emaildomain%", "example.com")]
    [TestCase("mail\\%EMAILLOCALPART%", "mail\\Ann.Lee")]
    [TestCase("ann-login", "ann-login")]
    [TestCase("%EMAILSECRET%", null)]
    [TestCase("%EMAILLOCALPART%@%USERDOMAIN%", null)]
    [TestCase("%PROVIDERADDRESS%", null)]
    public void A_login_template_names_a_login_only_with_known_placeholders(string template, string? login)
        => AddressPlaceholders.Login(template, Ann).Should().Be(login);

    [Test]
    public void Presets_and_autoconfig_treat_an_unknown_placeholder_alike()
    {
        var gmail = ProviderCatalog.Default.FindById("Gmail")!;
        var preset = new MailProvider(gmail.Record with { Servers = [.. gmail.Record.Servers.Select(s => s with { Username = "%EMAILSECRET%" })] }, gmail.CheckedOn);
        using var network = new DiscoveryNetwork(Options.Create(new MailDiscoveryOptions()), Options.Create(new MailConnectionOptions()));
        var context = new DiscoveryContext("ann@gmail.com", MailUsage.SendAndReceive, network, ProviderCatalog.Default, TimeProvider.System, CultureInfo.InvariantCulture);
        const string Xml = """
            <clientConfig><emailProvider>
              <incomingServer type="imap"><hostname>imap.gmail.com</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILSECRET%</username></incomingServer>
            </emailProvider></clientConfig>
            """;

        PresetSource.FromProvider(preset, context, MailSettingsSource.Preset).Candidates.Should().OnlyContain(c => c.Login == null);
        AutoconfigXml.Parse(Xml, "ann@gmail.com").IncomingServers.Single().Username.Should().BeNull();
    }
}
