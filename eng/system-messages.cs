#!/usr/bin/env dotnet
#:include PropertiesFile.cs
// Copies the C library's, GLib's and GnuTLS's network error messages, in every language they are translated into, into
// the diagnostics' data (src/MailKitConfig/Diagnostics/system-messages.json). The messages to copy (by their English
// text and gettext domain: libc, glib20, glib-networking, gnutls30), their kinds and notes are written in that file;
// this fills in each message's texts from the compiled translations (<language>/LC_MESSAGES/<domain>.mo in a locale
// directory, e.g. Debian's packages under /usr/share/locale) and records where they came from, so newer translations
// are one run away. Mail clients' own messages (mutt's, msmtp's, Evolution's, Geary's, Claws Mail's, Sylpheed's,
// KMail's, GNOME Online Accounts', Balsa's) are copied the same way into mail-client-messages.json, named as a third
// argument; PHPMailer's and Roundcube's into php-messages.json, whose "catalogs" name where their PHP language files
// lie under the directory given (a data file's "catalogs" map a file to a path with {language} in it; the default is
// {language}/LC_MESSAGES/<file>.mo); Qt's socket and TLS errors into qt-messages.json from its .qm files (a message
// names its "context", as Qt looks messages up by it); Thunderbird for Android's into thunderbird-android-messages.json
// from the Android string resources of a checkout, and Android's Email app's into android-email-messages.json the same
// way; Mailspring's into mailspring-messages.json from its JSON language files; Zimbra's into zimbra-messages.json from
// its .properties files; SOGo's into sogo-messages.json from its .strings files; SnappyMail's into
// snappymail-messages.json from its JSON files; Nextcloud Mail's into nextcloud-mail-messages.json from its JSON files;
// Delta Chat's into deltachat-messages.json from its Android string resources; Cypht's into cypht-messages.json from
// its PHP language files. A message whose key is not its English text gives that text as
// "english"; a translation that says another cause is left out by the message's "except".
//
//   dotnet run eng/system-messages.cs -- <directory> "<packages and versions>" [<data file>]
//
//   e.g. apt-get install libc-l10n libglib2.0-0 glib-networking libgnutls30 &&
//        dotnet run eng/system-messages.cs -- /usr/share/locale \
//        "Debian 12: libc-l10n $(dpkg-query -W -f '${Version}' libc-l10n) (glibc 2.36), libglib2.0-0 …, \
//        glib-networking …, libgnutls30 …"
//   or, with the clients' packages unpacked (apt-get download mutt neomutt msmtp evolution-data-server-common geary
//   claws-mail-i18n sylpheed-i18n libkf5imap-data libkf5mailtransport-data kdepim-runtime libgoa-1.0-common
//   balsa-data, then dpkg -x each into x):
//        dotnet run eng/system-messages.cs -- x/usr/share/locale "Debian 12: mutt …, …" mail-client-messages.json
//   or, with qttranslations5-l10n unpacked into x:
//        dotnet run eng/system-messages.cs -- x/usr/share/qt5/translations "Debian 12: qttranslations5-l10n …" \
//        qt-messages.json
//   or, with a checkout of https://github.com/thunderbird/thunderbird-android in tb:
//        dotnet run eng/system-messages.cs -- tb "thunderbird/thunderbird-android at <commit> (<date>)" \
//        thunderbird-android-messages.json
//   or, with a checkout of https://github.com/aosp-mirror/platform_packages_apps_email in email:
//        dotnet run eng/system-messages.cs -- email "aosp-mirror/platform_packages_apps_email at <commit> (<date>)" \
//        android-email-messages.json
//   or, with a checkout of https://github.com/Foundry376/Mailspring in ms:
//        dotnet run eng/system-messages.cs -- ms "Foundry376/Mailspring at <commit> (<date>)" mailspring-messages.json
//   or, with a checkout of https://github.com/Zimbra/zm-ajax in zm:
//        dotnet run eng/system-messages.cs -- zm "Zimbra/zm-ajax at <commit> (<date>)" zimbra-messages.json
//   or, with a checkout of https://github.com/Alinto/sogo in sogo:
//        dotnet run eng/system-messages.cs -- sogo "Alinto/sogo at <commit> (<date>)" sogo-messages.json
//   or, with a checkout of https://github.com/the-djmaze/snappymail in sm:
//        dotnet run eng/system-messages.cs -- sm "the-djmaze/snappymail at <commit> (<date>)" snappymail-messages.json
//   or, with checkouts of https://github.com/nextcloud/mail in nc, https://github.com/deltachat/deltachat-android in
//   dc and https://github.com/cypht-org/cypht in cy:
//        dotnet run eng/system-messages.cs -- nc "nextcloud/mail at <commit> (<date>)" nextcloud-mail-messages.json
//        dotnet run eng/system-messages.cs -- dc "deltachat/deltachat-android at <commit> (<date>)" \
//        deltachat-messages.json
//        dotnet run eng/system-messages.cs -- cy "cypht-org/cypht at <commit> (<date>)" cypht-messages.json
//   or, with libphp-phpmailer and roundcube-core unpacked into x (or installed, and / given):
//        dotnet run eng/system-messages.cs -- x "Debian 12: libphp-phpmailer …, roundcube-core …" php-messages.json
using System.Buffers.Binary;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // the legacy character sets of older catalogs
if (args.Length is not (2 or 3) || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine(
        "usage: dotnet run eng/system-messages.cs -- <directory> \"<packages and versions>\" [<data file>]");
    return 2;
}

