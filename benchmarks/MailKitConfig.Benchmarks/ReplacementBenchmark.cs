using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;
using MailKit.Security;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

/// <summary>
/// Where the time of replacing a connection goes in sequential sends to Postfix submission: every message's time,
/// by its position on its connection, for a replacement every 100 messages beside a connection that is never replaced and raw MailKit;
/// when each replacement was ready compared with the time its old connection's last messages took; the process's
/// CPU time per message.
/// </summary>
internal static class ReplacementBenchmark
{
    /// <summary>After how many messages the replaced variants replace a connection (the default of <see cref="MailSendingOptions.MaxMessagesPerConnection"/> before it became "until the server ends the session").</summary>
    private const int ReplaceEvery = 100;

    public static async Task RunAsync(SendingLab lab, int runs, int messages)
    {
        var loadAtStart = Figures.LoadAverage();
        var opened = new ConcurrentQueue<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "mailkitconfig.pool.connections.opened")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => opened.Enqueue(Stopwatch.GetTimestamp()));
        listener.Start();

        var defaults = new MailSendingOptions();
        var variants = new (string Name, Func<int, long[], Task> Send)[]
        {
            ("raw MailKit, 1 reused connection", (count, ends) => RawAsync(lab, count, ends)),
            ($"IMailSender, pool of {defaults.MaxConnectionsPerAccount}, a new connection every {ReplaceEvery} (opened in advance; the default before)", (count, ends) => SenderAsync(lab, defaults.MaxConnectionsPerAccount, count, ends, ReplaceEvery)),
            ("IMailSender, 1 connection never replaced", (count, ends) => SenderAsync(lab, 1, count, ends)),
            ($"IMailSender, pool of {defaults.MaxConnectionsPerAccount}, never replaced", (count, ends) => SenderAsync(lab, defaults.MaxConnectionsPerAccount, count, ends)),
            ($"IMailSender, pool of 1 (a new connection every {ReplaceEvery}, opened when needed, after the old one's QUIT)", (count, ends) => SenderAsync(lab, 1, count, ends, ReplaceEvery)),
            ($"IMailSender, pool of {defaults.MaxConnectionsPerAccount}, a new connection every 10 (opened in advance)", (count, ends) => SenderAsync(lab, defaults.MaxConnectionsPerAccount, count, ends, 10)),
            ("IMailSender, pool of 1, a new connection every 10 (opened when needed)", (count, ends) => SenderAsync(lab, 1, count, ends, 10)),
        };

        foreach (var variant in variants)
        {
            await variant.Send(Math.Min(messages, 200), new long[Math.Min(messages, 200) + 1]); // warm up
        }

        var rates = variants.Select(_ => new List<double>()).ToList();
        var cpu = variants.Select(_ => new List<double>()).ToList();
        var serverCpu = variants.Select(_ => new List<double>()).ToList();
        var servers = new LabCpu(lab.State);
        var byPosition = variants.Select(_ => new double[ReplaceEvery]).ToList();
        var margins = new List<double>(); // ms between a replacement being ready and the old connection's last message ending; NaN when late
        var opens = new List<int>();
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            for (var position = 0; position < variants.Length; position++)
            {
                var v = (position + run) % variants.Length;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                opened.Clear();
                process.Refresh();
                var (cpuBefore, serverBefore) = (process.TotalProcessorTime, servers.Now());
                var ends = new long[messages + 1];
                ends[0] = Stopwatch.GetTimestamp();
                await variants[v].Send(messages, ends);
                var done = Stopwatch.GetTimestamp();
                process.Refresh();
                cpu[v].Add((process.TotalProcessorTime - cpuBefore).TotalMicroseconds / messages);
                serverCpu[v].Add((servers.Now() - serverBefore).TotalMicroseconds / messages);
                rates[v].Add(messages / Stopwatch.GetElapsedTime(ends[0], done).TotalSeconds);
                for (var i = ReplaceEvery; i < messages; i++) // not the first connection: its time includes the first connect
                {
                    byPosition[v][i % ReplaceEvery] += Stopwatch.GetElapsedTime(ends[i], ends[i + 1]).TotalMilliseconds / runs / ((messages / ReplaceEvery) - 1);
                }

                if (v == 1)
                {
                    // Each connection opened, placed by the messages sent before it was ready: "200+3.5" is 3.5 ms
                    // after the 200th message ended.
                    var times = opened.ToArray();
                    opens.Add(times.Length);
                    var placed = times.Select(t =>
                    {
                        var sent = Array.FindLastIndex(ends, e => e <= t);
                        return sent < 0 ? "start" : string.Create(CultureInfo.InvariantCulture, $"{sent}+{Stopwatch.GetElapsedTime(ends[sent], t).TotalMilliseconds:0.0}");
                    });
                    Console.WriteLine($"run {run}: connections ready at {string.Join(' ', placed)}");
                    for (var k = 1; (k * ReplaceEvery) < messages; k++)
                    {
                        // The replacement for message k·limit+1: the last connection ready before the old one's last
                        // message ended, after the old one's first message; none means it came late.
                        var needed = ends[k * ReplaceEvery];
                        var earliest = ends[((k - 1) * ReplaceEvery) + 1];
                        var ready = times.Where(t => t > earliest && t <= needed).DefaultIfEmpty(0).Max();
                        margins.Add(ready == 0 ? double.NaN : Stopwatch.GetElapsedTime(ready, needed).TotalMilliseconds);
                    }
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Connection replacement, sequential SendAsync to Postfix submission — {messages} messages, {runs} runs, load {loadAtStart} at start"));
        for (var v = 0; v < variants.Length; v++)
        {
            var ratios = rates[v].Zip(rates[0], (r, raw) => r / raw);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variants[v].Name}: {Figures.Spread(rates[v], "0")} msg/s, ratio {Figures.Spread(ratios, "0.00", "×")}, client CPU {Figures.Spread(cpu[v], "0")} µs/message, servers' CPU {Figures.Spread(serverCpu[v], "0")} µs/message"));
        }

        var inTime = margins.Where(m => !double.IsNaN(m)).DefaultIfEmpty(double.NaN).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"every {ReplaceEvery}: connections opened per run {string.Join(' ', opens)}; a replacement was ready {Figures.Spread(inTime, "0.0")} ms before the old connection's last message ended; late {margins.Count(double.IsNaN)} of {margins.Count}"));
        Console.WriteLine("mean ms per message by its position on the connection (1-based; connections after the first): position | raw | every 100, in advance | never replaced | pool of 4 never replaced | pool of 1");
        foreach (var p in Enumerable.Range(0, 3).Concat(Enumerable.Range(ReplaceEvery - 10, 10)).Concat([45, 46, 47]).Order())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p + 1} | {byPosition[0][p]:0.00} | {byPosition[1][p]:0.00} | {byPosition[2][p]:0.00} | {byPosition[3][p]:0.00} | {byPosition[4][p]:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sum over a connection (ms) | {byPosition[0].Sum():0} | {byPosition[1].Sum():0} | {byPosition[2].Sum():0} | {byPosition[3].Sum():0} | {byPosition[4].Sum():0}"));
        Console.WriteLine($"load at end {Figures.LoadAverage()}");
    }

    private static async Task RawAsync(SendingLab lab, int count, long[] ends)
    {
        using var client = new SmtpClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = new SendingBenchmark(lab).TrustLabCa };
        await client.ConnectAsync(lab.Host, lab.SubmissionPort, SecureSocketOptions.StartTls);
        await client.AuthenticateAsync(lab.User, lab.Password);
        for (var i = 0; i < count; i++)
        {
            var message = new MimeMessage { Subject = $"Benchmark {i}" };
            message.From.Add(MailboxAddress.Parse(lab.User));
            message.To.Add(MailboxAddress.Parse(lab.Recipient));
            message.Body = new TextPart("plain") { Text = Program.MessageBody };
            await client.SendAsync(message);
            ends[i + 1] = Stopwatch.GetTimestamp();
        }

        await client.DisconnectAsync(true);
    }

    private static async Task SenderAsync(SendingLab lab, int? poolSize, int count, long[] ends, int maxMessages = 10_000)
    {
        var module = new ServiceCollection().AddMailModule(o =>
        {
            o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificate(lab.Ca.RawData));
            o.CheckCertificateRevocation = false;
        });
        if (poolSize is { } size)
        {
            module.ConfigureSending(o => (o.MaxConnectionsPerAccount, o.MaxMessagesPerConnection) = (size, maxMessages));
        }

        await using var services = module.Services.BuildServiceProvider();
        var sender = services.GetRequiredService<IMailSender>();
        var account = new MailAccountSettings { Address = lab.User, Usage = MailUsage.Send, Credentials = MailCredentials.Password(lab.Password), Smtp = new ServerEndpoint(lab.Host, lab.SubmissionPort, MailSecurity.StartTlsRequired) };
        for (var i = 0; i < count; i++)
        {
            await sender.SendAsync(account, new OutgoingMessage { Subject = $"Benchmark {i}", TextBody = Program.MessageBody, To = { lab.Recipient } });
            ends[i + 1] = Stopwatch.GetTimestamp();
        }
    }
}
