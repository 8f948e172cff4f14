using System.Security.Cryptography;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Integration;

/// <summary>
/// Retries and exactly-once delivery, through an in-process relay in front of the lab's Postfix that breaks chosen
/// connections at chosen points of the SMTP dialogue.
/// </summary>
[Category("Integration")]
public class SendingResilienceTests : LabModuleFixture
{
    /// <inheritdoc />
    protected override ServiceProvider CreateServices() => LabSending.CreateServices();

    [Test]
    public async Task A_connection_dropped_at_the_data_command_is_retried_and_the_message_arrives_once()
    {
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.CutAtDataCommand : RelayFault.None);

        var result = await Sender.SendAsync(relay.Account(Lab.Alice.Address), Message("Dropped at DATA"));

        result.Attempts.Should().Be(2);
        relay.Connections.Should().Be(2);
        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).Subject.Should().StartWith("Dropped at DATA");
        (await LabMail.CountInImapAsync(Lab.Bob, result.MessageId)).Should().Be(1);
    }

    [TestCase(false, TestName = "A connection dropped in the middle of the data is retried and the attachment arrives whole once")]
    [TestCase(true, TestName = "A connection dropped in the middle of the data is retried also when the server declares no SIZE")]
    public async Task A_connection_dropped_in_the_middle_of_the_data_is_retried_and_the_attachment_arrives_whole_once(bool hideSize)
    {
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.CutDuringData : RelayFault.None) { CutAfterBytes = 64 * 1024, HideSize = hideSize };
        var bytes = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        using var content = new MemoryStream(bytes);
        var message = Message("Dropped during DATA");
        message.Attachments.Add(new MailAttachment("big.bin", content));

        var result = await Sender.SendAsync(relay.Account(Lab.Alice.Address), message);

        result.Attempts.Should().Be(2);
        relay.DataCommands.Should().Be(2);
        (relay.HiddenSizeLines > 0).Should().Be(hideSize, "without SIZE the Sender measures the message only after the failure");
        var received = await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId);
        using var decoded = new MemoryStream();
        await ((MimePart)received.Attachments.Single()).Content!.DecodeToAsync(decoded);
        decoded.ToArray().Should().Equal(bytes);
        (await LabMail.CountInImapAsync(Lab.Bob, result.MessageId)).Should().Be(1);
    }

    [TestCase(false, TestName = "A connection dropped after the final dot reports delivery unknown and does not resend")]
    [TestCase(true, TestName = "A connection dropped after the final dot reports delivery unknown also when the server declares no SIZE")]
    public async Task A_connection_dropped_after_the_final_dot_reports_delivery_unknown_and_does_not_resend(bool hideSize)
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.CutAfterFinalDot) { HideSize = hideSize };
        var message = Message("Dropped after the dot");
        var account = relay.Account(Lab.Alice.Address);

        var send = () => Sender.SendAsync(account, message);

        var unknown = (await send.Should().ThrowAsync<MailDeliveryUnknownException>()).Which;
        unknown.Message.Should().Contain("not sent again");
        unknown.Problem.Kind.Should().Be(MailProblemKind.DeliveryUnknown);
        unknown.Problem.IsTransient.Should().BeFalse("a caller that resends on a transient problem would deliver the message twice");
        unknown.Problem.Localize(System.Globalization.CultureInfo.InvariantCulture).Hints[0].Should().Contain("recipient's mailbox").And.Contain("Sent folder");
        unknown.Attempts.Should().Be(1);
        relay.DataCommands.Should().Be(1);
        (await LabMail.ReadFromImapAsync(Lab.Bob, unknown.MessageId)).Subject.Should().StartWith("Dropped after the dot");
        await Task.Delay(500); // a resend would have arrived by now
        (await LabMail.CountInImapAsync(Lab.Bob, unknown.MessageId)).Should().Be(1);
        relay.Connections.Should().Be(1);
    }

    [Test]
    public async Task A_421_greeting_is_retried()
    {
        await using var relay = new SmtpFaultRelay(n => n <= 2 ? RelayFault.Greet421 : RelayFault.None);

        var result = await Sender.SendAsync(relay.Account(Lab.Alice.Address), Message("After 421"));

        result.Attempts.Should().Be(3);
        (await LabMail.CountInImapAsync(Lab.Bob, result.MessageId)).Should().BeLessThanOrEqualTo(1);
        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).Subject.Should().StartWith("After 421");
    }

    [Test]
    public async Task Temporary_failures_stop_after_the_retry_limit_with_the_classified_problem()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.Greet421);
        using var limited = LabSending.CreateServices(o => o.MaxRetryAttempts = 2);

        var send = () => limited.GetRequiredService<IMailSender>().SendAsync(relay.Account(Lab.Alice.Address), Message("Always 421"));

        var failure = (await send.Should().ThrowAsync<MailOperationException>()).Which;
        failure.ReplyCode.Should().Be(421);
        failure.Problem.IsTransient.Should().BeTrue();
        failure.Attempts.Should().Be(3, "a failure says how many attempts it took, as a success does");
        relay.Connections.Should().Be(3);
    }

    [Test]
    public async Task A_permanent_refusal_is_not_retried()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);
        var message = new OutgoingMessage { Subject = "Unknown user", TextBody = "x", To = { "nobody@lab.test" } };

        var send = () => Sender.SendAsync(relay.Account(Lab.Alice.Address), message);

        var failure = (await send.Should().ThrowAsync<MailOperationException>()).Which;
        failure.Should().NotBeOfType<MailDeliveryUnknownException>();
        failure.ReplyCode.Should().Be(550);
        failure.Stage.Should().Be(MailOperationStage.Recipient);
        failure.RefusedMailbox.Should().Be("nobody@lab.test");
        failure.Problem.Kind.Should().Be(MailProblemKind.RecipientRejected);
        relay.Connections.Should().Be(1);
    }

    [Test]
    public async Task A_stream_that_cannot_seek_is_sent_again_whole_from_its_temporary_copy_after_a_failed_attempt()
    {
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.CutDuringData : RelayFault.None) { CutAfterBytes = 64 * 1024 };
        var bytes = RandomNumberGenerator.GetBytes((3 * 1024 * 1024) + 173);
        using var content = new ForwardOnlyStream(new MemoryStream(bytes));
        var message = Message("Forward-only attachment");
        message.Attachments.Add(new MailAttachment("once.bin", content));

        var sending = Sender.SendAsync(relay.Account(Lab.Alice.Address), message);
        await relay.DataCommandSeen.WaitAsync(TimeSpan.FromSeconds(30));
        var copies = TemporaryCopiesOf(bytes.Length);
        var result = await sending;

        result.Attempts.Should().Be(2);
        relay.DataCommands.Should().Be(2);
        (await AttachmentOfAsync(await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId))).Should().Equal(bytes);
        (await LabMail.CountInImapAsync(Lab.Bob, result.MessageId)).Should().Be(1);
        copies.Should().ContainSingle("the stream was copied once");
        File.Exists(copies[0]).Should().BeFalse("the copy is deleted when the send is over");
    }

    [Test]
    public async Task A_stream_that_cannot_seek_is_saved_whole_in_the_sent_folder_and_its_copy_deleted()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000 + 171);
        using var content = new ForwardOnlyStream(new MemoryStream(bytes));
        var message = Message("Forward-only, Sent copy");
        message.Attachments.Add(new MailAttachment("once.bin", content));

        var result = await Sender.SendAsync(LabMail.Account(Lab.Alice) with { SaveToSent = true }, message);

        result.SentCopyFailure.Should().BeNull();
        result.SavedToSent.Should().BeTrue();
        (await AttachmentOfAsync((await LabSending.ReadFromSentAsync(Lab.Alice, result.MessageId)).Message)).Should().Equal(bytes);
        (await AttachmentOfAsync(await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId))).Should().Equal(bytes);
        TemporaryCopiesOf(bytes.Length).Should().BeEmpty();
    }

    [Test]
    public async Task A_stream_that_cannot_seek_is_copied_once_for_a_message_to_several_recipients()
    {
        var bytes = RandomNumberGenerator.GetBytes(100_000 + 169);
        using var content = new ForwardOnlyStream(new MemoryStream(bytes));
        var message = new OutgoingMessage { Subject = $"Forward-only to each {Guid.NewGuid()}", TextBody = "x" };
        message.Attachments.Add(new MailAttachment("once.bin", content));

        var outcomes = await Sender.SendManyAsync(LabMail.Account(Lab.Alice), message, [Lab.Bob.Address, Lab.Carol.Address]);

        outcomes.Should().OnlyContain(o => o.Status == MailSendStatus.Sent);
        (await AttachmentOfAsync(await LabMail.ReadFromImapAsync(Lab.Bob, outcomes[0].Result!.MessageId))).Should().Equal(bytes);
        (await AttachmentOfAsync(await LabMail.ReadFromImapAsync(Lab.Carol, outcomes[1].Result!.MessageId))).Should().Equal(bytes);
        TemporaryCopiesOf(bytes.Length).Should().BeEmpty();
        await FluentActions.Awaiting(() => Sender.SendAsync(LabMail.Account(Lab.Alice), new OutgoingMessage { To = { Lab.Bob.Address }, Attachments = { message.Attachments[0] } }))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*'once.bin'*cannot seek*read already*");
    }

    [Test]
    public async Task A_stream_that_cannot_seek_is_sent_whole_when_nothing_fails()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);
        using var content = new ForwardOnlyStream(new MemoryStream(bytes));
        var message = Message("Forward-only, no failure");
        message.Attachments.Add(new MailAttachment("once.bin", content));

        var result = await Sender.SendAsync(LabMail.Account(Lab.Alice), message);

        var received = await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId);
        using var decoded = new MemoryStream();
        await ((MimePart)received.Attachments.Single()).Content!.DecodeToAsync(decoded);
        decoded.ToArray().Should().Equal(bytes);
    }

    [Test]
    public async Task Cancellation_stops_the_backoff_between_attempts()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.Greet421);
        using var slow = LabSending.CreateServices(o => { o.RetryDelay = TimeSpan.FromSeconds(30); o.MaxRetryDelay = TimeSpan.FromSeconds(30); });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var send = () => slow.GetRequiredService<IMailSender>().SendAsync(relay.Account(Lab.Alice.Address), Message("Cancelled"), cancel.Token);

        await send.Should().ThrowAsync<OperationCanceledException>();
        relay.Connections.Should().Be(1);
    }

    [Test]
    public async Task Cancelling_after_the_final_dot_reports_delivery_unknown_not_a_plain_cancellation()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.HoldAfterFinalDot);

        var send = await SendCancelledWhenAsync(relay, relay.FinalDotForwarded, "Cancelled after the dot");

        var unknown = (await send.Awaiting(s => s).Should().ThrowAsync<MailDeliveryUnknownException>()).Which;
        unknown.InnerException.Should().BeAssignableTo<OperationCanceledException>();
        unknown.Message.Should().Contain("cancelled").And.Contain("not sent again");
        (await LabMail.ReadFromImapAsync(Lab.Bob, unknown.MessageId)).Subject.Should().StartWith("Cancelled after the dot");
        relay.DataCommands.Should().Be(1);
    }

    [Test]
    public async Task Cancelling_before_the_message_data_is_a_plain_cancellation()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.HoldAtDataCommand);

        var send = await SendCancelledWhenAsync(relay, relay.DataCommandSeen, "Cancelled at DATA");

        await send.Awaiting(s => s).Should().ThrowAsync<OperationCanceledException>();
        relay.Connections.Should().Be(1);
    }

    /// <summary>Starts a send through the relay and cancels it once the relay has reached the given point.</summary>
    /// <returns>The cancelled send, still to be awaited.</returns>
    private async Task<Task<SendResult>> SendCancelledWhenAsync(SmtpFaultRelay relay, Task reached, string subject)
    {
        using var cancel = new CancellationTokenSource();
        var send = Sender.SendAsync(relay.Account(Lab.Alice.Address), Message(subject), cancel.Token);
        await reached.WaitAsync(TimeSpan.FromSeconds(20));
        await cancel.CancelAsync();
        return send;
    }

    /// <summary>The library's temporary files of exactly this length now (sizes in these tests are odd, so they are the test's own).</summary>
    private static List<string> TemporaryCopiesOf(long length)
        => Directory.GetFiles(Path.GetTempPath(), "mailkitconfig-*").Where(f => new FileInfo(f) is { Exists: true } file && file.Length == length).ToList();

    private static async Task<byte[]> AttachmentOfAsync(MimeMessage received)
    {
        using var decoded = new MemoryStream();
        await ((MimePart)received.Attachments.Single()).Content!.DecodeToAsync(decoded);
        return decoded.ToArray();
    }

    private static OutgoingMessage Message(string subject)
        => new() { Subject = $"{subject} {Guid.NewGuid()}", TextBody = "resilience", To = { Lab.Bob.Address } };
}
