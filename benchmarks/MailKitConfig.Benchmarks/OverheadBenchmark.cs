using System.Diagnostics;
using System.Globalization;
using MailKitConfig;
using MimeKit;
using Polly;
using Polly.Retry;

/// <summary>
/// The library's own work per message, in process and without a server: what the sending benchmark's gap to raw
/// MailKit against smtp-sink is made of. Each row is the median time of one operation over several batches.
/// </summary>
internal static class OverheadBenchmark
{
    private const int Batch = 20_000;
    private const int Batches = 5;

    public static async Task RunAsync()
    {
        var account = new MailAccountSettings { Address = "alice@example.com", Usage = MailUsage.Send, Smtp = new ServerEndpoint("smtp.example.com", 587, MailSecurity.StartTlsRequired) };
        var callerMessage = HandBuilt(0);
        var retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 3 }).Build();

        Console.WriteLine("## Work per message without a server");
        Console.WriteLine();
        Console.WriteLine("| operation | µs per message | bytes allocated per message |");
        Console.WriteLine("|---|---:|---:|");
        Row("MimeMessage built by hand (what the raw MailKit baseline sends)", i => HandBuilt(i));
        await RowAsync("OutgoingMessage composed by IMailSender (addresses checked, envelope, 7-bit-safe body)", async i => (await MailMessageComposer.ComposeAsync(account, Message(i), DateTimeOffset.Now)).Dispose());
        Row("caller's MimeMessage checked by IMailSender (header injection, envelope addresses)", _ => MailMessageComposer.Envelope(account, callerMessage).Dispose());
        await RowAsync("an asynchronous attempt awaited directly (how SendAsync makes its first attempt)", _ => AttemptAsync().AsTask());
        await RowAsync("the same attempt through a Polly v8 retry pipeline (SendAsync enters it only after a failure)", _ => retry.ExecuteAsync(static _ => AttemptAsync()).AsTask());
        Console.WriteLine();
    }

    private static MimeMessage HandBuilt(int i)
    {
        var message = new MimeMessage { Subject = $"Benchmark {i}" };
        message.From.Add(MailboxAddress.Parse("alice@example.com"));
        message.To.Add(MailboxAddress.Parse("bench@example.com"));
        message.Body = new TextPart("plain") { Text = Program.MessageBody };
        return message;
    }

    private static OutgoingMessage Message(int i) => new() { Subject = $"Benchmark {i}", TextBody = Program.MessageBody, To = { "bench@example.com" } };

    private static async ValueTask<string> AttemptAsync()
    {
        await Task.Yield();
        return "250 2.0.0 Ok";
    }

    private static void Row(string name, Action<int> operation)
        => Print(name, Measure(i =>
        {
            operation(i);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult());

    private static async Task RowAsync(string name, Func<int, Task> operation) => Print(name, await Measure(operation));

    /// <summary>The median time of the batches, and the bytes allocated per operation (all threads, so continuations count too).</summary>
    private static async Task<(double Microseconds, double Bytes)> Measure(Func<int, Task> operation)
    {
        for (var i = 0; i < Batch; i++)
        {
            await operation(i); // warm up: JIT tiers
        }

        var times = new List<double>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var batch = 0; batch < Batches; batch++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Batch; i++)
            {
                await operation(i);
            }

            times.Add(clock.Elapsed.TotalMicroseconds / Batch);
        }

        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)(Batch * Batches);
        return (times.Order().ElementAt(times.Count / 2), bytes);
    }

    private static void Print(string name, (double Microseconds, double Bytes) measured)
        => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {measured.Microseconds:0.0} | {measured.Bytes:0} |"));
}
