#pragma warning disable CA1848, CA1873, CA2254 // the tests write log records as any application code would
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Hosting;

/// <summary>The administrator digest: log records mailed through the lab as one digest per interval of a fake clock.</summary>
[Category("Integration")]
public class AdministratorDigestTests : LabFixture
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    [Test]
    public async Task A_hundred_critical_records_arrive_as_one_digest_and_nothing_is_sent_without_records()
    {
        var subject = "Digest " + Guid.NewGuid().ToString("N");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = CreateServices(clock, subject, maxRecords: 200);
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Billing");

        for (var i = 0; i < 100; i++)
        {
            logger.LogCritical("Invoice run {Number} failed", i);
        }

        logger.LogWarning("Below the level: not collected");
        clock.Advance(Interval - TimeSpan.FromSeconds(1));
        (await CountAsync(subject)).Should().Be(0, "the interval has not passed");

        clock.Advance(TimeSpan.FromSeconds(1));
        var digest = await WaitForAsync(subject + ": 100 record(s)");

        digest.Should().Contain("100 log record(s) at Critical or above").And.Contain("Invoice run 0 failed").And.Contain("Invoice run 99 failed");
        digest.Should().NotContain("Below the level");
        clock.Advance(Interval);
        await Task.Delay(500);
        (await CountAsync(subject)).Should().Be(1, "one digest per interval, none without records");
    }

    [Test]
    public async Task A_digest_is_bounded_and_counts_what_it_did_not_keep()
    {
        var subject = "Digest " + Guid.NewGuid().ToString("N");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = CreateServices(clock, subject, maxRecords: 10);
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Billing");

        for (var i = 0; i < 25; i++)
        {
            logger.LogCritical(new string('x', 10_000) + " {Number}", i);
        }

        clock.Advance(Interval);
        var digest = await WaitForAsync(subject + ": 25 record(s)");

        digest.Should().Contain("the first 10 are below, 15 more were not kept");
        digest.Length.Should().BeLessThan(10 * 4_200, "each record is cut to MaxRecordLength");
    }

    [Test]
    public async Task A_digest_that_cannot_be_sent_does_not_feed_itself()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddLogging(l => l.SetMinimumLevel(LogLevel.Trace));
        services.AddMailModule()
            .AddAccount("system", o =>
            {
                o.Address = Lab.Alice.Address;
                o.Password = "wrong";
                o.Smtp = new MailServerOptions { Host = Lab.Host, Port = Lab.Ports.Submissions, Security = MailSecurity.ImplicitTls };
            })
            .ConfigureSending(o => o.MaxRetryAttempts = 0)
            .AddAdministratorDigest(o =>
            {
                o.To = Lab.Bob.Address;
                o.MinimumLevel = LogLevel.Warning;
                o.Interval = Interval;
            });
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var digest = provider.GetServices<ILoggerProvider>().OfType<MailDigestLoggerProvider>().Single();
        provider.GetRequiredService<ILoggerFactory>().CreateLogger("Billing").LogError("One failure");
        digest.Pending.Should().Be(1);

        await digest.FlushAsync(CancellationToken.None);

        digest.Pending.Should().Be(0, "the failed send's own warnings and errors are not collected into the next digest");
        provider.GetRequiredService<ILoggerFactory>().CreateLogger("Billing").LogError("Later failure");
        digest.Pending.Should().Be(1, "records outside a send are collected again");
    }

    private static ServiceProvider CreateServices(FakeTimeProvider clock, string subject, int maxRecords)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddLogging();
        services.AddMailModule(Lab.Trust)
            .AddAccount("system", o =>
            {
                o.Address = Lab.Alice.Address;
                o.Password = Lab.Alice.Password;
                o.Smtp = new MailServerOptions { Host = Lab.Host, Port = Lab.Ports.Submissions, Security = MailSecurity.ImplicitTls };
            })
            .AddAdministratorDigest(o =>
            {
                o.To = Lab.Bob.Address;
                o.Interval = Interval;
                o.MaxRecords = maxRecords;
                o.Subject = subject + ": {0} record(s)";
            });
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    private static async Task<string> WaitForAsync(string subject)
    {
        for (var i = 0; i < 200; i++)
        {
            using var client = await ConnectAsync();
            var found = await client.Inbox.SearchAsync(SearchQuery.SubjectContains(subject));
            if (found.Count > 0)
            {
                found.Should().ContainSingle();
                return (await client.Inbox.GetMessageAsync(found[0])).TextBody ?? string.Empty;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No digest '{subject}' arrived in {Lab.Bob.Address}'s inbox.");
    }

    private static async Task<int> CountAsync(string subject)
    {
        using var client = await ConnectAsync();
        return (await client.Inbox.SearchAsync(SearchQuery.SubjectContains(subject))).Count;
    }

    private static async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient { ServerCertificateValidationCallback = (_, certificate, _, errors) => TrustLab(certificate, errors), CheckCertificateRevocation = false };
        await client.ConnectAsync(Lab.Host, Lab.Ports.Imaps, SecureSocketOptions.SslOnConnect);
        await client.AuthenticateAsync(Lab.Bob.Address, Lab.Bob.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        return client;
    }

    private static bool TrustLab(System.Security.Cryptography.X509Certificates.X509Certificate? certificate, System.Net.Security.SslPolicyErrors errors)
    {
        using var ca = Lab.LoadCaCertificate();
        return CertificateTrust.ChainsTo(ca, certificate, errors);
    }
}
