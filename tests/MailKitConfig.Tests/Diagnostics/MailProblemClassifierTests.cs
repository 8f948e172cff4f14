using System.Globalization;
using System.Net.Sockets;
using MailKit.Security;

namespace MailKitConfig.Tests.Diagnostics;

public class MailProblemClassifierTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [TestCase(SocketError.HostNotFound, MailProblemKind.HostNotFound)]
    [TestCase(SocketError.TryAgain, MailProblemKind.HostNotFound)]
    [TestCase(SocketError.ConnectionRefused, MailProblemKind.ConnectionRefused)]
    [TestCase(SocketError.NetworkUnreachable, MailProblemKind.ConnectionRefused)]
    [TestCase(SocketError.TimedOut, MailProblemKind.Timeout)]
    [TestCase(SocketError.ConnectionReset, MailProblemKind.ConnectionBroken)]
    public void Socket_errors_map_to_transport_kinds(SocketError error, MailProblemKind expected)
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Connect) { Exception = new IOException("wrapped", new SocketException((int)error)) };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(expected);
    }

    [Test]
    public void A_tls_failure_that_is_neither_plain_text_nor_a_certificate_is_TlsHandshakeFailed_with_the_paired_port_suggested()
    {
        var failure = new MailFailure(MailProtocol.Pop3, MailOperationStage.Tls)
        {
            Exception = new SslHandshakeException("An error occurred while attempting to establish an SSL or TLS connection.", new System.Security.Authentication.AuthenticationException("SSL Handshake failed with OpenSSL error - SSL_ERROR_SSL: sslv3 alert handshake failure")),
            Host = "pop.example.com",
            Port = 995,
            Security = MailSecurity.ImplicitTls,
        };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.TlsHandshakeFailed);
        problem.SuggestedChange!.Endpoint.Should().Be(new ServerEndpoint("pop.example.com", 110, MailSecurity.StartTlsRequired));
        problem.Hints.Should().NotBeEmpty();
    }

    [Test]
    public void A_greeting_timeout_on_a_standard_implicit_tls_port_is_WrongSecurityMode()
    {
        var failure = new MailFailure(MailProtocol.Imap, MailOperationStage.Greeting) { Exception = new TimeoutException(), Host = "imap.example.com", Port = 993, Security = MailSecurity.StartTlsRequired };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.WrongSecurityMode);
        problem.SuggestedChange!.Endpoint.Should().Be(new ServerEndpoint("imap.example.com", 143, MailSecurity.StartTlsRequired));
    }

    [Test]
    public void Microsofts_535_5_7_3_is_a_refused_login_with_the_other_known_causes()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Authentication)
        {
            ReplyText = "535 5.7.3 Authentication unsuccessful [BN9PR03CA0041.namprd03.prod.outlook.com]",
            Host = "smtp.office365.com",
            CredentialKind = MailCredentialKind.Password,
        };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        problem.Provider.Should().Be("Microsoft");
        problem.ReplyCode.Should().Be(535);
        problem.EnhancedStatusCode.Should().Be("5.7.3");
        problem.AlsoPossible.Should().Equal(MailProblemKind.BasicAuthDisabled, MailProblemKind.ProtocolDisabled);
        problem.AlsoPossibleCauses.Should().HaveCount(2);
        problem.Hints[0].Should().Contain("SMTP AUTH", "provider advice comes first");
    }

    [Test]
    public void An_oauth_login_refused_with_the_json_challenge_is_OAuthTokenInvalid()
    {
        var failure = new MailFailure(MailProtocol.Imap, MailOperationStage.Authentication)
        {
            ReplyText = "A00000001 NO [AUTHENTICATIONFAILED] Authentication failed.",
            CredentialKind = MailCredentialKind.OAuth,
        };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(MailProblemKind.OAuthTokenInvalid);
    }

    [TestCase("SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", 535, "5.7.8")]
    [TestCase("Mailbox unavailable. The server response was: 5.7.1 Client was not authenticated", null, "5.7.1")]
    [TestCase("MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful", 535, "5.7.3")]
    [TestCase("Invalid login: 534-5.7.9 Application-specific password required.", 534, "5.7.9")]
    [TestCase("250 2.1.0 Ok\r\n553 5.7.1 <bob@lab.test>: Sender address rejected\r\n554 5.5.1 Error: no valid recipients", 553, "5.7.1")]
    [TestCase("Connection from 10.1.2.3 refused", null, null)]
    public void The_server_reply_is_found_inside_other_programs_texts(string text, int? code, string? enhanced)
    {
        var reply = ClassifiedReply.Parse(text);

        reply.Code.Should().Be(code);
        reply.EnhancedCode.Should().Be(enhanced);
    }

    [Test]
    public void Problems_can_be_told_in_russian()
    {
        var problem = MailProblemClassifier.Classify(new MailFailure(MailProtocol.Smtp, MailOperationStage.Data) { ReplyText = "554 5.7.1 Message rejected under suspicion of SPAM" }, English);

        var russian = problem.Localize(CultureInfo.GetCultureInfo("ru-RU"));

        russian.Kind.Should().Be(MailProblemKind.SpamRejected);
        russian.Title.Should().NotBe(problem.Title).And.MatchRegex("[А-Яа-яЁё]");
        russian.Hints.Should().HaveSameCount(problem.Hints);
    }

    [Test]
    public void A_problem_from_the_librarys_exception_keeps_the_endpoint_for_the_fix()
    {
        var exception = new MailOperationException("x", MailProtocol.Smtp, MailOperationStage.Authentication, "smtp.example.com", 587, "535 5.7.8 Error: authentication failed", 535, null);

        exception.Problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        MailProblemClassifier.Classify(exception, English).ServerReply.Should().Be("535 5.7.8 Error: authentication failed");
    }
}
