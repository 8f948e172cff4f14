// Throughput and memory of MailKitConfig's IMailSender against raw MailKit, on the lab's Postfix submission port
// and on smtp-sink. Not a test: run it with `dotnet run -c Release --project benchmarks/MailKitConfig.Benchmarks`
// while the lab is up (eng/lab/up.sh). Prints a Markdown table. With the argument `discovery` it measures the
// account configurator instead, with `overhead` the library's own work per message in process (neither needs the
// lab), with `receive` the receiver against the lab's Dovecot beside raw MailKit, with `outbox` the durable outbox
// (spool and PostgreSQL) against direct sending on the same pool (needs the lab with its PostgreSQL), with `sent` sending
// 200 messages with SaveToSent beside raw MailKit. With `--quick` it
// measures only the smtp-sink rows of raw MailKit
// (baseline), the single connection and the pool of 1, without the memory measurement, and adds this process's CPU
// time and allocations per message (for iterating on overhead). BENCH_ONLY=<text> keeps only scenarios whose name
// contains it (for profiling one scenario; ratios are then relative to the first scenario kept).
using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

if (args is ["discovery", ..])
{
    await DiscoveryBenchmark.RunAsync();
    return;
}

if (args is ["receive", ..])
{
    await ReceiveBenchmark.RunAsync();
    return;
}

if (args is ["overhead", ..])
{
    await OverheadBenchmark.RunAsync();
    return;
}

var labPath = Environment.GetEnvironmentVariable("MAILKITCONFIG_LAB_CONFIG") is { Length: > 0 } p ? p : "/tmp/mailkitconfig-lab/lab.json";
var lab = JsonDocument.Parse(File.ReadAllText(labPath)).RootElement;
var host = lab.GetProperty("host").GetString()!;
var submissionPort = lab.GetProperty("ports").GetProperty("submission").GetInt32();
var sinkPort = lab.GetProperty("ports").GetProperty("smtpSink").GetInt32();
var alice = lab.GetProperty("users")[0];
var (user, password) = (alice.GetProperty("address").GetString()!, alice.GetProperty("password").GetString()!);
using var ca = X509CertificateLoader.LoadCertificateFromFile(lab.GetProperty("caCertificatePath").GetString()!);
const string Recipient = "bench@lab.test";
if (args is ["outbox", ..])
{
    var account = new MailAccountSettings { Address = user, Usage = MailUsage.Send, Credentials = MailCredentials.Password(password), Smtp = new ServerEndpoint(host, submissionPort, MailSecurity.StartTlsRequired) };
    if (args is [_, "outbox-sender", var schema, var total])
    {
        await OutboxBenchmark.SenderProcessAsync(account, ca, lab.GetProperty("postgres").GetString()!, schema, int.Parse(total, CultureInfo.InvariantCulture));
        return;
    }

    await OutboxBenchmark.RunAsync(account, Recipient, ca, lab.GetProperty("postgres").GetString()!, args.Contains("--quick"));
    return;
}

if (args is ["sent", ..])
{
    var bench = lab.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("address").GetString()!.StartsWith("receiver-bench@", StringComparison.Ordinal));
    await SentBenchmark.RunAsync(host, submissionPort, lab.GetProperty("ports").GetProperty("imaps").GetInt32(), bench.GetProperty("address").GetString()!, bench.GetProperty("password").GetString()!, ca);
    return;
}

var quick = args.Contains("--quick");
var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? "7", CultureInfo.InvariantCulture);

var targets = new[]
{
    new Target("Postfix submission (STARTTLS + AUTH)", new ServerEndpoint(host, submissionPort, MailSecurity.StartTlsRequired), true, 1000, 100),
    new Target("smtp-sink (plain, no AUTH)", new ServerEndpoint(host, sinkPort, MailSecurity.None), false, 2000, 200),
};

