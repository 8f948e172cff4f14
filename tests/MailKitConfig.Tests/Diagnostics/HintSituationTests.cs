using System.Globalization;
using System.Net.Sockets;

namespace MailKitConfig.Tests.Diagnostics;

/// <summary>Hints that match the situation: the port, whether the client logged in, and which address was refused.</summary>
public class HintSituationTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    [TestCase(587)]
    [TestCase(465)]
    [TestCase(2525)]
    public void A_refused_connection_on_another_port_than_25_does_not_lead_with_port_25(int port)
    {
        var problem = Refused(port);

        problem.Kind.Should().Be(MailProblemKind.ConnectionRefused);
        problem.Hints[0].Should().NotContain("25").And.NotContain("block");
        problem.Hints.Should().NotContain(h => h.Contains("block port 25", StringComparison.Ordinal));
    }

    [Test]
    public void A_refused_connection_on_port_25_leads_with_providers_blocking_it()
    {
        Refused(25).Hints[0].Should().Contain("block port 25");
        Refused(25, Russian).Hints[0].Should().Contain("блокируют порт 25");
    }

    [Test]
    public void A_refused_login_does_not_advise_turning_on_smtp_authentication()
    {
        var problem = MailProblemClassifier.Classify(
            new MailFailure(MailProtocol.Smtp, MailOperationStage.Authentication) { ReplyText = "535 5.7.8 Error: authentication failed: (reason unavailable)", CredentialKind = MailCredentialKind.Password, Host = "mail.example.com", Port = 587, Security = MailSecurity.StartTlsRequired },
            English);

        problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        AllText(problem).Should().NotContainEquivalentOf("turn on sign-in").And.NotContainEquivalentOf("requires authentication");
    }

    [TestCase("530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]", MailOperationStage.Sender)]
    [TestCase("530 5.7.0 Authentication required", MailOperationStage.Sender)]
    [TestCase("550 5.7.1 Client does not have permissions to send as this sender: authentication required", MailOperationStage.Recipient)]
    public void A_session_refused_as_unauthenticated_after_logging_in_does_not_advise_turning_sign_in_on(string reply, MailOperationStage stage)
    {
        var failure = new MailFailure(MailProtocol.Smtp, stage) { ReplyText = reply, CredentialKind = MailCredentialKind.Password, Host = "smtp.example.com", Port = 587, Security = MailSecurity.StartTlsRequired };

        foreach (var culture in new[] { English, Russian })
        {
            var problem = MailProblemClassifier.Classify(failure, culture);

            AllText(problem).Should().NotContainEquivalentOf("turn on sign-in").And.NotContainEquivalentOf("turn on \"SMTP server requires authentication\"")
                .And.NotContainEquivalentOf("включите вход").And.NotContainEquivalentOf("включите «SMTP-сервер требует проверки подлинности»");
            problem.SuggestedChange?.RequiresLogin.Should().NotBe(true, "the client already logged in");
        }
    }

    [Test]
    public void Without_a_login_the_same_refusal_advises_turning_sign_in_on()
    {
        var problem = MailProblemClassifier.Classify(new MailFailure(MailProtocol.Smtp, MailOperationStage.Sender) { ReplyText = "530 5.7.0 Authentication required" }, English);

        problem.Kind.Should().Be(MailProblemKind.AuthenticationRequired);
        problem.Hints[0].Should().ContainEquivalentOf("turn on");
        problem.SuggestedChange!.RequiresLogin.Should().BeTrue();
    }

    [Test]
    public void A_sender_refused_at_rcpt_is_reported_as_the_sender_step()
    {
        var problem = MailProblemClassifier.Classify(
            new MailFailure(MailProtocol.Smtp, MailOperationStage.Recipient) { ReplyText = "553 5.7.1 <bob@lab.test>: Sender address rejected: not owned by user alice@lab.test", CredentialKind = MailCredentialKind.Password },
            English);

        problem.Kind.Should().Be(MailProblemKind.SenderRejected);
        problem.Stage.Should().Be(MailOperationStage.Sender);
        problem.ToJson().Should().Contain("\"stage\":\"Sender\"");
    }

    private static MailProblem Refused(int port, CultureInfo? culture = null)
        => MailProblemClassifier.Classify(
            new MailFailure(MailProtocol.Smtp, MailOperationStage.Connect) { Exception = new SocketException((int)SocketError.ConnectionRefused), Host = "smtp.example.com", Port = port, Security = MailSecurity.StartTlsRequired },
            culture ?? English);

    private static string AllText(MailProblem problem) => string.Join('\n', [problem.Title, .. problem.Hints, .. problem.AlsoPossibleCauses]);
}
