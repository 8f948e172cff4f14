using System.Net;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>Connections through HTTP CONNECT and SOCKS5 proxies, module-wide and per account, for sending, receiving, checking and discovery.</summary>
[Category("Integration")]
public class ProxyTests : LabFixture
{
    [Test]
    public async Task A_message_is_sent_through_the_modules_http_connect_proxy()
    {
        await using var proxy = TestProxyServer.StartHttp();
        using var services = CreateServices(new MailProxy(proxy.Address));

        var result = await services.GetRequiredService<IMailSender>().SendAsync(LabMail.Account(Lab.Alice), new OutgoingMessage { Subject = "via HTTP CONNECT", TextBody = "x", To = { Lab.Bob.Address } });

        proxy.Tunnels.Should().Contain($"{Lab.Host}:{Lab.Ports.Submission}");
        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).Subject.Should().Be("via HTTP CONNECT");
    }

    [Test]
    public async Task An_accounts_socks5_proxy_with_credentials_carries_smtp_and_imap()
    {
        var credentials = new NetworkCredential("proxy-user", "proxy-secret-7");
        await using var proxy = TestProxyServer.StartSocks5(credentials);
        using var services = CreateServices(moduleProxy: null);
        var account = LabMail.Account(Lab.Alice) with { Proxy = new MailProxy(proxy.Address) { Credentials = credentials } };

        await services.GetRequiredService<IMailSender>().SendAsync(account, new OutgoingMessage { Subject = "via SOCKS5", TextBody = "x", To = { Lab.Bob.Address } });
        await using (var imap = await services.GetRequiredService<MailConnectionFactory>().ConnectImapAsync(account, CancellationToken.None))
        {
            imap.Client.IsAuthenticated.Should().BeTrue();
        }

        proxy.Tunnels.Should().Contain($"proxy-user@{Lab.Host}:{Lab.Ports.Submission}").And.Contain($"proxy-user@{Lab.Host}:{Lab.Ports.Imaps}");
        account.ToString().Should().NotContain("proxy-secret-7");
    }

    [Test]
    public async Task A_proxy_that_refuses_the_credentials_is_reported_as_a_connection_problem()
    {
        await using var proxy = TestProxyServer.StartSocks5(new NetworkCredential("proxy-user", "right"));
        using var services = CreateServices(new MailProxy(proxy.Address) { Credentials = new NetworkCredential("proxy-user", "wrong-5") });

        var thrown = await FluentActions.Awaiting(() => services.GetRequiredService<MailConnectionFactory>().ConnectImapAsync(LabMail.Account(Lab.Alice), CancellationToken.None))
            .Should().ThrowAsync<MailOperationException>();

        thrown.Which.Stage.Should().Be(MailOperationStage.Connect);
        thrown.Which.Message.Should().Contain("proxy").And.NotContain("wrong-5");
        thrown.Which.Problem.Kind.Should().Be(MailProblemKind.ConnectionRefused, thrown.Which.InnerException?.GetType().FullName + ": " + thrown.Which.InnerException?.Message);
        proxy.Tunnels.Should().BeEmpty();
    }

    [Test]
    public async Task The_settings_check_and_guessing_go_through_the_proxy()
    {
        await using var proxy = TestProxyServer.StartSocks5();
        using var services = LabDiscovery.CreateServices(configure: o => o.Sources = [MailSettingsSource.Guess], proxy: new MailProxy(proxy.Address));
        var account = LabMail.Account(Lab.Alice) with { Pop3 = null };

        var report = await services.GetRequiredService<IMailDiagnostics>().CheckAsync(account);
        var configured = await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest(Lab.Alice.Address) { Credentials = MailCredentials.Password(Lab.Alice.Password) });

        report.Succeeded.Should().BeTrue(report.ToText(includeTranscript: true));
        report.Protocols[0].Steps.Single(s => s.Kind == MailCheckStepKind.Tcp).Outcome.Should().Be(MailCheckOutcome.Skipped);
        configured.Succeeded.Should().BeTrue(configured.Trace.ToString());
        proxy.Tunnels.Should().Contain($"mail.lab.test:{Lab.Ports.Imaps}", "guessing connected to the guessed name through the proxy");
    }

    [Test]
    public async Task Reconfigure_looks_settings_up_over_http_through_the_accounts_own_proxy()
    {
        await using var proxy = TestProxyServer.StartHttp();
        using var services = LabDiscovery.CreateServices(configure: o =>
        {
            o.Sources = [MailSettingsSource.Autoconfig];
            o.HttpHandler = null; // the library's own HTTP client, as in an application
        });
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var closedPort = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var account = LabMail.Account(Lab.Alice) with { Smtp = new ServerEndpoint(Lab.Host, closedPort, MailSecurity.None), Proxy = new MailProxy(proxy.Address) };

        await services.GetRequiredService<IMailAccountConfigurator>().ReconfigureAsync(account);

        proxy.Requests.Should().Contain(r => r.StartsWith("CONNECT autoconfig.lab.test:443", StringComparison.Ordinal), "the autoconfig lookup goes through the account's proxy");
    }

    [TestCase("ftp://proxy.example.com:21")]
    [TestCase("socks5://proxy.example.com")]
    [TestCase("http://user:pass@proxy.example.com:3128")]
    public void Unusable_proxy_settings_are_reported_per_field(string address)
    {
        var errors = (LabMailFree() with { Proxy = new MailProxy(new Uri(address)) }).Validate();

        errors.Should().ContainSingle().Which.Field.Should().Be("Proxy");
    }

    private static MailAccountSettings LabMailFree() => new()
    {
        Address = "ann@example.com",
        Credentials = MailCredentials.Password("x"),
        Usage = MailUsage.Send,
        Smtp = new ServerEndpoint("smtp.example.com", 587, MailSecurity.StartTlsRequired),
    };

    private static ServiceProvider CreateServices(MailProxy? moduleProxy)
        => new ServiceCollection().AddMailModule(o =>
        {
            Lab.Trust(o);
            o.Proxy = moduleProxy;
        }).Services.BuildServiceProvider();
}
