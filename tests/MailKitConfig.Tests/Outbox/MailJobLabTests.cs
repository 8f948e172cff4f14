using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MailKitConfig.Tests.Outbox;

/// <summary>The job against the lab: it sends from the outbox and receives with IMailReceiver, handing new mail to the handler.</summary>
[Category("Integration")]
public class MailJobLabTests : LabFixture
{
    [Test]
    public async Task A_run_sends_the_queued_message_and_the_next_run_receives_it_and_hands_it_to_the_handler()
    {
        var state = Directory.CreateTempSubdirectory("mkc-job-lab-").FullName;
        try
        {
            var received = new List<string>();
            var bob = LabMail.Account(Lab.Bob) with { Usage = MailUsage.SendAndReceive };
            using var services = LabSending.CreateServices(module: m => WithRecordedLogs(m)
                .ConfigureReceiving(o => o.StateDirectory = Path.Combine(state, "receive"))
                .AddOutbox(o => o.SpoolDirectory = Path.Combine(state, "outbox"))
                .AddMailJob(o =>
                {
                    o.Accounts.Add(bob);
                    o.Handlers.Add(async (mail, token) =>
                    {
                        var message = await mail.GetMessageAsync(token);
                        lock (received)
                        {
                            received.Add(message.MessageId ?? string.Empty);
                        }
                    });
                }));
            var job = services.GetRequiredService<IMailJob>();
            (await job.RunNowAsync()).Single().Received.Should().Be(0, "the first run only notes where the mailbox stands");
            var id = await services.GetRequiredService<IMailOutbox>().EnqueueAsync(bob, new OutgoingMessage { Subject = "Job round trip " + Guid.NewGuid(), TextBody = "job", To = { Lab.Bob.Address } });

            var afterSend = (await job.RunNowAsync()).Single();
            var messageId = (await services.GetRequiredService<IMailOutbox>().GetAsync(id))!.MessageId;
            await LabMail.ReadFromImapAsync(Lab.Bob, messageId); // delivered by now
            var afterReceive = (await job.RunNowAsync()).Single();

            afterSend.Sent.Should().Be(1);
            (afterSend.Received + afterReceive.Received).Should().BeGreaterThanOrEqualTo(1);
            afterReceive.LastError.Should().BeNull();
            received.Should().Contain(messageId);
            NoAddressIn(services);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    [Test]
    public async Task A_wrong_password_for_one_account_is_a_classified_problem_in_its_status_and_the_other_account_still_sends()
    {
        var spool = Directory.CreateTempSubdirectory("mkc-job-lab-").FullName;
        try
        {
            var refused = LabMail.Account(Lab.Alice, password: "not-the-password") with { Usage = MailUsage.Send };
            var working = LabMail.Account(Lab.Bob) with { Usage = MailUsage.Send };
            using var services = LabSending.CreateServices(module: m => WithRecordedLogs(m).AddOutbox(o => o.SpoolDirectory = spool).AddMailJob());
            var outbox = services.GetRequiredService<IMailOutbox>();
            var waiting = await outbox.EnqueueAsync(refused, new OutgoingMessage { Subject = "Refused login " + Guid.NewGuid(), TextBody = "job", To = { Lab.Carol.Address } });
            var sent = await outbox.EnqueueAsync(working, new OutgoingMessage { Subject = "Served beside a refused login " + Guid.NewGuid(), TextBody = "job", To = { Lab.Carol.Address } });

            var statuses = await services.GetRequiredService<IMailJob>().RunNowAsync();

            var failed = statuses.Single(s => s.Account == refused.Address);
            failed.LastError!.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
            failed.LastError.Hints.Should().NotBeEmpty();
            failed.LastSuccess.Should().BeNull();
            failed.Deferred.Should().Be(1);
            var served = statuses.Single(s => s.Account == working.Address);
            served.LastError.Should().BeNull();
            served.Sent.Should().Be(1);
            (await outbox.GetAsync(waiting))!.Status.Should().Be(MailOutboxStatus.Queued, "a refused login is fixed in the settings; the message waits");
            var messageId = (await outbox.GetAsync(sent))!.MessageId;
            (await LabMail.ReadFromImapAsync(Lab.Carol, messageId)).Subject.Should().StartWith("Served beside");
            (await LabMail.CountInImapAsync(Lab.Carol, messageId)).Should().Be(1);
            NoAddressIn(services);
        }
        finally
        {
            Directory.Delete(spool, recursive: true);
        }
    }

    private static IMailModuleBuilder WithRecordedLogs(IMailModuleBuilder module)
    {
        module.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        return module;
    }

    /// <summary>Asserts that the job's, the outbox's and the receiver's log records name no user's address or login (the lab's logins are addresses).</summary>
    private static void NoAddressIn(IServiceProvider services)
    {
        var records = services.GetFakeLogCollector().GetSnapshot();
        records.Should().Contain(r => r.Category != null && r.Category.StartsWith("MailKitConfig", StringComparison.Ordinal));
        string[] addresses = [Lab.Alice.Address, Lab.Bob.Address, Lab.Carol.Address];
        records.Select(r => $"{r.Message} {r.Exception?.Message}").Should()
            .NotContain(text => addresses.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)), "logs name servers by host and accounts by domain");
    }
}
