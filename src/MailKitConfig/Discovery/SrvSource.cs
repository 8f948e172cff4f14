using DnsClient;
using DnsClient.Protocol;

namespace MailKitConfig;

/// <summary>RFC 6186 and RFC 8314 SRV records: <c>_submissions._tcp</c>, <c>_submission._tcp</c>, <c>_imaps._tcp</c>, <c>_imap._tcp</c>, <c>_pop3s._tcp</c>, <c>_pop3._tcp</c>.</summary>
internal sealed class SrvSource : ISettingsSource
{
    private static readonly (string Service, MailProtocol Protocol, MailSecurity Security)[] Services =
    [
        ("_submissions._tcp", MailProtocol.Smtp, MailSecurity.ImplicitTls),
        ("_submission._tcp", MailProtocol.Smtp, MailSecurity.StartTlsRequired),
        ("_imaps._tcp", MailProtocol.Imap, MailSecurity.ImplicitTls),
        ("_imap._tcp", MailProtocol.Imap, MailSecurity.StartTlsRequired),
        ("_pop3s._tcp", MailProtocol.Pop3, MailSecurity.ImplicitTls),
        ("_pop3._tcp", MailProtocol.Pop3, MailSecurity.StartTlsRequired),
    ];

    /// <inheritdoc />
    public MailSettingsSource Kind => MailSettingsSource.Srv;

    /// <inheritdoc />
    public async Task<SourceResult> FindAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        var started = context.Elapsed;
        var lookups = Services.Select(async s =>
        {
            var response = await context.Network.Dns.QueryAsync($"{s.Service}.{context.Domain}", QueryType.SRV, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (s.Service, s.Protocol, s.Security, Records: response.Answers.OfType<SrvRecord>().ToList());
        }).ToList();
        var answers = await Task.WhenAll(lookups).ConfigureAwait(false);

        var candidates = new List<MailServerCandidate>();
        var details = new List<string>();
        foreach (var (service, protocol, security, records) in answers)
        {
            // RFC 2782: lowest priority first, then highest weight; a target of "." means the service is not offered.
            foreach (var record in records.OrderBy(r => r.Priority).ThenByDescending(r => r.Weight))
            {
                var target = record.Target.Value.TrimEnd('.');
                if (target.Length == 0)
                {
                    details.Add(context.Text("Trace.SrvNotOffered", service));
                    continue;
                }

                if ((HostName.ProblemWithName(target) ?? (record.Port == 0 ? context.Text("Trace.SrvPortZero") : null)) is { } problem)
                {
                    context.Record(Kind, DiscoveryOutcome.Refused, context.Text("Trace.SrvRefused", service, context.Domain, target, problem), started);
                    continue;
                }

                // DNS without DNSSEC can be spoofed: trusted only inside the address's own domain (a spoofed target
                // there gains nothing over a spoofed A record, and its certificate must match) or at a known provider.
                var trusted = PublicSuffixList.IsInside(target, context.Domain) || context.Providers.IsProviderHost(target);
                candidates.Add(new MailServerCandidate(protocol, new ServerEndpoint(target, record.Port, security), Login: null, Kind, trusted));
                details.Add($"{service}: {target}:{record.Port}");
            }
        }

        // Within a protocol, RFC 8314 prefers implicit TLS; the service order above already puts it first.
        context.Record(Kind, candidates.Count > 0 ? DiscoveryOutcome.Found : DiscoveryOutcome.NotFound, details.Count > 0 ? string.Join("; ", details) : context.Text("Trace.NoSrvRecords"), started);
        return new SourceResult(candidates);
    }
}
