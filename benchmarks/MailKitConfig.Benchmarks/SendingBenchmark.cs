using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net.Security;
using System.Runtime;
using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;
using MailKit.Security;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

/// <summary>
/// Sending throughput of <see cref="IMailSender"/> against raw MailKit with the same number of connections, on the
/// lab's Postfix submission port and on smtp-sink, every scenario once per run in rotating order, each time right
/// beside a measurement of its baseline, reported as the median and range of the runs; and the peak memory of sending
/// a 100 MB attachment, each measurement in a fresh process (the benchmark starts itself with <c>memory-child</c>).
/// </summary>
internal sealed class SendingBenchmark(SendingLab lab)
{
    private const int AttachmentMegabytes = 100;

    /// <summary>Whether (BENCH_BUSY=1) the time inside the sends is summed: raw MailKit's SendAsync, the library's <c>mail.send</c> span.</summary>
    private static readonly bool MeasureBusy = Environment.GetEnvironmentVariable("BENCH_BUSY") == "1";

    /// <summary>The ticks spent inside sends in the current scenario (with <see cref="MeasureBusy"/>).</summary>
    private static long busyTicks;

    /// <summary>The pool sizes measured; each is compared with raw MailKit on as many connections.</summary>
    private static readonly int[] ConnectionCounts = [1, 2, 4, 8];

    /// <summary>The JIT time of a warm-up pass below which the JIT counts as settled.</summary>
    private static readonly TimeSpan SettledJitTime = TimeSpan.FromMilliseconds(5);

    /// <summary>The most warm-up passes, the first included (each builds every scenario's sender once more).</summary>
    private const int MaxWarmUpPasses = 60;

    /// <summary>The messages of each scenario in a warm-up pass after the first: enough for every connection of the largest pool.</summary>
    private const int WarmUpMessages = 16;

    /// <summary>The default of <see cref="MailSendingOptions.MaxMessagesPerConnection"/> before it became "until the server ends the session", measured beside it.</summary>
    private const int FormerMessageLimit = 100;

