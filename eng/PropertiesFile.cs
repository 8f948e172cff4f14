// Java's and Mozilla's .properties files, read by eng/thunderbird-messages.cs (Thunderbird's localisation) and
// eng/system-messages.cs (Zimbra's): "key = value" lines, '#' and '!' comments, a trailing backslash continues a line,
// \n, \t and \uXXXX escapes.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

internal static class PropertiesFile
{
    public static Dictionary<string, string> Read(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var logical = new StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            var part = logical.Length > 0 ? line.TrimStart() : line;
            var comment = part.TrimStart().StartsWith('#') || part.TrimStart().StartsWith('!');
            if (logical.Length == 0 && (comment || part.Trim().Length == 0))
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

    private static string Unescape(string value)
        => Regex.Replace(value, @"\\(u[0-9A-Fa-f]{4}|.)", match => match.Groups[1].Value switch
        {
            ['u', ..] code => ((char)int.Parse(code[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture))
                .ToString(),
            "n" => "\n",
            "t" => "\t",
            var other => other,
        });
}
