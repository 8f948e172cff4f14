using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MailKitConfig;

/// <summary>
/// The rules' patterns over the real-error corpus's dev texts: each pattern tried whole (<see cref="Regex.IsMatch(string)"/>,
/// the baseline), one top-level alternative at a time all interpreted (the second baseline), and one alternative at a
/// time with the long ones compiled (<see cref="RegexAlternatives"/>, what the rules do, once an alternative has been
/// tried on 1,000 texts); the classifier's time per text, on its first pass over the texts (the code compiled, the
/// alternatives built, the long ones compiled along the way) and after. Runs alternate the three, so that all see the
/// same machine.
/// </summary>
internal static class DiagnosticsBenchmark
{
    private const int Runs = 5;

    public static void Run()
    {
        var texts = File.ReadLines(CorpusPath()).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var replies = texts.ConvertAll(row => row.GetProperty("text").GetString()!);
        var firstPass = Time(() => Classify(texts)) / texts.Count;
        var patterns = RegexAlternatives.PatternsTried.ToList(); // the rules' patterns, as the classifier tries them
        var interpreted = patterns.ToDictionary(p => p, p => RegexAlternatives.Split(p.ToString()).Select(a => new Regex(a, p.Options, p.MatchTimeout)).ToArray());
        var whole = new List<double>();
        var allInterpreted = new List<double>();
        var alternatives = new List<double>();
        var classify = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            whole.Add(Time(() => patterns.ForEach(p => replies.ForEach(text => p.IsMatch(text)))));
            allInterpreted.Add(Time(() => patterns.ForEach(p => replies.ForEach(text => Array.Exists(interpreted[p], a => a.IsMatch(text))))));
            alternatives.Add(Time(() => patterns.ForEach(p => replies.ForEach(text => RegexAlternatives.IsMatch(p, text)))));
            classify.Add(Time(() => Classify(texts)) / texts.Count);
        }

        Console.WriteLine($"## Diagnostics: the rules' {patterns.Count} patterns over {replies.Count} dev texts ({Runs} runs, load {Figures.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| measurement | time |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| every pattern whole (baseline) | {Figures.Spread(whole.Select(ms => ms / 1000), "F1", " s")} |");
        Console.WriteLine($"| every pattern one alternative at a time, all interpreted | {Figures.Spread(allInterpreted.Select(ms => ms / 1000), "F1", " s")} |");
        Console.WriteLine($"| every pattern one alternative at a time, the long ones compiled | {Figures.Spread(alternatives.Select(ms => ms / 1000), "F1", " s")} |");
        Console.WriteLine($"| ratio (whole ÷ alternatives) | {Figures.Spread(whole.Zip(alternatives, (w, a) => w / a), "F1", "×")} |");
        Console.WriteLine($"| ratio (all interpreted ÷ long ones compiled) | {Figures.Spread(allInterpreted.Zip(alternatives, (i, a) => i / a), "F1", "×")} |");
        Console.WriteLine($"| the classifier, per text | {Figures.Spread(classify, "F2", " ms")} |");
        Console.WriteLine($"| the classifier's first pass, per text | {firstPass:F2} ms |");
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
