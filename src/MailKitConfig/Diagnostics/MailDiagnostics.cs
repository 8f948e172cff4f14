using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MailKitConfig;

/// <summary>Checks each configured server of an account in parallel and, after a mechanical failure, verifies the paired setting.</summary>
/// <param name="connections">Opens the connections.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">Logs each server's outcome (never the address or the secret); optional.</param>
internal sealed class MailDiagnostics(MailConnectionFactory connections, TimeProvider time, ILogger<MailDiagnostics>? logger = null) : IMailDiagnostics
{
    private readonly ILogger log = logger ?? (ILogger)NullLogger.Instance;

    /// <inheritdoc />
    public async Task<MailCheckReport> CheckAsync(MailAccountSettings account, MailCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.EnsureValid();
        options ??= new MailCheckOptions();
        var culture = options.Culture ?? CultureInfo.CurrentUICulture;
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();

        using var activity = MailTelemetry.ActivitySource.StartActivity("mail.check");
        var servers = new (MailProtocol Protocol, ServerEndpoint? Endpoint)[] { (MailProtocol.Smtp, account.Smtp), (MailProtocol.Imap, account.Imap), (MailProtocol.Pop3, account.Pop3) };
        var checks = await Task.WhenAll(servers
            .Where(s => s.Endpoint is not null)
            .Select(s => CheckServerAsync(s.Protocol, account, s.Endpoint!, options, culture, cancellationToken))).ConfigureAwait(false);

        var report = new MailCheckReport(account.Address, startedAt, time.GetElapsedTime(started), checks, culture);
        var outcome = report.Succeeded ? "succeeded" : "failed";
        foreach (var check in checks)
        {
            var failed = check.Steps.FirstOrDefault(s => s.Outcome == MailCheckOutcome.Failed);
            log.CheckServer(check.Protocol, check.Endpoint.Host, check.Endpoint.Port, check.Endpoint.Security, check.Succeeded ? "succeeded" : "failed", failed?.Kind, failed?.Problem?.Kind);
        }

        log.CheckFinished(report.Duration.TotalMilliseconds, outcome);
        MailTelemetry.CheckDuration.Record(report.Duration.TotalSeconds, new KeyValuePair<string, object?>(MailTelemetry.OutcomeTag, outcome));
        activity?.SetTag(MailTelemetry.OutcomeTag, outcome);
        if (checks.Select(c => c.Problem).FirstOrDefault(p => p is not null) is { } problem)
        {
            MailTelemetry.Fail(activity, problem.Kind.ToString());
        }

        return report;
    }

    private async Task<MailProtocolCheck> CheckServerAsync(MailProtocol protocol, MailAccountSettings account, ServerEndpoint endpoint, MailCheckOptions options, CultureInfo culture, CancellationToken cancellationToken)
    {
        var check = await RunAsync(protocol, account, endpoint, options, culture, cancellationToken).ConfigureAwait(false);
        if (!options.TryAlternatives || check.Problem is not { } problem || AlternativeFor(protocol, endpoint, problem) is not { } alternative)
        {
            return check;
        }

        var retried = await RunAsync(protocol, account, alternative, options, culture, cancellationToken).ConfigureAwait(false);
        var fix = retried.Succeeded
            ? new MailSettingsChange(protocol, alternative, RequiresLogin: false, ProblemCatalog.Format(culture, "Remedy.Endpoint", alternative.Port, ProblemCatalog.Text($"Security.{alternative.Security}", culture)))
            : null;
        return new MailProtocolCheck(protocol, endpoint, check.Steps, check.Transcript, retried, fix);
    }

    private async Task<MailProtocolCheck> RunAsync(MailProtocol protocol, MailAccountSettings account, ServerEndpoint endpoint, MailCheckOptions options, CultureInfo culture, CancellationToken cancellationToken)
    {
        using var transcript = new ProtocolTranscript(keepTranscript: true, time);
        return await new EndpointCheck(connections, time, protocol, account, endpoint, options.SendTestMessage, culture, transcript).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The setting worth one more try: the problem's own suggestion, or the paired setting after a greeting that never came.</summary>
    private static ServerEndpoint? AlternativeFor(MailProtocol protocol, ServerEndpoint endpoint, MailProblem problem) => problem.Kind switch
    {
        MailProblemKind.WrongSecurityMode or MailProblemKind.TlsHandshakeFailed or MailProblemKind.EncryptionRequired => problem.SuggestedChange?.Endpoint,
        MailProblemKind.Timeout when problem.AlsoPossible.Contains(MailProblemKind.WrongSecurityMode) => SettingsRemedy.Paired(protocol, endpoint),
        _ => null,
    };
}
