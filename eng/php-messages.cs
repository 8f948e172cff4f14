// Copies PHPMailer's and Roundcube's messages, in every language they ship, into the diagnostics' data
// (src/MailKitConfig/Diagnostics/php-messages.json). The messages to copy (by their program and key), their kinds,
// notes and English texts are written in that file; this fills in each message's texts from the programs' language
// files (PHPMailer's language/phpmailer.lang-<language>.php, Roundcube's program/localization/<language>/messages.inc,
// e.g. Debian's packages) and records where they came from, so newer translations are one run away.
//
//   dotnet run eng/php-messages.cs -- <PHPMailer's language directory> <Roundcube's localization directory> \
//        "<packages and versions>"
//
//   e.g. apt-get install libphp-phpmailer && apt-get download roundcube-core && dpkg -x roundcube-core_*.deb rc &&
//        dotnet run eng/php-messages.cs -- /usr/share/php/libphp-phpmailer/language \
//        rc/usr/share/roundcube/program/localization "Debian 12: libphp-phpmailer …, roundcube-core …"
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

if (args.Length != 3 || !Directory.Exists(args[0]) || !Directory.Exists(args[1]))
{
    Console.Error.WriteLine("usage: dotnet run eng/php-messages.cs -- <PHPMailer's language directory> "
        + "<Roundcube's localization directory> \"<packages and versions>\"");
    return 2;
}

var root = Path.GetDirectoryName((string)AppContext.GetData("EntryPointFileDirectoryPath")!)!; // eng/'s parent
var dataPath = Path.Combine(root, "src", "MailKitConfig", "Diagnostics", "php-messages.json");
var data = JsonNode.Parse(File.ReadAllText(dataPath))!.AsObject();
var catalogs = new Dictionary<string, Dictionary<string, Dictionary<string, string>>> // program → language → key → text
{
    ["phpmailer"] = Directory.GetFiles(args[0], "phpmailer.lang-*.php").ToDictionary(
        p => Path.GetFileNameWithoutExtension(p)["phpmailer.lang-".Length..], ReadLanguageFile, StringComparer.Ordinal),
    ["roundcube"] = Directory.GetDirectories(args[1]).Where(d => File.Exists(Path.Combine(d, "messages.inc")))
        .ToDictionary(d => Path.GetFileName(d), d => ReadLanguageFile(Path.Combine(d, "messages.inc")), StringComparer.Ordinal),
};
var languages = new SortedSet<string>(StringComparer.Ordinal);
foreach (var message in data["messages"]!.AsArray().Select(m => m!.AsObject()))
{
    var (file, name, english) = ((string)message["file"]!, (string)message["name"]!, (string)message["english"]!);
    var texts = new JsonObject();
    foreach (var (language, catalog) in catalogs[file].OrderBy(c => c.Key, StringComparer.Ordinal))
    {
        // A translation that keeps the English words adds nothing: the rules read English.
        if (catalog.TryGetValue(name, out var text) && text.Length > 0 && Plain(text) != Plain(english))
        {
            texts[language] = text;
            languages.Add(language);
        }
    }

    message["texts"] = texts;
}

data["source"] = args[2];
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(dataPath, data.ToJsonString(options) + "\n");
Console.WriteLine($"{data["messages"]!.AsArray().Count} messages, {languages.Count} languages, from {args[2]}");
return 0;

static string Plain(string text) => text.Trim().TrimEnd('.', '!').ToLowerInvariant();

// A PHP language file's assignments, $ARRAY['key'] = 'text'; (or "text", or literals joined by "."), with PHP's
// escapes undone and its $name placeholders written as %S (the placeholder the data's other programs use).
static Dictionary<string, string> ReadLanguageFile(string path)
{
    const string Literal = @"'((?:[^'\\]|\\.)*)'|""((?:[^""\\]|\\.)*)""";
    var source = File.ReadAllText(path, Encoding.UTF8);
    var catalog = new Dictionary<string, string>(StringComparer.Ordinal);
    var value = $@"(?<value>(?:{Literal})(?:\s*\.\s*(?:{Literal}))*)";
    var assignments = Regex.Matches(source, $@"\$\w+\['(?<key>\w+)'\]\s*=\s*{value}\s*;");
    foreach (Match assignment in assignments)
    {
        var text = string.Concat(Regex.Matches(assignment.Groups["value"].Value, Literal)
            .Select(literal => literal.Groups[1].Success
                ? Regex.Replace(literal.Groups[1].Value, @"\\(['\\])", "$1")
                : Regex.Unescape(literal.Groups[2].Value)));
        catalog[assignment.Groups["key"].Value] = Regex.Replace(text, @"\$[A-Za-z_]\w*", "%S");
    }

    return catalog;
}
