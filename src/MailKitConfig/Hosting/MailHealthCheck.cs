using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>
/// The health of a named account: the settings check of its servers (connect, TLS, login, a harmless verification —
/// never a message sent), bounded in time. Unhealthy (or the registration's failure status) with the problem kind and
/// title when a step fails, degraded when a step warns (e.g. a certificate that expires soon).
/// </summary>
/// <param name="accounts">The named accounts.</param>
/// <param name="diagnostics">The settings check.</param>
/// <param name="account">The account's name, or <see langword="null"/> for the default account.</param>
/// <param name="timeout">How long the check may take.</param>
/// <param name="time">The clock of the time bound.</param>
/// <param name="logger">Logs failed checks.</param>
internal sealed class MailHealthCheck(IMailAccounts accounts, IMailDiagnostics diagnostics, string? account, TimeSpan timeout, TimeProvider time, ILogger<MailHealthCheck> logger) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var name = account ?? accounts.DefaultName;
        if (name is null)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "No mail account to check: name one, or configure Mail:DefaultAccount.");
        }

        using var bound = new CancellationTokenSource(timeout, time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, bound.Token);
        try
        {
            var settings = await accounts.GetAsync(name, limit.Token).ConfigureAwait(false);
            var report = await diagnostics.CheckAsync(settings, new MailCheckOptions { TryAlternatives = false, SendTestMessage = false, Culture = CultureInfo.InvariantCulture }, limit.Token).ConfigureAwait(false);
            var data = new Dictionary<string, object>();
            foreach (var check in report.Protocols)
            {
                data[check.Protocol.ToString()] = check.Problem?.Kind.ToString() ?? "ok";
            }

            if (report.Protocols.FirstOrDefault(p => p.Problem is not null) is { Problem: { } problem } failed)
            {
                logger.HealthCheck(name, context.Registration.FailureStatus.ToString(), problem.Kind.ToString());
                return new HealthCheckResult(context.Registration.FailureStatus, $"{failed.Protocol} {failed.Endpoint.Host}:{failed.Endpoint.Port}: {problem.Kind} — {problem.Title}", data: data);
            }

            var warning = report.Protocols.SelectMany(p => p.Steps.Select(s => (p.Protocol, Step: s))).FirstOrDefault(s => s.Step.Outcome == MailCheckOutcome.Warning);
            return warning.Step is { } step
                ? HealthCheckResult.Degraded($"{warning.Protocol} {step.Kind}: {step.Detail}", data: data)
                : HealthCheckResult.Healthy($"Every server of account '{name}' accepted the login in {report.Duration.TotalMilliseconds:0} ms.", data);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.HealthCheck(name, context.Registration.FailureStatus.ToString(), nameof(MailProblemKind.Timeout));
            return new HealthCheckResult(context.Registration.FailureStatus, $"{nameof(MailProblemKind.Timeout)} — the check of account '{name}' took longer than {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception ex) when (ex is KeyNotFoundException or MailSettingsException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message);
        }
    }
}
