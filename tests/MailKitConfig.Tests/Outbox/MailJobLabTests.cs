using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Outbox;

/// <summary>The job against the lab: it sends from the outbox and receives with IMailReceiver, handing new mail to the handler.</summary>
[Category("Integration")]
public class MailJobLabTests
{
    private static LabEnvironment Lab => LabEnvironment.Current;

    [Test]
    public async Task A_run_sends_the_queued_message_and_the_next_run_receives_it_and_hands_it_to_the_handler()
    {
        var state = Directory.CreateTempSubdirectory("mkc-job-lab-").FullName;
        try
        {
            var received = new List<string>();
            var bob = LabMail.Account(Lab.Bob) with { Usage = MailUsage.SendAndReceive };
            using var services = LabSending.CreateServices(module: m => m
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
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }
}
