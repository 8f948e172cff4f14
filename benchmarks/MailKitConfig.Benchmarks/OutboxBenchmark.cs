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
/// The PostgreSQL outbox is also measured with three sender processes (this program started again with
/// <c>outbox-sender</c>), as three application servers would share it: they stay up for every run with one outbox each
/// (one schema, emptied between runs), as application servers do, their start-up is not timed, and the clock stops
/// when one of them sees every message sent (they once opened a new outbox for every run: new database sessions and
/// SMTP connections each time, which an application server does not do). For the same reason the direct sender and
/// the producers of that scenario keep their services (SMTP pool, database connections) for every run: a new database
/// session costs PostgreSQL a process (its start and exit were 10–20 % of PostgreSQL's CPU in that scenario).
/// BENCH_ONLY=&lt;text&gt; keeps the baseline and the scenarios whose name contains the text; BENCH_RUNS=&lt;n&gt; sets the runs;
/// BENCH_TRACE=&lt;directory&gt; shows where the time goes (<see cref="OutboxTrace"/>).
/// </summary>
internal static class OutboxBenchmark
{
    private const int Pool = 4;

    /// <summary>
    /// How long a sender waits when a pass found nothing due (the producers are behind), the same in this process and in
    /// the sender processes: short against a run, long enough not to spend the CPU the producers need on empty passes.
    /// </summary>
    private static readonly TimeSpan PollDelay = TimeSpan.FromMilliseconds(5);

    public static async Task RunAsync(MailAccountSettings account, string recipient, X509Certificate2 ca, string postgres, bool quick)
    {
        var count = quick ? 300 : 1000;
        var producers = int.Parse(Environment.GetEnvironmentVariable("BENCH_PRODUCERS") ?? "4", CultureInfo.InvariantCulture);
        var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? (quick ? "1" : "3"), CultureInfo.InvariantCulture);
        SenderProcess[]? senderProcesses = null;
        ServiceProvider? directServices = null; // kept for every run, as an application keeps its pools
        ServiceProvider? producerServices = null; // the application of the sender processes, kept likewise
        NpgsqlDataSource? processesData = null;
        var processesSchema = "outbox_bench_" + Guid.NewGuid().ToString("N")[..8];
        var scenarios = new (string Name, Func<int, Task<(List<double> Latencies, TimeSpan Elapsed)>> Run)[]
        {
            ("direct SendAsync, 4 concurrent callers on a pool of 4 (baseline)", n => DirectAsync(n)),
            ("outbox, spool directory, pool of 4", n => OutboxAsync(n, 1, null)),
            ("outbox, PostgreSQL, 1 sender, pool of 4", n => OutboxAsync(n, 1, postgres)),
            ("outbox, PostgreSQL, 3 senders in this process sharing it, each a pool of 4", n => OutboxAsync(n, 3, postgres)),
            ("outbox, PostgreSQL, 3 sender processes sharing it, each a pool of 4", n => ProcessesAsync(n)),
        };
        if (Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only)
        {
            scenarios = scenarios.Where((s, i) => i == 0 || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        Console.WriteLine($"# MailKitConfig outbox benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"{count} messages of ~2.2 KB to Postfix submission (STARTTLS + AUTH, discarded by Postfix); {Environment.ProcessorCount} logical CPUs; median of {runs} run(s) in rotating order; four producers enqueue while the outbox sends; ratio = msg/s ÷ direct in the same run.");
        Console.WriteLine();
        // Warmed up with as many messages as a run: the runtime's tiered JIT recompiles the hot paths of each scenario
        // before the clock matters (the sender processes, which stay up for every run as application servers do, compile
        // their code optimized at first use, see StartSender).
        OutboxTrace.Start();
        var loadAtStart = OutboxTrace.Load();
        var rates = scenarios.Select(_ => new List<double>()).ToList();
        var latencies = scenarios.Select(_ => new List<double>()).ToList();
        try
        {
            foreach (var scenario in scenarios)
            {
                await scenario.Run(count);
            }

            OutboxTrace.Dump("warmup");
            for (var run = 0; run < runs; run++)
            {
                for (var position = 0; position < scenarios.Length; position++)
                {
                    var i = (position + run) % scenarios.Length;
                    GC.Collect();
                    var load = OutboxTrace.Load();
                    var cpu = OutboxTrace.Before(senderProcesses?.Select(c => c.Id) ?? []);
                    var (enqueue, elapsed) = await scenarios[i].Run(count);
                    OutboxTrace.After(cpu, senderProcesses?.Select(c => c.Id) ?? [], scenarios[i].Name, count, elapsed, load);
                    rates[i].Add(count / elapsed.TotalSeconds);
                    latencies[i].AddRange(enqueue);
                }
            }
        }
        finally
        {
            foreach (var child in senderProcesses ?? [])
            {
                await child.DisposeAsync();
            }

            foreach (var services in new[] { directServices, producerServices })
            {
                if (services is not null)
                {
                    await services.DisposeAsync();
                }
            }

            if (processesData is not null)
            {
                await processesData.DisposeAsync();
            }

            await using var data = NpgsqlDataSource.Create(postgres);
            await using var drop = data.CreateCommand($"drop schema if exists {processesSchema} cascade");
            await drop.ExecuteNonQueryAsync();
        }

        static double Percentile(List<double> values, double p) => values.Count == 0 ? double.NaN : values.Order().ElementAt((int)Math.Min(values.Count - 1, Math.Ceiling(p * values.Count) - 1));
        Console.WriteLine($"Load average (1 min): {loadAtStart} at the start, {OutboxTrace.Load()} at the end.");
        Console.WriteLine();
        Console.WriteLine("| scenario | msg/s | ratio (median) | ratio range | enqueue p50 | enqueue p99 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < scenarios.Length; i++)
        {
            var ratios = rates[i].Zip(rates[0], (rate, baseline) => rate / baseline).ToList();
            var p50 = i == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Percentile(latencies[i], 0.5):0.00} ms");
            var p99 = i == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Percentile(latencies[i], 0.99):0.00} ms");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenarios[i].Name} | {Figures.Median(rates[i]):0} | {Figures.Median(ratios):0.00}× | {ratios.Min():0.00}–{ratios.Max():0.00}× | {p50} | {p99} |"));
        }

