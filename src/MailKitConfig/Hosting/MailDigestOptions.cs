using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>Options of the administrator digest: log records at or above a level, mailed as one digest per interval.</summary>
public sealed class MailDigestOptions
{
    /// <summary>Gets or sets the administrator's address (required).</summary>
    public string? To { get; set; }

    /// <summary>Gets or sets the named account the digest is sent from; <see langword="null"/> for the default account.</summary>
    public string? Account { get; set; }

    /// <summary>Gets or sets the lowest level collected. Default: <see cref="LogLevel.Critical"/>.</summary>
    public LogLevel MinimumLevel { get; set; } = LogLevel.Critical;

    /// <summary>Gets or sets how often a digest is sent (only when there are records). Default: 15 minutes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the most records one digest holds; later ones in the same interval are only counted. Default: 200.</summary>
    public int MaxRecords { get; set; } = 200;

    /// <summary>Gets or sets the longest text kept of one record (message and exception). Default: 4000 characters.</summary>
    public int MaxRecordLength { get; set; } = 4000;

    /// <summary>Gets or sets the subject; <c>{0}</c> is the number of records. Default: <c>Application log: {0} record(s)</c>.</summary>
    public string Subject { get; set; } = "Application log: {0} record(s)";
}
