using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>
/// <c>explain "&lt;server reply&gt;"</c>: the diagnosis of one reply; without a reply, one JSON object per line of standard
/// input (<c>{"protocol":..,"stage":..,"text":..,"host":..,"port":..,"security":..}</c>; <c>step</c> is read as another name
/// of <c>stage</c>) is classified into one JSON result per line.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var command = new Command("explain", Say.Text("Explain.Description"));
        var reply = new Argument<string?>("reply") { Description = Say.Text("Explain.Reply"), Arity = ArgumentArity.ZeroOrOne };
        var protocol = SampleOptions.Enum<MailProtocol>("--protocol", Say.Text("Explain.Protocol"));
        var stage = SampleOptions.Enum<MailOperationStage>("--stage", Say.Text("Explain.Stage"));
        stage.Aliases.Add("--step");
        var host = new Option<string?>("--host") { Description = Say.Text("Explain.Host"), HelpName = "name" };
        var port = SampleOptions.Number("--port", Say.Text("Explain.Port"), "port", ExplainRequest.MinPort, ExplainRequest.MaxPort);
        var security = SampleOptions.Enum<MailSecurity>("--security", Say.Text("Explain.Security"));
        var json = new Option<bool>("--json") { Description = Say.Text("Explain.Json") };
        command.Add(reply);
        foreach (var option in new Option[] { protocol, stage, host, port, security, json })
        {
            command.Add(option);
        }

        command.Run((parse, _) => RunAsync(parse.GetValue(reply), new MailFailure(parse.GetValue(protocol) ?? MailProtocol.Smtp, parse.GetValue(stage) ?? MailOperationStage.Other) { Host = parse.GetValue(host), Port = parse.GetValue(port), Security = parse.GetValue(security) }, parse.GetValue(json), Console.In, Console.Out));
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
                await output.WriteLineAsync(MailProblemClassifier.Classify(entry.ToFailure(), culture).ToJson());
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
            Say.Text(problem.IsTransient ? "Explain.TransientKind" : "Explain.Kind", problem.Kind, problem.Title),
            Say.Text("Explain.Codes", problem.ReplyCode?.ToString(CultureInfo.InvariantCulture) ?? "-", problem.EnhancedStatusCode ?? "-", problem.ResponseCode ?? "-", problem.Provider ?? "-"),
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
}

/// <summary>One line of input for <c>explain</c>.</summary>
/// <param name="Protocol">Smtp, Imap or Pop3.</param>
/// <param name="Stage">The step, e.g. Authentication.</param>
/// <param name="Step">Another name of <paramref name="Stage"/> (the corpus's); both may be given only with one value.</param>
/// <param name="Text">The server reply or error text.</param>
/// <param name="Host">The server's host, if known.</param>
/// <param name="Port">The port used, if known.</param>
/// <param name="Security">The security used, if known.</param>
internal sealed record ExplainRequest(string? Protocol, string? Stage, string? Step, string? Text, string? Host, int? Port, string? Security)
{
    /// <summary>The smallest TCP port.</summary>
    public const int MinPort = 1;

    /// <summary>The largest TCP port.</summary>
    public const int MaxPort = 65535;

    /// <summary>The failure to classify, with each field checked.</summary>
    /// <returns>The failure.</returns>
    /// <exception cref="FormatException">A field holds a value that is not allowed.</exception>
    public MailFailure ToFailure()
    {
        if (Stage is not null && Step is not null && !string.Equals(Stage, Step, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException(Say.Text("Explain.StepConflict", Stage, Step));
        }

        if (Port is < MinPort or > MaxPort)
        {
            throw new FormatException(Say.Text("Option.NumberBetween", "port", MinPort, MaxPort, Port));
        }

        var protocol = SampleOptions.ParseEnum<MailProtocol>("protocol", Protocol ?? "Smtp");
        var stage = SampleOptions.ParseEnum<MailOperationStage>(Stage is null && Step is not null ? "step" : "stage", Stage ?? Step ?? "Other");
        return new MailFailure(protocol, stage)
        {
            ReplyText = Text,
            Host = Host,
            Port = Port,
            Security = Security is null ? null : SampleOptions.ParseEnum<MailSecurity>("security", Security),
        };
    }
}

/// <summary>The output for an input line that could not be read.</summary>
/// <param name="Line">The input line number.</param>
/// <param name="Error">What was wrong.</param>
internal sealed record ExplainError(int Line, string Error);

/// <summary>JSON for <c>explain</c>, source-generated.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ExplainRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ExplainError))]
internal sealed partial class ExplainJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
