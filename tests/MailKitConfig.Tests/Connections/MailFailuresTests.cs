using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace MailKitConfig.Tests.Connections;

public class MailFailuresTests
{
    private static readonly ServerEndpoint Endpoint = new("smtp.example.com", 587, MailSecurity.StartTlsRequired);

    [Test]
    public void The_exception_names_protocol_step_server_and_the_servers_words()
    {
        var inner = new AuthenticationException("535: 5.7.8 Error: authentication failed");

        var failure = MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Authentication, Endpoint, "535 5.7.8 Error: authentication failed: (reason unavailable)", inner);

        failure.Message.Should().StartWith("SMTP login at smtp.example.com:587 failed: 535: 5.7.8 Error: authentication failed");
        failure.Message.Should().EndWith("failed. The server replied: 535 5.7.8 Error: authentication failed: (reason unavailable)");
        failure.ReplyCode.Should().Be(535);
        failure.ServerReply.Should().Be("535 5.7.8 Error: authentication failed: (reason unavailable)");
        failure.InnerException.Should().BeSameAs(inner);
        failure.Should().Match<MailOperationException>(f => f.Protocol == MailProtocol.Smtp && f.Stage == MailOperationStage.Authentication && f.Host == "smtp.example.com" && f.Port == 587);
    }

    [Test]
    public void A_refused_recipients_address_stays_out_of_the_message_but_in_the_protocol_data()
    {
        const string Reply = "550 5.1.1 <nobody.here@lab.test>: Recipient address rejected: User unknown in virtual mailbox table";
        var refused = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, new MimeKit.MailboxAddress(string.Empty, "nobody.here@lab.test"), "5.1.1 <nobody.here@lab.test>: Recipient address rejected: User unknown in virtual mailbox table");

        var failure = MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Recipient, Endpoint, Reply, refused);
        var wrapped = MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Other, Endpoint, Reply, new IOException("reset after RCPT TO:<nobody.here@lab.test>"));

        failure.Message.Should().NotContain("nobody.here").And.Contain("<lab.test>: Recipient address rejected");
        wrapped.Message.Should().NotContain("nobody.here");
        failure.ServerReply.Should().Be(Reply);
        failure.RefusedMailbox.Should().Be("nobody.here@lab.test");
        new MailDeliveryUnknownException("id@example.com", wrapped).Message.Should().NotContain("nobody.here");
    }

    [Test]
    public void The_exception_and_its_problem_read_the_same_reply_code_from_pipelined_replies()
    {
        const string Reply = "550 5.1.1 <a@lab.test>: Recipient address rejected: User unknown\r\n554 5.5.1 Error: no valid recipients";

        var failure = MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Other, Endpoint, Reply, new IOException("reset"));

        failure.ReplyCode.Should().Be(550, "the first refusal explains the failure, as the classifier reads it");
        failure.ReplyCode.Should().Be(failure.Problem.ReplyCode);
    }

    [Test]
    public void A_problems_details_appear_in_its_json_and_its_text()
    {
        var problem = MailProblem.Of(MailProblemKind.SettingsNotFound, MailProtocol.Smtp, isTransient: false, provider: null, ["autoconfig: the entry for smtp.example.com was refused: port 0 is not valid"], System.Globalization.CultureInfo.InvariantCulture);

        problem.ToJson().Should().Contain("\"details\":[\"autoconfig: the entry for smtp.example.com was refused: port 0 is not valid\"]");
        problem.ToString().Should().Contain(Environment.NewLine + "  autoconfig: the entry for smtp.example.com was refused");
    }

    [Test]
    public void Delivery_unknown_is_never_transient_and_says_to_check_before_sending_again()
    {
        var broken = MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Data, Endpoint, null, new IOException("Connection reset by peer"));
        broken.Problem.IsTransient.Should().BeTrue("a broken connection before the end of the data is retried");

        var unknown = new MailDeliveryUnknownException("id@example.com", broken);

        unknown.Problem.Kind.Should().Be(MailProblemKind.DeliveryUnknown);
        unknown.Problem.IsTransient.Should().BeFalse();
        unknown.Problem.Localize(System.Globalization.CultureInfo.InvariantCulture).Hints[0].Should().Contain("recipient's mailbox").And.Contain("Sent folder");
        unknown.Problem.Localize(new System.Globalization.CultureInfo("ru-RU")).Hints[0].Should().Contain("Отправленные");
    }

    [Test]
    public void Reply_codes_are_read_only_from_smtp_replies()
    {
        MailFailures.Create(MailProtocol.Imap, MailOperationStage.Authentication, Endpoint, "A1 NO [AUTHENTICATIONFAILED] Authentication failed.", null).ReplyCode.Should().BeNull();
        MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Other, Endpoint, "250-x\r\n554 5.7.1 rejected", null).ReplyCode.Should().Be(554);
        MailFailures.Create(MailProtocol.Smtp, MailOperationStage.Connect, Endpoint, null, null).ReplyCode.Should().BeNull();
    }

    [Test]
    public void Command_failures_map_to_the_envelope_step()
    {
        MailFailures.SmtpStageOf(new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, "x")).Should().Be(MailOperationStage.Sender);
        MailFailures.SmtpStageOf(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "x")).Should().Be(MailOperationStage.Recipient);
        MailFailures.SmtpStageOf(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "x")).Should().Be(MailOperationStage.Data);
    }

    [Test]
    public void Connect_failures_map_to_the_transport_step()
    {
        MailFailures.ConnectStageOf(new SocketException((int)SocketError.ConnectionRefused)).Should().Be(MailOperationStage.Connect);
        MailFailures.ConnectStageOf(new SslHandshakeException("bad certificate")).Should().Be(MailOperationStage.Tls);
        MailFailures.ConnectStageOf(new NotSupportedException("The SMTP server does not support the STARTTLS extension.")).Should().Be(MailOperationStage.Tls);
        MailFailures.ConnectStageOf(new SmtpProtocolException("The server disconnected.")).Should().Be(MailOperationStage.Greeting);
    }
}
