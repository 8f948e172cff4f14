using System.Diagnostics;
using System.Globalization;
using System.Net;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>The lab's real Postfix and Dovecot produce failures; the engine must classify each one correctly.</summary>
[Category("Integration")]
public class DiagnosticsLabTests : LabModuleFixture
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Test]
    public async Task A_wrong_password_is_AuthenticationFailed_on_every_protocol()
    {
        var account = LabMail.Account(Lab.Alice, password: "wrong-password-1");
        var factory = Services.GetRequiredService<MailConnectionFactory>();

        var smtp = await Fails(() => Sender.SendAsync(account, Message()));
        var imap = await Fails(() => factory.ConnectImapAsync(account, CancellationToken.None));
        var pop3 = await Fails(() => factory.ConnectPop3Async(account, CancellationToken.None));

        foreach (var problem in new[] { smtp, imap, pop3 })
        {
            problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
            problem.IsTransient.Should().BeFalse();
            problem.Hints.Should().NotBeEmpty();
        }

        smtp.EnhancedStatusCode.Should().Be("5.7.8");
        imap.ResponseCode.Should().Be("AUTHENTICATIONFAILED");
        pop3.ResponseCode.Should().Be("AUTH");
    }

    [Test]
    public async Task A_plaintext_login_refused_is_EncryptionRequired()
    {
        var account = LabMail.Account(Lab.Alice, new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.None)) with
        {
            Imap = new ServerEndpoint(Lab.RemoteHost, Lab.Ports.Imap, MailSecurity.None),
            Pop3 = new ServerEndpoint(Lab.RemoteHost, Lab.Ports.Pop3, MailSecurity.None),
        };
        var factory = Services.GetRequiredService<MailConnectionFactory>();

        var problems = new[]
        {
            await Fails(() => Sender.SendAsync(account, Message())),
            await Fails(() => factory.ConnectImapAsync(account, CancellationToken.None)),
            await Fails(() => factory.ConnectPop3Async(account, CancellationToken.None)),
        };

        problems.Select(p => p.Kind).Should().AllBeEquivalentTo(MailProblemKind.EncryptionRequired);
        problems[0].SuggestedChange!.Endpoint.Should().Be(new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.StartTlsRequired));
    }

    [Test]
    public async Task Sending_without_login_where_login_is_required_is_AuthenticationRequired()
    {
        var account = LabMail.Account(Lab.Alice) with { Credentials = null, Usage = MailUsage.Send };

        var problem = await Fails(() => Sender.SendAsync(account, Message()));

        problem.Kind.Should().Be(MailProblemKind.AuthenticationRequired);
        problem.SuggestedChange!.RequiresLogin.Should().BeTrue();
    }

    [TestCase("bob@lab.test", null, MailProblemKind.SenderRejected)]
    [TestCase(null, "nobody@lab.test", MailProblemKind.RecipientRejected)]
    public async Task Refused_envelopes_are_classified(string? from, string? to, MailProblemKind expected)
    {
        var message = Message();
        message.From = from;
        if (to is not null)
        {
            message.To.Clear();
            message.To.Add(to);
        }

        var problem = await Fails(() => Sender.SendAsync(LabMail.Account(Lab.Alice), message));

        problem.Kind.Should().Be(expected);
    }

    [Test]
    public async Task A_message_over_the_limit_is_MessageTooLarge()
    {
        using var big = new MemoryStream(new byte[Lab.MessageSizeLimit]);
        var message = Message();
        message.Attachments.Add(new MailAttachment("big.bin", big));

        var problem = await Fails(() => Sender.SendAsync(LabMail.Account(Lab.Alice), message));

        problem.Kind.Should().Be(MailProblemKind.MessageTooLarge);
    }

    [Test]
    public async Task A_closed_port_is_ConnectionRefused()
    {
        var problem = await Fails(() => Sender.SendAsync(LabMail.Account(Lab.Alice, new ServerEndpoint(Lab.Host, SilentServer.ClosedPort(), MailSecurity.StartTlsRequired)), Message()));

        problem.Kind.Should().Be(MailProblemKind.ConnectionRefused);
        problem.Stage.Should().Be(MailOperationStage.Connect);
    }

    [Test]
    public async Task Implicit_tls_on_a_starttls_port_is_WrongSecurityMode_with_the_fix()
    {
        var problem = await Fails(() => Sender.SendAsync(LabMail.Account(Lab.Alice, new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.ImplicitTls)), Message()));

        problem.Kind.Should().Be(MailProblemKind.WrongSecurityMode);
        problem.SuggestedChange!.Endpoint.Should().Be(new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.StartTlsRequired));
    }

    [Test]
    public async Task Starttls_on_an_implicit_tls_port_is_WrongSecurityMode_with_the_fix()
    {
        using var quick = CreateServices(TimeSpan.FromSeconds(2));

        var problem = await Fails(() => quick.GetRequiredService<IMailSender>().SendAsync(LabMail.Account(Lab.Alice, new ServerEndpoint(Lab.Host, Lab.Ports.Submissions, MailSecurity.StartTlsRequired)), Message()));

        problem.Kind.Should().Be(MailProblemKind.WrongSecurityMode);
        problem.Stage.Should().Be(MailOperationStage.Greeting);
        problem.SuggestedChange!.Endpoint.Should().Be(new ServerEndpoint(Lab.Host, Lab.Ports.Submissions, MailSecurity.ImplicitTls));
    }

    [Test]
    public async Task An_untrusted_certificate_is_CertificateInvalid()
    {
        using var untrusting = LabMail.CreateServices(trustLabCa: false);

        var problem = await Fails(() => untrusting.GetRequiredService<IMailSender>().SendAsync(LabMail.Account(Lab.Alice), Message()));

        problem.Kind.Should().Be(MailProblemKind.CertificateInvalid);
    }

    [Test]
    public async Task A_server_that_never_greets_is_a_Timeout_within_the_configured_bound()
    {
        await using var silent = new SilentServer();
        using var quick = CreateServices(TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        var account = LabMail.Account(Lab.Alice, new ServerEndpoint("127.0.0.1", silent.Port, MailSecurity.StartTlsRequired));

        var problem = await Fails(() => quick.GetRequiredService<MailConnectionFactory>().ConnectSmtpAsync(account, CancellationToken.None)); // one attempt; the sender would retry a timeout

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2 * 1.25 + 1), "the connect timeout is 2 s and the TLS probe a quarter of it");
        problem.Kind.Should().Be(MailProblemKind.Timeout);
        problem.Stage.Should().Be(MailOperationStage.Greeting);
    }

    [Test]
    public async Task The_check_passes_every_step_of_all_three_protocols_in_parallel()
    {
        var account = LabMail.Account(Lab.Alice) with { Imap = new ServerEndpoint(Lab.Host, Lab.Ports.Imap, MailSecurity.StartTlsRequired) };

        var report = await Services.GetRequiredService<IMailDiagnostics>().CheckAsync(account, new MailCheckOptions { Culture = English, SendTestMessage = true });

        report.Succeeded.Should().BeTrue(report.ToText(includeTranscript: true));
        report.Protocols.Select(p => p.Protocol).Should().Equal(MailProtocol.Smtp, MailProtocol.Imap, MailProtocol.Pop3);
        var smtp = report.Protocols[0];
        smtp.Steps.Select(s => (s.Kind, s.Outcome)).Should().Equal(
            (MailCheckStepKind.Dns, MailCheckOutcome.Passed), (MailCheckStepKind.Tcp, MailCheckOutcome.Passed), (MailCheckStepKind.Greeting, MailCheckOutcome.Passed),
            (MailCheckStepKind.Capabilities, MailCheckOutcome.Passed), (MailCheckStepKind.StartTls, MailCheckOutcome.Passed), (MailCheckStepKind.Login, MailCheckOutcome.Passed),
            (MailCheckStepKind.Verification, MailCheckOutcome.Passed), (MailCheckStepKind.TestMessage, MailCheckOutcome.Passed));
        smtp.Steps.Single(s => s.Kind == MailCheckStepKind.Greeting).Detail.Should().StartWith("220 mail.lab.test ESMTP");
        smtp.Steps.Single(s => s.Kind == MailCheckStepKind.Capabilities).Detail.Should().Contain("PLAIN").And.Contain("SIZE 10485760");
        report.Protocols[2].Steps.Single(s => s.Kind == MailCheckStepKind.Tls).Detail.Should().Contain("mail.lab.test");
        report.Protocols[1].Steps.Single(s => s.Kind == MailCheckStepKind.Verification).Detail.Should().StartWith("INBOX:");
        report.Duration.Should().BeLessThan(report.Protocols.SelectMany(p => p.Steps).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration), "the protocols are checked in parallel");
        string.Join('\n', report.Protocols.SelectMany(p => p.Transcript)).Should().Contain("AUTH").And.NotContain(Lab.Alice.Password)
            .And.NotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"\0{Lab.Alice.Address}\0{Lab.Alice.Password}")));
        report.ToJson().Should().NotContain(Lab.Alice.Password);
    }

    [Test]
    public async Task The_check_finds_and_verifies_the_fix_for_a_wrong_security_mode()
    {
        var account = LabMail.Account(Lab.Alice, new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.ImplicitTls)) with { Imap = null, Pop3 = new ServerEndpoint(Lab.Host, Lab.Ports.Pop3s, MailSecurity.StartTlsRequired) };
        using var quick = CreateServices(TimeSpan.FromSeconds(2));

        var report = await quick.GetRequiredService<IMailDiagnostics>().CheckAsync(account, new MailCheckOptions { Culture = English });

        report.Succeeded.Should().BeFalse();
        var smtp = report.Protocols[0];
        smtp.Steps.Single(s => s.Outcome == MailCheckOutcome.Failed).Kind.Should().Be(MailCheckStepKind.Tls);
        smtp.Problem!.Kind.Should().Be(MailProblemKind.WrongSecurityMode);
        smtp.Alternative!.Succeeded.Should().BeTrue();
        smtp.VerifiedFix!.Endpoint.Should().Be(new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.StartTlsRequired));
        var pop3 = report.Protocols[1];
        pop3.Problem!.Kind.Should().Be(MailProblemKind.WrongSecurityMode);
        pop3.VerifiedFix!.Endpoint.Should().Be(new ServerEndpoint(Lab.Host, Lab.Ports.Pop3s, MailSecurity.ImplicitTls));
        report.VerifiedFixes.Should().HaveCount(2);
        report.ToText().Should().Contain($"Verified fix: Use port {Lab.Ports.Submission}");
    }

    [Test]
    public async Task A_certificate_close_to_its_expiry_passes_with_a_warning()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ShiftedClock(TimeSpan.FromDays(810))); // the lab's certificate is valid for 825 days
        services.AddMailModule(Lab.Trust);
        using var provider = services.BuildServiceProvider();
        var account = LabMail.Account(Lab.Alice, LabMail.Submissions()) with { Imap = null, Pop3 = null, Usage = MailUsage.Send };

        var report = await provider.GetRequiredService<IMailDiagnostics>().CheckAsync(account, new MailCheckOptions { Culture = English });

        var tls = report.Protocols.Single().Steps.Single(s => s.Kind == MailCheckStepKind.Tls);
        tls.Outcome.Should().Be(MailCheckOutcome.Warning);
        tls.Detail.Should().Contain("expires on").And.Contain("renew");
        report.Succeeded.Should().BeTrue("a warning is not a failure");
    }

    [Test]
    public async Task The_check_names_the_certificate_it_did_not_trust()
    {
        using var untrusting = LabMail.CreateServices(trustLabCa: false);
        var account = LabMail.Account(Lab.Alice) with { Imap = null, Pop3 = null, Usage = MailUsage.Send };

        var report = await untrusting.GetRequiredService<IMailDiagnostics>().CheckAsync(account, new MailCheckOptions { Culture = English });

        var startTls = report.Protocols.Single().Steps.Single(s => s.Kind == MailCheckStepKind.StartTls);
        startTls.Outcome.Should().Be(MailCheckOutcome.Failed);
        startTls.Problem!.Kind.Should().Be(MailProblemKind.CertificateInvalid);
        startTls.Detail.Should().Contain("CN=mail.lab.test").And.Contain("RemoteCertificateChainErrors").And.MatchRegex("PartialChain|UntrustedRoot");
        report.Protocols.Single().Alternative.Should().BeNull("an untrusted certificate is not fixed by another port");
    }

    [Test]
    public async Task A_failed_login_in_the_check_is_explained_in_russian_and_not_retried()
    {
        var account = LabMail.Account(Lab.Alice, password: "wrong-password-2") with { Pop3 = null, Imap = null, Usage = MailUsage.Send };

        var report = await Services.GetRequiredService<IMailDiagnostics>().CheckAsync(account, new MailCheckOptions { Culture = CultureInfo.GetCultureInfo("ru-RU") });

        var login = report.Protocols.Single().Steps.Single(s => s.Kind == MailCheckStepKind.Login);
        login.Outcome.Should().Be(MailCheckOutcome.Failed);
        login.ServerReply.Should().StartWith("535 5.7.8");
        login.Problem!.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        login.Problem.Title.Should().MatchRegex("[А-Яа-я]");
        report.Protocols.Single().Alternative.Should().BeNull("a refused password is not a mechanical failure; one login attempt only");
        report.Protocols.Single().Transcript.Count(line => line.Contains("C: AUTH", StringComparison.Ordinal)).Should().Be(1);
        report.ToText().Should().Contain("Проблема:");
    }

    /// <summary>A clock whose wall time runs ahead (timers and timestamps stay real).</summary>
    private sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }

    private static OutgoingMessage Message() => new() { Subject = "diagnostics", TextBody = "x", To = { Lab.Bob.Address } };

    private static ServiceProvider CreateServices(TimeSpan connectTimeout)
        => new ServiceCollection().AddMailModule(o =>
        {
            Lab.Trust(o);
            o.ConnectTimeout = connectTimeout;
        }).Services.BuildServiceProvider();

    private static async Task<MailProblem> Fails<T>(Func<Task<T>> action)
    {
        var thrown = await FluentActions.Awaiting(action).Should().ThrowAsync<MailOperationException>();
        return thrown.Which.Problem.Localize(English);
    }
}
