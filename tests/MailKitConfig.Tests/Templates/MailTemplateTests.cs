using System.Globalization;
using System.Text;
using MailKitConfig.Tests.Lab;
using MimeKit;

namespace MailKitConfig.Tests.Templates;

public class MailTemplateTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    [Test]
    public void Parameters_fill_the_subject_and_both_bodies_with_formats_in_the_given_culture()
    {
        var template = new MailTemplate(
            "Счёт {{number}} от {{date:d}}",
            textBody: "Здравствуйте, {{ name }}!\nК оплате: {{total:N2}} ₽.",
            htmlBody: "<p>Здравствуйте, {{name}}!</p><p>К оплате: <b>{{total:N2}}</b> ₽.</p>");
        var parameters = new Dictionary<string, object?> { ["number"] = 42, ["date"] = new DateOnly(2026, 3, 1), ["name"] = "Анна", ["total"] = 1234.5m, ["unused"] = "x" };

        var message = template.Render(parameters, Russian);

        template.ParameterNames.Should().Equal("number", "date", "name", "total");
        message.Subject.Should().Be("Счёт 42 от 01.03.2026");
        message.TextBody.Should().Be("Здравствуйте, Анна!\nК оплате: 1\u00a0234,50 ₽.");
        message.HtmlBody.Should().Be("<p>Здравствуйте, Анна!</p><p>К оплате: <b>1&#160;234,50</b> ₽.</p>");
        message.To.Should().BeEmpty();
    }

    [Test]
    public void Values_are_html_encoded_in_the_html_body_only()
    {
        var template = new MailTemplate("Hello {{name}}", textBody: "Hello {{name}}", htmlBody: "<p title=\"{{name}}\">Hello {{name}}</p>");

        var message = template.Render(new Dictionary<string, object?> { ["name"] = "<script>alert('x')</script> & \"Bob\"" }, CultureInfo.InvariantCulture);

        message.HtmlBody.Should().Be("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;\">Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;</p>");
        message.TextBody.Should().Be("Hello <script>alert('x')</script> & \"Bob\"");
        message.Subject.Should().Be("Hello <script>alert('x')</script> & \"Bob\"");
    }

    [Test]
    public void A_missing_parameter_is_named_with_the_ones_given()
    {
        var template = new MailTemplate("Order {{order}}", textBody: "Dear {{customer}}, order {{order}} has shipped.");

        var render = () => template.Render(new Dictionary<string, object?> { ["order"] = "A-17", ["client"] = "Ann" }, CultureInfo.InvariantCulture);

        render.Should().Throw<ArgumentException>().WithMessage("The template needs the parameter 'customer', which was not given (given: client, order).*");
    }

    [Test]
    public void A_null_value_renders_as_nothing()
    {
        var message = new MailTemplate("[{{tag}}] report", "body").Render(new Dictionary<string, object?> { ["tag"] = null }, CultureInfo.InvariantCulture);

        message.Subject.Should().Be("[] report");
    }

    [TestCase("Invoice\r\nBcc: victim@example.com")]
    [TestCase("Invoice\nBcc: victim@example.com")]
    [TestCase("Invoice\rX-Injected: 1")]
    [TestCase("Invoice\u0000")]
    public void A_line_break_through_a_parameter_into_the_subject_is_refused_naming_the_parameter(string value)
    {
        var template = new MailTemplate("Your {{document}}", textBody: "Attached: {{document}}");

        var render = () => template.Render(new Dictionary<string, object?> { ["document"] = value }, CultureInfo.InvariantCulture);

        render.Should().Throw<ArgumentException>().WithMessage("The parameter 'document' would put a line break or another control character into the subject*");
    }

    [Test]
    public void Line_breaks_in_a_body_parameter_are_kept()
    {
        var message = new MailTemplate("Address", textBody: "Ship to:\n{{address}}").Render(new Dictionary<string, object?> { ["address"] = "1 Main St\nSpringfield" }, CultureInfo.InvariantCulture);

        message.TextBody.Should().Be("Ship to:\n1 Main St\nSpringfield");
    }

    [TestCase("Report {{date", "Subject: the '{{' at position 7 is not closed with '}}'.*")]
    [TestCase("Report {{}}", "Subject: '{{}}' at position 7 is not a parameter*")]
    [TestCase("Report {{1st}}", "Subject: '{{1st}}' at position 7 is not a parameter*")]
    [TestCase("Report {{a b}}", "Subject: '{{a b}}' at position 7 is not a parameter*")]
    public void A_malformed_placeholder_is_refused_when_the_template_is_created(string subject, string expected)
    {
        var create = () => new MailTemplate(subject, textBody: "body");

        create.Should().Throw<ArgumentException>().WithMessage(expected);
    }

    [Test]
    public void A_template_needs_a_body_and_has_a_length_limit()
    {
        var noBody = () => new MailTemplate("Subject");
        var tooLong = () => new MailTemplate("Subject", textBody: new string('x', MailTemplate.MaxLength + 1));

        noBody.Should().Throw<ArgumentException>().WithMessage("A template needs a text body, an HTML body or both.*");
        tooLong.Should().Throw<ArgumentException>().WithMessage($"TextBody: the template is longer than {MailTemplate.MaxLength} characters.*");
        new MailTemplate("Subject", textBody: new string('x', MailTemplate.MaxLength)).TextBody.Should().HaveLength(MailTemplate.MaxLength);
    }
}

/// <summary>Templates sent through the lab with the module's sender.</summary>
[Category("Integration")]
public class MailTemplateSendingTests : LabModuleFixture
{
    [Test]
    public async Task A_rendered_template_with_a_generated_attachment_arrives_as_rendered()
    {
        var template = new MailTemplate("Invoice {{number}}", htmlBody: "<p>Dear {{name}},</p><p>invoice {{number}} is attached.</p>");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 generated invoice " + Guid.NewGuid());
        var number = Guid.NewGuid().ToString("N");

        var sent = await Sender.SendTemplateAsync(
            LabMail.Account(Lab.Alice),
            template,
            new Dictionary<string, object?> { ["number"] = number, ["name"] = "Bob & Co <sales>" },
            [Lab.Bob.Address],
            [MailAttachment.FromBytes($"invoice-{number}.pdf", pdf)]);

        var received = await LabMail.ReadFromImapAsync(Lab.Bob, sent.MessageId);
        received.Subject.Should().Be($"Invoice {number}");
        received.HtmlBody.Should().Contain("<p>Dear Bob &amp; Co &lt;sales&gt;,</p>");
        received.TextBody.Should().Contain("Dear Bob & Co <sales>,");
        var attachment = received.Attachments.OfType<MimePart>().Should().ContainSingle().Subject;
        attachment.FileName.Should().Be($"invoice-{number}.pdf");
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        content.ToArray().Should().Equal(pdf);
    }

    [Test]
    public async Task A_header_injection_through_a_subject_parameter_sends_nothing()
    {
        var template = new MailTemplate("Ticket {{title}}", textBody: "See {{title}}");

        var send = () => Sender.SendTemplateAsync(
            LabMail.Account(Lab.Alice),
            template,
            new Dictionary<string, object?> { ["title"] = $"x\r\nBcc: {Lab.Carol.Address}" },
            [Lab.Bob.Address]);

        await send.Should().ThrowAsync<ArgumentException>().WithMessage("The parameter 'title' would put a line break*");
        ((SmtpMailSender)Sender).PoolCount.Should().Be(0, "no connection was opened");
    }
}
