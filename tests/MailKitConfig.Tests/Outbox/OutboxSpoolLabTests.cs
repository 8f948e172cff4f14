using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Outbox;

/// <summary>
/// The spool outbox against the lab's Postfix: messages survive a killed process and are sent exactly once; a message
/// that may have reached the server is never sent again. Counted in bob's mailbox.
/// </summary>
[Category("Integration")]
public class OutboxSpoolLabTests : LabFixture
{
    private string spool = null!;

    [SetUp]
    public void CreateSpool() => spool = Directory.CreateTempSubdirectory("mkc-outbox-test-").FullName;

    [TearDown]
    public void DeleteSpool() => Directory.Delete(spool, recursive: true);

    [Test]
    public async Task A_message_queued_by_a_process_killed_before_sending_is_sent_exactly_once_after_the_restart()
    {
        string id;
        using (var child = OutboxChild.Start("enqueue", spool, "Queued then killed " + Guid.NewGuid(), "submission"))
        {
            id = await child.ReadLineAsync(); // EnqueueAsync returned: the message is stored
            await child.KillAsync();
        }

        (await OutboxChild.RunAsync("send", spool, "submission")).Should().Be("1 0 0 0");
        (await OutboxChild.RunAsync("send", spool, "submission")).Should().Be("0 0 0 0", "a second restart finds nothing to send");

        var entry = await ReadEntryAsync(id);
        entry.Status.Should().Be(MailOutboxStatus.Sent);
        entry.Attempts.Should().Be(1);
        (await LabMail.ReadFromImapAsync(Lab.Bob, entry.MessageId)).Subject.Should().StartWith("Queued then killed");
        (await LabMail.CountInImapAsync(Lab.Bob, entry.MessageId)).Should().Be(1);
    }

    [Test]
    public async Task A_connection_cut_after_the_end_of_data_leaves_the_message_delivery_unknown_and_a_restart_does_not_resend_it()
    {
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.CutAfterFinalDot : RelayFault.None);
        var account = relay.Account(Lab.Alice.Address);
        var completed = new List<MailOutboxEntry>();
        string id;
        using (var services = CreateServices(account))
        {
            var outbox = services.GetRequiredService<IMailOutbox>();
            outbox.Completed += (_, e) => completed.Add(e.Entry);
            id = await outbox.EnqueueAsync(account, new OutgoingMessage { Subject = "Cut after the dot " + Guid.NewGuid(), TextBody = "outbox", To = { Lab.Bob.Address } });

            var run = await outbox.SendPendingAsync();

            run.Should().BeEquivalentTo(new MailOutboxRun(0, 0, 1, 0), o => o.Excluding(r => r.LastFailure));
            run.LastFailure!.Kind.Should().Be(MailProblemKind.DeliveryUnknown);
        }

        completed.Should().ContainSingle().Which.Status.Should().Be(MailOutboxStatus.DeliveryUnknown);
        using (var restarted = CreateServices(account))
        {
            var run = await restarted.GetRequiredService<IMailOutbox>().SendPendingAsync();
            run.Sent.Should().Be(0);
        }

        var entry = await ReadEntryAsync(id);
        entry.Status.Should().Be(MailOutboxStatus.DeliveryUnknown);
        entry.LastFailure!.ToProblem().Kind.Should().Be(MailProblemKind.DeliveryUnknown);
        relay.DataCommands.Should().Be(1);
        (await LabMail.ReadFromImapAsync(Lab.Bob, entry.MessageId)).Subject.Should().StartWith("Cut after the dot");
        await Task.Delay(500); // a resend would have arrived by now
        (await LabMail.CountInImapAsync(Lab.Bob, entry.MessageId)).Should().Be(1);
    }

    [Test]
    public async Task A_process_killed_while_its_message_was_being_transferred_leaves_it_delivery_unknown_and_it_is_not_resent()
    {
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.HoldAfterFinalDot : RelayFault.None);
        var port = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string id;
        using (var child = OutboxChild.Start("enqueue", spool, "Killed during the transfer " + Guid.NewGuid(), port))
        {
            id = await child.ReadLineAsync();
            await child.KillAsync();
        }

        using (var sending = OutboxChild.Start("send", spool, port))
        {
            await relay.FinalDotForwarded.WaitAsync(TimeSpan.FromSeconds(60)); // the server has the message; its reply never reaches the child
            await sending.KillAsync();
        }

        (await OutboxChild.RunAsync("send", spool, port)).Should().Be("0 0 1 0", "the restart finds the transfer that was in progress and does not repeat it");
        (await OutboxChild.RunAsync("send", spool, port)).Should().Be("0 0 0 0");

        var entry = await ReadEntryAsync(id);
        entry.Status.Should().Be(MailOutboxStatus.DeliveryUnknown);
        relay.DataCommands.Should().Be(1);
        (await LabMail.ReadFromImapAsync(Lab.Bob, entry.MessageId)).Subject.Should().StartWith("Killed during the transfer");
        (await LabMail.CountInImapAsync(Lab.Bob, entry.MessageId)).Should().Be(1);
    }

    private ServiceProvider CreateServices(MailAccountSettings account)
        => LabSending.CreateServices(module: m => m.AddOutbox(o =>
        {
            o.SpoolDirectory = spool;
            o.Accounts.Add(account);
        }));

    private async Task<MailOutboxEntry> ReadEntryAsync(string id)
    {
        using var services = LabSending.CreateServices(module: m => m.AddOutbox(o => o.SpoolDirectory = spool));
        return (await services.GetRequiredService<IMailOutbox>().GetAsync(id))!;
    }
}