    /// <summary>Measures throughput (unless <paramref name="memoryOnly"/>) and, unless <paramref name="quick"/>, the memory of a large attachment.</summary>
    /// <param name="quick">Only the smtp-sink rows of one connection, with CPU time and allocations per message; no memory.</param>
    /// <param name="memoryOnly">Only the memory measurement.</param>
    /// <param name="runs">How many runs (and memory measurements per sender).</param>
    /// <returns>A task that completes when the tables are printed.</returns>
    public async Task RunAsync(bool quick, bool memoryOnly, int runs)
    {
        Console.WriteLine($"# MailKitConfig sending benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {CpuModel()}, {TotalMemoryGiB():0.#} GiB RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average at start {Figures.LoadAverage()}");
        if (!memoryOnly)
        {
            Console.WriteLine($"Messages of ~2.2 KB; {runs} runs, each scenario once per run in rotating order, each time right beside raw MailKit with as many reused connections to the same server (raw MailKit first in every other run); msg/s as median (min–max) of every measurement; ratio = msg/s ÷ that of the raw MailKit measurement beside it, median (min–max) of the runs; a raw MailKit row's ratio is that of two raw MailKit measurements side by side (what the pairing alone moves).");
            Console.WriteLine();
            Console.WriteLine("| server | connections | scenario | messages | msg/s | ratio to raw MailKit, same connections |");
            Console.WriteLine("|---|---:|---|---:|---:|---:|");
            foreach (var target in quick ? Targets[1..] : Targets)
            {
                await ThroughputAsync(target, quick, runs);
            }
        }

        if (!quick || memoryOnly)
        {
            Console.WriteLine();
            await PeakMemoryAsync(runs);
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end {Figures.LoadAverage()}");
    }

    /// <summary>One memory measurement in this (fresh) process: prints the peak working set before and after sending the attachment.</summary>
    /// <param name="kind"><c>sender</c> or <c>raw</c>.</param>
    /// <param name="path">The attachment file.</param>
    /// <returns>A task that completes when the line is printed.</returns>
    public async Task MeasureMemoryInThisProcessAsync(string kind, string path)
    {
        var sink = Targets[1];
        using var process = Process.GetCurrentProcess();
        long before;
        if (kind == "sender")
        {
            await using var services = Services(null, null);
            var sender = services.GetRequiredService<IMailSender>();
            await sender.SendAsync(Account(sink), Message(0)); // warm up: JIT, pool, the connection
            before = PeakAfterCollect(process);
            var message = Message(1);
            message.Attachments.Add(MailAttachment.FromFile(path, "report.bin"));
            await sender.SendAsync(Account(sink), message);
        }
        else if (kind == "raw")
        {
            using var client = await RawConnectAsync(sink);
            await client.SendAsync(RawMessage(0)); // warm up: JIT, the connection
            before = PeakAfterCollect(process);
            var message = RawMessage(1);
            await using var file = File.OpenRead(path);
            var attachment = new MimePart("application", "octet-stream")
            {
                Content = new MimeContent(file),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "report.bin" },
                ContentTransferEncoding = ContentEncoding.Base64,
            };
            message.Body = new Multipart("mixed") { new TextPart("plain") { Text = Program.MessageBody }, attachment };
            await client.SendAsync(message);
            await client.DisconnectAsync(true);
        }
        else
        {
            throw new ArgumentException($"Unknown memory measurement '{kind}'.", nameof(kind));
        }

        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{before} {process.PeakWorkingSet64}"));

        static long PeakAfterCollect(Process process)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            return process.PeakWorkingSet64;
        }
    }

    private Target[] Targets =>
    [
        new("Postfix submission (STARTTLS + AUTH)", new ServerEndpoint(lab.Host, lab.SubmissionPort, MailSecurity.StartTlsRequired), true, 1000, 100),
        new("smtp-sink (plain, no AUTH)", new ServerEndpoint(lab.Host, lab.SinkPort, MailSecurity.None), false, 2000, 200),
    ];

    private async Task ThroughputAsync(Target target, bool quick, int runs)
    {
        var defaults = new MailSendingOptions();
        var scenarios = new List<Scenario>();
        var counts = Environment.GetEnvironmentVariable("BENCH_POOLS") is { Length: > 0 } pools
            ? pools.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray()
            : quick ? ConnectionCounts[..1] : ConnectionCounts;
        foreach (var n in counts)
        {
            scenarios.Add(new($"raw MailKit, {n} reused connection{(n == 1 ? string.Empty : "s in parallel")} (baseline)", n, true, target.Messages, count => () => RawReusedAsync(target, n, count)));
            if (n == 1)
            {
                scenarios.Add(new("IMailSender, **defaults** (one connection until the server ends its session), sequential SendAsync", 1, false, target.Messages, count => Sender(target, null, count, sequential: true)));
                scenarios.Add(new($"IMailSender, pool of {defaults.MaxConnectionsPerAccount}, a new connection every {FormerMessageLimit} messages (the default before), sequential SendAsync", 1, false, target.Messages, count => Sender(target, defaults.MaxConnectionsPerAccount, count, sequential: true, FormerMessageLimit)));
                scenarios.Add(new("IMailSender, 1 connection, sequential SendAsync", 1, false, target.Messages, count => Sender(target, 1, count, sequential: true)));
            }

            if (n == defaults.MaxConnectionsPerAccount)
            {
                scenarios.Add(new($"IMailSender, **defaults** (pool of {n}), SendManyAsync", n, false, target.Messages, count => Sender(target, null, count, sequential: false)));
            }

            scenarios.Add(new($"IMailSender, pool of {n}, SendManyAsync", n, false, target.Messages, count => Sender(target, n, count, sequential: false)));
            if (Environment.GetEnvironmentVariable("BENCH_LADDER") == "1")
            {
                scenarios.Add(new($"raw MailKit sending composed messages, {n} connections", n, false, target.Messages, count => () => RawComposedAsync(target, n, count, own: false)));
                scenarios.Add(new($"raw SendingSmtpClient sending composed messages with a tracker, {n} connections", n, false, target.Messages, count => () => RawComposedAsync(target, n, count, own: true)));
            }

            if (Environment.GetEnvironmentVariable("BENCH_LOOPS") == "1")
            {
                scenarios.Add(new($"IMailSender, pool of {n}, {n} SendAsync loops", n, false, target.Messages, count => Loops(target, n, count)));
            }

            if (n == 1 && !quick)
            {
                scenarios.Add(new("raw MailKit, connect + send + QUIT per message", 1, false, target.PerMessage, count => () => RawPerMessageAsync(target, count)));
                scenarios.Add(new("IMailSender, a new connection per message (MaxMessagesPerConnection = 1), sequential SendAsync", 1, false, target.PerMessage, count => Sender(target, 1, count, sequential: true, maxMessages: 1)));
            }
        }

        if (Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only)
        {
            scenarios.RemoveAll(s => !s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)
                && !(s.Baseline && scenarios.Any(o => o.Connections == s.Connections && o.Name.Contains(only, StringComparison.OrdinalIgnoreCase))));
        }

        // Round robin: every run measures every scenario once, so drift in the machine's load hits all of them alike.
        // A baseline's lists also take its measurements beside the other scenarios.
        var rates = scenarios.Select(_ => new List<double>()).ToList();
        var cpu = scenarios.Select(_ => new List<double>()).ToList(); // microseconds of this process's CPU per message
        var allocated = scenarios.Select(_ => new List<double>()).ToList(); // bytes allocated per message
        var contended = scenarios.Select(_ => new List<double>()).ToList(); // lock contentions per message
        var workItems = scenarios.Select(_ => new List<double>()).ToList(); // thread-pool work items per message
        var paused = scenarios.Select(_ => new List<double>()).ToList(); // microseconds of GC pauses per message
        var collections = scenarios.Select(_ => new List<(double Gen0, double Gen1, double Gen2)>()).ToList(); // per 1000 messages
        var promoted = scenarios.Select(_ => new List<double>()).ToList(); // bytes promoted by the GC per message
        using var gcEvents = Environment.GetEnvironmentVariable("BENCH_PROMOTED") == "1" ? new PromotedBytes() : null;
        using var allocationSamples = Environment.GetEnvironmentVariable("BENCH_ALLOCATIONS") == "1" ? new AllocationSamples() : null;
        var sampledTypes = scenarios.Select(_ => new Dictionary<string, long>()).ToList(); // sampled bytes per type, all runs
        var jit = scenarios.Select(_ => new List<double>()).ToList(); // milliseconds the JIT compiled during the timed work
        var busy = scenarios.Select(_ => new List<double>()).ToList(); // share of the connections' time spent inside a send
        using var listener = MeasureBusy ? new ActivityListener
        {
            ShouldListenTo = source => source.Name == MailTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            ActivityStopped = activity => Interlocked.Add(ref busyTicks, activity.Duration.Ticks),
        } : null;
        if (listener is not null)
        {
            ActivitySource.AddActivityListener(listener);
        }

        await WarmUpAsync(scenarios);

        // Each run starts with the next scenario (a rotation), so that no scenario always runs first or right after the
        // same neighbour: on this kind of machine the position within a run alone moved a scenario's rate by up to 20 %.
        // Each scenario is measured as a pair with its baseline (raw MailKit on as many connections) right beside it, the
        // baseline first in every other run (A-B, then B-A), and its ratio is taken within each pair: two measurements a
        // second apart share the machine's load, while the baseline of the same run could be many seconds away. A
        // baseline is paired with itself (A-A), so its ratio shows what the pairing alone moves.
        using var process = Process.GetCurrentProcess();
        var ratios = scenarios.Select(_ => new List<double>()).ToList();
        var cpuRatios = scenarios.Select(_ => new List<double>()).ToList(); // client CPU per message ÷ the baseline's in the pair
        for (var run = 0; run < runs; run++)
        {
            for (var position = 0; position < scenarios.Count; position++)
            {
                var i = (position + run) % scenarios.Count;
                var baseline = scenarios.FindIndex(s => s.Baseline && s.Connections == scenarios[i].Connections);
                var baselineFirst = (run + i) % 2 == 0;
                var (first, second) = baselineFirst ? (baseline, i) : (i, baseline);
                var (firstRate, firstCpu) = await MeasureAsync(first);
                var (secondRate, secondCpu) = await MeasureAsync(second);
                var (rate, cpuPerMessage, rawRate, rawCpu) = baselineFirst ? (secondRate, secondCpu, firstRate, firstCpu) : (firstRate, firstCpu, secondRate, secondCpu);
                ratios[i].Add(rate / rawRate);
                cpuRatios[i].Add(cpuPerMessage / rawCpu);
            }
        }

        async Task<(double Rate, double Cpu)> MeasureAsync(int i)
        {
            // Prepared (a library row builds its container) before any reading, as outside the clock: the figures per
            // message are those of the timed work only.
            var timed = scenarios[i].Prepare(scenarios[i].Messages);
            GC.Collect(); // every measurement starts without the previous one's garbage
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var contendedBefore = Monitor.LockContentionCount;
            var workItemsBefore = ThreadPool.CompletedWorkItemCount;
            var pausedBefore = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            Interlocked.Exchange(ref busyTicks, 0);
            var promotedBefore = gcEvents?.Total ?? 0;
            var jitBefore = JitInfo.GetCompilationTime();
            allocationSamples?.Take();
            var clock = Stopwatch.StartNew();
            await timed();
            foreach (var (type, sampled) in allocationSamples?.Take() ?? [])
            {
                sampledTypes[i][type] = sampledTypes[i].GetValueOrDefault(type) + sampled;
            }

            jit[i].Add((JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds);
            busy[i].Add(Interlocked.Read(ref busyTicks) / (double)(clock.Elapsed.Ticks * scenarios[i].Connections));
            var rate = scenarios[i].Messages / clock.Elapsed.TotalSeconds;
            rates[i].Add(rate);
            allocated[i].Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)scenarios[i].Messages);
            contended[i].Add((Monitor.LockContentionCount - contendedBefore) / (double)scenarios[i].Messages);
            workItems[i].Add((ThreadPool.CompletedWorkItemCount - workItemsBefore) / (double)scenarios[i].Messages);
            promoted[i].Add(((gcEvents?.Total ?? 0) - promotedBefore) / (double)scenarios[i].Messages);
            var per1000 = 1000.0 / scenarios[i].Messages;
            collections[i].Add(((GC.CollectionCount(0) - gen0) * per1000, (GC.CollectionCount(1) - gen1) * per1000, (GC.CollectionCount(2) - gen2) * per1000));
            paused[i].Add((GC.GetTotalPauseDuration() - pausedBefore).TotalMicroseconds / scenarios[i].Messages);
            process.Refresh();
            var cpuPerMessage = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / scenarios[i].Messages;
            cpu[i].Add(cpuPerMessage);
            return (rate, cpuPerMessage);
        }

        for (var i = 0; i < scenarios.Count; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {target.Name} | {scenarios[i].Connections} | {scenarios[i].Name} | {scenarios[i].Messages} | {Figures.Spread(rates[i], "0")} | {Figures.Spread(ratios[i], "0.00", "×")} |"));
        }

        if (quick)
        {
            Console.WriteLine();
            for (var i = 0; i < scenarios.Count; i++)
            {
                var gcs = collections[i];
                var promotedBytes = gcEvents is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", promoted by the GC {Figures.Median(promoted[i]):0} B/message");
                var busyShare = MeasureBusy ? string.Create(CultureInfo.InvariantCulture, $", inside a send {Figures.Median(busy[i]):P0} of the connections' time") : string.Empty;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenarios[i].Name}: client CPU {Figures.Median(cpu[i]):0} µs/message (median), {Figures.Spread(cpuRatios[i], "0.00", "×")} the baseline's in the same pair, {Figures.Median(allocated[i]):0} B allocated/message, "
                    + $"{Figures.Median(contended[i]):0.000} lock contentions/message, {Figures.Median(workItems[i]):0.00} thread-pool work items/message, "
                    + $"GC pauses {Figures.Median(paused[i]):0.0} µs/message, JIT {Figures.Median(jit[i]):0} ms/run, GCs per 1000 messages {Figures.Median(gcs.Select(c => c.Gen0)):0.0}/{Figures.Median(gcs.Select(c => c.Gen1)):0.0}/{Figures.Median(gcs.Select(c => c.Gen2)):0.0} (gen 0+/1+/2){busyShare}{promotedBytes}, "
                    + $"rates {string.Join(" ", rates[i].Select(r => r.ToString("0", CultureInfo.InvariantCulture)))}"));
                if (allocationSamples is not null)
                {
                    var messages = (double)scenarios[i].Messages * rates[i].Count;
                    Console.WriteLine("  sampled allocations, bytes/message: " + string.Join(", ", sampledTypes[i].OrderByDescending(t => t.Value).Take(40)
                        .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value / messages:0}"))));
                }
            }

            Console.WriteLine();
        }
    }

    /// <summary>
    /// Runs every scenario until the JIT has settled: a first pass with a quarter of the messages (JIT tiers,
    /// connections, thread pool), then short passes until one, with a pause after it for the runtime's background
    /// compiler (which starts optimising code 100 ms after the last new method), compiles for less than
    /// <see cref="SettledJitTime"/> (at most <see cref="MaxWarmUpPasses"/> passes). Code that runs once per scenario,
    /// such as building the module's container, reaches the optimising tier only after about 30 calls; with a single
    /// warm-up pass it was compiled during the timed runs (tens of milliseconds of JIT time in a run of 2000 messages),
    /// which falls on whichever scenario is running.
    /// </summary>
    private static async Task WarmUpAsync(List<Scenario> scenarios)
    {
        var passes = 0;
        TimeSpan compiling;
        do
        {
            var before = JitInfo.GetCompilationTime();
            foreach (var scenario in scenarios)
            {
                await scenario.Prepare(passes == 0 ? Math.Max(scenario.Messages / 4, 20) : WarmUpMessages)();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
            compiling = JitInfo.GetCompilationTime() - before;
            passes++;
        }
        while (compiling > SettledJitTime && passes < MaxWarmUpPasses);

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {passes} passes, the last compiled for {compiling.TotalMilliseconds:0} ms"));
    }

    /// <summary>Peak working set for a 100 MB attachment streamed from a file, each measurement in a fresh process, alternating the senders.</summary>
    private static async Task PeakMemoryAsync(int runs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mailkitconfig-bench-{Guid.NewGuid():N}.bin");
        await using (var file = File.Create(path))
        {
            var block = new byte[1 << 20];
            for (var i = 0; i < AttachmentMegabytes; i++)
            {
                Random.Shared.NextBytes(block);
                await file.WriteAsync(block);
            }
        }

        var kinds = new (string Kind, string Name)[]
        {
            ("raw", "raw MailKit, `new MimeContent(File.OpenRead(path))`, Base64"),
            ("sender", "IMailSender (defaults), `MailAttachment.FromFile(path)`"),
        };
        var measured = kinds.Select(_ => new List<(double Before, double After)>()).ToList();
        try
        {
            for (var run = 0; run < runs; run++)
            {
                for (var position = 0; position < kinds.Length; position++)
                {
                    var k = (position + run) % kinds.Length;
                    measured[k].Add(await MeasureInChildAsync(kinds[k].Kind, path));
                }
            }
        }
        finally
        {
            File.Delete(path);
        }

        Console.WriteLine($"Peak working set sending one {AttachmentMegabytes} MB attachment to smtp-sink, each measurement in a fresh process ({runs} per sender, alternating), MiB as median (min–max): before = peak after sending one small message first; growth = peak after the attachment − before.");
        Console.WriteLine();
        Console.WriteLine("| sender | peak before | peak after | growth |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var k = 0; k < kinds.Length; k++)
        {
            var m = measured[k];
            Console.WriteLine($"| {kinds[k].Name} | {Figures.Spread(m.Select(x => x.Before), "0")} | {Figures.Spread(m.Select(x => x.After), "0")} | {Figures.Spread(m.Select(x => x.After - x.Before), "0.0")} |");
        }
    }

    /// <summary>Starts this benchmark again as <c>memory-child KIND PATH</c> and reads its two figures (MiB).</summary>
    private static async Task<(double Before, double After)> MeasureInChildAsync(string kind, string path)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own executable is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SendingBenchmark).Assembly.Location); // started as `dotnet MailKitConfig.Benchmarks.dll`
        }

        foreach (var argument in new[] { "memory-child", kind, path })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The memory measurement did not start.");
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = (await output).Trim();
        if (child.ExitCode != 0 || line.Split(' ') is not [var before, var after])
        {
            throw new InvalidOperationException($"The memory measurement '{kind}' failed (exit code {child.ExitCode}): {line} {await error}");
        }

        return (long.Parse(before, CultureInfo.InvariantCulture) / 1048576.0, long.Parse(after, CultureInfo.InvariantCulture) / 1048576.0);
    }

    private MimeMessage RawMessage(int i)
    {
        var message = new MimeMessage { Subject = $"Benchmark {i}" };
        message.From.Add(MailboxAddress.Parse(lab.User));
        message.To.Add(MailboxAddress.Parse(lab.Recipient));
        message.Body = new TextPart("plain") { Text = Program.MessageBody };
        return message;
    }

    private OutgoingMessage Message(int i) => new() { Subject = $"Benchmark {i}", TextBody = Program.MessageBody, To = { lab.Recipient } };

    private async Task<SmtpClient> RawConnectAsync(Target target)
    {
        var client = new SmtpClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = TrustLabCa };
        await client.ConnectAsync(target.Endpoint.Host, target.Endpoint.Port, target.Authenticate ? SecureSocketOptions.StartTls : SecureSocketOptions.None);
        if (target.Authenticate)
        {
            await client.AuthenticateAsync(lab.User, lab.Password);
        }

        return client;
    }

    /// <summary>Raw MailKit on <paramref name="connections"/> connections, each reused for all its messages; the connections take the next message as they become free, as a pool does.</summary>
    private async Task RawReusedAsync(Target target, int connections, int count)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            using var client = await RawConnectAsync(target);
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var message = RawMessage(i);
                var started = Stopwatch.GetTimestamp();
                await client.SendAsync(message);
                if (MeasureBusy)
                {
                    Interlocked.Add(ref busyTicks, Stopwatch.GetElapsedTime(started).Ticks);
                }
            }

            await client.DisconnectAsync(true);
        }));
    }

    /// <summary>
    /// Raw MailKit on <paramref name="connections"/> reused connections sending the library's composed messages
    /// (BENCH_LADDER=1): with <paramref name="own"/>, through the library's <see cref="SendingSmtpClient"/> with its
    /// envelope and a transfer tracker, as a pooled send does. Between raw MailKit and the pool, these two rows show
    /// what composition and the client's own measures cost, apart from the pool and the send's bookkeeping.
    /// </summary>
    private async Task RawComposedAsync(Target target, int connections, int count, bool own)
    {
        var next = -1;
        var account = Account(target);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            using var client = own ? new SendingSmtpClient(new MailKit.NullProtocolLogger()) : new SmtpClient();
            await client.ConnectAsync(target.Endpoint.Host, target.Endpoint.Port, SecureSocketOptions.None);
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                using var composed = await MailMessageComposer.ComposeAsync(account, Message(i), DateTimeOffset.Now);
                if (own)
                {
                    await client.SendAsync(FormatOptions.Default, composed.Message, composed.Sender, composed.Recipients, default, new DataTransferTracker());
                }
                else
                {
                    await client.SendAsync(composed.Message);
                }
            }

            await client.DisconnectAsync(true);
        }));
    }

    private async Task RawPerMessageAsync(Target target, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var client = await RawConnectAsync(target);
            await client.SendAsync(RawMessage(i));
            await client.DisconnectAsync(true);
        }
    }

    /// <summary>The module with the lab's CA; <paramref name="poolSize"/> null keeps every sending option at its default.</summary>
    private ServiceProvider Services(int? poolSize, int? maxMessages)
    {
        var module = new ServiceCollection().AddMailModule(o =>
        {
            o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificate(lab.Ca.RawData));
            o.CheckCertificateRevocation = false;
        });
        if (poolSize is { } size)
        {
            module.ConfigureSending(o =>
            {
                o.MaxConnectionsPerAccount = size;
                o.MaxMessagesPerConnection = maxMessages ?? o.MaxMessagesPerConnection;
            });
        }

        return module.Services.BuildServiceProvider();
    }

    private MailAccountSettings Account(Target target) => new()
    {
        Address = lab.User,
        Usage = MailUsage.Send,
        Credentials = target.Authenticate ? MailCredentials.Password(lab.Password) : null,
        Smtp = target.Endpoint,
    };

    /// <summary>IMailSender with the defaults (<paramref name="poolSize"/> null) or a pool of that size whose connections are replaced after <paramref name="maxMessages"/> messages.</summary>
    /// <summary>
    /// Builds the module's container (outside the clock, as an application builds it once at start) and returns the
    /// timed work: the pool opens its connections, sends, and closes them when the container is disposed.
    /// </summary>
    private Func<Task> Sender(Target target, int? poolSize, int count, bool sequential, int? maxMessages = null)
    {
        var services = Services(poolSize, maxMessages);
        var sender = services.GetRequiredService<IMailSender>();
        var account = Account(target);
        return async () =>
        {
            await using (services)
            {
                if (sequential)
                {
                    for (var i = 0; i < count; i++)
                    {
                        await sender.SendAsync(account, Message(i));
                    }

                    return;
                }

                var outcomes = await sender.SendManyAsync(account, Enumerable.Range(0, count).Select(Message));
                if (outcomes.FirstOrDefault(o => o.Status != MailSendStatus.Sent) is { } failed)
                {
                    throw new InvalidOperationException($"Message {failed.Index}: {failed.Status} {failed.Error?.Message}");
                }
            }
        };
    }

    /// <summary>IMailSender with a pool of <paramref name="n"/> fed by as many loops of SendAsync as raw MailKit's baseline, without a batch.</summary>
    private Func<Task> Loops(Target target, int n, int count)
    {
        var services = Services(n, null);
        var sender = services.GetRequiredService<IMailSender>();
        var account = Account(target);
        return async () =>
        {
            await using (services)
            {
                var next = -1;
                await Task.WhenAll(Enumerable.Range(0, n).Select(async _ =>
                {
                    for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                    {
                        await sender.SendAsync(account, Message(i));
                    }
                }));
            }
        };
    }

    /// <summary>Trusts a server certificate that chains to the lab's CA and names the host (the raw MailKit baselines' check).</summary>
    internal bool TrustLabCa(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(lab.Ca);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf);
    }

    private static string CpuModel()
        => File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU" : "unknown CPU";

    private static double TotalMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;

    /// <summary>A server to measure against.</summary>
    private sealed record Target(string Name, ServerEndpoint Endpoint, bool Authenticate, int Messages, int PerMessage);

    /// <summary>
    /// A way of sending, on <paramref name="Connections"/> connections; a baseline is raw MailKit reusing them.
    /// <paramref name="Prepare"/> takes the number of messages, does what is not timed and returns the timed work.
    /// </summary>
    private sealed record Scenario(string Name, int Connections, bool Baseline, int Messages, Func<int, Func<Task>> Prepare);
}

