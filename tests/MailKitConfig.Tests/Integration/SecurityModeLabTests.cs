using System.Diagnostics;
using System.Globalization;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>
/// A port and security mode that do not match are diagnosed in seconds, not after the connect timeout, against the
/// lab's real Postfix and Dovecot: through a connection and through the settings check, on SMTP and IMAP, both ways.
/// The library's default connect timeout (15 s) is used, so a fast answer cannot come from a short timeout.
/// </summary>
[Category("Integration")]
public class SecurityModeLabTests : LabModuleFixture
{
    /// <summary>The bound; a generous one on a shared 2-core machine (the probe answers within about 2 s).</summary>
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public enum Mismatch
    {
        SmtpStartTlsPortAsImplicitTls,
        SmtpImplicitTlsPortAsStartTls,
        ImapStartTlsPortAsImplicitTls,
        ImapImplicitTlsPortAsStartTls,
    }

    /// <inheritdoc />
    protected override ServiceProvider CreateServices() => LabMail.CreateServices(connections: o => o.ConnectTimeout = TimeSpan.FromSeconds(15));

    [Test]
    public async Task Connecting_with_the_wrong_security_mode_is_diagnosed_within_five_seconds([Values] Mismatch wrong)
    {
        var (protocol, configured, right) = Endpoints(wrong);
        var account = Account(protocol, configured);
        var factory = Services.GetRequiredService<MailConnectionFactory>();
        var clock = Stopwatch.StartNew();

        var thrown = await FluentActions.Awaiting(async () =>
        {
            if (protocol == MailProtocol.Smtp)
            {
                await using var smtp = await factory.ConnectSmtpAsync(account, CancellationToken.None);
            }
            else
            {
                await using var imap = await factory.ConnectImapAsync(account, CancellationToken.None);
            }
        }).Should().ThrowAsync<MailOperationException>();

        clock.Elapsed.Should().BeLessThan(Quickly, "a wrong security mode must not wait out the 15 s connect timeout");
        var problem = thrown.Which.Problem.Localize(English);
        problem.Kind.Should().Be(MailProblemKind.WrongSecurityMode, thrown.Which.Message);
        problem.IsTransient.Should().BeFalse();
        problem.SuggestedChange!.Endpoint.Should().Be(right);
        problem.Hints.Should().NotBeEmpty();
        thrown.Which.Message.Should().NotContainEquivalentOf("certificate", "no certificate was at fault");
    }

    [Test]
    public async Task The_settings_check_diagnoses_the_wrong_security_mode_and_verifies_the_fix_within_five_seconds([Values] Mismatch wrong)
    {
        var (protocol, configured, right) = Endpoints(wrong);
        var clock = Stopwatch.StartNew();

        var report = await Services.GetRequiredService<IMailDiagnostics>().CheckAsync(Account(protocol, configured), new MailCheckOptions { Culture = English });

        clock.Elapsed.Should().BeLessThan(Quickly, "the check, the alternative included, must not wait out the 15 s connect timeout");
        var check = report.Protocols.Single();
        check.Problem!.Kind.Should().Be(MailProblemKind.WrongSecurityMode, report.ToText());
        check.Steps.Single(s => s.Outcome == MailCheckOutcome.Failed).Kind.Should().Be(configured.Security == MailSecurity.ImplicitTls ? MailCheckStepKind.Tls : MailCheckStepKind.Greeting);
        check.VerifiedFix!.Endpoint.Should().Be(right);
        check.Alternative!.Succeeded.Should().BeTrue(report.ToText());
    }

    [Test]
    public async Task A_tls_handshake_that_never_completes_is_a_Timeout_without_blaming_a_certificate()
    {
        await using var silent = new SilentServer();
        using var quick = LabMail.CreateServices(connections: o => o.ConnectTimeout = TimeSpan.FromSeconds(2));
        var endpoint = new ServerEndpoint("127.0.0.1", silent.Port, MailSecurity.ImplicitTls);
        var clock = Stopwatch.StartNew();

        var thrown = await FluentActions.Awaiting(() => quick.GetRequiredService<MailConnectionFactory>().ConnectSmtpAsync(LabMail.Account(Lab.Alice, endpoint), CancellationToken.None))
            .Should().ThrowAsync<MailOperationException>();
        var report = await quick.GetRequiredService<IMailDiagnostics>().CheckAsync(LabMail.Account(Lab.Alice, endpoint) with { Imap = null, Pop3 = null, Usage = MailUsage.Send }, new MailCheckOptions { Culture = English, TryAlternatives = false });

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2 * 2 + 4), "two attempts bounded by the 2 s connect timeout");
        var problem = thrown.Which.Problem.Localize(English);
        problem.Kind.Should().Be(MailProblemKind.Timeout);
        problem.Stage.Should().Be(MailOperationStage.Tls);
        thrown.Which.Message.Should().NotContainEquivalentOf("not trusted").And.NotContainEquivalentOf("certificate");
        string.Join('\n', problem.Hints).Should().NotContainEquivalentOf("certificate");
        var tls = report.Protocols.Single().Steps.Single(s => s.Kind == MailCheckStepKind.Tls);
        tls.Outcome.Should().Be(MailCheckOutcome.Failed);
        tls.Problem!.Kind.Should().Be(MailProblemKind.Timeout);
        tls.Detail.Should().NotContainEquivalentOf("not trusted").And.NotContainEquivalentOf("certificate");
    }

    private static (MailProtocol Protocol, ServerEndpoint Configured, ServerEndpoint Right) Endpoints(Mismatch wrong) => wrong switch
    {
        Mismatch.SmtpStartTlsPortAsImplicitTls => (MailProtocol.Smtp, new(Lab.Host, Lab.Ports.Submission, MailSecurity.ImplicitTls), new(Lab.Host, Lab.Ports.Submission, MailSecurity.StartTlsRequired)),
        Mismatch.SmtpImplicitTlsPortAsStartTls => (MailProtocol.Smtp, new(Lab.Host, Lab.Ports.Submissions, MailSecurity.StartTlsRequired), new(Lab.Host, Lab.Ports.Submissions, MailSecurity.ImplicitTls)),
        Mismatch.ImapStartTlsPortAsImplicitTls => (MailProtocol.Imap, new(Lab.Host, Lab.Ports.Imap, MailSecurity.ImplicitTls), new(Lab.Host, Lab.Ports.Imap, MailSecurity.StartTlsRequired)),
        _ => (MailProtocol.Imap, new(Lab.Host, Lab.Ports.Imaps, MailSecurity.StartTlsRequired), new(Lab.Host, Lab.Ports.Imaps, MailSecurity.ImplicitTls)),
    };

    private static MailAccountSettings Account(MailProtocol protocol, ServerEndpoint endpoint) => protocol == MailProtocol.Smtp
        ? LabMail.Account(Lab.Alice, endpoint) with { Imap = null, Pop3 = null, Usage = MailUsage.Send }
        : LabMail.Account(Lab.Alice) with { Smtp = null, Imap = endpoint, Pop3 = null, Usage = MailUsage.Receive };
}
