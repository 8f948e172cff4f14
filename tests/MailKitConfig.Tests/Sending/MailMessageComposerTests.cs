using System.Text;
using MimeKit;

namespace MailKitConfig.Tests.Sending;

public class MailMessageComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 30, 0, TimeSpan.FromHours(3));

    private static readonly MailAccountSettings Account = new()
    {
        Address = "office@example.com",
        DisplayName = "Office",
        Credentials = MailCredentials.Password("x"),
        Usage = MailUsage.Send,
        Smtp = new ServerEndpoint("smtp.example.com", 465, MailSecurity.ImplicitTls),
    };

    /// <summary>Composes a message whose attachments need no copy (which completes without waiting), for tests that only look at it.</summary>
    internal static ComposedMessage Compose(MailAccountSettings account, OutgoingMessage message, DateTimeOffset now)
        => MailMessageComposer.ComposeAsync(account, message, now).AsTask().GetAwaiter().GetResult();

    [Test]
    public void Recipients_given_as_comma_separated_strings_become_headers_and_the_envelope()
    {
        var message = new OutgoingMessage { Subject = "Report", TextBody = "Hi" };
        message.To.Add("ann@example.com, \"Bob B.\" <bob@example.com>");
        message.Cc.Add("carl@example.com");
        message.Bcc.Add("dora@example.com, ann@EXAMPLE.com");

        var composed = Compose(Account, message, Now);

        composed.Message.To.Mailboxes.Select(m => m.Address).Should().Equal("ann@example.com", "bob@example.com");
        composed.Message.To.Mailboxes.ElementAt(1).Name.Should().Be("Bob B.");
        composed.Message.Cc.Mailboxes.Select(m => m.Address).Should().Equal("carl@example.com");
        composed.Message.Bcc.Mailboxes.Should().BeEmpty("hidden recipients appear only in the envelope");
        composed.Recipients.Select(r => r.Address).Should().Equal("ann@example.com", "bob@example.com", "carl@example.com", "dora@example.com");
        composed.Sender.Address.Should().Be("office@example.com");
        composed.Message.From.Mailboxes.Single().Name.Should().Be("Office");
        composed.Message.Date.Should().Be(Now);
        composed.Message.MessageId.Should().EndWith("@example.com");
        composed.Message.MimeVersion.Should().Be(new Version(1, 0));
        composed.Message.Headers.Select(h => h.Id).Should().OnlyHaveUniqueItems()
            .And.Contain([HeaderId.Date, HeaderId.MessageId, HeaderId.MimeVersion, HeaderId.From, HeaderId.Subject, HeaderId.To, HeaderId.Cc]);
    }

    [Test]
    public void Hidden_copy_to_self_adds_the_account_to_the_envelope_only()
    {
        var message = new OutgoingMessage { Subject = "s", To = { "ann@example.com" } };

        var composed = Compose(Account with { HiddenCopyToSelf = true }, message, Now);

        composed.Recipients.Select(r => r.Address).Should().Equal("ann@example.com", "office@example.com");
        composed.Message.To.Mailboxes.Select(m => m.Address).Should().Equal("ann@example.com");
        composed.Message.Headers.Contains(HeaderId.Bcc).Should().BeFalse();
    }

    [Test]
    public void Reply_to_comes_from_the_message_or_else_the_account()
    {
        var message = new OutgoingMessage { To = { "ann@example.com" } };
        Compose(Account with { ReplyTo = "desk@example.com" }, message, Now)
            .Message.ReplyTo.Mailboxes.Single().Address.Should().Be("desk@example.com");

        message.ReplyTo = "boss@example.com";
        Compose(Account with { ReplyTo = "desk@example.com" }, message, Now)
            .Message.ReplyTo.Mailboxes.Single().Address.Should().Be("boss@example.com");
    }

    [Test]
    public void Text_and_html_become_alternatives_and_attachments_follow()
    {
        using var pdf = new MemoryStream([1, 2, 3]);
        var message = new OutgoingMessage { To = { "ann@example.com" }, Subject = "Отчёт за ноябрь ✓", TextBody = "Привет", HtmlBody = "<p>Привет, <a href=\"https://example.com\">ссылка</a></p>" };
        message.Attachments.Add(new MailAttachment("Отчёт.pdf", pdf));

        var mime = Compose(Account, message, Now).Message;

        var mixed = mime.Body.Should().BeOfType<Multipart>().Which;
        mixed.ContentType.MimeType.Should().Be("multipart/mixed");
        var alternative = mixed[0].Should().BeOfType<MultipartAlternative>().Which;
        alternative.TextBody.Should().Be("Привет");
        alternative.HtmlBody.Should().Contain("href=\"https://example.com\"");
        var attachment = mixed[1].Should().BeOfType<MimePart>().Which;
        attachment.FileName.Should().Be("Отчёт.pdf");
        attachment.ContentType.MimeType.Should().Be("application/pdf");
        mime.Subject.Should().Be("Отчёт за ноябрь ✓");
    }

    [Test]
    public void Text_parts_use_a_seven_bit_encoding()
    {
        var message = new OutgoingMessage { To = { "ann@example.com" }, TextBody = "Grüße" };

        var part = Compose(Account, message, Now).Message.Body.Should().BeOfType<TextPart>().Which;

        part.ContentTransferEncoding.Should().BeOneOf(ContentEncoding.QuotedPrintable, ContentEncoding.Base64);
        using var output = new MemoryStream();
        part.WriteTo(output);
        output.ToArray().Should().OnlyContain(b => b < 0x80);
    }

    [TestCase(EncodingConstraint.SevenBit)]
    [TestCase(EncodingConstraint.EightBit)]
    public void Ascii_text_stays_seven_bit_and_a_line_too_long_for_smtp_is_encoded_whatever_the_server_allows(EncodingConstraint serverAllows)
    {
        var longLine = string.Concat(Enumerable.Repeat("0123456789", 120));
        var message = new OutgoingMessage { To = { "ann@example.com" }, TextBody = $"Totals:\n{longLine}\n\tend ~" };

        var mime = Compose(Account, message, Now).Message;
        mime.Prepare(serverAllows); // what MailKit does before it sends, with the server's 8BITMIME (or not)

        var part = mime.Body.Should().BeOfType<TextPart>().Which;
        part.ContentTransferEncoding.Should().BeOneOf(ContentEncoding.QuotedPrintable, ContentEncoding.Base64);
        using var output = new MemoryStream();
        part.WriteTo(output);
        output.ToArray().Should().OnlyContain(b => b < 0x80);
        System.Text.Encoding.ASCII.GetString(output.ToArray()).Split('\n').Should().OnlyContain(line => line.Length <= 78);
        part.Text.Should().Be(message.TextBody);
    }

    [TestCase("Hello\r\nBcc: victim@example.org")]
    [TestCase("Hello\nX-Injected: 1")]
    [TestCase("Hello\0")]
    public void A_line_break_in_the_subject_is_refused(string subject)
    {
        var message = new OutgoingMessage { To = { "ann@example.com" }, Subject = subject };

        FluentActions.Invoking(() => Compose(Account, message, Now))
            .Should().Throw<ArgumentException>().WithMessage("Subject: *line breaks*");
    }

    [TestCase("ann@example.com\r\nBcc: victim@example.org", "To: the address must not contain line breaks*")]
    [TestCase("ann@example.com, not-an-address", "To: 'not-an-address' is not a valid email address.*")]
    [TestCase("ann@", "To: 'ann@' is not a valid email address*")]
    [TestCase(" ; ", "To: ';' is not a valid email address*")]
    [TestCase("", "To: the address is empty.*")]
    public void A_bad_recipient_is_refused_with_its_field(string to, string expected)
    {
        var message = new OutgoingMessage { To = { to } };

        FluentActions.Invoking(() => Compose(Account, message, Now))
            .Should().Throw<ArgumentException>().WithMessage(expected);
    }

    [Test]
    public void A_message_without_recipients_is_refused()
        => FluentActions.Invoking(() => Compose(Account, new OutgoingMessage { Subject = "x" }, Now))
            .Should().Throw<ArgumentException>().WithMessage("*no recipient*");

    [Test]
    public void From_may_name_another_address_with_a_name()
    {
        var message = new OutgoingMessage { From = "Sales <sales@example.com>", To = { "ann@example.com" } };

        var composed = Compose(Account, message, Now);

        composed.Sender.Address.Should().Be("sales@example.com");
        composed.Message.From.Mailboxes.Single().Name.Should().Be("Sales");
        FluentActions.Invoking(() => Compose(Account, new OutgoingMessage { From = "a@example.com, b@example.com", To = { "ann@example.com" } }, Now))
            .Should().Throw<ArgumentException>().WithMessage("From: *exactly one address*");
    }

    [Test]
    public void Attachments_check_their_name_type_and_stream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("x"));
        new MailAttachment("data.csv", stream).ContentType.Should().Be("text/csv");
        new MailAttachment("blob", stream).ContentType.Should().Be("application/octet-stream");
        FluentActions.Invoking(() => new MailAttachment("a\r\nb.txt", stream)).Should().Throw<ArgumentException>().WithParameterName("fileName");
        FluentActions.Invoking(() => new MailAttachment("a.txt", stream, "not a type")).Should().Throw<ArgumentException>().WithParameterName("contentType");
        using var closed = new MemoryStream();
        closed.Dispose();
        FluentActions.Invoking(() => new MailAttachment("a.txt", closed)).Should().Throw<ArgumentException>().WithParameterName("content");
    }

    [Test]
    public async Task A_stream_that_cannot_seek_is_read_only_after_the_message_was_checked_and_then_from_a_copy()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        using var source = new MailKitConfig.Tests.Lab.ForwardOnlyStream(new MemoryStream(bytes));
        var attachment = new MailAttachment("once.bin", source);

        await FluentActions.Awaiting(() => MailMessageComposer.ComposeAsync(Account, new OutgoingMessage { To = { "ann@" }, Attachments = { attachment } }, Now).AsTask())
            .Should().ThrowAsync<ArgumentException>();
        using (var composed = await MailMessageComposer.ComposeAsync(Account, new OutgoingMessage { To = { "ann@example.com" }, Attachments = { attachment } }, Now))
        {
            var content = ((MimePart)composed.Message.Attachments.Single()).Content!;
            content.Stream?.CanSeek.Should().BeTrue();
            for (var pass = 0; pass < 2; pass++)
            {
                using var decoded = new MemoryStream();
                content.DecodeTo(decoded);
                decoded.ToArray().Should().Equal(bytes, "every attempt and the Sent copy read the whole content");
            }
        }

        await FluentActions.Awaiting(() => MailMessageComposer.ComposeAsync(Account, new OutgoingMessage { To = { "ann@example.com" }, Attachments = { attachment } }, Now).AsTask())
            .Should().ThrowAsync<ArgumentException>().WithMessage("*'once.bin'*cannot seek*read already*");
    }
}