var root = Path.GetDirectoryName((string)AppContext.GetData("EntryPointFileDirectoryPath")!)!; // eng/'s parent
var dataPath = Path.Combine(root, "src", "MailKitConfig", "Diagnostics", args.Length == 3 ? args[2] : "system-messages.json");
var data = JsonNode.Parse(File.ReadAllText(dataPath))!.AsObject();
var catalogs = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(); // file → language → key → text
var languages = new SortedSet<string>(StringComparer.Ordinal);
foreach (var message in data["messages"]!.AsArray().Select(m => m!.AsObject()))
{
    var file = (string)message["file"]!;
    if (!catalogs.TryGetValue(file, out var byLanguage))
    {
        byLanguage = CatalogsOf(args[0], (string?)data["catalogs"]?[file] ?? "{language}/LC_MESSAGES/" + file + ".mo");
        catalogs[file] = byLanguage;
    }

    var name = (string)message["name"]!;
    var english = (string?)message["english"] ?? name;
    var key = message["context"] is { } context ? (string)context! + "\u0004" + name : name; // Qt's messages have one
    var texts = new JsonObject();
    foreach (var (language, catalog) in byLanguage.OrderBy(c => c.Key, StringComparer.Ordinal))
    {
        // A translation of fewer than four letters ("未能", "failed to", for "Could not negotiate TLS connection") says
        // too little to be read on its own; one that keeps the English words adds nothing, as the rules read English;
        // one the data file leaves out ("except", with the reason) says another cause in its language's words.
        if (catalog.TryGetValue(key, out var text)
            && text.EnumerateRunes().Count(Rune.IsLetter) >= 4 && Plain(text) != Plain(english)
            && message["except"]?[language] is null)
        {
            texts[language] = text;
            languages.Add(language);
        }
    }

    message["texts"] = texts;
}

data["source"] = args[1];
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(dataPath, data.ToJsonString(options) + "\n");
Console.WriteLine($"{data["messages"]!.AsArray().Count} messages, {languages.Count} languages, from {args[1]}");
return 0;

static string Plain(string text) => text.Trim().TrimEnd('.', '!').ToLowerInvariant();

// The catalogs a path pattern names under a directory, by the language that stands for {language} in it.
static Dictionary<string, Dictionary<string, string>> CatalogsOf(string directory, string pattern)
{
    var prefix = pattern[..pattern.IndexOf("{language}", StringComparison.Ordinal)];
    var start = Path.Combine(directory, Path.GetDirectoryName(prefix) ?? "");
    var shape = new Regex(
        "^" + Regex.Escape(pattern).Replace(@"\{language}", "(?<language>[^/]+)", StringComparison.Ordinal) + "$");
    return !Directory.Exists(start) ? [] : Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
        .Select(path => (Path: path, Match: shape.Match(Path.GetRelativePath(directory, path).Replace('\\', '/'))))
        .Where(c => c.Match.Success)
        .ToDictionary(
            c => c.Match.Groups["language"].Value,
            c => Path.GetExtension(c.Path) switch
            {
                ".mo" => ReadCatalog(c.Path),
                ".qm" => ReadQtCatalog(c.Path),
                ".xml" => ReadStringResources(c.Path),
                ".json" => ReadJsonCatalog(c.Path),
                ".properties" => PropertiesFile.Read(c.Path),
                ".strings" => ReadAppleStrings(c.Path),
                _ => ReadLanguageFile(c.Path),
            },
            StringComparer.Ordinal);
}

