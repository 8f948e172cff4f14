using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// Discovery timings (issue: "Account configurator"): the race of the sources against running them one after another,
/// a preset provider without verification, and the worst case when every network call hangs.
/// </summary>
internal static class DiscoveryBenchmark
{
    private static readonly TimeSpan SourceDelay = TimeSpan.FromMilliseconds(200);

    public static async Task RunAsync()
    {
        Console.WriteLine("## Discovery");
        Console.WriteLine();
        Console.WriteLine("| scenario | time | note |");
        Console.WriteLine("|---|---:|---|");

        await using var services = new ServiceCollection().AddMailModule().Services.BuildServiceProvider();
        var connections = services.GetRequiredService<MailConnectionFactory>();
        var network = services.GetRequiredService<DiscoveryNetwork>();
        var options = services.GetRequiredService<IOptions<MailDiscoveryOptions>>();
        var sources = Enum.GetValues<MailSettingsSource>().Where(s => s <= MailSettingsSource.Guess)
            .Select(kind => new DelayedSource(kind, SourceDelay, found: kind == MailSettingsSource.Guess)).ToList<ISettingsSource>();
        var configurator = new MailAccountConfigurator(connections, network, options, TimeProvider.System, sources);

        var raced = await MedianAsync(5, () => configurator.FindCandidatesAsync("someone@unknown-domain.example"));
        var sequential = await MedianAsync(5, async () =>
        {
            var context = new DiscoveryContext("someone@unknown-domain.example", MailUsage.SendAndReceive, network, ProviderCatalog.Default, TimeProvider.System, CultureInfo.InvariantCulture);
            foreach (var source in sources)
            {
                if ((await source.FindAsync(context, CancellationToken.None)).Covers(MailUsage.SendAndReceive))
                {
                    break;
                }
            }
        });
        Console.WriteLine(FormattableString.Invariant($"| unknown domain, 6 sources each answering after {SourceDelay.TotalMilliseconds:0} ms, raced (IMailAccountConfigurator) | {raced.TotalMilliseconds:0} ms | only the last source finds settings |"));
        Console.WriteLine(FormattableString.Invariant($"| the same sources one after another | {sequential.TotalMilliseconds:0} ms | ratio raced / sequential = {raced / sequential:0.00} |"));

        var real = services.GetRequiredService<IMailAccountConfigurator>();
        await real.FindCandidatesAsync("ivan@bk.ru"); // warm up
        const int presetCalls = 10_000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < presetCalls; i++)
        {
            await real.FindCandidatesAsync("ivan@bk.ru");
        }

        Console.WriteLine(FormattableString.Invariant($"| preset provider (bk.ru → Mail.ru) without verification | {clock.Elapsed.TotalMicroseconds / presetCalls:0.0} µs | mean of {presetCalls:N0} calls; no network source starts |"));

        var hung = await WorstCaseAsync(TimeSpan.FromSeconds(2));
        Console.WriteLine(FormattableString.Invariant($"| every network call hangs (DNS, HTTP, TCP), deadline 2 s | {hung.TotalMilliseconds:0} ms | the deadline, not more |"));
        Console.WriteLine();
    }

    private static async Task<TimeSpan> WorstCaseAsync(TimeSpan deadline)
    {
        using var silentDns = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0)); // receives queries, never answers
        using var silentTcp = new TcpListener(IPAddress.Loopback, 0); // accepts, never greets
        silentTcp.Start(100);
        var tcpPort = ((IPEndPoint)silentTcp.LocalEndpoint).Port;
        await using var services = new ServiceCollection().AddMailModule().ConfigureDiscovery(o =>
        {
            o.NameServers.Add((IPEndPoint)silentDns.Client.LocalEndPoint!);
            o.HttpHandler = new HangingHandler();
            o.Deadline = deadline;
            o.RequestTimeout = TimeSpan.FromMinutes(1);
            o.ProbeTimeout = TimeSpan.FromMinutes(1);
            foreach (var protocol in Enum.GetValues<MailProtocol>())
            {
                o.GuessPorts[protocol] = [new GuessPort(tcpPort, MailSecurity.StartTlsRequired)];
            }
        }).Services.BuildServiceProvider();
        var clock = Stopwatch.StartNew();
        await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest("someone@127.0.0.1.example") { Credentials = MailCredentials.Password("x") });
        return clock.Elapsed;
    }

    private static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            times.Add(clock.Elapsed);
        }

        return times.Order().ElementAt(runs / 2);
    }

    /// <summary>A source that answers after a fixed delay, with one IMAP and one SMTP server or with nothing.</summary>
    private sealed class DelayedSource(MailSettingsSource kind, TimeSpan delay, bool found) : ISettingsSource
    {
        public MailSettingsSource Kind => kind;

        public async Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return found
                ? new SourceResult([
                    new MailServerCandidate(MailProtocol.Imap, new ServerEndpoint("mail." + context.Domain, 993, MailSecurity.ImplicitTls), null, kind, true),
                    new MailServerCandidate(MailProtocol.Smtp, new ServerEndpoint("mail." + context.Domain, 465, MailSecurity.ImplicitTls), null, kind, true)])
                : SourceResult.Empty;
        }
    }

    /// <summary>An HTTP handler whose requests never complete (until cancelled).</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
