using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MailKitConfig;

/// <summary>
/// The rules' patterns over the real-error corpus's dev texts: each pattern tried whole (<see cref="Regex.IsMatch(string)"/>,
/// the baseline) beside one top-level alternative at a time (<see cref="RegexAlternatives"/>, what the rules do), and
/// the classifier's time per text. Runs alternate the two, so that both see the same machine.
/// </summary>
internal static class DiagnosticsBenchmark
{
    private const int Runs = 5;

    public static void Run()
    {
        var texts = File.ReadLines(CorpusPath()).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var replies = texts.ConvertAll(row => row.GetProperty("text").GetString()!);
        _ = Time(() => Classify(texts)); // first use: the patterns' alternatives are built and the code is compiled
        var patterns = RegexAlternatives.PatternsTried.ToList(); // the rules' patterns, as the classifier tries them
        var whole = new List<double>();
        var alternatives = new List<double>();
        var classify = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            whole.Add(Time(() => patterns.ForEach(p => replies.ForEach(text => p.IsMatch(text)))));
            alternatives.Add(Time(() => patterns.ForEach(p => replies.ForEach(text => RegexAlternatives.IsMatch(p, text)))));
            classify.Add(Time(() => Classify(texts)) / texts.Count);
        }

        Console.WriteLine($"## Diagnostics: the rules' {patterns.Count} patterns over {replies.Count} dev texts ({Runs} runs, load {Figures.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| measurement | time |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| every pattern whole (baseline) | {Figures.Spread(whole.Select(ms => ms / 1000), "F1", " s")} |");
        Console.WriteLine($"| every pattern one alternative at a time | {Figures.Spread(alternatives.Select(ms => ms / 1000), "F1", " s")} |");
        Console.WriteLine($"| ratio (whole ÷ alternatives) | {Figures.Spread(whole.Zip(alternatives, (w, a) => w / a), "F1", "×")} |");
        Console.WriteLine($"| the classifier, per text | {Figures.Spread(classify, "F2", " ms")} |");
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static void Classify(List<JsonElement> rows)
    {
        foreach (var row in rows)
        {
            var failure = new MailFailure(Enum.Parse<MailProtocol>(row.GetProperty("protocol").GetString()!), Enum.Parse<MailOperationStage>(row.GetProperty("step").GetString()!)) { ReplyText = row.GetProperty("text").GetString() };
            MailProblemClassifier.Classify(failure, CultureInfo.InvariantCulture);
        }
    }

    private static string CorpusPath()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "tests", "MailKitConfig.Tests", "Diagnostics", "Corpus", "real-errors.dev.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("Run the benchmark inside the repository: the dev part of the real-error corpus is read from tests/.");
    }
}
