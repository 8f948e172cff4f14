using System.Diagnostics;
using System.Security.Cryptography;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Integration;

/// <summary>Pooled connections, batches with per-recipient results, and the rate limit, against the lab.</summary>
[Category("Integration")]
public class SendingBatchTests : LabFixture
{
    [Test]
    public async Task A_recipient_rejected_mid_batch_leaves_the_others_delivered()
    {
        using var services = LabSending.CreateServices();
        var sender = services.GetRequiredService<IMailSender>();
        var reports = new List<MailBatchProgress>();
        var message = new OutgoingMessage { Subject = "Report mailing " + Guid.NewGuid(), TextBody = "monthly report" };
        message.Attachments.Add(MailAttachment.FromBytes("report.csv", "a;b\n1;2\n"u8.ToArray()));
        string[] recipients = [Lab.Bob.Address, "nobody@lab.test", "not an address", $"Carol <{Lab.Carol.Address}>"];

        var outcomes = await sender.SendManyAsync(LabMail.Account(Lab.Alice), message, recipients, new SynchronousProgress(reports.Add));

        outcomes.Select(o => o.Status).Should().Equal(MailSendStatus.Sent, MailSendStatus.Rejected, MailSendStatus.Invalid, MailSendStatus.Sent);
        outcomes.Select(o => o.Recipient).Should().Equal(recipients);
        outcomes[1].Problem!.Kind.Should().Be(MailProblemKind.RecipientRejected);
        outcomes[1].Problem!.ReplyCode.Should().Be(550);
        outcomes[2].Error.Should().BeOfType<ArgumentException>();
        var toBob = await LabMail.ReadFromImapAsync(Lab.Bob, outcomes[0].Result!.MessageId);
        toBob.To.Mailboxes.Select(m => m.Address).Should().Equal(Lab.Bob.Address);
        (await LabMail.ReadFromImapAsync(Lab.Carol, outcomes[3].Result!.MessageId)).To.Mailboxes.Single().Address.Should().Be(Lab.Carol.Address);
        reports.Should().HaveCount(4);
        reports.Should().OnlyContain(r => r.Total == 4, "a collection of recipients reports its count");
        reports.Select(r => r.Completed).Order().Should().Equal(1, 2, 3, 4);
        reports.Max(r => r.Sent).Should().Be(2);
    }

