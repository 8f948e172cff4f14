using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

/// <summary>
/// Receiving against the lab's Dovecot, side by side with raw MailKit in one run: fetching 1,000 messages of 10 KB,
/// the cost of a poll that finds no new mail at 10, 1,000 and 10,000 messages, and the memory one 50 MB message costs.
/// Run with <c>dotnet run -c Release --project benchmarks/MailKitConfig.Benchmarks -- receive</c> (lab running).
/// </summary>
internal static class ReceiveBenchmark
{
    private const string FetchFolder = "Bench1000";
    private const int FetchCount = 1000;
    private const int MessageSize = 10 * 1024;
    private const int LargeSize = 50 * 1024 * 1024;

    public static async Task RunAsync()
    {
        var labPath = Environment.GetEnvironmentVariable("MAILKITCONFIG_LAB_CONFIG") is { Length: > 0 } p ? p : "/tmp/mailkitconfig-lab/lab.json";
        var lab = JsonDocument.Parse(File.ReadAllText(labPath)).RootElement;
        var host = lab.GetProperty("host").GetString()!;
        var port = lab.GetProperty("ports").GetProperty("imaps").GetInt32();
        var user = lab.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("address").GetString()!.StartsWith("receiver-bench@", StringComparison.Ordinal));
        var (address, password) = (user.GetProperty("address").GetString()!, user.GetProperty("password").GetString()!);
        using var ca = X509CertificateLoader.LoadCertificateFromFile(lab.GetProperty("caCertificatePath").GetString()!);
        var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? "5", CultureInfo.InvariantCulture);
        var account = new MailAccountSettings
        {
            Address = address,
            Credentials = MailCredentials.Password(password),
            Usage = MailUsage.Receive,
            Imap = new ServerEndpoint(host, port, MailSecurity.ImplicitTls),
        };

        async Task<ImapClient> RawConnectAsync()
        {
            var client = new ImapClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = (_, c, _, e) => Trusted(ca, c, e) };
            await client.ConnectAsync(host, port, SecureSocketOptions.SslOnConnect);
            await client.AuthenticateAsync(address, password);
            return client;
        }

        ServiceProvider Services(string state, bool eachMessage, int batchSize = 100, int writeIntervalMs = 0) => new ServiceCollection()
            .AddMailModule(o =>
            {
                o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificate(ca.RawData));
                o.CheckCertificateRevocation = false;
            })
            .ConfigureReceiving(o =>
            {
                o.StateDirectory = state;
                o.SaveStateAfterEachMessage = eachMessage;
                o.BatchSize = batchSize;
                o.StateWriteInterval = TimeSpan.FromMilliseconds(writeIntervalMs);
            })
            .Services.BuildServiceProvider();

        Console.WriteLine($"# MailKitConfig receiving benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; Dovecot over implicit TLS on loopback.");
        Console.WriteLine();
        await FillAsync(RawConnectAsync, FetchFolder, FetchCount, MessageSize);

        // The module is built once per mode, as an application builds it once; each run starts from an empty state.
        var batchState = Directory.CreateTempSubdirectory("mkc-bench-").FullName;
        var bigBatchState = Directory.CreateTempSubdirectory("mkc-bench-").FullName;
        var messageState = Directory.CreateTempSubdirectory("mkc-bench-").FullName;
        var groupedState = Directory.CreateTempSubdirectory("mkc-bench-").FullName;
        await using var perBatch = Services(batchState, eachMessage: false);
        await using var perBigBatch = Services(bigBatchState, eachMessage: false, batchSize: FetchCount);
        await using var perMessage = Services(messageState, eachMessage: true);
        await using var grouped = Services(groupedState, eachMessage: true, writeIntervalMs: 100);

        // 1. Fetching 1,000 messages of 10 KB, each parsed into a MimeMessage.
        var scenarios = new List<(string Name, Func<Task> Run)>
        {
            ("raw MailKit: one connection, UID FETCH 1:* BODY.PEEK[], MimeMessage.Load each (baseline)", async () =>
            {
                using var client = await RawConnectAsync();
                var folder = await client.GetFolderAsync(FetchFolder);
                await folder.OpenAsync(FolderAccess.ReadOnly);
                var parsed = 0;
                await ((ImapFolder)folder).GetStreamsAsync(UniqueIdRange.All, async (_, _, _, stream, token) =>
                {
                    using var message = await MimeMessage.LoadAsync(stream, token);
                    parsed++;
                });
                await client.DisconnectAsync(true);
                Check(parsed);
            }),
            ("IMailReceiver, state saved once per batch of 100 (SaveStateAfterEachMessage = false)", () => ReceiveAllAsync(perBatch, batchState)),
            ("IMailReceiver, state saved once per batch of 1,000 (and BatchSize = 1000)", () => ReceiveAllAsync(perBigBatch, bigBatchState)),
            ("IMailReceiver, state saved (fsync) after each message (default)", () => ReceiveAllAsync(perMessage, messageState)),
            ("IMailReceiver, state saved after each message at most every 100 ms (StateWriteInterval)", () => ReceiveAllAsync(grouped, groupedState)),
        };

        async Task ReceiveAllAsync(ServiceProvider module, string state)
        {
            try
            {
                var receiver = module.GetRequiredService<IMailReceiver>();
                var parsed = 0;
                var result = await receiver.ReceiveAsync(account, async (mail, token) =>
                {
                    await mail.GetMessageAsync(token);
                    parsed++;
                }, new MailReceiveOptions { Folder = FetchFolder, Start = MailReceiveStart.All });
                Check(parsed);
            }
            finally
            {
                foreach (var file in Directory.GetFiles(state))
                {
                    File.Delete(file);
                }
            }
        }

        foreach (var scenario in scenarios)
        {
            await scenario.Run(); // warm up
        }

        var rates = scenarios.Select(_ => new List<double>()).ToList();
        for (var run = 0; run < runs; run++)
        {
            for (var position = 0; position < scenarios.Count; position++)
            {
                var i = (position + run) % scenarios.Count;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                await scenarios[i].Run();
                rates[i].Add(FetchCount / clock.Elapsed.TotalSeconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fetching {FetchCount} messages of {MessageSize / 1024} KB (connect, login, fetch, parse each; median of {runs} runs in rotating order; ratio = median of the per-run ratios to the baseline):"));
        Console.WriteLine();
        Console.WriteLine("| scenario | msg/s (median) | ratio: median | ratio: range |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < scenarios.Count; i++)
        {
            var ratios = rates[i].Zip(rates[0], (r, b) => r / b).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenarios[i].Name} | {Figures.Median(rates[i]):0} | {Figures.Median(ratios):0.00}× | {ratios.Min():0.00}–{ratios.Max():0.00}× |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load average at the end: {Figures.LoadAverage()}"));
        Directory.Delete(bigBatchState, recursive: true);
        Directory.Delete(batchState, recursive: true);
        Directory.Delete(messageState, recursive: true);
        Directory.Delete(groupedState, recursive: true);
        if (Environment.GetEnvironmentVariable("BENCH_FETCH_ONLY") == "1")
        {
            return; // only the fetch comparison (BENCH_FETCH_ONLY=1)
        }

        // 2. A poll with no new mail, at three folder sizes.
        Console.WriteLine();
        Console.WriteLine("A poll that finds no new mail (a fresh connection each time: connect, login, check, logout; median of 10):");
        Console.WriteLine();
        Console.WriteLine("| messages in the folder | commands | wall time |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var size in new[] { 10, 1000, 10000 })
        {
            var folder = $"Poll{size}";
            await FillAsync(RawConnectAsync, folder, size, 1024);
            var state = Directory.CreateTempSubdirectory("mkc-bench-").FullName;
            try
            {
                await using var services = Services(state, eachMessage: true);
                var receiver = services.GetRequiredService<IMailReceiver>();
                var options = new MailReceiveOptions { Folder = folder };
                await receiver.ReceiveAsync(account, (_, _) => Task.CompletedTask, options); // the first receive: from now on
                var times = new List<double>();
                var commands = new HashSet<int>();
                for (var i = 0; i < 10; i++)
                {
                    var clock = Stopwatch.StartNew();
                    var result = await receiver.ReceiveAsync(account, (_, _) => Task.CompletedTask, options);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    commands.Add(result.Commands);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {string.Join("/", commands)} | {Figures.Median(times):0.0} ms |"));
            }
            finally
            {
                Directory.Delete(state, recursive: true);
            }
        }

        // 3. Memory for one 50 MB message.
        await FillLargeAsync(RawConnectAsync);
        var raw = await PeakAsync(async () =>
        {
            using var client = await RawConnectAsync();
            var folder = await client.GetFolderAsync("Big");
            await folder.OpenAsync(FolderAccess.ReadOnly);
            using var stream = await folder.GetStreamAsync(new UniqueId(folder.UidValidity, 1));
            using var message = await MimeMessage.LoadAsync(stream);
            await client.DisconnectAsync(true);
        });
        var ours = await PeakAsync(async () =>
        {
            var state = Directory.CreateTempSubdirectory("mkc-bench-").FullName;
            try
            {
                await using var services = Services(state, eachMessage: true);
                await services.GetRequiredService<IMailReceiver>().ReceiveAsync(account, async (mail, token) =>
                {
                    var message = await mail.GetMessageAsync(token);
                    foreach (var part in message.Attachments.OfType<MimePart>())
                    {
                        await part.Content!.DecodeToAsync(Stream.Null, token); // the attachment read as a stream
                    }
                }, new MailReceiveOptions { Folder = "Big", Start = MailReceiveStart.All });
            }
            finally
            {
                Directory.Delete(state, recursive: true);
            }
        });
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"One message of {LargeSize / 1048576} MB (a base64 attachment), peak managed heap above the start (sampled every 5 ms), bytes allocated and wall time (connect to logout):"));
        Console.WriteLine();
        Console.WriteLine("| scenario | peak heap growth | allocated | wall time |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| raw MailKit: GetStreamAsync + MimeMessage.Load | {raw.Peak / 1048576.0:0.0} MiB | {raw.Allocated / 1048576.0:0} MiB | {raw.Elapsed.TotalMilliseconds:0} ms |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| IMailReceiver: downloaded into a file in {ImapReceiveSession.DownloadChunk / 1024} KiB FETCHes, parsed from it, attachment decoded as a stream | {ours.Peak / 1048576.0:0.0} MiB | {ours.Allocated / 1048576.0:0} MiB | {ours.Elapsed.TotalMilliseconds:0} ms |"));
    }


    private static void Check(int parsed)
    {
        if (parsed != FetchCount)
        {
            throw new InvalidOperationException($"Received {parsed} messages instead of {FetchCount}.");
        }
    }

    private static async Task<(long Peak, long Allocated, TimeSpan Elapsed)> PeakAsync(Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var peak = start;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(5);
            }
        });
        var clock = Stopwatch.StartNew();
        await run();
        var elapsed = clock.Elapsed;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        await stop.CancelAsync();
        await sampler;
        return (peak - start, GC.GetTotalAllocatedBytes(precise: true) - allocated, elapsed);
    }

    private static async Task FillAsync(Func<Task<ImapClient>> connect, string name, int count, int size)
    {
        using var client = await connect();
        var folder = await GetOrCreateAsync(client, name);
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var have = folder.Count;
        await folder.CloseAsync();
        var text = string.Concat(Enumerable.Repeat("Order 4711: 12 pallets, delivery on Tuesday, invoice attached later.\n", size / 68 + 1))[..size];
        for (var start = have; start < count; start += 500)
        {
            var requests = Enumerable.Range(start, Math.Min(500, count - start)).Select(i =>
            {
                var message = new MimeMessage { Subject = $"Benchmark {i}", Body = new TextPart("plain") { Text = text } };
                message.From.Add(MailboxAddress.Parse("partner@example.org"));
                message.To.Add(MailboxAddress.Parse("receiver-bench@lab.test"));
                return (IAppendRequest)new AppendRequest(message);
            }).ToList();
            await folder.AppendAsync(requests);
        }

        await client.DisconnectAsync(true);
    }

    private static async Task FillLargeAsync(Func<Task<ImapClient>> connect)
    {
        using var client = await connect();
        var folder = await GetOrCreateAsync(client, "Big");
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var have = folder.Count;
        await folder.CloseAsync();
        if (have == 0)
        {
            var content = new byte[LargeSize * 3 / 4]; // base64 makes it about 50 MB
            new Random(11).NextBytes(content);
            var builder = new BodyBuilder { TextBody = "The archive is attached." };
            builder.Attachments.Add("archive.bin", content);
            var message = new MimeMessage { Subject = "Large", Body = builder.ToMessageBody() };
            message.From.Add(MailboxAddress.Parse("partner@example.org"));
            await folder.AppendAsync(new AppendRequest(message));
        }

        await client.DisconnectAsync(true);
    }

    private static async Task<IMailFolder> GetOrCreateAsync(ImapClient client, string name)
    {
        try
        {
            return await client.GetFolderAsync(name);
        }
        catch (FolderNotFoundException)
        {
            return (await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(name, true))!;
        }
    }

    private static bool Trusted(X509Certificate2 ca, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}
