using System.Globalization;
using System.Text.Json;
using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>
/// <c>explain "&lt;server reply&gt;"</c>: the diagnosis of one reply; without a reply, one JSON object per line of standard
/// input (<c>{"protocol":..,"stage":..,"text":..,"host":..}</c>) is classified into one JSON result per line.
/// </summary>
internal static class ExplainCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        string? text = null;
        var protocol = MailProtocol.Smtp;
        var stage = MailOperationStage.Other;
        string? host = null;
        var culture = CultureInfo.CurrentUICulture;
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{option} needs a value.");
            switch (option)
            {
                case "--protocol": protocol = ParseEnum<MailProtocol>(option, Value()); break;
                case "--stage": stage = ParseEnum<MailOperationStage>(option, Value()); break;
                case "--host": host = Value(); break;
                case "--culture": culture = CultureInfo.GetCultureInfo(Value()); break;
                case "--json": json = true; break;
                default:
                    text = text is null && !option.StartsWith("--", StringComparison.Ordinal) ? option : throw new FormatException($"Unknown option '{option}'.");
                    break;
            }
        }

        if (text is not null)
        {
            var problem = MailProblemClassifier.Classify(new MailFailure(protocol, stage) { ReplyText = text, Host = host }, culture);
            await output.WriteLineAsync(json ? problem.ToJson(indented: true) : Describe(problem));
            return 0;
        }

        var line = 0;
        while (await input.ReadLineAsync() is { } request)
        {
            line++;
            if (string.IsNullOrWhiteSpace(request))
            {
                continue;
            }

            try
            {
                var entry = JsonSerializer.Deserialize(request, ExplainJsonContext.Default.ExplainRequest) ?? throw new JsonException("null");
                var failure = new MailFailure(ParseEnum<MailProtocol>("protocol", entry.Protocol ?? "Smtp"), ParseEnum<MailOperationStage>("stage", entry.Stage ?? "Other"))
                {
                    ReplyText = entry.Text,
                    Host = entry.Host,
                };
                await output.WriteLineAsync(MailProblemClassifier.Classify(failure, culture).ToJson());
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new ExplainError(line, ex.Message), ExplainJsonContext.Default.ExplainError));
            }
        }

        return 0;
    }

    private static string Describe(MailProblem problem)
    {
        var lines = new List<string>
        {
            $"{problem.Kind}{(problem.IsTransient ? " (transient)" : string.Empty)}: {problem.Title}",
            $"  reply code {problem.ReplyCode?.ToString(CultureInfo.InvariantCulture) ?? "-"}, enhanced code {problem.EnhancedStatusCode ?? "-"}, response code {problem.ResponseCode ?? "-"}, provider {problem.Provider ?? "-"}",
        };
        lines.AddRange(problem.Hints.Select(h => "  - " + h));
        if (problem.AlsoPossibleCauses.Count > 0)
        {
            lines.Add("  Also possible: " + string.Join("; ", problem.AlsoPossibleCauses));
        }

        if (problem.SuggestedChange is { } change)
        {
            lines.Add("  => " + change.Description);
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static T ParseEnum<T>(string option, string value)
        where T : struct, Enum
        => Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"{option} must be one of {string.Join(", ", Enum.GetNames<T>())}, not '{value}'.");
}

/// <summary>One line of input for <c>explain</c>.</summary>
/// <param name="Protocol">Smtp, Imap or Pop3.</param>
/// <param name="Stage">The step, e.g. Authentication.</param>
/// <param name="Text">The server reply or error text.</param>
/// <param name="Host">The server's host, if known.</param>
internal sealed record ExplainRequest(string? Protocol, string? Stage, string? Text, string? Host);

/// <summary>The output for an input line that could not be read.</summary>
/// <param name="Line">The input line number.</param>
/// <param name="Error">What was wrong.</param>
internal sealed record ExplainError(int Line, string Error);

/// <summary>JSON for <c>explain</c>, source-generated.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ExplainRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ExplainError))]
internal sealed partial class ExplainJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
