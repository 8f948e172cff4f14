using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

/// <summary>
/// Where the outbox benchmark's time goes, with BENCH_TRACE=&lt;directory&gt; (Linux): after each timed run, one line
/// on standard error with the CPU time per message of this process, the sender processes and the process trees named
/// in BENCH_TRACE_PIDS (<c>name=pid …</c>, e.g. the lab's postmaster and Postfix master), with the load average at the
/// start; and, per process, a file with the count and wall time of each kind of database statement and SMTP send
/// (the activities of Npgsql and MailKitConfig) and the runtime's JIT and GC counts. On a shared machine the CPU time
/// per message is steadier than the rate: the rate follows the load, the work per message much less.
/// </summary>
internal static class OutboxTrace
{
    private static readonly ConcurrentDictionary<string, (long Count, double Milliseconds)> Totals = new();
    private static ActivityListener? listener;

    /// <summary>Gets the directory of the files, or null when tracing is off.</summary>
    public static string? Directory => Environment.GetEnvironmentVariable("BENCH_TRACE");

    /// <summary>Starts timing the activities of this process.</summary>
    public static void Start()
    {
        if (Directory is null || listener is not null)
        {
            return;
        }

        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" or "MailKitConfig",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a =>
            {
                var text = a.GetTagItem("db.query.text") as string ?? a.GetTagItem("db.statement") as string ?? a.DisplayName;
                var key = a.Source.Name + ": " + string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries).Take(8));
                Totals.AddOrUpdate(key, (1, a.Duration.TotalMilliseconds), (_, t) => (t.Count + 1, t.Milliseconds + a.Duration.TotalMilliseconds));
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Appends the activities timed since the last call to this process's file, and starts afresh.</summary>
    /// <param name="name">What was timed.</param>
    public static void Dump(string name)
    {
        if (Directory is null)
        {
            return;
        }

        var runtime = string.Create(CultureInfo.InvariantCulture, $"jitted {System.Runtime.JitInfo.GetCompiledMethodCount()} methods; cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:0} ms; gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        var lines = Totals.OrderByDescending(t => t.Value.Milliseconds)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Value.Count,8} {t.Value.Milliseconds,10:0.0} ms {t.Value.Milliseconds / t.Value.Count,8:0.000} ms/op  {t.Key}"));
        File.AppendAllLines(Path.Combine(Directory, $"{name}-{Environment.ProcessId}.txt"), [$"--- {DateTime.UtcNow:HH:mm:ss} {runtime}", .. lines]);
        Totals.Clear();
    }

    /// <summary>Takes the CPU times before a run.</summary>
    /// <param name="senders">The sender processes.</param>
    /// <returns>The CPU ticks per group, or null when tracing is off.</returns>
    public static Dictionary<string, long>? Before(IEnumerable<int> senders) => Directory is null ? null : Snapshot(senders);

    /// <summary>Writes the line of a run.</summary>
    /// <param name="before">What <see cref="Before"/> took.</param>
    /// <param name="senders">The sender processes.</param>
    /// <param name="scenario">The scenario's name.</param>
    /// <param name="messages">The messages of the run.</param>
    /// <param name="elapsed">The run's time.</param>
    /// <param name="load">The load average at the start.</param>
    public static void After(Dictionary<string, long>? before, IEnumerable<int> senders, string scenario, int messages, TimeSpan elapsed, string load)
    {
        if (before is null)
        {
            return;
        }

        var cpu = string.Join(" ", Snapshot(senders).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={(kv.Value - before.GetValueOrDefault(kv.Key)) * 10.0 / messages:0.00}")));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trace: load {load}, {messages / elapsed.TotalSeconds:0} msg/s, CPU ms per message: {cpu} — {scenario}"));
        Dump("run");
    }

    /// <summary>Gets the load average of the last minute.</summary>
    /// <returns>It, as the system shows it.</returns>
    public static string Load() => Figures.LoadAverage().Split(' ')[0];

    private static Dictionary<string, long> Snapshot(IEnumerable<int> senders)
    {
        var groups = senders.Select(pid => ("senders", pid)).Concat(
            (Environment.GetEnvironmentVariable("BENCH_TRACE_PIDS") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('='))
                .Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture))));
        var (children, ticks) = Processes();
        long Tree(int pid) => ticks.GetValueOrDefault(pid) + (children.TryGetValue(pid, out var c) ? c.Sum(Tree) : 0);
        var result = groups.GroupBy(g => g.Item1).ToDictionary(g => g.Key, g => g.Sum(p => Tree(p.Item2)));
        result["this process"] = (long)(Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds / 10);
        return result;
    }

    /// <summary>Reads every process's parent and CPU ticks (its own and its reaped children's, in 10 ms ticks).</summary>
    private static (Dictionary<int, List<int>> Children, Dictionary<int, long> Ticks) Processes()
    {
        var children = new Dictionary<int, List<int>>();
        var ticks = new Dictionary<int, long>();
        foreach (var directory in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                ticks[pid] = fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture)); // utime, stime, cutime, cstime
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
            catch (IOException)
            {
                // the process ended meanwhile
            }
        }

        return (children, ticks);
    }
}
