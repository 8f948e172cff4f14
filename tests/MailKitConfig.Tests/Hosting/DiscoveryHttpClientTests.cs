using System.Collections.Concurrent;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Hosting;

/// <summary>Discovery's HTTP goes through the host's IHttpClientFactory, in the client named <see cref="MailDiscoveryOptions.HttpClientName"/>.</summary>
[Category("Integration")]
public class DiscoveryHttpClientTests
{
    [Test]
    public async Task A_handler_and_a_primary_handler_the_host_adds_to_the_named_client_carry_discoverys_requests()
    {
        await using var web = await DiscoveryWebServer.StartAsync("autoconfig.lab.test", "lab.test", "autoconfig.customer.test", "customer.test");
        web.Serve($"{DiscoveryWebServer.IspdbHost}/v1.1/lab.test", """
            <clientConfig version="1.1"><emailProvider id="lab.test"><domain>lab.test</domain>
              <incomingServer type="imap"><hostname>mail.lab.test</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
              <outgoingServer type="smtp"><hostname>mail.lab.test</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
            </emailProvider></clientConfig>
            """);
        var seen = new ConcurrentQueue<string>();
        using var services = LabDiscovery.CreateServices(
            configure: o =>
            {
                o.Sources = [MailSettingsSource.Autoconfig];
                o.HttpHandler = null; // the host's primary handler below is the only way to reach the test server
            },
            host: s => s.AddHttpClient(MailDiscoveryOptions.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(web.CreateHandler)
                .AddHttpMessageHandler(() => new RecordingHandler(seen)));

        var result = await services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("info@customer.test");

        result.Source.Should().Be(MailSettingsSource.Autoconfig);
        result.Candidates.Should().Contain(c => c.Endpoint.Host == "mail.lab.test");
        seen.Should().Contain(r => r.StartsWith("autoconfig.customer.test/mail/config-v1.1.xml", StringComparison.Ordinal))
            .And.Contain($"{DiscoveryWebServer.IspdbHost}/v1.1/lab.test");
        web.Requests.Should().BeSubsetOf(seen, "every request the server answered passed the host's handler");
    }

    /// <summary>A handler a host might add (a proxy selector, an audit log): records each request's host, path and query.</summary>
    private sealed class RecordingHandler(ConcurrentQueue<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue(request.RequestUri!.Host + request.RequestUri.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
