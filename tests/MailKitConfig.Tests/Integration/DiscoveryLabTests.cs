using System.Diagnostics;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>The account configurator against the lab: dnsmasq's MX/SRV/A records, an in-process HTTPS server, Postfix and Dovecot.</summary>
[Category("Integration")]
public class DiscoveryLabTests : LabFixture
{
    private static MailCredentials AlicePassword => MailCredentials.Password(Lab.Alice.Password);

    [Test]
    public async Task A_preset_provider_is_configured_offline_with_every_alias_domain()
    {
        using var services = LabDiscovery.CreateServices();
        var configurator = services.GetRequiredService<IMailAccountConfigurator>();

        var result = await configurator.FindCandidatesAsync("ivan.petrov@bk.ru");

        result.Source.Should().Be(MailSettingsSource.Preset);
        result.Provider!.Id.Should().Be("MailRu");
        result.IsTrusted.Should().BeTrue();
        result.IsVerified.Should().BeFalse();
        result.Settings!.Imap!.Host.Should().Be("imap.mail.ru");
        result.Settings.Smtp!.Host.Should().Be("smtp.mail.ru");
        result.Hints.Should().NotBeEmpty("Mail.ru needs an app password, which the user must learn before typing a password");
    }

    [TestCase("hosted.test", "Gmail")]
    [TestCase("o365.test", "Microsoft365")]
    [TestCase("multimx.test", "Yandex")]
    public async Task A_custom_domain_whose_mx_belongs_to_a_known_provider_gets_its_settings(string domain, string provider)
    {
        using var services = LabDiscovery.CreateServices();

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync($"office@{domain}");

        result.Source.Should().Be(MailSettingsSource.Mx);
        result.Provider!.Id.Should().Be(provider);
        result.Candidates.Should().OnlyContain(c => c.Login == $"office@{domain}");
        result.Trace.Entries.Should().Contain(e => e.Source == MailSettingsSource.Mx && e.Outcome == DiscoveryOutcome.Found);
    }

    [Test]
    public async Task An_mx_at_icloud_does_not_choose_settings_whose_login_is_another_address()
    {
        using var services = LabDiscovery.CreateServices();

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("anna@icloud-custom.test");

        result.Succeeded.Should().BeFalse();
        result.Provider!.Id.Should().Be("ICloud");
        result.Trace.Entries.Should().Contain(e => e.Source == MailSettingsSource.Mx && e.Detail.Contains("not the address itself", StringComparison.Ordinal));
    }

