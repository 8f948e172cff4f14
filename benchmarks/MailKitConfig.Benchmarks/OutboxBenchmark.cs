using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// Outbox throughput (from the first enqueue until the last message is sent) with the spool and with PostgreSQL,
/// against direct <see cref="IMailSender.SendAsync(MailAccountSettings, OutgoingMessage, CancellationToken)"/> on the
/// same pool of 4 connections to the lab's Postfix submission port, side by side in one run; and the latency of
/// <see cref="IMailOutbox.EnqueueAsync(MailAccountSettings, OutgoingMessage, CancellationToken)"/> (p50, p99).
/// </summary>
internal static class OutboxBenchmark
{
    private const int Pool = 4;

    public static async Task RunAsync(MailAccountSettings account, string recipient, X509Certificate2 ca, string postgres, bool quick)
    {
        var count = quick ? 300 : 1000;
        var producers = int.Parse(Environment.GetEnvironmentVariable("BENCH_PRODUCERS") ?? "4", CultureInfo.InvariantCulture);
        var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? (quick ? "1" : "3"), CultureInfo.InvariantCulture);
        var scenarios = new (string Name, Func<int, Task<List<double>>> Run)[]
        {
            ("direct SendAsync, 4 concurrent callers on a pool of 4 (baseline)", n => DirectAsync(n)),
            ("outbox, spool directory, pool of 4", n => OutboxAsync(n, 1, null)),
            ("outbox, PostgreSQL, 1 sender, pool of 4", n => OutboxAsync(n, 1, postgres)),
            ("outbox, PostgreSQL, 3 senders sharing it, each a pool of 4", n => OutboxAsync(n, 3, postgres)),
        };
        if (Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only)
        {
            scenarios = [scenarios[0], .. scenarios[1..].Where(s => s.Name.Contains(only, StringComparison.OrdinalIgnoreCase))]; // the baseline stays
        }

        Console.WriteLine($"# MailKitConfig outbox benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"{count} messages of ~2.2 KB to Postfix submission (STARTTLS + AUTH, discarded by Postfix); {Environment.ProcessorCount} logical CPUs; median of {runs} run(s) in rotating order; {producers} producers enqueue while the outbox sends; ratio = msg/s ÷ direct in the same run.");
        Console.WriteLine();
        foreach (var scenario in scenarios)
        {
            await scenario.Run(50); // warm up
        }

        var rates = scenarios.Select(_ => new List<double>()).ToList();
        var latencies = scenarios.Select(_ => new List<double>()).ToList();
        for (var run = 0; run < runs; run++)
        {
            for (var position = 0; position < scenarios.Length; position++)
            {
                var i = (position + run) % scenarios.Length;
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var enqueue = await scenarios[i].Run(count);
                rates[i].Add(count / clock.Elapsed.TotalSeconds);
                latencies[i].AddRange(enqueue);
            }
        }

        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        static double Percentile(List<double> values, double p) => values.Count == 0 ? double.NaN : values.Order().ElementAt((int)Math.Min(values.Count - 1, Math.Ceiling(p * values.Count) - 1));
        Console.WriteLine("| scenario | msg/s | ratio (range) | enqueue p50 | enqueue p99 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var i = 0; i < scenarios.Length; i++)
        {
            var ratios = rates[i].Zip(rates[0], (rate, baseline) => rate / baseline).ToList();
            var ratio = Median(ratios);
            var p50 = i == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Percentile(latencies[i], 0.5):0.00} ms");
            var p99 = i == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Percentile(latencies[i], 0.99):0.00} ms");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenarios[i].Name} | {Median(rates[i]):0} | {ratio:0.00}× ({ratios.Min():0.00}–{ratios.Max():0.00}) | {p50} | {p99} |"));
        }

        ServiceProvider Services(Action<IMailModuleBuilder>? outbox = null)
        {
            var module = new ServiceCollection()
                .AddMailModule(o =>
                {
                    o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificate(ca.RawData));
                    o.CheckCertificateRevocation = false;
                })
                .ConfigureSending(o =>
                {
                    o.MaxConnectionsPerAccount = Pool;
                    o.MaxMessagesPerConnection = 10_000;
                });
            outbox?.Invoke(module);
            return module.Services.BuildServiceProvider();
        }

        OutgoingMessage Message(int i) => new() { Subject = $"Outbox benchmark {i}", TextBody = Program.MessageBody, To = { recipient } };

        async Task<List<double>> DirectAsync(int n)
        {
            await using var services = Services();
            var sender = services.GetRequiredService<IMailSender>();
            await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = Pool }, async (i, token) => await sender.SendAsync(account, Message(i), token));
            return [];
        }

        async Task<List<double>> OutboxAsync(int n, int senders, string? database)
        {
            var spool = Directory.CreateTempSubdirectory("mkc-outbox-bench-").FullName;
            var schema = "outbox_bench_" + Guid.NewGuid().ToString("N")[..8];
            var providers = Enumerable.Range(0, senders).Select(_ => Services(m =>
            {
                if (database is null)
                {
                    m.AddOutbox(o => o.SpoolDirectory = spool);
                }
                else
                {
                    m.UsePostgreSqlOutbox(database, o => o.Schema = schema, o => o.Accounts.Add(account));
                }
            })).ToList();
            try
            {
                var outboxes = providers.Select(p => p.GetRequiredService<IMailOutbox>()).ToList();
                await outboxes[0].ListAsync(max: 1); // opens the spool, or creates the schema, before the clock matters
                var latencies = new List<double>(n);
                var sent = 0;
                var producing = Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = producers }, async (i, token) =>
                {
                    var started = Stopwatch.GetTimestamp();
                    await outboxes[0].EnqueueAsync(account, Message(i), token);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (latencies)
                    {
                        latencies.Add(elapsed);
                    }
                });
                var sending = outboxes.Select(async outbox =>
                {
                    while (Volatile.Read(ref sent) < n)
                    {
                        var pass = await outbox.SendPendingAsync(account.Address);
                        if (pass.Failed + pass.DeliveryUnknown + pass.Deferred > 0)
                        {
                            throw new InvalidOperationException($"The outbox did not send everything: {pass}");
                        }

                        if (Interlocked.Add(ref sent, pass.Sent) < n && pass.Sent == 0)
                        {
                            await Task.Delay(1); // nothing due yet: the producers are behind
                        }
                    }
                }).ToList();
                await producing;
                await Task.WhenAll(sending);
                return latencies;
            }
            finally
            {
                foreach (var provider in providers)
                {
                    await provider.DisposeAsync();
                }

                Directory.Delete(spool, recursive: true);
                if (database is not null)
                {
                    await using var data = NpgsqlDataSource.Create(database);
                    await using var drop = data.CreateCommand($"drop schema if exists {schema} cascade");
                    await drop.ExecuteNonQueryAsync();
                }
            }
        }
    }
}