Console.WriteLine($"# MailKitConfig sending benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {CpuModel()}, {TotalMemoryGiB():0.#} GiB RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine($"Messages of ~2.2 KB; median of {runs} runs, each scenario once per run, in rotating order; ratio = median over the runs of msg/s ÷ raw MailKit with one reused connection to the same server in the same run.");
Console.WriteLine();

var memory = quick ? default : await PeakMemoryForLargeAttachmentAsync(targets[1]);

Console.WriteLine("| server | scenario | messages | msg/s | ratio |");
Console.WriteLine("|---|---|---:|---:|---:|");
foreach (var target in quick ? targets[1..] : targets)
{
    var scenarios = new List<(string Name, int Count, Func<int, Task> Run)>
    {
        ("raw MailKit, 1 reused connection (baseline)", target.Messages, n => RawReusedAsync(target, n)),
        ("IMailSender, single connection (sequential SendAsync)", target.Messages, n => SenderAsync(target, 1, n, sequential: true)),
    };
    scenarios.AddRange((quick ? PoolSizes[..1] : PoolSizes).Select(size => ($"IMailSender, pool of {size} (SendManyAsync)", target.Messages, (Func<int, Task>)(n => SenderAsync(target, size, n, sequential: false)))));
    if (!quick)
    {
        scenarios.Add(("raw MailKit, connect + send + QUIT per message", target.PerMessage, n => RawPerMessageAsync(target, n)));
    }

    if (Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only)
    {
        scenarios.RemoveAll(s => !s.Name.Contains(only, StringComparison.OrdinalIgnoreCase));
    }

    // Round robin: every run measures every scenario once, so drift in the machine's load hits all of them alike.
    var rates = scenarios.Select(_ => new List<double>()).ToList();
    var cpu = scenarios.Select(_ => new List<double>()).ToList(); // microseconds of this process's CPU per message
    var allocated = scenarios.Select(_ => new List<double>()).ToList(); // bytes allocated per message
    foreach (var scenario in scenarios)
    {
        await scenario.Run(Math.Max(scenario.Count / 4, 20)); // warm up: JIT tiers, connections, thread pool
    }

    // Each run starts with the next scenario (a rotation), so that no scenario always runs first or right after the
    // same neighbour: on this kind of machine the position within a run alone moved a scenario's rate by up to 20 %.
    for (var run = 0; run < runs; run++)
    {
        for (var position = 0; position < scenarios.Count; position++)
        {
            var i = (position + run) % scenarios.Count;
            GC.Collect(); // every scenario starts without the previous one's garbage
            GC.WaitForPendingFinalizers();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            await scenarios[i].Run(scenarios[i].Count);
            rates[i].Add(scenarios[i].Count / clock.Elapsed.TotalSeconds);
            allocated[i].Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)scenarios[i].Count);
            cpu[i].Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / scenarios[i].Count);
        }
    }

    // The ratio is the median of the ratios within each run: the load of a shared machine drifts between runs, and
    // a ratio of scenarios measured back to back is what that drift affects least.
    static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
    for (var i = 0; i < scenarios.Count; i++)
    {
        var ratio = Median(rates[i].Zip(rates[0], (rate, baseline) => rate / baseline));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {target.Name} | {scenarios[i].Name} | {scenarios[i].Count} | {Median(rates[i]):0} | {ratio:0.00}× |"));
    }

    if (quick)
    {
        Console.WriteLine();
        for (var i = 0; i < scenarios.Count; i++)
        {
            var cpuMedian = Median(cpu[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenarios[i].Name}: client CPU {cpuMedian:0} µs/message (median), {Median(allocated[i]):0} B allocated/message, rates {string.Join(" ", rates[i].Select(r => r.ToString("0", CultureInfo.InvariantCulture)))}"));
        }
    }
}

