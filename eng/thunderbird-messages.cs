// Copies Thunderbird's error messages, in every language it ships, into the diagnostics' data
// (src/MailKitConfig/Diagnostics/thunderbird-messages.json). The messages to copy, their kinds and notes are written in
// that file; this fills in each message's texts from a checkout of Thunderbird's localisation repository
// (https://github.com/thunderbird/thunderbird-l10n) and records its commit, so a newer Thunderbird is one run away.
//
//   dotnet run eng/thunderbird-messages.cs -- <checkout of thunderbird-l10n>
//
// Each text is the message's first sentences (as many as the message's "sentences" says, 1 when left out): the part
// that names the cause, without the advice after it.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run eng/thunderbird-messages.cs -- <checkout of thunderbird-l10n>");
    return 2;
}

var checkout = Path.GetFullPath(args[0]);
var root = Git(["rev-parse", "--show-toplevel"], Environment.CurrentDirectory);
var dataPath = Path.Combine(root, "src", "MailKitConfig", "Diagnostics", "thunderbird-messages.json");
var data = JsonNode.Parse(File.ReadAllText(dataPath))!.AsObject();
var locales = Directory.GetDirectories(checkout)
    .Select(Path.GetFileName)
    .OfType<string>()
    .Where(name => !name.StartsWith('.') && Directory.Exists(Path.Combine(checkout, name, "mail")))
    .Order(StringComparer.Ordinal)
    .ToList();
var files = new Dictionary<string, Dictionary<string, string>>();
foreach (var message in data["messages"]!.AsArray().Select(m => m!.AsObject()))
{
    var file = (string)message["file"]!;
    var name = (string)message["name"]!;
    var sentences = (int?)message["sentences"] ?? 1;
    var texts = new JsonObject();
    foreach (var locale in locales)
    {
        var path = Path.Combine(checkout, locale, file);
        if (!files.TryGetValue(path, out var entries))
        {
            entries = File.Exists(path) ? ReadProperties(path) : [];
            files[path] = entries;
        }

        if (entries.TryGetValue(name, out var value) && value.Length > 0)
        {
            texts[locale] = FirstSentences(value, sentences);
        }
    }

    message["texts"] = texts;
}

var commit = Git(["log", "-1", "--format=%H %cs"], checkout).Split(' ');
data["source"] = $"thunderbird/thunderbird-l10n at {commit[0]} ({commit[1]})";
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(dataPath, data.ToJsonString(options) + "\n");
Console.WriteLine($"{data["messages"]!.AsArray().Count} messages, {locales.Count} languages, from {commit[0]}");
return 0;

// A .properties file: "key = value" lines, '#' comments, a trailing backslash continues a line, \n and \uXXXX escapes.
static Dictionary<string, string> ReadProperties(string path)
{
    var entries = new Dictionary<string, string>(StringComparer.Ordinal);
    var logical = new StringBuilder();
    foreach (var line in File.ReadLines(path))
    {
        var part = logical.Length > 0 ? line.TrimStart() : line;
        if (logical.Length == 0 && (part.TrimStart().StartsWith('#') || part.TrimStart().StartsWith('!') || part.Trim().Length == 0))
        {
            continue;
        }

        if (part.EndsWith('\\') && !part.EndsWith(@"\\", StringComparison.Ordinal))
        {
            logical.Append(part[..^1]);
            continue;
        }

        logical.Append(part);
        var text = logical.ToString();
        logical.Clear();
        var separator = text.IndexOfAny(['=', ':']);
        if (separator > 0)
        {
            entries[text[..separator].Trim()] = Unescape(text[(separator + 1)..].Trim());
        }
    }

    return entries;
}

static string Unescape(string value)
    => Regex.Replace(value, @"\\(u[0-9A-Fa-f]{4}|.)", match => match.Groups[1].Value switch
    {
        ['u', ..] code => ((char)int.Parse(code[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
        "n" => "\n",
        "t" => "\t",
        var other => other,
    });

static string FirstSentences(string value, int count)
{
    var sentences = Regex.Split(value.Trim(), @"(?<=[.!?։।])\s+|(?<=[。！？])");
    return string.Join(' ', sentences.Take(count)).Trim();
}

static string Git(string[] arguments, string directory)
{
    var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed");
}
