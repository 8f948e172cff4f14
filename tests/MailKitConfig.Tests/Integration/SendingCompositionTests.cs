using System.Security.Cryptography;
using System.Text;
using MailKit;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Integration;

/// <summary>Composed messages, ready-made MimeKit messages and the Sent copy, read back from the lab's Dovecot.</summary>
[Category("Integration")]
public class SendingCompositionTests : LabModuleFixture
{
    /// <inheritdoc />
    protected override ServiceProvider CreateServices() => LabSending.CreateServices();

    [Test]
    public async Task An_html_letter_with_an_inline_picture_and_attachments_reads_back_identically()
    {
        var picture = RandomNumberGenerator.GetBytes(20_000);
        var fileBytes = RandomNumberGenerator.GetBytes(150_000);
        var path = Path.Combine(Path.GetTempPath(), $"Счёт №7 {Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, fileBytes);
        using var positioned = new MemoryStream([.. "skip:"u8, .. Encoding.UTF8.GetBytes("данные;1\n")]) { Position = 5 };
        try
        {
            var message = new OutgoingMessage
            {
                Subject = "Письмо с картинкой 🖼 " + Guid.NewGuid(),
                HtmlBody = "<html><body><h1>Отчёт</h1><p>См. <a href=\"https://example.com/r?a=1&amp;b=2\">ссылку</a></p><img src=\"cid:logo@lab\"></body></html>",
                ReplyTo = "Отдел продаж <sales@lab.test>",
            };
            message.To.Add($"{Lab.Bob.Address}; \"Кэрол; C.\" <{Lab.Carol.Address}>;");
            var logo = MailAttachment.FromBytes("logo.png", picture);
            logo.ContentId = "logo@lab";
            message.LinkedResources.Add(logo);
            message.Attachments.Add(MailAttachment.FromFile(path));
            message.Attachments.Add(new MailAttachment("таблица.csv", positioned));

            var result = await Sender.SendAsync(LabMail.Account(Lab.Alice), message);

            var received = await LabMail.ReadFromImapAsync(Lab.Carol, result.MessageId);
            received.Subject.Should().Be(message.Subject);
            received.To.Mailboxes.Select(m => (m.Name, m.Address)).Should().Equal((string.Empty, Lab.Bob.Address), ("Кэрол; C.", Lab.Carol.Address));
            received.ReplyTo.Mailboxes.Single().Name.Should().Be("Отдел продаж");
            received.HtmlBody.Should().Be(message.HtmlBody);
            received.TextBody.Should().Contain("Отчёт").And.Contain("ссылку <https://example.com/r?a=1&b=2>");
            received.BodyParts.OfType<TextPart>().Select(p => p.ContentType.MimeType).Should().Contain(["text/plain", "text/html"]);
            var related = received.Body.Should().BeOfType<Multipart>().Which[0].Should().BeOfType<MultipartAlternative>().Which[1].Should().BeOfType<MultipartRelated>().Which;
            var inline = related.OfType<MimePart>().Single(p => p.ContentId == "logo@lab");
            (await DecodeAsync(inline)).Should().Equal(picture);
            inline.ContentDisposition!.Disposition.Should().Be(ContentDisposition.Inline);
            var attachments = received.Attachments.OfType<MimePart>().ToList();
            attachments.Select(a => a.FileName).Should().Equal(Path.GetFileName(path), "таблица.csv");
            attachments[0].ContentType.MimeType.Should().Be("application/pdf");
            (await DecodeAsync(attachments[0])).Should().Equal(fileBytes);
            Encoding.UTF8.GetString(await DecodeAsync(attachments[1])).Should().Be("данные;1\n", "a seekable stream is read from the position it had");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task A_ready_made_mimekit_message_is_sent_as_is_with_bcc_hidden()
    {
        var mime = new MimeMessage { Subject = "Ready-made " + Guid.NewGuid() };
        mime.From.Add(new MailboxAddress("Alice", Lab.Alice.Address));
        mime.To.Add(MailboxAddress.Parse(Lab.Bob.Address));
        mime.Bcc.Add(MailboxAddress.Parse(Lab.Carol.Address));
        mime.Body = new TextPart("plain") { Text = "as is" };

        var result = await Sender.SendAsync(LabMail.Account(Lab.Alice), mime);

        result.Recipients.Should().Equal(Lab.Bob.Address, Lab.Carol.Address);
        var received = await LabMail.ReadFromImapAsync(Lab.Carol, result.MessageId);
        received.Headers.Contains(HeaderId.Bcc).Should().BeFalse();
        received.TextBody.Should().StartWith("as is");
    }

    [Test]
    public async Task Save_to_sent_appends_a_read_copy_with_the_bcc_to_the_special_use_sent_folder()
    {
        var account = LabMail.Account(Lab.Alice) with { SaveToSent = true, HiddenCopyToSelf = true };
        var message = new OutgoingMessage { Subject = "Sent copy " + Guid.NewGuid(), TextBody = "kept", To = { Lab.Bob.Address }, Bcc = { Lab.Carol.Address } };

        var result = await Sender.SendAsync(account, message);

        result.SavedToSent.Should().BeTrue();
        result.SentCopyFailure.Should().BeNull();
        var (copy, flags) = await LabSending.ReadFromSentAsync(Lab.Alice, result.MessageId);
        flags.Should().HaveFlag(MessageFlags.Seen);
        copy.Subject.Should().Be(message.Subject);
        copy.Bcc.Mailboxes.Select(m => m.Address).Should().Equal(Lab.Carol.Address);
        (await LabMail.ReadFromImapAsync(Lab.Alice, result.MessageId)).Headers.Contains(HeaderId.Bcc).Should().BeFalse("the hidden copy to self arrives without the Bcc header");
    }

    [Test]
    public async Task A_failed_sent_copy_is_reported_without_failing_or_resending_the_message()
    {
        var account = LabMail.Account(Lab.Alice) with { SaveToSent = true, Imap = new ServerEndpoint(Lab.Host, Lab.Ports.Smtp, MailSecurity.None) };
        var message = new OutgoingMessage { Subject = "Copy fails " + Guid.NewGuid(), TextBody = "x", To = { Lab.Bob.Address } };

        var result = await Sender.SendAsync(account, message);

        result.SavedToSent.Should().BeFalse();
        result.SentCopyFailure.Should().NotBeNull();
        result.SentCopyFailure!.Protocol.Should().Be(MailProtocol.Imap);
        result.Attempts.Should().Be(1);
        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).Subject.Should().Be(message.Subject);
    }

    [TestCase("bob@lab.test\r\nBcc: carol@lab.test")]
    [TestCase("\"Bob\r\nX-Injected: 1\" <bob@lab.test>")]
    public async Task Header_injection_is_refused_and_nothing_is_sent(string to)
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);

        var send = () => Sender.SendAsync(relay.Account(Lab.Alice.Address), new OutgoingMessage { Subject = "x", To = { to } });

        await send.Should().ThrowAsync<ArgumentException>().WithMessage("To: *line breaks*");
        relay.Connections.Should().Be(0);
    }

    [Test]
    public async Task A_raw_header_with_a_bare_line_break_in_a_ready_made_message_is_refused()
    {
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);
        var mime = new MimeMessage { Subject = "x" };
        mime.To.Add(MailboxAddress.Parse(Lab.Bob.Address));
        var header = new Header(HeaderId.Comments, "harmless");
        header.SetRawValue(Encoding.ASCII.GetBytes(" ok\r\nBcc: carol@lab.test\r\n"));
        mime.Headers.Add(header);

        var send = () => Sender.SendAsync(relay.Account(Lab.Alice.Address), mime);

        await send.Should().ThrowAsync<ArgumentException>().WithMessage("Comments: *line break*");
        relay.Connections.Should().Be(0);
    }

    private static async Task<byte[]> DecodeAsync(MimePart part)
    {
        using var output = new MemoryStream();
        await part.Content!.DecodeToAsync(output);
        return output.ToArray();
    }
}