if (quick)
{
    return;
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set sending one 100 MB attachment streamed from a file (MailAttachment.FromFile) to smtp-sink: {memory.Before / 1048576.0:0} MiB before, {memory.After / 1048576.0:0} MiB after: growth {(memory.After - memory.Before) / 1048576.0:0.0} MiB."));

MimeMessage RawMessage(int i)
{
    var message = new MimeMessage { Subject = $"Benchmark {i}" };
    message.From.Add(MailboxAddress.Parse(user));
    message.To.Add(MailboxAddress.Parse(Recipient));
    message.Body = new TextPart("plain") { Text = MessageBody };
    return message;
}

OutgoingMessage Message(int i) => new() { Subject = $"Benchmark {i}", TextBody = MessageBody, To = { Recipient } };

async Task<SmtpClient> RawConnectAsync(Target target)
{
    var client = new SmtpClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = TrustLabCa };
    await client.ConnectAsync(target.Endpoint.Host, target.Endpoint.Port, target.Authenticate ? SecureSocketOptions.StartTls : SecureSocketOptions.None);
    if (target.Authenticate)
    {
        await client.AuthenticateAsync(user, password);
    }

    return client;
}

async Task RawReusedAsync(Target target, int count)
{
    using var client = await RawConnectAsync(target);
    for (var i = 0; i < count; i++)
    {
        await client.SendAsync(RawMessage(i));
    }

    await client.DisconnectAsync(true);
}

async Task RawPerMessageAsync(Target target, int count)
{
    for (var i = 0; i < count; i++)
    {
        using var client = await RawConnectAsync(target);
        await client.SendAsync(RawMessage(i));
        await client.DisconnectAsync(true);
    }
}

ServiceProvider Services(int poolSize) => new ServiceCollection()
    .AddMailModule(o =>
    {
        o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificate(ca.RawData));
        o.CheckCertificateRevocation = false;
    })
    .ConfigureSending(o =>
    {
        o.MaxConnectionsPerAccount = poolSize;
        o.MaxMessagesPerConnection = 10_000;
    })
    .Services.BuildServiceProvider();

MailAccountSettings Account(Target target) => new()
{
    Address = user,
    Usage = MailUsage.Send,
    Credentials = target.Authenticate ? MailCredentials.Password(password) : null,
    Smtp = target.Endpoint,
};

async Task SenderAsync(Target target, int poolSize, int count, bool sequential)
{
    await using var services = Services(poolSize);
    var sender = services.GetRequiredService<IMailSender>();
    var account = Account(target);
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

async Task<(long Before, long After)> PeakMemoryForLargeAttachmentAsync(Target sink)
{
    var path = Path.Combine(Path.GetTempPath(), $"mailkitconfig-bench-{Guid.NewGuid():N}.bin");
    await using (var file = File.Create(path))
    {
        var block = new byte[1 << 20];
        for (var i = 0; i < 100; i++)
        {
            Random.Shared.NextBytes(block);
            await file.WriteAsync(block);
        }
    }

    try
    {
        await using var services = Services(1);
        var sender = services.GetRequiredService<IMailSender>();
        await sender.SendAsync(Account(sink), Message(0)); // warm up: JIT, TLS, pool
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var message = Message(1);
        message.Attachments.Add(MailAttachment.FromFile(path, "report.bin"));
        await sender.SendAsync(Account(sink), message);
        process.Refresh();
        return (before, process.PeakWorkingSet64);
    }
    finally
    {
        File.Delete(path);
    }
}

bool TrustLabCa(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
{
    if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
    {
        return false;
    }

    using var custom = new X509Chain();
    custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
    custom.ChainPolicy.CustomTrustStore.Add(ca);
    custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
    using var leaf = new X509Certificate2(certificate);
    return custom.Build(leaf);
}

static string CpuModel()
    => File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU" : "unknown CPU";

static double TotalMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;

/// <summary>The pool sizes measured and the text of every message.</summary>
internal static partial class Program
{
    /// <summary>The body of the benchmark messages (~2.2 KB messages).</summary>
    internal static readonly string MessageBody = string.Concat(Enumerable.Repeat("The quarterly report is attached; totals are in the second sheet.\n", 32));

    private static readonly int[] PoolSizes = [1, 2, 4, 8];
}

/// <summary>A server to measure against.</summary>
internal sealed record Target(string Name, ServerEndpoint Endpoint, bool Authenticate, int Messages, int PerMessage);
