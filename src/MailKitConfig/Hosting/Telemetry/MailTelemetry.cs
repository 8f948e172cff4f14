using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MailKitConfig;

/// <summary>
/// Every metric instrument and activity of the library, in one place (receiving and the outbox add theirs here).
/// Names and tags are documented in the README; tags are low-cardinality: never an address, a subject or a message id.
/// </summary>
internal static class MailTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> and the <see cref="System.Diagnostics.ActivitySource"/>.</summary>
    public const string Name = "MailKitConfig";

    /// <summary>Tag: the classified problem (<see cref="MailProblemKind"/>), or <c>Cancelled</c>.</summary>
    public const string ProblemTag = "mail.problem";

    /// <summary>Tag: <c>sent</c> or <c>failed</c>; <c>succeeded</c> or <c>failed</c> for a check; a discovery outcome.</summary>
    public const string OutcomeTag = "mail.outcome";

    /// <summary>Tag: the discovery source (<see cref="MailSettingsSource"/>).</summary>
    public const string SourceTag = "mail.discovery.source";

    /// <summary>Tag: the protocol (<c>Smtp</c>, <c>Imap</c>, <c>Pop3</c>).</summary>
    public const string ProtocolTag = "mail.protocol";

    private static readonly string? Version = typeof(MailTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>Gets the source of the library's activities: <c>mail.configure</c>, <c>mail.check</c>, <c>mail.send</c>.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, Version);

    /// <summary>Gets the library's meter.</summary>
    public static Meter Meter { get; } = new(Name, Version);

    /// <summary>Gets the messages accepted by the server.</summary>
    public static Counter<long> MessagesSent { get; } = Meter.CreateCounter<long>("mailkitconfig.messages.sent", "{message}", "Messages the SMTP server accepted.");

    /// <summary>Gets the messages that failed, by <see cref="ProblemTag"/>.</summary>
    public static Counter<long> MessagesFailed { get; } = Meter.CreateCounter<long>("mailkitconfig.messages.failed", "{message}", "Messages that were not sent (or whose delivery is unknown), by problem kind.");

    /// <summary>Gets how long sending a message took, retries included, by <see cref="OutcomeTag"/>.</summary>
    public static Histogram<double> SendDuration { get; } = Meter.CreateHistogram<double>("mailkitconfig.send.duration", "s", "Time to send one message, including waits and retries.");

    /// <summary>Gets the retries of sends.</summary>
    public static Counter<long> SendRetries { get; } = Meter.CreateCounter<long>("mailkitconfig.send.retries", "{retry}", "Attempts repeated after a temporary failure.");

    /// <summary>Gets the SMTP connections the pools opened.</summary>
    public static Counter<long> PoolConnectionsOpened { get; } = Meter.CreateCounter<long>("mailkitconfig.pool.connections.opened", "{connection}", "SMTP connections opened (and logged in) by the connection pools.");

    /// <summary>Gets the pooled SMTP connections leased right now.</summary>
    public static UpDownCounter<long> PoolConnectionsLeased { get; } = Meter.CreateUpDownCounter<long>("mailkitconfig.pool.connections.leased", "{connection}", "Pooled SMTP connections in use.");

    /// <summary>Gets how long a send waited for a free pooled connection.</summary>
    public static Histogram<double> PoolWait { get; } = Meter.CreateHistogram<double>("mailkitconfig.pool.wait", "s", "Time a send waited for a connection of its account's pool.");

    /// <summary>Gets how long a send waited for the account's rate limit.</summary>
    public static Histogram<double> RateLimitWait { get; } = Meter.CreateHistogram<double>("mailkitconfig.rate_limit.wait", "s", "Time a send waited for its account's sending rate limit.");

    /// <summary>Gets how long each discovery source or login took, by <see cref="SourceTag"/> and <see cref="OutcomeTag"/>.</summary>
    public static Histogram<double> DiscoveryDuration { get; } = Meter.CreateHistogram<double>("mailkitconfig.discovery.duration", "s", "Time of each discovery source and verification login.");

    /// <summary>Gets how long a settings check took, by <see cref="OutcomeTag"/>.</summary>
    public static Histogram<double> CheckDuration { get; } = Meter.CreateHistogram<double>("mailkitconfig.check.duration", "s", "Time of a settings check of all of an account's servers.");

    /// <summary>Returns the tag value of a failure.</summary>
    /// <param name="failure">The exception.</param>
    /// <returns>The problem kind, <c>Cancelled</c>, or <c>Unknown</c>.</returns>
    public static string ProblemOf(Exception failure) => failure switch
    {
        MailOperationException mail => mail.Problem.Kind.ToString(),
        OperationCanceledException => "Cancelled",
        _ => nameof(MailProblemKind.Unknown),
    };

    /// <summary>Marks an activity failed with the problem kind (never the message text, which may name an address).</summary>
    /// <param name="activity">The activity, if one is recorded.</param>
    /// <param name="problem">The problem kind.</param>
    public static void Fail(Activity? activity, string problem)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, problem);
            activity.SetTag(ProblemTag, problem);
        }
    }
}