// A PHP language file's assignments, $ARRAY['key'] = 'text'; (or "text", or literals joined by "."), or the entries
// of the array it returns, 'key' => 'text', (Cypht's, whose keys are the English texts), with PHP's escapes undone and
// its $name placeholders written as %S (the placeholder the data's other programs use).
static Dictionary<string, string> ReadLanguageFile(string path)
{
    const string Literal = @"'((?:[^'\\]|\\.)*)'|""((?:[^""\\]|\\.)*)""";
    var source = File.ReadAllText(path, Encoding.UTF8);
    var catalog = new Dictionary<string, string>(StringComparer.Ordinal);
    var value = $@"(?<value>(?:{Literal})(?:\s*\.\s*(?:{Literal}))*)";
    var assignments = Regex.Matches(source, $@"\$\w+\['(?<key>\w+)'\]\s*=\s*{value}\s*;");
    foreach (Match assignment in assignments)
    {
        catalog[assignment.Groups["key"].Value] = Text(assignment.Groups["value"].Value);
    }

    foreach (Match entry in Regex.Matches(source, $@"^\s*(?<key>{Literal})\s*=>\s*{value}\s*,", RegexOptions.Multiline))
    {
        catalog.TryAdd(Text(entry.Groups["key"].Value), Text(entry.Groups["value"].Value));
    }

    return catalog;

    static string Text(string literals)
        => Regex.Replace(
            string.Concat(Regex.Matches(literals, Literal).Select(literal => literal.Groups[1].Success
                ? Regex.Replace(literal.Groups[1].Value, @"\\(['\\])", "$1")
                : Regex.Unescape(literal.Groups[2].Value))),
            @"\$[A-Za-z_]\w*",
            "%S");
}

// A GNU .mo file: a header with the number of strings and the offsets of two tables of (length, offset) pairs, the
// originals sorted and their translations at the same index; plural entries are left out, and a context entry's key is
// its context, U+0004 and its original (KDE's "%1 is a host name" before "%1: SSL negotiation failed").
static Dictionary<string, string> ReadCatalog(string path)
{
    var bytes = File.ReadAllBytes(path);
    var little = BinaryPrimitives.ReadUInt32LittleEndian(bytes) == 0x950412de;
    uint Word(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
    if (!little && Word(0) != 0x950412de)
    {
        throw new InvalidDataException($"{path} is not a .mo file");
    }

    var encoding = Encoding.UTF8;
    string String(int table, int index)
    {
        var entry = table + (index * 8);
        return encoding.GetString(bytes, (int)Word(entry + 4), (int)Word(entry));
    }

    // The header names the catalog's character set: UTF-8 in most, a legacy one (ISO-8859-2, CP1251, EUC-KR) in some of
    // mutt's older translations.
    var count = (int)Word(8);
    var header = count > 0 && Word((int)Word(12)) == 0 ? String((int)Word(16), 0) : "";
    var charset = Regex.Match(header, @"charset=([\w-]+)").Groups[1].Value;
    encoding = charset.Length == 0 ? Encoding.UTF8 : Encoding.GetEncoding(Regex.Replace(charset, @"^CP(\d+)$", "windows-$1"));

    var (originals, translations) = ((int)Word(12), (int)Word(16));
    var catalog = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < count; i++)
    {
        var original = String(originals, i);
        if (original.Length > 0 && !original.Contains('\0'))
        {
            catalog[original] = String(translations, i);
        }
    }

    return catalog;
}

