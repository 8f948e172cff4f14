using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;

namespace MailKitConfig;

/// <summary>
/// Guessing: <c>imap.</c>/<c>pop3.</c>/<c>pop.</c>/<c>smtp.</c>/<c>mail.</c>/the bare domain × the implicit-TLS and STARTTLS
/// ports, probed in parallel with staggered starts. A probe reads the greeting and capabilities; STARTTLS counts only when
/// advertised (the probe upgrades), and the login methods are recorded. Nothing is logged in to.
/// </summary>
internal sealed class GuessSource(MailConnectionFactory connections) : ISettingsSource
{
    /// <inheritdoc />
    public MailSettingsSource Kind => MailSettingsSource.Guess;

    /// <inheritdoc />
    public async Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        var started = context.Elapsed;
        var protocols = new List<MailProtocol>();
        if (context.Usage.HasFlag(MailUsage.Receive))
        {
            protocols.AddRange([MailProtocol.Imap, MailProtocol.Pop3]);
        }

        if (context.Usage.HasFlag(MailUsage.Send))
        {
            protocols.Add(MailProtocol.Smtp);
        }

        var probes = new List<(MailProtocol Protocol, ServerEndpoint Endpoint, Task<IReadOnlyList<string>?> Result)>();
        var stagger = TimeSpan.Zero;
        foreach (var protocol in protocols)
        {
            foreach (var host in Hosts(protocol, context.Domain))
            {
                foreach (var port in context.Network.Options.GuessPorts.TryGetValue(protocol, out var ports) ? ports : [])
                {
                    var endpoint = new ServerEndpoint(host, port.Port, port.Security);
                    probes.Add((protocol, endpoint, ProbeAsync(context, protocol, endpoint, stagger, cancellationToken)));
                    stagger += context.Network.Options.ProbeStagger;
                }
            }
        }

        var candidates = new List<MailServerCandidate>();
        foreach (var protocol in protocols)
        {
            foreach (var probe in probes.Where(p => p.Protocol == protocol))
            {
                // Awaited in preference order: the best server that answers wins, not the fastest.
                if (await probe.Result.ConfigureAwait(false) is { } mechanisms)
                {
                    candidates.Add(new MailServerCandidate(protocol, probe.Endpoint, Login: null, Kind, IsTrusted: true) { AuthMechanisms = mechanisms });
                    break;
                }
            }
        }

        context.Record(Kind, candidates.Count > 0 ? DiscoveryOutcome.Found : DiscoveryOutcome.NotFound, candidates.Count > 0 ? string.Join("; ", candidates.Select(c => $"{c.Protocol} {c.Endpoint}")) : context.Text("Trace.NoServerAnswered", probes.Count), started);
        return new SourceResult(candidates);
    }

    private static IEnumerable<string> Hosts(MailProtocol protocol, string domain) => protocol switch
    {
        MailProtocol.Imap => [$"imap.{domain}", $"mail.{domain}", domain],
        MailProtocol.Pop3 => [$"pop3.{domain}", $"pop.{domain}", $"mail.{domain}", domain],
        _ => [$"smtp.{domain}", $"mail.{domain}", domain],
    };

    /// <summary>Connects (greeting, capabilities, TLS) without logging in; returns the advertised login methods, or <see langword="null"/> when the server did not answer properly.</summary>
    private async Task<IReadOnlyList<string>?> ProbeAsync(DiscoveryContext context, MailProtocol protocol, ServerEndpoint endpoint, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, context.Time, cancellationToken).ConfigureAwait(false);
            var timeout = context.Network.Options.ProbeTimeout;
            using var probeTime = new CancellationTokenSource(timeout, context.Time);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, probeTime.Token);
            var socket = await context.Network.ConnectMailAsync(endpoint.Host, endpoint.Port, timeout, context.Proxy, limit.Token).ConfigureAwait(false);
            using var transcript = new ProtocolTranscript();
            MailService client = protocol switch
            {
                MailProtocol.Imap => new ImapClient(transcript),
                MailProtocol.Pop3 => new Pop3Client(transcript),
                _ => new SmtpClient(transcript),
            };
            await using var connection = await connections.OpenAsync(protocol, endpoint, client, transcript, credentials: null, socket, context.Proxy, limit.Token).ConfigureAwait(false);
            return connection.Client.AuthenticationMechanisms.Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is MailOperationException or System.Net.Sockets.SocketException or TimeoutException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