/// <summary>Sums the bytes the garbage collector promoted out of generations 0 and 1 (the runtime's GCHeapStats events), in this process.</summary>
internal sealed class PromotedBytes : EventListener
{
    private long total;

    /// <summary>Gets the bytes promoted since the listener started.</summary>
    public long Total => Interlocked.Read(ref total);

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)1); // the GC keyword
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCHeapStats", StringComparison.Ordinal) == true && e.Payload is { } payload)
        {
            var names = e.PayloadNames!;
            long sum = 0;
            for (var k = 0; k < names.Count; k++)
            {
                if (names[k] is "TotalPromotedSize0" or "TotalPromotedSize1")
                {
                    sum += Convert.ToInt64(payload[k], CultureInfo.InvariantCulture);
                }
            }

            Interlocked.Add(ref total, sum);
        }
    }
}

/// <summary>
/// Tallies the runtime's allocation samples (GCAllocationTick, one about every 100 KB allocated) by type, in this
/// process: where a scenario's bytes per message go, in proportion.
/// </summary>
internal sealed class AllocationSamples : EventListener
{
    private readonly Dictionary<string, long> bytes = [];

    /// <summary>Takes the tally so far and starts a new one.</summary>
    /// <returns>Bytes sampled per type.</returns>
    public Dictionary<string, long> Take()
    {
        lock (bytes)
        {
            var taken = new Dictionary<string, long>(bytes);
            bytes.Clear();
            return taken;
        }
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)1); // the GC keyword, verbose: the allocation ticks
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } payload)
        {
            var names = e.PayloadNames!;
            var type = (string?)payload[names.IndexOf("TypeName")] ?? "?";
            var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (bytes)
            {
                bytes[type] = bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}

/// <summary>What the sending benchmark needs of the lab.</summary>
/// <param name="State">The lab's state directory (where its servers' pid files are).</param>
internal sealed record SendingLab(string Host, int SubmissionPort, int SinkPort, string User, string Password, X509Certificate2 Ca, string Recipient, string State);
