using System.Globalization;

namespace MailKitConfig;

/// <summary>The result of checking an account's settings: one <see cref="MailProtocolCheck"/> per configured server.</summary>
public sealed class MailCheckReport
{
    internal MailCheckReport(string address, DateTimeOffset startedAt, TimeSpan duration, IReadOnlyList<MailProtocolCheck> protocols, CultureInfo culture)
    {
        Address = address;
        StartedAt = startedAt;
        Duration = duration;
        Protocols = protocols;
        Culture = culture;
    }

    /// <summary>Gets the account's address.</summary>
    public string Address { get; }

    /// <summary>Gets when the check started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Gets how long the whole check took.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Gets the checks of the servers, in the order SMTP, IMAP, POP3.</summary>
    public IReadOnlyList<MailProtocolCheck> Protocols { get; }

    /// <summary>Gets the language of the problems' texts.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets a value indicating whether every server passed.</summary>
    public bool Succeeded => Protocols.All(p => p.Succeeded);

    /// <summary>Gets the settings changes the check verified to work.</summary>
    public IReadOnlyList<MailSettingsChange> VerifiedFixes => Protocols.Select(p => p.VerifiedFix).OfType<MailSettingsChange>().ToList();

    /// <summary>Renders the report as text for a person, in <see cref="Culture"/>.</summary>
    /// <param name="includeTranscript">Whether to append the (redacted) protocol transcripts.</param>
    /// <returns>The text.</returns>
    public string ToText(bool includeTranscript = false) => CheckReportWriter.ToText(this, includeTranscript);

    /// <summary>Serialises the report to JSON (steps, replies, problems, fixes and the redacted transcripts).</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) => CheckReportWriter.ToJson(this, indented);

    /// <summary>Returns <see cref="ToText"/> without transcripts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();
}