    [Test]
    public async Task Concurrent_senders_share_the_pool_within_its_size_and_message_limit()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);
        using var services = LabSending.CreateServices(o => { o.MaxConnectionsPerAccount = 2; o.MaxMessagesPerConnection = 5; });
        var sender = services.GetRequiredService<IMailSender>();
        var account = relay.Account(Lab.Alice.Address);
        var messages = Enumerable.Range(0, 12).Select(i => new OutgoingMessage { Subject = $"Pooled {i}", TextBody = "x", To = { "bench@lab.test" } });

        var outcomes = await sender.SendManyAsync(account, messages);

        outcomes.Should().OnlyContain(o => o.Status == MailSendStatus.Sent);
        relay.DataCommands.Should().Be(12);
        relay.Connections.Should().BeInRange(3, 4, "2 at a time, each closed after 5 messages");
        var more = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => sender.SendAsync(account, new OutgoingMessage { Subject = "again", TextBody = "x", To = { "bench@lab.test" } })));
        more.Should().OnlyContain(r => r.Attempts == 1);
        relay.Connections.Should().BeLessThanOrEqualTo(6);
    }

    [Test]
    public async Task A_sequence_is_taken_only_as_the_pool_has_connections_free_and_a_collection_reports_its_total()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);
        using var services = LabSending.CreateServices(o => o.MaxConnectionsPerAccount = 2);
        var sender = services.GetRequiredService<IMailSender>();
        var account = relay.Account(Lab.Alice.Address);
        var (taken, completed, mostAhead) = (0, 0, 0);
        IEnumerable<OutgoingMessage> Produce()
        {
            for (var i = 0; i < 10; i++)
            {
                var ahead = Interlocked.Increment(ref taken) - Volatile.Read(ref completed);
                InterlockedMax(ref mostAhead, ahead);
                yield return new OutgoingMessage { Subject = $"Streamed {i}", TextBody = "x", To = { "bench@lab.test" } };
            }
        }

        var reports = new List<MailBatchProgress>();
        var outcomes = await sender.SendManyAsync(account, Produce(), new SynchronousProgress(r =>
        {
            Interlocked.Increment(ref completed);
            reports.Add(r);
        }));

        outcomes.Select(o => o.Index).Should().Equal(Enumerable.Range(0, 10));
        outcomes.Should().OnlyContain(o => o.Status == MailSendStatus.Sent);
        relay.DataCommands.Should().Be(10);
        mostAhead.Should().BeInRange(1, 2, "a message is taken from the sequence when one of the 2 connections is free, not all at the start");
        reports.Should().OnlyContain(r => r.Total == null, "a sequence made with yield has no count until it is enumerated");

        var list = Enumerable.Range(0, 3).Select(i => new OutgoingMessage { Subject = $"Listed {i}", TextBody = "x", To = { "bench@lab.test" } }).ToList();
        reports.Clear();
        (await sender.SendManyAsync(account, list, new SynchronousProgress(reports.Add))).Should().OnlyContain(o => o.Status == MailSendStatus.Sent);
        reports.Should().HaveCount(3).And.OnlyContain(r => r.Total == 3);
    }

    [Test]
    public async Task Messages_that_read_one_stream_take_turns_and_a_stream_that_cannot_seek_is_still_read_once()
    {
        using var services = LabSending.CreateServices(o => o.MaxConnectionsPerAccount = 4);
        var sender = services.GetRequiredService<IMailSender>();
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        using var seekable = new MemoryStream(bytes);
        using var forwardOnly = new ForwardOnlyStream(new MemoryStream(bytes));
        var subject = $"Shared stream {Guid.NewGuid()}";
        OutgoingMessage Reading(int i, Stream content) // a new attachment each time: the stream is what they share
            => new() { Subject = $"{subject} {i}", TextBody = "x", To = { Lab.Bob.Address }, Attachments = { new MailAttachment("shared.bin", content) } };
        var messages = new[] { Reading(0, seekable), Reading(1, seekable), Reading(2, forwardOnly), Reading(3, seekable), Reading(4, forwardOnly) };

        var outcomes = await sender.SendManyAsync(LabMail.Account(Lab.Alice), messages);

        outcomes.Select(o => o.Status).Should().Equal(MailSendStatus.Sent, MailSendStatus.Sent, MailSendStatus.Sent, MailSendStatus.Sent, MailSendStatus.Invalid);
        outcomes[4].Error.Should().BeOfType<ArgumentException>().Which.Message.Should().Match("*'shared.bin'*cannot seek*read already*");
        foreach (var outcome in outcomes.Take(4))
        {
            var received = await LabMail.ReadFromImapAsync(Lab.Bob, outcome.Result!.MessageId);
            using var decoded = new MemoryStream();
            await ((MimePart)received.Attachments.Single()).Content!.DecodeToAsync(decoded);
            decoded.ToArray().Should().Equal(bytes, $"message {outcome.Index} read the shared stream whole, not interleaved with another send");
        }
    }

    [Test]
    public async Task A_refused_login_stops_the_batch_instead_of_repeating_it()
    {
        using var services = LabSending.CreateServices();
        var sender = services.GetRequiredService<IMailSender>();
        var messages = Enumerable.Range(0, 5).Select(i => new OutgoingMessage { Subject = $"Never {i}", TextBody = "x", To = { Lab.Bob.Address } }).ToList();

        var outcomes = await sender.SendManyAsync(LabMail.Account(Lab.Alice, password: "wrong"), messages);

        outcomes.Should().Contain(o => o.Status == MailSendStatus.Failed && o.Problem!.Kind == MailProblemKind.AuthenticationFailed);
        outcomes.Count(o => o.Status == MailSendStatus.Failed).Should().BeLessThanOrEqualTo(4, "at most the messages already started when the login was refused");
        outcomes.Should().Contain(o => o.Status == MailSendStatus.NotAttempted);
    }

    [TestCase(false, TestName = "The module's rate limit spaces messages of an account over all its connections")]
    [TestCase(true, TestName = "An account's own sending rate replaces the module's")]
    public async Task The_rate_limit_spaces_messages_of_an_account_over_all_its_connections(bool perAccount)
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);
        using var services = LabSending.CreateServices(o =>
        {
            o.RateLimit = perAccount ? 1000 : 2;
            o.RateLimitInterval = TimeSpan.FromMilliseconds(400);
        });
        var sender = services.GetRequiredService<IMailSender>();
        var messages = Enumerable.Range(0, 5).Select(i => new OutgoingMessage { Subject = $"Limited {i}", TextBody = "x", To = { "bench@lab.test" } });
        var account = relay.Account(Lab.Alice.Address) with { SendingRate = perAccount ? new MailSendingRate(2, TimeSpan.FromMilliseconds(400)) : null };
        var clock = Stopwatch.StartNew();

        var outcomes = await sender.SendManyAsync(account, messages);

        outcomes.Should().OnlyContain(o => o.Status == MailSendStatus.Sent);
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(800), "5 messages at 2 per 400 ms need two full intervals");
    }

    [Test]
    public async Task The_system_account_sends_when_no_account_is_named()
    {
        using var services = LabSending.CreateServices(o => o.SystemAccount = LabMail.Account(Lab.Alice));
        var sender = services.GetRequiredService<IMailSender>();

        var result = await sender.SendAsync(new OutgoingMessage { Subject = "From the system " + Guid.NewGuid(), TextBody = "x", To = { Lab.Bob.Address } });

        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).From.Mailboxes.Single().Address.Should().Be(Lab.Alice.Address);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            Interlocked.CompareExchange(ref target, value, current);
        }
    }

    private sealed class SynchronousProgress(Action<MailBatchProgress> report) : IProgress<MailBatchProgress>
    {
        public void Report(MailBatchProgress value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