        ServiceProvider Services(Action<IMailModuleBuilder>? outbox = null) => CreateServices(ca, outbox);

        OutgoingMessage Message(int i) => new() { Subject = $"Outbox benchmark {i}", TextBody = Program.MessageBody, To = { recipient } };

        async Task<(List<double>, TimeSpan)> DirectAsync(int n)
        {
            directServices ??= Services();
            var sender = directServices.GetRequiredService<IMailSender>();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = Pool }, async (i, token) => await sender.SendAsync(account, Message(i), token));
            return ([], clock.Elapsed);
        }

        async Task<List<double>> ProduceAsync(IMailOutbox outbox, int n)
        {
            var latencies = new List<double>(n);
            await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = producers }, async (i, token) =>
            {
                var started = Stopwatch.GetTimestamp();
                await outbox.EnqueueAsync(account, Message(i), token);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(elapsed);
                }
            });
            return latencies;
        }

        async Task<(List<double>, TimeSpan)> ProcessesAsync(int n)
        {
            var schema = processesSchema;
            producerServices ??= Services(m => m.UsePostgreSqlOutbox(postgres, o => o.Schema = schema));
            processesData ??= NpgsqlDataSource.Create(postgres);
            var outbox = producerServices.GetRequiredService<IMailOutbox>();
            await outbox.ListAsync(max: 1); // creates the schema before the clock matters
            await using (var empty = processesData.CreateCommand($"truncate {schema}.outbox"))
            {
                await empty.ExecuteNonQueryAsync(); // the last run's messages (the senders are idle)
            }

            senderProcesses ??= [StartSender(), StartSender(), StartSender()];
            await Task.WhenAll(senderProcesses.Select(child => child.AskAsync($"open {schema} {n}", "ready")));
            var clock = Stopwatch.StartNew();
            var done = senderProcesses.Select(child => child.AskAsync("go", "done")).ToList();
            var latencies = await ProduceAsync(outbox, n);
            await Task.WhenAny(done).Unwrap(); // the first to see every message sent
            var elapsed = clock.Elapsed;
            await Task.WhenAll(done);
            await Task.WhenAll(senderProcesses.Select(child => child.AskAsync("close", "closed")));
            return (latencies, elapsed);
        }

        async Task<(List<double>, TimeSpan)> OutboxAsync(int n, int senders, string? database)
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
                foreach (var outbox in outboxes)
                {
                    await outbox.ListAsync(max: 1); // opens the spool, or the database, before the clock matters
                }

                var clock = Stopwatch.StartNew();
                var sent = 0;
                var producing = ProduceAsync(outboxes[0], n);
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
                            await Task.Delay(PollDelay); // nothing due yet: the producers are behind
                        }
                    }
                }).ToList();
                var latencies = await producing;
                await Task.WhenAll(sending);
                return (latencies, clock.Elapsed);
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

    /// <summary>
    /// One of the three sender processes, up for every run as an application server would be. Per run: on
    /// "open &lt;schema&gt; &lt;total&gt;" it opens that outbox (or keeps the one it has open) and answers "ready"; on
    /// "go" it sends from the shared outbox until all <c>total</c> messages are sent (by any of them) and answers
    /// "done"; on "close" it answers "closed". It closes the outbox and exits at the end of its input.
    /// </summary>
    /// <param name="account">The sending account.</param>
    /// <param name="ca">The lab's CA.</param>
    /// <param name="postgres">The connection string.</param>
    /// <returns>A task that completes when the input ends.</returns>
    public static async Task SenderProcessAsync(MailAccountSettings account, X509Certificate2 ca, string postgres)
    {
        OutboxTrace.Start();
        await using var data = NpgsqlDataSource.Create(postgres);
        ServiceProvider? services = null;
        string? opened = null;
        try
        {
            while ((await Console.In.ReadLineAsync())?.Split(' ') is ["open", var schema, var total])
            {
                if (services is null || opened != schema)
                {
                    if (services is not null)
                    {
                        await services.DisposeAsync();
                    }

                    services = CreateServices(ca, m => m.UsePostgreSqlOutbox(postgres, o => o.Schema = schema, o => o.Accounts.Add(account)));
                    opened = schema;
                }

                var outbox = services.GetRequiredService<IMailOutbox>();
                await outbox.ListAsync(max: 1);
                Console.WriteLine("ready");
                _ = await Console.In.ReadLineAsync(); // go
                await SendAllAsync(outbox, data, schema, int.Parse(total, CultureInfo.InvariantCulture));
                Console.WriteLine("done");
                _ = await Console.In.ReadLineAsync(); // close
                OutboxTrace.Dump("sender");
                Console.WriteLine("closed");
            }
        }
        finally
        {
            if (services is not null)
            {
                await services.DisposeAsync();
            }
        }

        async Task SendAllAsync(IMailOutbox outbox, NpgsqlDataSource data, string schema, int total)
        {
            while (true)
            {
                var pass = await outbox.SendPendingAsync(account.Address);
                if (pass.Failed + pass.DeliveryUnknown + pass.Deferred > 0)
                {
                    throw new InvalidOperationException($"The outbox did not send everything: {pass}");
                }

                if (pass.Sent > 0)
                {
                    continue;
                }

                await using var count = data.CreateCommand($"select count(*) from {schema}.outbox where status = 'Sent'");
                if ((long)(await count.ExecuteScalarAsync())! >= total)
                {
                    return;
                }

                await Task.Delay(PollDelay); // nothing due yet: the producers are behind
            }
        }
    }

    private static SenderProcess StartSender()
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Compiled optimized at first use (during the warm-up), without tiers: with tiered compilation the three processes
        // kept recompiling thousands of methods per run into tier 1 (not settled after four runs on a loaded machine),
        // much of it while they were idle, on the CPU of whichever scenario ran next (1-2 s per process per run,
        // measured). Optimized code without profile-guided tiers is at worst a little slower, so the senders' rate is
        // not flattered.
        start.Environment["DOTNET_TieredCompilation"] = "0";
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(OutboxBenchmark).Assembly.Location);
        }

        start.ArgumentList.Add("outbox");
        start.ArgumentList.Add("outbox-sender");
        return new SenderProcess(Process.Start(start) ?? throw new InvalidOperationException("The sender process did not start."));
    }

    private static ServiceProvider CreateServices(X509Certificate2 ca, Action<IMailModuleBuilder>? outbox)
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

    /// <summary>A sender process: asked on its input, answering on its output.</summary>
    private sealed class SenderProcess(Process process) : IAsyncDisposable
    {
        public int Id => process.Id;

        public async Task AskAsync(string request, string answer)
        {
            await process.StandardInput.WriteLineAsync(request);
            await process.StandardInput.FlushAsync();
            var line = await process.StandardOutput.ReadLineAsync();
            if (line != answer)
            {
                throw new InvalidOperationException($"A sender process answered '{line}' to '{request}': {await process.StandardError.ReadToEndAsync()}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            process.StandardInput.Close(); // the end of its input: it exits
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }

            process.Dispose();
        }
    }
}
