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
