using System.Security.Cryptography;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Integration;

/// <summary>Messages sent by the library through the lab's Postfix, read back from Dovecot over IMAP and POP3.</summary>
[Category("Integration")]
public class SendAndReadBackTests : LabModuleFixture
{
    [Test]
    public async Task Submission_with_starttls_delivers_a_message_that_reads_back_identically_over_imap()
    {
        await SendAndCompareAsync(LabMail.Submission(), LabMail.ReadFromImapAsync);
    }

    [Test]
    public async Task Submissions_with_implicit_tls_delivers_a_message_that_reads_back_identically_over_pop3()
    {
        await SendAndCompareAsync(LabMail.Submissions(), LabMail.ReadFromPop3Async);
    }

    [Test]
    public async Task Bcc_and_the_hidden_copy_to_self_are_delivered_without_showing_in_the_headers()
    {
        var account = LabMail.Account(Lab.Alice) with { HiddenCopyToSelf = true };
        var message = new OutgoingMessage { Subject = "Hidden copies " + Guid.NewGuid(), TextBody = "bcc", To = { Lab.Bob.Address } };
        message.Bcc.Add(Lab.Carol.Address);

        var result = await Sender.SendAsync(account, message);

        result.Recipients.Should().Equal(Lab.Bob.Address, Lab.Carol.Address, Lab.Alice.Address);
        foreach (var user in new[] { Lab.Bob, Lab.Carol, Lab.Alice })
        {
            var received = await LabMail.ReadFromImapAsync(user, result.MessageId);
            received.Bcc.Mailboxes.Should().BeEmpty();
            received.Headers.Contains(HeaderId.Bcc).Should().BeFalse();
            received.To.Mailboxes.Select(m => m.Address).Should().Equal(Lab.Bob.Address);
        }
    }

    [Test]
    public async Task A_password_that_is_not_ascii_logs_in()
    {
        Lab.Carol.Password.Should().MatchRegex("[^\\x00-\\x7F]", "the lab gives carol a non-ASCII password on purpose");

        var result = await Sender.SendAsync(LabMail.Account(Lab.Carol), new OutgoingMessage { Subject = "UTF-8 login", TextBody = "ok", To = { Lab.Bob.Address } });

        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).Subject.Should().Be("UTF-8 login");
    }

    [Test]
    public async Task An_address_the_login_owns_can_be_the_sender()
    {
        var message = new OutgoingMessage { From = "Sales <sales@lab.test>", Subject = "From an alias", TextBody = "x", To = { Lab.Bob.Address } };

        var result = await Sender.SendAsync(LabMail.Account(Lab.Alice), message);

        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).From.Mailboxes.Single().Address.Should().Be("sales@lab.test");
    }

    private async Task SendAndCompareAsync(ServerEndpoint smtp, Func<LabUser, string, Task<MimeMessage>> readBack)
    {
        var attachmentBytes = RandomNumberGenerator.GetBytes(300_000);
        using var attachment = new MemoryStream(attachmentBytes);
        var message = new OutgoingMessage
        {
            Subject = $"Квартальный отчёт ✓ {Guid.NewGuid()}",
            TextBody = "Добрый день!\nОтчёт во вложении.\n",
            HtmlBody = "<html><body><p>Добрый день! <a href=\"https://example.com/report?id=1&amp;x=2\">Отчёт</a></p></body></html>",
            ReplyTo = "Бухгалтерия <accounting@lab.test>",
        };
        message.To.Add($"{Lab.Bob.Address}, \"Carol C.\" <{Lab.Carol.Address}>");
        message.Cc.Add(Lab.Alice.Address);
        message.Attachments.Add(new MailAttachment("Отчёт за квартал.bin", attachment, "application/octet-stream"));

        var result = await Sender.SendAsync(LabMail.Account(Lab.Alice, smtp), message);

        result.ServerResponse.Should().Contain("Ok");
        var received = await readBack(Lab.Bob, result.MessageId);

        received.MessageId.Should().Be(result.MessageId);
        received.Subject.Should().Be(message.Subject);
        received.From.Mailboxes.Should().ContainSingle().Which.Should().Match<MailboxAddress>(m => m.Address == Lab.Alice.Address && m.Name == "Lab alice");
        received.To.Mailboxes.Select(m => (m.Name, m.Address)).Should().Equal((string.Empty, Lab.Bob.Address), ("Carol C.", Lab.Carol.Address));
        received.Cc.Mailboxes.Select(m => m.Address).Should().Equal(Lab.Alice.Address);
        received.ReplyTo.Mailboxes.Single().Should().Match<MailboxAddress>(m => m.Name == "Бухгалтерия" && m.Address == "accounting@lab.test");
        received.TextBody!.ReplaceLineEndings("\n").Should().Be(message.TextBody);
        received.HtmlBody.Should().Be(message.HtmlBody);
        var part = received.Attachments.Should().ContainSingle().Which.Should().BeOfType<MimePart>().Which;
        part.FileName.Should().Be("Отчёт за квартал.bin");
        using var decoded = new MemoryStream();
        await part.Content!.DecodeToAsync(decoded);
        decoded.ToArray().Should().Equal(attachmentBytes);
    }
}
