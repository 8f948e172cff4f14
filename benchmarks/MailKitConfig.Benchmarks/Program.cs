// Throughput and memory of MailKitConfig's IMailSender against raw MailKit, on the lab's Postfix submission port
// and on smtp-sink. Not a test: run it with `dotnet run -c Release --project benchmarks/MailKitConfig.Benchmarks`
// while the lab is up (eng/lab/up.sh). Prints a Markdown table. With the argument `discovery` it measures the
// account configurator instead, with `overhead` the library's own work per message in process (neither needs the
// lab), with `diagnostics` the diagnostics' patterns tried whole beside one alternative at a time over the real-error
// corpus's dev texts, and the classifier's time per text (no lab either), with `receive` the receiver against the lab's Dovecot beside raw MailKit, with `outbox` the durable outbox
// (spool and PostgreSQL) against direct sending on the same pool (needs the lab with its PostgreSQL), with `sent` sending
// 200 messages with SaveToSent beside raw MailKit, with `connect` the cost of one authenticated connection to Postfix
// submission (the library's connection factory beside raw MailKit, and raw MailKit with one ingredient of the library
// at a time, with the client's and the lab servers' CPU time per connection; BENCH_CONNECTIONS=<n> connections per
// run, default 50), with `replacement` where the time of replacing a connection goes in sequential sends to Postfix
// (each message's time by its position on its connection, when each replacement was ready, CPU time per message of
// the client and the lab's servers; BENCH_MESSAGES=<n> per run, default 1000). With `--quick` it measures only the smtp-sink rows of one connection
// (raw MailKit, the defaults, one connection, the pool of 1), without the memory measurement, and adds this process's
// CPU time, allocations, lock contentions, thread-pool work items, GC pauses, JIT time and collections per message (for
// iterating on overhead); BENCH_POOLS=<n,n,...> sets the connection counts measured (default 1,2,4,8, with --quick 1),
// and BENCH_BUSY=1 adds the share of the connections' time spent inside a send (raw MailKit's SendAsync beside the
// library's mail.send span, so idle gaps between a connection's messages show), BENCH_PROMOTED=1 the bytes the GC
// promoted per message (from the runtime's GC events), BENCH_ALLOCATIONS=1 the bytes per message of the types allocated
// most (from the runtime's allocation samples, one about every 100 KB), BENCH_LOOPS=1 a scenario beside each pool that feeds it with as
// many SendAsync loops as raw MailKit's baseline has connections (the send path without SendManyAsync's batch). With `memory` it measures only the peak memory of
// a 100 MB attachment; each such measurement runs in a fresh process (`memory-child raw|sender FILE`). BENCH_RUNS=<n>
// sets the number of runs (default 7; for the sending table an even number puts raw MailKit first in as many pairs as second); BENCH_ONLY=<text> keeps only scenarios whose name contains it, with their
// baselines (raw MailKit on as many connections).
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using MailKitConfig;

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

if (args is ["diagnostics", ..])
{
    DiagnosticsBenchmark.Run();
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
    if (args is [_, "outbox-sender"])
    {
        await OutboxBenchmark.SenderProcessAsync(account, ca, lab.GetProperty("postgres").GetString()!);
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

var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? "7", CultureInfo.InvariantCulture);
var sending = new SendingBenchmark(new SendingLab(host, submissionPort, sinkPort, user, password, ca, Recipient, Path.GetDirectoryName(Path.GetFullPath(labPath))!));
if (args is ["connect", ..])
{
    await ConnectBenchmark.RunAsync(new SendingLab(host, submissionPort, sinkPort, user, password, ca, Recipient, Path.GetDirectoryName(Path.GetFullPath(labPath))!), runs, int.Parse(Environment.GetEnvironmentVariable("BENCH_CONNECTIONS") ?? "50", CultureInfo.InvariantCulture));
    return;
}

if (args is ["replacement", ..])
{
    await ReplacementBenchmark.RunAsync(new SendingLab(host, submissionPort, sinkPort, user, password, ca, Recipient, Path.GetDirectoryName(Path.GetFullPath(labPath))!), runs, int.Parse(Environment.GetEnvironmentVariable("BENCH_MESSAGES") ?? "1000", CultureInfo.InvariantCulture));
    return;
}

if (args is ["memory-child", var kind, var attachment])
{
    await sending.MeasureMemoryInThisProcessAsync(kind, attachment);
    return;
}

await sending.RunAsync(args.Contains("--quick"), args is ["memory", ..], runs);

/// <summary>The text of every message.</summary>
internal static partial class Program
{
    /// <summary>The body of the benchmark messages (~2.2 KB messages).</summary>
    internal static readonly string MessageBody = string.Concat(Enumerable.Repeat("The quarterly report is attached; totals are in the second sheet.\n", 32));
}
