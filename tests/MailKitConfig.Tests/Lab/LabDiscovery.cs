using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Lab;

/// <summary>The account configurator wired to the lab: its DNS server, an in-process HTTPS server, and the lab's ports for guessing.</summary>
internal static class LabDiscovery
{
    private static LabEnvironment Lab => LabEnvironment.Current;

    /// <summary>Creates the mail module with discovery pointed at the lab.</summary>
    /// <param name="web">The HTTPS server for autoconfig/Autodiscover, or <see langword="null"/> to refuse every HTTP request.</param>
    /// <param name="configure">Further changes to the options.</param>
    /// <param name="proxy">The proxy every connection goes through, or <see langword="null"/>.</param>
    /// <param name="oauth">Configures OAuth sign-in; optional.</param>
    /// <param name="time">The clock, or <see langword="null"/> for the system's.</param>
    /// <param name="sending">Configures sending; optional.</param>
    /// <param name="host">Registers more services after the module, as a host would (e.g. its HTTP client configuration); optional.</param>
    /// <returns>The service provider; the caller disposes it.</returns>
    public static ServiceProvider CreateServices(DiscoveryWebServer? web = null, Action<MailDiscoveryOptions>? configure = null, MailProxy? proxy = null, Action<MailOAuthOptions>? oauth = null, TimeProvider? time = null, Action<MailSendingOptions>? sending = null, Action<IServiceCollection>? host = null)
        => WithHost(new ServiceCollection()
            .AddSingleton(time ?? TimeProvider.System)
            .AddMailModule(o =>
            {
                Lab.Trust(o);
                o.ConnectTimeout = TimeSpan.FromSeconds(5);
                o.Proxy = proxy;
            })
            .ConfigureDiscovery(o =>
            {
                o.NameServers.Add(new IPEndPoint(IPAddress.Loopback, Lab.Ports.Dns));
                o.HttpHandler = web?.CreateHandler() ?? new RefusingHandler();
                o.IspdbBaseUrl = new Uri($"https://{DiscoveryWebServer.IspdbHost}/v1.1/");
                o.Deadline = TimeSpan.FromSeconds(20);
                o.GuessPorts[MailProtocol.Imap] = [new(Lab.Ports.Imaps, MailSecurity.ImplicitTls), new(Lab.Ports.Imap, MailSecurity.StartTlsRequired)];
                o.GuessPorts[MailProtocol.Pop3] = [new(Lab.Ports.Pop3s, MailSecurity.ImplicitTls), new(Lab.Ports.Pop3, MailSecurity.StartTlsRequired)];
                o.GuessPorts[MailProtocol.Smtp] = [new(Lab.Ports.Submissions, MailSecurity.ImplicitTls), new(Lab.Ports.Submission, MailSecurity.StartTlsRequired)];
                configure?.Invoke(o);
            })
            .ConfigureOAuth(o => oauth?.Invoke(o))
            .ConfigureSending(o => sending?.Invoke(o))
            .Services, host)
            .BuildServiceProvider();

    private static IServiceCollection WithHost(IServiceCollection services, Action<IServiceCollection>? host)
    {
        host?.Invoke(services);
        return services;
    }

    /// <summary>An HTTP handler for tests without a web server: every request fails at once.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromException<HttpResponseMessage>(new HttpRequestException($"{request.RequestUri!.Host} is not reachable from the tests."));
    }
}