// A Qt .qm file: a magic number, then blocks of a tag byte and a big-endian length; the messages' block holds, for each
// message, its translation (UTF-16, big-endian), source text, context and comment, each a tag byte and a length before
// its bytes, and an end tag. A message is keyed by its context and source text joined as gettext joins them (\u0004);
// a plural message's first form is kept.
static Dictionary<string, string> ReadQtCatalog(string path)
{
    ReadOnlySpan<byte> magic =
        [0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD];
    var bytes = File.ReadAllBytes(path);
    if (!bytes.AsSpan().StartsWith(magic))
    {
        throw new InvalidDataException($"{path} is not a .qm file");
    }

    var catalog = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var block = magic.Length; block < bytes.Length;)
    {
        var (tag, length) = (bytes[block], (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(block + 1)));
        var messages = bytes.AsSpan(block + 5, length);
        block += 5 + length;
        if (tag != 0x69)
        {
            continue;
        }

        string? translation = null, source = null, context = null;
        for (var at = 0; at < messages.Length;)
        {
            var item = messages[at++];
            if (item == 1) // the message's end
            {
                if (translation != null && source != null)
                {
                    catalog.TryAdd(context + "\u0004" + source, translation);
                }

                (translation, source, context) = (null, null, null);
                continue;
            }

            var size = BinaryPrimitives.ReadUInt32BigEndian(messages[at..]);
            at += 4;
            if (item == 5 || size == uint.MaxValue) // an obsolete field, or an empty translation
            {
                continue;
            }

            var value = messages.Slice(at, (int)size);
            at += (int)size;
            switch (item)
            {
                case 3:
                    translation ??= Encoding.BigEndianUnicode.GetString(value);
                    break;
                case 6:
                    source = Encoding.UTF8.GetString(value);
                    break;
                case 7:
                    context = Encoding.UTF8.GetString(value);
                    break;
                case 8: // a comment for the translators
                    break;
                default:
                    throw new InvalidDataException($"{path}: unknown field {item}");
            }
        }
    }

    return catalog;
}

// A JSON language file: an object from each key to its translation (Mailspring's app/lang/<language>.json, whose keys
// are the English texts), its nested objects' keys joined by "/" (SnappyMail's "NOTIFICATIONS/AuthError"), with Apple's
// %@ placeholders written as %S in both. A file that is not valid JSON (Mailspring's lb.json) is skipped with a
// warning: the program cannot load it either.
static Dictionary<string, string> ReadJsonCatalog(string path)
{
    static string Placeholders(string text) => Regex.Replace(text, @"%(\d+\$)?@", "%$1S");
    static IEnumerable<(string Key, string Text)> Flatten(JsonObject node, string prefix)
        => node.SelectMany(p => p.Value switch
        {
            JsonObject inner => Flatten(inner, prefix + p.Key + "/"),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => [(prefix + p.Key, (string)value!)],
            _ => [],
        });
    try
    {
        return Flatten(JsonNode.Parse(File.ReadAllText(path))!.AsObject(), "")
            .ToDictionary(p => Placeholders(p.Key), p => Placeholders(p.Text), StringComparer.Ordinal);
    }
    catch (JsonException e)
    {
        Console.Error.WriteLine($"{path}: skipped, not valid JSON ({e.Message})");
        return [];
    }
}

// An Apple .strings file (SOGo's <Language>.lproj/Localizable.strings): "key" = "value"; pairs, over one line or two,
// with their escapes (\" \n \\) undone and /* */ comments skipped.
static Dictionary<string, string> ReadAppleStrings(string path)
{
    const string Literal = @"""((?:[^""\\]|\\.)*)""";
    var source = Regex.Replace(File.ReadAllText(path, Encoding.UTF8), @"/\*.*?\*/", " ", RegexOptions.Singleline);
    var catalog = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (Match pair in Regex.Matches(source, $@"{Literal}\s*=\s*{Literal}\s*;"))
    {
        catalog[UnescapeApple(pair.Groups[1].Value)] = UnescapeApple(pair.Groups[2].Value);
    }

    return catalog;

    static string UnescapeApple(string text)
        => Regex.Replace(text, @"\\(.)", escape => escape.Groups[1].Value switch
        {
            "n" => "\n",
            "t" => "\t",
            var other => other,
        });
}

// An Android string resource file (res/values-<language>/strings.xml): each <string name="key">, its text with the
// inner elements' words kept (<xliff:g> around a placeholder) and Android's escapes undone (\' \" \n \\ \@ \?), and
// the quotes that keep its spaces taken off.
static Dictionary<string, string> ReadStringResources(string path)
{
    var catalog = new Dictionary<string, string>(StringComparer.Ordinal);
    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
    using var reader = XmlReader.Create(path, settings);
    foreach (var element in XDocument.Load(reader).Root!.Elements("string"))
    {
        var text = element.Value.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1];
        }

        catalog[(string)element.Attribute("name")!] = Regex.Replace(
            text, @"\\(.)", escape => escape.Groups[1].Value switch { "n" => "\n", "t" => "\t", var other => other });
    }

    return catalog;
}
