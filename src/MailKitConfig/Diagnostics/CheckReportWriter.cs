using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MailKitConfig;

/// <summary>Renders a <see cref="MailCheckReport"/> as text and as JSON (written by hand, so it stays trim- and AOT-safe).</summary>
internal static class CheckReportWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string ToText(MailCheckReport report, bool includeTranscript)
    {
        var culture = report.Culture;
        var text = new StringBuilder();
        text.AppendLine(ProblemCatalog.Format(culture, "Report.Title", report.Address, report.StartedAt.ToString("u", CultureInfo.InvariantCulture)));
        foreach (var check in report.Protocols)
        {
            WriteCheck(text, check, culture, indent: string.Empty, includeTranscript);
        }

        text.AppendLine(ProblemCatalog.Text(report.Succeeded ? "Report.Succeeded" : "Report.Failed", culture));
        return text.ToString();
    }

    public static string ToJson(MailCheckReport report, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("address", report.Address);
            json.WriteString("startedAt", report.StartedAt);
            json.WriteNumber("durationMs", Math.Round(report.Duration.TotalMilliseconds));
            json.WriteBoolean("succeeded", report.Succeeded);
            json.WriteString("culture", report.Culture.Name);
            json.WriteStartArray("protocols");
            foreach (var check in report.Protocols)
            {
                WriteCheck(json, check);
            }

            json.WriteEndArray();
            json.WriteStartArray("verifiedFixes");
            foreach (var fix in report.VerifiedFixes)
            {
                WriteChange(json, fix);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string ProblemToJson(MailProblem problem, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            WriteProblem(json, problem);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a problem as the JSON object the sample's <c>explain --json</c> prints.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="problem">The problem.</param>
    public static void WriteProblem(Utf8JsonWriter json, MailProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("kind", problem.Kind.ToString());
        json.WriteBoolean("transient", problem.IsTransient);
        json.WriteString("protocol", problem.Protocol.ToString());
        json.WriteString("stage", problem.Stage.ToString());
        WriteNumberOrNull(json, "replyCode", problem.ReplyCode);
        json.WriteString("enhancedCode", problem.EnhancedStatusCode);
        json.WriteString("responseCode", problem.ResponseCode);
        json.WriteString("provider", problem.Provider);
        json.WriteString("decidedBy", problem.Basis == ClassificationBasis.None ? null : problem.Basis.ToString());
        json.WriteString("title", problem.Title);
        WriteStrings(json, "hints", problem.Hints);
        WriteStrings(json, "details", problem.Details);
        json.WriteStartArray("alsoPossible");
        for (var i = 0; i < problem.AlsoPossible.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("kind", problem.AlsoPossible[i].ToString());
            json.WriteString("description", problem.AlsoPossibleCauses[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("suggestedChange");
        if (problem.SuggestedChange is { } change)
        {
            WriteChange(json, change);
        }
        else
        {
            json.WriteNullValue();
        }

        if (problem.RetryAfter is { } wait)
        {
            json.WriteNumber("retryAfterSeconds", (long)wait.TotalSeconds);
        }
        else
        {
            json.WriteNull("retryAfterSeconds");
        }

        json.WriteString("serverReply", problem.ServerReply);
        json.WriteString("culture", problem.Culture.Name);
        json.WriteEndObject();
    }

    private static void WriteCheck(StringBuilder text, MailProtocolCheck check, CultureInfo culture, string indent, bool includeTranscript)
    {
        text.Append(indent).AppendLine(CultureInfo.InvariantCulture, $"{check.Protocol.ToString().ToUpperInvariant()} {check.Endpoint.Host}:{check.Endpoint.Port} ({ProblemCatalog.Text($"Security.{check.Endpoint.Security}", culture)})");
        foreach (var step in check.Steps)
        {
            var mark = step.Outcome switch
            {
                MailCheckOutcome.Passed => "✓",
                MailCheckOutcome.Warning => "!",
                MailCheckOutcome.Failed => "✗",
                _ => "–",
            };
            var name = ProblemCatalog.Text($"Step.{step.Kind}", culture);
            var duration = step.Outcome == MailCheckOutcome.Skipped ? string.Empty : ProblemCatalog.Format(culture, "Report.Milliseconds", step.Duration.TotalMilliseconds);
            text.Append(indent).AppendLine(CultureInfo.InvariantCulture, $"  {mark} {name,-24} {duration,8}  {FirstLine(step.Detail)}");
            if (step.Outcome == MailCheckOutcome.Failed && step.ServerReply is not null)
            {
                text.Append(indent).Append("      ").AppendLine(ProblemCatalog.Format(culture, "Report.ServerReply", FirstLine(step.ServerReply)));
            }

            if (step.Problem is { } problem && step.Outcome is MailCheckOutcome.Failed or MailCheckOutcome.Warning)
            {
                text.Append(indent).Append("      ").AppendLine(ProblemCatalog.Format(culture, "Report.Problem", problem.Title));
                foreach (var detail in problem.Details)
                {
                    text.Append(indent).Append("        ").AppendLine(detail);
                }

                foreach (var hint in problem.Hints)
                {
                    text.Append(indent).Append("        - ").AppendLine(hint);
                }

                if (problem.AlsoPossibleCauses.Count > 0)
                {
                    text.Append(indent).Append("      ").AppendLine(ProblemCatalog.Format(culture, "Report.AlsoPossible", string.Join("; ", problem.AlsoPossibleCauses)));
                }
            }
        }

        if (check.Alternative is { } alternative)
        {
            text.Append(indent).Append("  ").AppendLine(ProblemCatalog.Format(culture, "Report.Alternative", $"{alternative.Endpoint.Port} ({ProblemCatalog.Text($"Security.{alternative.Endpoint.Security}", culture)})"));
            WriteCheck(text, alternative, culture, indent + "    ", includeTranscript: false);
        }

        if (check.VerifiedFix is { } fix)
        {
            text.Append(indent).Append("  ").AppendLine(ProblemCatalog.Format(culture, "Report.VerifiedFix", fix.Description));
        }
        else if (check.Problem?.SuggestedChange is { } suggestion)
        {
            text.Append(indent).Append("  ").AppendLine(ProblemCatalog.Format(culture, "Report.SuggestedFix", suggestion.Description));
        }

        if (includeTranscript)
        {
            foreach (var line in check.Transcript)
            {
                text.Append(indent).Append("    ").AppendLine(line);
            }
        }
    }

    private static void WriteCheck(Utf8JsonWriter json, MailProtocolCheck check)
    {
        json.WriteStartObject();
        json.WriteString("protocol", check.Protocol.ToString());
        WriteEndpoint(json, "endpoint", check.Endpoint);
        json.WriteBoolean("succeeded", check.Succeeded);
        json.WriteStartArray("steps");
        foreach (var step in check.Steps)
        {
            json.WriteStartObject();
            json.WriteString("step", step.Kind.ToString());
            json.WriteString("outcome", step.Outcome.ToString());
            json.WriteNumber("durationMs", Math.Round(step.Duration.TotalMilliseconds, 1));
            json.WriteString("detail", step.Detail);
            json.WriteString("serverReply", step.ServerReply);
            if (step.Problem is { } problem)
            {
                json.WritePropertyName("problem");
                WriteProblem(json, problem);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (check.Alternative is { } alternative)
        {
            json.WritePropertyName("alternative");
            WriteCheck(json, alternative);
        }

        if (check.VerifiedFix is { } fix)
        {
            json.WritePropertyName("verifiedFix");
            WriteChange(json, fix);
        }

        WriteStrings(json, "transcript", check.Transcript);
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, MailSettingsChange change)
    {
        json.WriteStartObject();
        json.WriteString("protocol", change.Protocol.ToString());
        if (change.Endpoint is { } endpoint)
        {
            WriteEndpoint(json, "endpoint", endpoint);
        }

        json.WriteBoolean("requiresLogin", change.RequiresLogin);
        json.WriteString("description", change.Description);
        json.WriteEndObject();
    }

    private static void WriteEndpoint(Utf8JsonWriter json, string name, ServerEndpoint endpoint)
    {
        json.WriteStartObject(name);
        json.WriteString("host", endpoint.Host);
        json.WriteNumber("port", endpoint.Port);
        json.WriteString("security", endpoint.Security.ToString());
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string FirstLine(string? text)
        => text is null ? string.Empty : text.Split('\n', 2)[0].TrimEnd('\r');
}