    [Test]
    public async Task Srv_records_configure_a_lab_account_end_to_end()
    {
        using var services = LabDiscovery.CreateServices(configure: o => o.Sources = [MailSettingsSource.Srv]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest(Lab.Alice.Address) { Credentials = AlicePassword });

        result.Succeeded.Should().BeTrue(result.Trace.ToString());
        result.Source.Should().Be(MailSettingsSource.Srv);
        result.IsVerified.Should().BeTrue();
        result.IsTrusted.Should().BeTrue();
        result.Settings!.Smtp.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Submissions, MailSecurity.ImplicitTls), "RFC 8314 prefers implicit TLS");
        result.Settings.Imap.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Imaps, MailSecurity.ImplicitTls));
        result.Settings.Login.Should().BeNull("the full address worked as login");
        result.Settings.Validate().Should().BeEmpty();
    }

    [Test]
    public async Task Srv_records_follow_priority_and_weight_honour_not_offered_and_distrust_foreign_targets()
    {
        using var services = LabDiscovery.CreateServices(configure: o => o.Sources = [MailSettingsSource.Srv]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("ann@srvonly.test");

        result.Candidates.Where(c => c.Protocol == MailProtocol.Imap).Select(c => c.Endpoint.Host).Should().Equal("imap.srvonly.test", "mail.lab.test", "backup.srvonly.test");
        result.Candidates.Should().NotContain(c => c.Protocol == MailProtocol.Pop3, "\".\" means the service is not offered");
        result.Candidates.Single(c => c.Protocol == MailProtocol.Smtp).IsTrusted.Should().BeFalse("the target lies outside the domain");
        result.Candidates.Where(c => c.Endpoint.Host == "imap.srvonly.test").Should().OnlyContain(c => c.IsTrusted);
        result.IsTrusted.Should().BeFalse();
    }

    [Test]
    public async Task Autoconfig_wins_over_srv_and_configures_a_lab_account_end_to_end()
    {
        await using var web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test");
        web.Serve("autoconfig.lab.test/mail/config-v1.1.xml", LabAutoconfig("Lab mail", enableText: "Allow access by mail programs in the lab's settings."));
        using var services = LabDiscovery.CreateServices(web);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest(Lab.Alice.Address) { Credentials = AlicePassword });

        result.Succeeded.Should().BeTrue(result.Trace.ToString());
        result.Source.Should().Be(MailSettingsSource.Autoconfig);
        result.Settings!.Imap.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Imap, MailSecurity.StartTlsRequired));
        result.Settings.Smtp.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Submission, MailSecurity.StartTlsRequired));
        result.Hints.Should().Contain(h => h.Contains("Allow access by mail programs", StringComparison.Ordinal));
        web.Requests.Should().Contain(r => r.StartsWith("autoconfig.lab.test/mail/config-v1.1.xml?emailaddress=alice%40lab.test", StringComparison.Ordinal));
    }

    [Test]
    public async Task Autoconfig_is_found_in_the_ispdb_and_via_the_mx_base_domain()
    {
        await using var web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test", "autoconfig.customer.test", "customer.test");
        web.Serve($"{DiscoveryWebServer.IspdbHost}/v1.1/lab.test", LabAutoconfig("From the ISPDB"));
        using var services = LabDiscovery.CreateServices(web, o => o.Sources = [MailSettingsSource.Autoconfig]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("info@customer.test");

        result.Source.Should().Be(MailSettingsSource.Autoconfig);
        result.IsTrusted.Should().BeTrue("the ISPDB is curated and fetched over HTTPS");
        web.Requests.Should().Contain(r => r.StartsWith("autoconfig.customer.test/", StringComparison.Ordinal))
            .And.Contain(r => r.StartsWith("customer.test/.well-known/autoconfig/mail/config-v1.1.xml", StringComparison.Ordinal))
            .And.Contain($"{DiscoveryWebServer.IspdbHost}/v1.1/lab.test", "the MX mail.lab.test has the base domain lab.test");
        result.Candidates.Should().Contain(c => c.Endpoint.Host == "mail.lab.test" && c.Login == "info@customer.test");
    }

    [Test]
    public async Task Autoconfig_found_through_the_mx_base_domain_is_not_trusted_because_dns_can_be_spoofed()
    {
        await using var web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test", "autoconfig.customer.test", "customer.test");
        web.Serve("autoconfig.lab.test/mail/config-v1.1.xml", LabAutoconfig("Lab mail"));
        using var services = LabDiscovery.CreateServices(web, o => o.Sources = [MailSettingsSource.Autoconfig]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("info@customer.test");

        result.Source.Should().Be(MailSettingsSource.Autoconfig);
        result.Candidates.Should().NotBeEmpty().And.OnlyContain(c => !c.IsTrusted, "mail.lab.test lies outside customer.test, and only the MX (DNS) leads there");
        result.IsTrusted.Should().BeFalse();
    }

    [TestCase("<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><clientConfig>&x;</clientConfig>")]
    [TestCase("<clientConfig version=\"1.1\"><emailProvider id=\"lab.test\"><incomingServer type=\"imap\">")]
    public async Task Hostile_or_broken_autoconfig_is_reported_and_the_next_source_wins(string xml)
    {
        await using var web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test");
        web.Serve("autoconfig.lab.test/mail/config-v1.1.xml", xml);
        using var services = LabDiscovery.CreateServices(web, o => o.Sources = [MailSettingsSource.Autoconfig, MailSettingsSource.Srv]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync(Lab.Alice.Address);

        result.Source.Should().Be(MailSettingsSource.Srv);
        var autoconfig = result.Trace.Entries.Single(e => e.Source == MailSettingsSource.Autoconfig);
        autoconfig.Outcome.Should().Be(DiscoveryOutcome.NotFound);
        autoconfig.Detail.Should().Contain("autoconfig.lab.test").And.NotContain("root:");
    }

    [Test]
    public async Task When_nothing_usable_is_found_the_problem_says_which_entries_were_refused_and_why_without_the_address()
    {
        await using var web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test");
        web.Serve("autoconfig.lab.test/mail/config-v1.1.xml", """
            <clientConfig version="1.1"><emailProvider id="lab.test">
              <incomingServer type="imap"><hostname> </hostname><port>993</port><socketType>SSL</socketType></incomingServer>
              <outgoingServer type="smtp"><hostname>mail.lab.test&#10;RCPT TO:&lt;x@evil.test&gt;</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
              <outgoingServer type="smtp"><hostname>mail.lab.test</hostname><port>0</port><socketType>SSL</socketType></outgoingServer>
            </emailProvider></clientConfig>
            """);
        using var services = LabDiscovery.CreateServices(web, o => o.Sources = [MailSettingsSource.Preset, MailSettingsSource.Autoconfig]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("ann.hidden@lab.test");

        result.Succeeded.Should().BeFalse();
        result.Problem!.Kind.Should().Be(MailProblemKind.SettingsNotFound, "the user typed only an address: no server name can have a typo");
        result.Problem.Title.Should().NotContain("server name");
        var refused = result.Trace.Entries.Where(e => e.Outcome == DiscoveryOutcome.Refused).Select(e => e.Detail).ToList();
        refused.Should().HaveCount(3).And.OnlyContain(d => d.StartsWith("https://autoconfig.lab.test/mail/config-v1.1.xml: <", StringComparison.Ordinal));
        result.Problem.Details.Should().Contain(refused.Select(d => "Autoconfig: " + d))
            .And.Contain(d => d.Contains("hostname is missing", StringComparison.Ordinal))
            .And.Contain(d => d.Contains("control characters", StringComparison.Ordinal))
            .And.Contain(d => d.Contains("port '0'", StringComparison.Ordinal))
            .And.Contain(d => d.StartsWith("Preset: lab.test", StringComparison.Ordinal));
        string.Join("\n", result.Problem.Details.Append(result.Trace.ToString())).Should().NotContain("ann.hidden").And.NotContain("emailaddress=");
    }

    [Test]
    public async Task A_huge_deeply_nested_autoconfig_file_is_refused_within_a_short_deadline()
    {
        const int Levels = 36_000; // about 250 KB, under the size limit
        await using var web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test");
        web.Serve("autoconfig.lab.test/mail/config-v1.1.xml", "<clientConfig><emailProvider id=\"lab.test\">" + string.Concat(Enumerable.Repeat("<a>", Levels)) + string.Concat(Enumerable.Repeat("</a>", Levels)) + "</emailProvider></clientConfig>");
        using var services = LabDiscovery.CreateServices(web, o => o.Sources = [MailSettingsSource.Autoconfig]);
        var configurator = services.GetRequiredService<IMailAccountConfigurator>();
        await configurator.FindCandidatesAsync(Lab.Bob.Address); // warms up the HTTPS connection, so the timed call reaches the parse
        var clock = Stopwatch.StartNew();

        var result = await configurator.ConfigureAsync(new MailConfigurationRequest(Lab.Alice.Address) { Verify = false, Deadline = TimeSpan.FromSeconds(0.5) });

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1.5), "the deadline is 0.5 s");
        result.Succeeded.Should().BeFalse();
        result.Trace.ToString().Should().Contain($"deeper than {AutoconfigXml.MaxDepth} levels", result.Trace.ToString());
    }

    [Test]
    public async Task Guessing_probes_the_usual_hosts_and_configures_a_lab_account_end_to_end()
    {
        using var services = LabDiscovery.CreateServices(configure: o => o.Sources = [MailSettingsSource.Guess]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest(Lab.Alice.Address) { Credentials = AlicePassword });

        result.Succeeded.Should().BeTrue(result.Trace.ToString());
        result.Source.Should().Be(MailSettingsSource.Guess);
        result.Settings!.Imap.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Imaps, MailSecurity.ImplicitTls), "imap.lab.test does not exist; mail.lab.test answers, implicit TLS first");
        result.Settings.Smtp.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Submissions, MailSecurity.ImplicitTls));
        result.Candidates.First(c => c.Protocol == MailProtocol.Imap).AuthMechanisms.Should().Contain("PLAIN");
    }

    [Test]
    public async Task Autodiscover_v2_recognises_a_microsoft_365_mailbox_without_sending_credentials()
    {
        await using var web = await DiscoveryWebServer.StartAsync("m365-custom.test");
        web.Serve($"{DiscoveryWebServer.AutodiscoverHost}/autodiscover/autodiscover.json/v1.0/boss@m365-custom.test", "{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"https://outlook.office365.com/autodiscover/autodiscover.xml\"}");
        using var services = LabDiscovery.CreateServices(web);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("boss@m365-custom.test");

        result.Source.Should().Be(MailSettingsSource.AutodiscoverV2);
        result.Provider!.Id.Should().Be("Microsoft365");
        result.Settings!.Smtp!.Host.Should().Be("smtp.office365.com");
        web.Requests.Should().Contain(r => r.StartsWith($"{DiscoveryWebServer.AutodiscoverHost}/autodiscover/autodiscover.json/v1.0/boss@m365-custom.test?Protocol=AutodiscoverV1", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_whole_call_ends_at_the_deadline_when_every_network_call_hangs()
    {
        await using var silent = new SilentServer();
        var port = silent.Port;
        await using var web = await DiscoveryWebServer.StartAsync("nomx.test");
        web.HangOnUnknownHosts = true;
        web.Delay = TimeSpan.FromMinutes(1);
        using var services = LabDiscovery.CreateServices(web, o =>
        {
            o.Deadline = TimeSpan.FromSeconds(2);
            o.ProbeTimeout = TimeSpan.FromMinutes(1);
            o.RequestTimeout = TimeSpan.FromMinutes(1);
            foreach (var protocol in Enum.GetValues<MailProtocol>())
            {
                o.GuessPorts[protocol] = [new(port, MailSecurity.StartTlsRequired)];
            }
        });
        var clock = Stopwatch.StartNew();

        var result = await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest("someone@nomx.test") { Credentials = AlicePassword });

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3.5));
        result.Succeeded.Should().BeFalse(result.Trace.ToString());
        TestContext.Out.WriteLine(result.Trace.ToString());
        result.Problem!.Kind.Should().Be(MailProblemKind.DeadlineExceeded, "the deadline is the configuration's, not a server's timeout");
        result.Problem.Details.Should().Contain("the deadline of 2 s passed");
        result.Trace.Entries.Should().Contain(e => e.Detail.Contains("deadline", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_wrong_password_is_tried_as_address_and_local_part_once_each_and_then_reported()
    {
        using var services = LabDiscovery.CreateServices(configure: o => o.Sources = [MailSettingsSource.Srv]);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest(Lab.Alice.Address) { Credentials = MailCredentials.Password("wrong-Kq2") });

        result.Succeeded.Should().BeFalse();
        result.Problem!.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        var imapAttempts = result.Trace.Entries.Where(e => e.Outcome == DiscoveryOutcome.Rejected && e.Candidate!.Protocol == MailProtocol.Imap).ToList();
        imapAttempts.Select(e => e.Detail).Should().SatisfyRespectively(
            first => first.Should().Contain("as alice@lab.test"),
            second => second.Should().Contain("as alice:"));
    }

    [Test]
    public async Task Manual_settings_are_verified_the_same_way()
    {
        using var services = LabDiscovery.CreateServices();

        var good = await services.GetRequiredService<IMailAccountConfigurator>().VerifyAsync(LabMail.Account(Lab.Alice) with { Pop3 = null });
        var bad = await services.GetRequiredService<IMailAccountConfigurator>().VerifyAsync(LabMail.Account(Lab.Alice, password: "nope-3"));

        good.Succeeded.Should().BeTrue(good.Trace.ToString());
        good.Source.Should().Be(MailSettingsSource.Manual);
        bad.Succeeded.Should().BeFalse();
        bad.Problem!.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
    }

    [Test]
    public async Task Reconfigure_keeps_what_works_and_finds_the_rest()
    {
        using var services = LabDiscovery.CreateServices(configure: o => o.Sources = [MailSettingsSource.Srv]);
        var broken = LabMail.Account(Lab.Alice) with { Imap = new ServerEndpoint(Lab.Host, SilentServer.ClosedPort(), MailSecurity.ImplicitTls), Pop3 = null, HiddenCopyToSelf = true };

        var result = await services.GetRequiredService<IMailAccountConfigurator>().ReconfigureAsync(broken);

        result.Succeeded.Should().BeTrue(result.Trace.ToString());
        result.Settings!.Smtp.Should().Be(broken.Smtp, "the SMTP server still works");
        result.Settings.Imap.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Imaps, MailSecurity.ImplicitTls));
        result.Settings.HiddenCopyToSelf.Should().BeTrue();
    }

    [Test]
    public async Task Verify_returns_the_settings_it_was_given_and_connects_through_the_accounts_own_proxy()
    {
        await using var proxy = TestProxyServer.StartSocks5();
        using var services = LabDiscovery.CreateServices();
        var filled = EveryPropertySet(proxy);

        var result = await services.GetRequiredService<IMailAccountConfigurator>().VerifyAsync(filled);

        result.Succeeded.Should().BeTrue(result.Trace.ToString());
        SameExcept(result.Settings!, filled);
        proxy.Tunnels.Should().Contain($"{Lab.Host}:{Lab.Ports.Imaps}").And.Contain($"{Lab.Host}:{Lab.Ports.Submission}", "the account's proxy wins over the module's (none here)");
    }

    [Test]
    public async Task Reconfigure_changes_only_the_server_that_failed_and_connects_through_the_accounts_own_proxy()
    {
        await using var proxy = TestProxyServer.StartSocks5();
        using var services = LabDiscovery.CreateServices(configure: o => o.Sources = [MailSettingsSource.Srv]);
        var filled = EveryPropertySet(proxy) with { Imap = new ServerEndpoint(Lab.Host, SilentServer.ClosedPort(), MailSecurity.ImplicitTls) };

        var result = await services.GetRequiredService<IMailAccountConfigurator>().ReconfigureAsync(filled);

        result.Succeeded.Should().BeTrue(result.Trace.ToString());
        result.Settings!.Imap.Should().Be(new ServerEndpoint("mail.lab.test", Lab.Ports.Imaps, MailSecurity.ImplicitTls));
        SameExcept(result.Settings, filled, nameof(MailAccountSettings.Imap));
        proxy.Tunnels.Should().Contain($"mail.lab.test:{Lab.Ports.Imaps}", "the replacement was verified through the account's proxy");
    }

    /// <summary>
    /// Alice's lab account with every settable property given a value other than a bare record's, checked by reflection:
    /// a property added later fails here until the test gives it a value, and is then compared by <see cref="SameExcept"/>.
    /// </summary>
    private static MailAccountSettings EveryPropertySet(TestProxyServer proxy)
    {
        var filled = LabMail.Account(Lab.Alice) with
        {
            Login = Lab.Alice.Address,
            ReplyTo = "accounting@lab.test",
            HiddenCopyToSelf = true,
            SaveToSent = true,
            SendingRate = new MailSendingRate(150, TimeSpan.FromHours(1)),
            Proxy = new MailProxy(proxy.Address),
        };
        var bare = new MailAccountSettings { Address = "x@example.com" };
        var alreadyMeaningful = new[] { nameof(MailAccountSettings.Usage) }; // SendAndReceive, the default, verifies both sides
        foreach (var property in Settable().Where(p => !alreadyMeaningful.Contains(p.Name)))
        {
            property.GetValue(filled).Should().NotBe(property.GetValue(bare), $"the test must give {property.Name} a value of its own, so that losing it shows");
        }

        return filled;
    }

    private static void SameExcept(MailAccountSettings actual, MailAccountSettings expected, params string[] changed)
    {
        foreach (var property in Settable().Where(p => !changed.Contains(p.Name)))
        {
            property.GetValue(actual).Should().Be(property.GetValue(expected), $"{property.Name} must survive verification");
        }
    }

    private static IEnumerable<System.Reflection.PropertyInfo> Settable()
        => typeof(MailAccountSettings).GetProperties().Where(p => p.SetMethod is not null);

    private static string LabAutoconfig(string displayName, string? enableText = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <clientConfig version="1.1">
          <emailProvider id="lab.test">
            <domain>lab.test</domain>
            <displayName>{displayName}</displayName>
            <incomingServer type="imap">
              <hostname>mail.lab.test</hostname>
              <port>{Lab.Ports.Imap}</port>
              <socketType>STARTTLS</socketType>
              <authentication>password-cleartext</authentication>
              <username>%EMAILADDRESS%</username>
            </incomingServer>
            <outgoingServer type="smtp">
              <hostname>mail.lab.test</hostname>
              <port>{Lab.Ports.Submission}</port>
              <socketType>STARTTLS</socketType>
              <authentication>password-cleartext</authentication>
              <username>%EMAILADDRESS%</username>
            </outgoingServer>
            {(enableText is null ? string.Empty : $"<enable visiturl=\"https://lab.test/settings\"><instruction lang=\"en\">{enableText}</instruction></enable>")}
          </emailProvider>
        </clientConfig>
        """;
}
