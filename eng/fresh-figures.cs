// The fresh figure of a gathering of the real-error corpus: how the classifier of an earlier commit (the rules as they
// were before any rule was written from the gathering) reads the gathering's rows, dev and test part apart. Prints
// counts only, never a test text; with --dev-misses, the dev texts it reads wrong.
//
//   dotnet run eng/fresh-figures.cs -- <commit> <first id> [<last id>] [--dev-misses]
//
// A gathering's rows are those whose id number (the part after the last '-') lies between <first id> and <last id>
// (inclusive; no upper bound when it is left out): the eighteenth gathering's are numbered from 12501.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

var arguments = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (arguments.Count is < 2 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run eng/fresh-figures.cs -- <commit> <first id> [<last id>] [--dev-misses]");
    return 2;
}

var commit = arguments[0];
var first = int.Parse(arguments[1], CultureInfo.InvariantCulture);
var last = arguments.Count == 3 ? int.Parse(arguments[2], CultureInfo.InvariantCulture) : int.MaxValue;
var printDevMisses = args.Contains("--dev-misses");
var root = Run("git", ["rev-parse", "--show-toplevel"], Environment.CurrentDirectory).Trim();
var corpus = Path.Combine(root, "tests", "MailKitConfig.Tests", "Diagnostics", "Corpus");
var work = Path.Combine(Path.GetTempPath(), "mailkitconfig-fresh-" + Guid.NewGuid().ToString("N")[..8]);
try
{
    Run("git", ["worktree", "add", "--detach", work, commit], root);
    var output = Path.Combine(work, "fresh-out");
    Run("dotnet", ["build", Path.Combine(work, "samples", "MailKitConfig.Sample"), "-c", "Release", "-o", output, "-p:TreatWarningsAsErrors=false"], work);
    var sample = Path.Combine(output, "MailKitConfig.Sample.dll");
    foreach (var part in new[] { "dev", "test" })
    {
        var rows = File.ReadLines(Path.Combine(corpus, $"real-errors.{part}.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Where(row => IdNumber(row) is var n && n >= first && n <= last)
            .ToList();
        var requests = string.Concat(rows.Select(row => new JsonObject
        {
            ["protocol"] = row["protocol"]!.GetValue<string>(),
            ["step"] = row["step"]!.GetValue<string>(),
            ["text"] = row["text"]!.GetValue<string>(),
        }.ToJsonString() + "\n"));
        var results = Run("dotnet", [sample, "explain", "--json", "--culture", "en"], work, requests)
            .Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        if (results.Count != rows.Count)
        {
            throw new InvalidOperationException($"{part}: {rows.Count} rows but {results.Count} results");
        }

        var kinds = rows.Zip(results).Count(p => Kind(p.First) == Kind(p.Second));
        var transience = rows.Zip(results).Count(p => Transient(p.First) == Transient(p.Second));
        Console.WriteLine($"{part}: {rows.Count} texts, kind {kinds} ({Percent(kinds, rows.Count)}), transient {transience} ({Percent(transience, rows.Count)})");
        if (printDevMisses && part == "dev")
        {
            foreach (var (row, result) in rows.Zip(results).Where(p => Kind(p.First) != Kind(p.Second) || Transient(p.First) != Transient(p.Second)))
            {
                Console.WriteLine($"  {row["id"]}: {Kind(row)}/{Transient(row)} read {Kind(result)}/{Transient(result)} by {result["decidedBy"]}: {row["text"]!.GetValue<string>().ReplaceLineEndings(" ")[..Math.Min(160, row["text"]!.GetValue<string>().Length)]}");
            }
        }
    }

    return 0;
}
finally
{
    Run("git", ["worktree", "remove", "--force", work], root);
}

static int IdNumber(JsonObject row)
    => int.TryParse(row["id"]!.GetValue<string>().Split('-')[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

static string Kind(JsonObject row) => row["kind"]!.GetValue<string>();

static bool Transient(JsonObject row) => row["transient"]!.GetValue<bool>();

static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

static string Run(string file, string[] arguments, string directory, string? input = null)
{
    var start = new ProcessStartInfo(file, arguments)
    {
        WorkingDirectory = directory,
        RedirectStandardInput = input is not null,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    using var process = Process.Start(start)!;
    var error = process.StandardError.ReadToEndAsync();
    var reading = process.StandardOutput.ReadToEndAsync(); // read while the input is written: the output outgrows a pipe
    if (input is not null)
    {
        process.StandardInput.Write(input);
        process.StandardInput.Close();
    }

    var output = reading.Result;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments.Take(2))} failed ({process.ExitCode}): {error.Result}{output[^Math.Min(2000, output.Length)..]}");
    }

    return output;
}
