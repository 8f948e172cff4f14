namespace MailKitConfig;

/// <summary>
/// The scheduled "send and receive mail" job (a hosted background service, added with <c>AddMailJob</c>): on an
/// interval it sends what the outbox holds for each account, one run at a time per account; one account's failure
/// never stops the others. Its status tells the user why no mail goes out ("the password was refused").
/// </summary>
public interface IMailJob
{
    /// <summary>Gets a value indicating whether the job runs.</summary>
    bool IsEnabled { get; }

    /// <summary>Switches the job on (until the configuration changes); due accounts run at once.</summary>
    void Enable();

    /// <summary>Switches the job off (until the configuration changes): no run starts any more; runs in progress finish.</summary>
    void Disable();

    /// <summary>Returns the status of every account the job has served or will serve.</summary>
    /// <returns>One status per account, by address.</returns>
    IReadOnlyList<MailJobAccountStatus> GetStatus();

    /// <summary>Runs every account once now, whether or not the job is enabled, except accounts whose run is in progress.</summary>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <returns>The status of every account afterwards.</returns>
    Task<IReadOnlyList<MailJobAccountStatus>> RunNowAsync(CancellationToken cancellationToken = default);
}
