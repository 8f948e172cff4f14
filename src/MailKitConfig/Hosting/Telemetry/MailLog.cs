using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>
/// The log records of discovery (100–199), the settings check (200–299) and the host integration (400–499); sending
/// has 1–99 (<see cref="SendingLog"/>). Event ids are stable. No record carries an address, a login or a secret.
/// </summary>
internal static partial class MailLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Discovery for a {Domain} address started (usage {Usage})")]
    public static partial void DiscoveryStarted(this ILogger logger, string domain, MailUsage usage);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Discovery source {Source}: {Outcome} after {DurationMs:0} ms")]
    public static partial void DiscoverySource(this ILogger logger, MailSettingsSource source, DiscoveryOutcome outcome, double durationMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Verification of {Protocol} {Host}:{Port} ({Security}) from {Source}: {Outcome} after {DurationMs:0} ms")]
    public static partial void DiscoveryVerification(this ILogger logger, MailProtocol protocol, string host, int port, MailSecurity security, MailSettingsSource source, DiscoveryOutcome outcome, double durationMs);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Discovery for a {Domain} address finished in {DurationMs:0} ms: source {Source}, verified {Verified}, problem {Problem}")]
    public static partial void DiscoveryFinished(this ILogger logger, string domain, double durationMs, MailSettingsSource? source, bool verified, MailProblemKind? problem);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Settings check of {Protocol} {Host}:{Port} ({Security}): {Outcome}, step {Step}, problem {Problem}")]
    public static partial void CheckServer(this ILogger logger, MailProtocol protocol, string host, int port, MailSecurity security, string outcome, MailCheckStepKind? step, MailProblemKind? problem);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Settings check finished in {DurationMs:0} ms: {Outcome}")]
    public static partial void CheckFinished(this ILogger logger, double durationMs, string outcome);

    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Mail health check of account {Account}: {Status} ({Problem})")]
    public static partial void HealthCheck(this ILogger logger, string account, string status, string problem);
}
