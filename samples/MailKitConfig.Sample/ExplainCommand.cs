using System.CommandLine;
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
    public static Command Create()
    {
        var command = new Command("explain", Say.Text("Diagnose a server reply (no network); without a reply, classify JSON lines {\"protocol\",\"stage\",\"text\",\"host\"} from standard input", "Объяснить ответ сервера (без сети); без ответа — разобрать строки JSON {\"protocol\",\"stage\",\"text\",\"host\"} со стандартного ввода"));
        var reply = new Argument<string?>("reply") { Description = Say.Text("The server's reply or error text", "Ответ или текст ошибки сервера"), Arity = ArgumentArity.ZeroOrOne };
        var protocol = new Option<MailProtocol>("--protocol") { Description = Say.Text("Smtp, Imap or Pop3 (default Smtp)", "Smtp, Imap или Pop3 (по умолчанию Smtp)"), DefaultValueFactory = _ => MailProtocol.Smtp };
        var stage = new Option<MailOperationStage>("--stage") { Description = Say.Text("The step that failed, e.g. Authentication", "Шаг, на котором сбой, например Authentication"), DefaultValueFactory = _ => MailOperationStage.Other };
        var host = new Option<string?>("--host") { Description = Say.Text("The server's host name, for provider-specific advice", "Имя сервера — для советов конкретного сервиса"), HelpName = "name" };
        var port = new Option<int?>("--port") { Description = Say.Text("The port used, for a suggested settings change", "Порт подключения — для предлагаемого изменения настроек"), HelpName = "port" };
        var security = new Option<MailSecurity?>("--security") { Description = Say.Text("The security used (ImplicitTls, StartTlsRequired, StartTlsWhenAvailable, None), for a suggested settings change", "Защита подключения (ImplicitTls, StartTlsRequired, StartTlsWhenAvailable, None) — для предлагаемого изменения настроек") };
        var json = new Option<bool>("--json") { Description = Say.Text("Print JSON", "Вывести JSON") };
        var culture = ConnectionArguments.CultureOption();
        command.Add(reply);
        foreach (var option in new Option[] { protocol, stage, host, port, security, json, culture })
        {
            command.Add(option);
        }

        command.Run(culture, (parse, _) => RunAsync(parse.GetValue(reply), new MailFailure(parse.GetValue(protocol), parse.GetValue(stage)) { Host = parse.GetValue(host), Port = parse.GetValue(port), Security = parse.GetValue(security) }, parse.GetValue(json), Console.In, Console.Out));
        return command;
    }

    private static async Task<int> RunAsync(string? text, MailFailure given, bool json, TextReader input, TextWriter output)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (text is not null)
        {
            var problem = MailProblemClassifier.Classify(given with { ReplyText = text }, culture);
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
            $"{problem.Kind}{(problem.IsTransient ? Say.Text(" (transient)", " (временная)") : string.Empty)}: {problem.Title}",
            Say.Text("  reply code ", "  код ответа ") + (problem.ReplyCode?.ToString(CultureInfo.InvariantCulture) ?? "-")
                + Say.Text(", enhanced code ", ", расширенный код ") + (problem.EnhancedStatusCode ?? "-")
                + Say.Text(", response code ", ", код IMAP/POP3 ") + (problem.ResponseCode ?? "-")
                + Say.Text(", provider ", ", почтовый сервис ") + (problem.Provider ?? "-"),
        };
        lines.AddRange(problem.Hints.Select(h => "  - " + h));
        if (problem.AlsoPossibleCauses.Count > 0)
        {
            lines.Add("  " + string.Format(CultureInfo.CurrentCulture, MailTexts.Get("Report.AlsoPossible"), string.Join("; ", problem.AlsoPossibleCauses)));
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
