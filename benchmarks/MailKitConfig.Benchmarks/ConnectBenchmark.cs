using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;
using MailKit.Security;
using MailKitConfig;
using Microsoft.Extensions.Options;

/// <summary>
/// What one authenticated SMTP connection costs (connect, STARTTLS, login, QUIT) on the lab's Postfix submission
/// port: the library's connection factory beside raw MailKit, and raw MailKit with one of the library's ingredients
/// at a time, so that a difference can be traced to its step. Every variant runs once per run in rotating order;
/// each figure is the median and range over the runs of the mean time per connection.
/// </summary>
internal static class ConnectBenchmark
{
    public static async Task RunAsync(SendingLab lab, int runs, int connections)
    {
        var loadAtStart = Figures.LoadAverage();
        var endpoint = new ServerEndpoint(lab.Host, lab.SubmissionPort, MailSecurity.StartTlsRequired);
        var account = new MailAccountSettings { Address = lab.User, Usage = MailUsage.Send, Credentials = MailCredentials.Password(lab.Password), Smtp = endpoint };
        var options = new MailConnectionOptions { CheckCertificateRevocation = false };
        options.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificate(lab.Ca.RawData));
        var factory = new MailConnectionFactory(Options.Create(options), TimeProvider.System);
        var validator = new ServerCertificateValidator(options);
        RemoteCertificateValidationCallback trustLabCa = new SendingBenchmark(lab).TrustLabCa;

        var variants = new List<(string Name, Func<Task> Connect)>
        {
            ("raw MailKit: ConnectAsync(host, port, StartTls), AuthenticateAsync, QUIT (baseline)", () => RawAsync(lab, endpoint, new SmtpClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = trustLabCa })),
            ("MailConnectionFactory.ConnectSmtpAsync + DisposeAsync (what the pool does)", async () => await (await factory.ConnectSmtpAsync(account, CancellationToken.None)).DisposeAsync()),
            ("MailConnectionFactory, no implicit-TLS probe timer", async () => await (await factory.ConnectSmtpAsync(account, static t => new SmtpClient(t), probeImplicitTls: false, CancellationToken.None)).DisposeAsync()),
            ("raw MailKit with the library's certificate check (ServerCertificateValidator + TlsCertificateInfo)", () => RawAsync(lab, endpoint, new SmtpClient
            {
                CheckCertificateRevocation = false,
                ServerCertificateValidationCallback = (_, c, ch, e) =>
                {
                    var verdict = validator.Check(c, ch, e);
                    GC.KeepAlive(c is null ? null : TlsCertificateInfo.From(c, e, verdict.ChainStatus));
                    return verdict.Trusted;
                },
            })),
            ("raw MailKit with the library's protocol logger (ProtocolTranscript)", () => RawAsync(lab, endpoint, new SmtpClient(new ProtocolTranscript()) { CheckCertificateRevocation = false, ServerCertificateValidationCallback = trustLabCa })),
            ("raw MailKit on the library's socket (TcpConnector)", async () =>
            {
                using var client = new SmtpClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = trustLabCa };
                var socket = await TcpConnector.ConnectAsync(endpoint.Host, endpoint.Port, CancellationToken.None);
                await client.ConnectAsync(socket, endpoint.Host, endpoint.Port, SecureSocketOptions.StartTls);
                await client.AuthenticateAsync(lab.User, lab.Password);
                await client.DisconnectAsync(true);
            }),
            ("raw MailKit on the library's socket with TCP_NODELAY set (TcpConnector before this change)", async () =>
            {
                using var client = new SmtpClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = trustLabCa };
                var socket = await TcpConnector.ConnectAsync(endpoint.Host, endpoint.Port, CancellationToken.None);
                socket.NoDelay = true;
                await client.ConnectAsync(socket, endpoint.Host, endpoint.Port, SecureSocketOptions.StartTls);
                await client.AuthenticateAsync(lab.User, lab.Password);
                await client.DisconnectAsync(true);
            }),
        };

        if (Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only)
        {
            variants = [variants[0], .. variants.Skip(1).Where(v => v.Name.Contains(only, StringComparison.OrdinalIgnoreCase))];
        }

        var times = variants.Select(_ => new List<double>()).ToList();
        var clientCpu = variants.Select(_ => new List<double>()).ToList(); // ms of this process's CPU per connection
        var serverCpu = variants.Select(_ => new List<double>()).ToList(); // ms of the lab's servers' CPU per connection
        var servers = new LabCpu(lab.State);
        using var process = Process.GetCurrentProcess();
        foreach (var variant in variants)
        {
            for (var i = 0; i < 5; i++)
            {
                await variant.Connect(); // warm up: JIT, TLS contexts
            }
        }

        for (var run = 0; run < runs; run++)
        {
            for (var position = 0; position < variants.Count; position++)
            {
                var v = (position + run) % variants.Count;
                process.Refresh();
                var (cpuBefore, serverBefore) = (process.TotalProcessorTime, servers.Now());
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < connections; i++)
                {
                    await variants[v].Connect();
                }

                times[v].Add(clock.Elapsed.TotalMilliseconds / connections);
                process.Refresh();
                clientCpu[v].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds / connections);
                serverCpu[v].Add((servers.Now() - serverBefore).TotalMilliseconds / connections);
            }
        }

        Console.WriteLine($"## One authenticated connection to Postfix submission (STARTTLS + AUTH PLAIN + QUIT), {connections} per run, {runs} runs; load average at start {loadAtStart}");
        Console.WriteLine();
        Console.WriteLine("| variant | ms per connection | ratio to raw MailKit | client CPU ms | servers' CPU ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var v = 0; v < variants.Count; v++)
        {
            var ratios = times[v].Zip(times[0], (t, raw) => t / raw).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {variants[v].Name} | {Figures.Spread(times[v], "0.0")} | {Figures.Spread(ratios, "0.00", "×")} | {Figures.Spread(clientCpu[v], "0.0")} | {Figures.Spread(serverCpu[v], "0.0")} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end {Figures.LoadAverage()}");
    }

    private static async Task RawAsync(SendingLab lab, ServerEndpoint endpoint, SmtpClient client)
    {
        using (client)
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, SecureSocketOptions.StartTls);
            await client.AuthenticateAsync(lab.User, lab.Password);
            await client.DisconnectAsync(true);
        }
    }
}
