using System.Diagnostics;
using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

/// <summary>
/// Sending with a copy in the Sent folder (<see cref="MailAccountSettings.SaveToSent"/>): <c>SendManyAsync</c> of 200
/// messages through the lab's Postfix submission port, each saved to the lab's Dovecot over implicit TLS, side by side
/// with raw MailKit (one SMTP and one IMAP connection reused, the Sent folder found once). Run with
/// <c>dotnet run -c Release --project benchmarks/MailKitConfig.Benchmarks -- sent</c> (lab running).
/// </summary>
internal static class SentBenchmark
{
    private const int Messages = 200;
    private const string Recipient = "bench@lab.test";

    public static async Task RunAsync(string host, int submissionPort, int imapsPort, string user, string password, X509Certificate2 ca)
    {
        var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? "5", CultureInfo.InvariantCulture);
        var account = new MailAccountSettings
        {
            Address = user,
            Credentials = MailCredentials.Password(password),
            Usage = MailUsage.Send | MailUsage.Receive,
            Smtp = new ServerEndpoint(host, submissionPort, MailSecurity.StartTlsRequired),
            Imap = new ServerEndpoint(host, imapsPort, MailSecurity.ImplicitTls),
            SaveToSent = true,
        };

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
            using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return custom.Build(leaf);
        }

        async Task<ImapClient> ImapAsync()
        {
            var imap = new ImapClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = TrustLabCa };
            await imap.ConnectAsync(host, imapsPort, SecureSocketOptions.SslOnConnect);
            await imap.AuthenticateAsync(user, password);
            return imap;
        }

        async Task RawAsync()
        {
            using var smtp = new SmtpClient { CheckCertificateRevocation = false, ServerCertificateValidationCallback = TrustLabCa };
            await smtp.ConnectAsync(host, submissionPort, SecureSocketOptions.StartTls);
            await smtp.AuthenticateAsync(user, password);
            using var imap = await ImapAsync();
            var sent = imap.GetFolder(SpecialFolder.Sent) ?? throw new InvalidOperationException("The lab has no Sent folder.");
            for (var i = 0; i < Messages; i++)
            {
                var message = new MimeMessage { Subject = $"Benchmark {i}" };
                message.From.Add(MailboxAddress.Parse(user));
                message.To.Add(MailboxAddress.Parse(Recipient));
                message.Body = new TextPart("plain") { Text = Program.MessageBody };
                await smtp.SendAsync(message);
                await sent.AppendAsync(new AppendRequest(message, MessageFlags.Seen));
            }

            await smtp.DisconnectAsync(true);
            await imap.DisconnectAsync(true);
        }

        await using var services = new ServiceCollection()
            .AddMailModule(o =>
            {
                o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificate(ca.RawData));
                o.CheckCertificateRevocation = false;
            })
            .Services.BuildServiceProvider();
        var sender = services.GetRequiredService<IMailSender>();

        async Task LibraryAsync()
        {
            var outcomes = await sender.SendManyAsync(account, Enumerable.Range(0, Messages).Select(i => new OutgoingMessage { Subject = $"Benchmark {i}", TextBody = Program.MessageBody, To = { Recipient } }));
            if (outcomes.FirstOrDefault(o => o.Status != MailSendStatus.Sent || o.Result?.SavedToSent != true) is { } failed)
            {
                throw new InvalidOperationException($"Message {failed.Index}: {failed.Status} {failed.Error?.Message} {failed.Result?.SentCopyFailure?.Message}");
            }
        }

        async Task EmptySentAsync()
        {
            using var imap = await ImapAsync();
            var sent = imap.GetFolder(SpecialFolder.Sent) ?? throw new InvalidOperationException("The lab has no Sent folder.");
            await sent.OpenAsync(FolderAccess.ReadWrite);
            if (sent.Count > 0)
            {
                await sent.AddFlagsAsync(UniqueIdRange.All, MessageFlags.Deleted, silent: true);
                await sent.ExpungeAsync();
            }

            await imap.DisconnectAsync(true);
        }

        var scenarios = new (string Name, Func<Task> Run)[]
        {
            ("raw MailKit: 1 SMTP + 1 IMAP connection reused, Sent found once (baseline)", RawAsync),
            ("IMailSender.SendManyAsync with SaveToSent (defaults)", LibraryAsync),
        };

        foreach (var scenario in scenarios)
        {
            await scenario.Run(); // warm up
            await EmptySentAsync();
        }

        var rates = scenarios.Select(_ => new List<double>()).ToList();
        for (var run = 0; run < runs; run++)
        {
            for (var position = 0; position < scenarios.Length; position++)
            {
                var i = (position + run) % scenarios.Length;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                await scenarios[i].Run();
                rates[i].Add(Messages / clock.Elapsed.TotalSeconds);
                await EmptySentAsync();
            }
        }

        Console.WriteLine($"# MailKitConfig Sent-copy benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Messages} messages of ~2.2 KB to Postfix submission, each copied to Dovecot's Sent folder; median (min–max) of {runs} runs in rotating order; ratio = median of the per-run ratios to the baseline."));
        Console.WriteLine();
        Console.WriteLine("| scenario | msg/s | range | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < scenarios.Length; i++)
        {
            var ratio = Figures.Median(rates[i].Zip(rates[0], (r, b) => r / b));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenarios[i].Name} | {Figures.Median(rates[i]):0} | {rates[i].Min():0}–{rates[i].Max():0} | {ratio:0.00}× |"));
        }
    }
}
