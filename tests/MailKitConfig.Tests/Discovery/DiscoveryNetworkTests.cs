using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Discovery;

/// <summary>Discovery's HTTP lookups keep their timeout on the injected clock.</summary>
public class DiscoveryNetworkTests
{
    [Test]
    public async Task A_lookup_that_gets_no_answer_ends_after_the_request_timeout_of_the_injected_clock()
    {
        var clock = new FakeTimeProvider();
        var options = new MailDiscoveryOptions { RequestTimeout = TimeSpan.FromSeconds(10), HttpHandler = new SilentHandler() };
        using var network = new DiscoveryNetwork(Options.Create(options), Options.Create(new MailConnectionOptions()), clock);

        var lookup = network.GetAsync(new Uri("https://autoconfig.example.com/mail/config-v1.1.xml"), 1024, proxy: null, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(9.9));
        var early = lookup.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(0.1));

        early.Should().BeFalse();
        await FluentActions.Awaiting(() => lookup).Should().ThrowAsync<OperationCanceledException>();
    }

    /// <summary>A server that accepts the request and never answers.</summary>
    private sealed class SilentHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
