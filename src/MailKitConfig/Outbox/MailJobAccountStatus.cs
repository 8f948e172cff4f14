namespace MailKitConfig;

/// <summary>Where the scheduled job stands for one account.</summary>
/// <param name="Account">The account's address.</param>
public sealed record MailJobAccountStatus(string Account)
{
    /// <summary>Gets a value indicating whether a run for this account is in progress.</summary>
    public bool IsRunning { get; init; }

    /// <summary>Gets when the last run started.</summary>
    public DateTimeOffset? LastRun { get; init; }

    /// <summary>Gets when the last run without any error ended.</summary>
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>Gets the error of the last run, classified with hints for the user (e.g. a refused password); <see langword="null"/> when it succeeded.</summary>
    public MailProblem? LastError { get; init; }

    /// <summary>Gets the error of the last run in words, also for failures that are not the mail server's (e.g. the outbox's database): for a classified problem its title, in the UI culture of the code that started the host (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>).</summary>
    public string? LastErrorMessage { get; init; }

    /// <summary>Gets when the next run is due (while the job is enabled).</summary>
    public DateTimeOffset? NextRun { get; init; }

    /// <summary>Gets how many messages the last run sent.</summary>
    public int Sent { get; init; }

    /// <summary>Gets how many messages the last run failed to send for good or left with their delivery unknown.</summary>
    public int NotSent { get; init; }

    /// <summary>Gets how many messages the last run left queued for a later attempt.</summary>
    public int Deferred { get; init; }

    /// <summary>Gets how many messages the last run received, or <see langword="null"/> when the job does not receive for this account.</summary>
    public int? Received { get; init; }
}
