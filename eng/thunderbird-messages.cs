#!/usr/bin/env dotnet
#:include PropertiesFile.cs
// Copies Thunderbird's error messages, in every language it ships, into the diagnostics' data
// (src/MailKitConfig/Diagnostics/thunderbird-messages.json). The messages to copy, their kinds and notes are written in
// that file; this fills in each message's texts from a checkout of Thunderbird's localisation repository
// (https://github.com/thunderbird/thunderbird-l10n; its .properties files and the account setup's Fluent .ftl files)
// and records its commit, so a newer Thunderbird is one run away.
//
//   dotnet run eng/thunderbird-messages.cs -- <checkout of thunderbird-l10n>
//
// Each text is the message's first sentences (as many as the message's "sentences" says, 1 when left out): the part
// that names the cause, without the advice after it. Where a translation's first sentences are a preamble that messages
// of other kinds share ("메일 보내는 중 오류가 발생했습니다.", "An error occurred while sending mail."), each of those
// messages takes its next sentence too, until its text is its own. A translation the data file leaves out (the
// message's "except", with the reason) is not copied.
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
var translations = new List<Translation>();
foreach (var message in data["messages"]!.AsArray().Select(m => m!.AsObject()))
{
    var file = (string)message["file"]!;
    var name = (string)message["name"]!;
    var sentences = (int?)message["sentences"] ?? 1;
    foreach (var locale in locales)
    {
        var path = Path.Combine(checkout, locale, file);
        if (!files.TryGetValue(path, out var entries))
        {
            entries = !File.Exists(path) ? []
                : path.EndsWith(".ftl", StringComparison.Ordinal) ? ReadFluent(path)
                : PropertiesFile.Read(path);
            files[path] = entries;
        }

        if (entries.TryGetValue(name, out var value) && value.Length > 0 && message["except"]?[locale] is null)
        {
            translations.Add(new Translation(message, locale, Sentences(value), sentences));
        }
    }
}

for (var shared = Shared(translations); shared.Count > 0; shared = Shared(translations))
{
    shared.ForEach(translation => translation.Count++);
}

foreach (var message in data["messages"]!.AsArray().Select(m => m!.AsObject()))
{
    var texts = new JsonObject();
    foreach (var translation in translations.Where(t => t.Message == message))
    {
        texts[translation.Locale] = translation.Text;
    }

    message["texts"] = texts;
}

var commit = Git(["log", "-1", "--format=%H %cs"], checkout).Split(' ');
data["source"] = $"thunderbird/thunderbird-l10n at {commit[0]} ({commit[1]})";
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(dataPath, data.ToJsonString(options) + "\n");
Console.WriteLine($"{data["messages"]!.AsArray().Count} messages, {locales.Count} languages, from {commit[0]}");
return 0;

// A Fluent file (the newer account setup's .ftl): "key = value" messages on one line, each placeable
// ("{ -brand-short-name }", "{ $name }") written as %S, the placeholder of the .properties files. A message whose value
// begins on the lines after its key (a selector, attributes only) is left out.
static Dictionary<string, string> ReadFluent(string path)
{
    var entries = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var line in File.ReadLines(path))
    {
        var message = Regex.Match(line, @"^([A-Za-z][\w-]*)\s*=\s*(\S.*)$");
        if (message.Success)
        {
            entries[message.Groups[1].Value] = Regex.Replace(message.Groups[2].Value.Trim(), @"\{[^{}]*\}", "%S");
        }
    }

    return entries;
}

static string[] Sentences(string value) => Regex.Split(value.Trim(), @"(?<=[.!?։।])\s+|(?<=[。！？])");

// The translations whose text messages of another kind hold too, in the same language, and that have a sentence more.
static List<Translation> Shared(List<Translation> translations)
    => [.. translations.GroupBy(t => (t.Locale, t.Text))
        .Where(g => g.Select(t => (string)t.Message["kind"]!).Distinct().Count() > 1)
        .SelectMany(g => g)
        .Where(t => t.Count < t.Sentences.Length)];

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

// One message in one language: its sentences, and how many of them its text takes.
sealed class Translation(JsonObject message, string locale, string[] sentences, int count)
{
    public JsonObject Message { get; } = message;

    public string Locale { get; } = locale;

    public string[] Sentences { get; } = sentences;

    public int Count { get; set; } = count;

    public string Text => string.Join(' ', Sentences.Take(Count)).Trim();
}
