using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace MailKitConfig;

/// <summary>Turns an HTML body into the plain-text alternative shown by mail programs that do not display HTML.</summary>
/// <remarks>Blocks and line breaks become new lines, list items get a dash, links keep their address in angle brackets, scripts and styles are dropped.</remarks>
internal static partial class HtmlToPlainText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "table", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "hr",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title" };

    /// <summary>Converts HTML to text.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The text, with lines separated by <c>\n</c>.</returns>
    public static string Convert(string html)
    {
        var text = new StringBuilder();
        var hidden = 0;
        var links = new Stack<string?>();
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlDataToken data when hidden == 0:
                    text.Append(Whitespace().Replace(data.Data, " "));
                    break;
                case HtmlTagToken tag when Hidden.Contains(tag.Name):
                    hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1));
                    break;
                case HtmlTagToken tag when hidden == 0:
                    AppendTag(text, links, tag);
                    break;
            }
        }

        var lines = text.ToString().Split('\n').Select(line => line.Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n') + "\n";
    }

    private static void AppendTag(StringBuilder text, Stack<string?> links, HtmlTagToken tag)
    {
        switch (tag.Name.ToUpperInvariant())
        {
            case "BR":
                text.Append('\n');
                break;
            case "LI" when !tag.IsEndTag:
                text.Append("\n- ");
                break;
            case "A" when !tag.IsEndTag && !tag.IsEmptyElement:
                links.Push(tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value);
                break;
            case "A" when tag.IsEndTag && links.Count > 0:
                if (links.Pop() is { Length: > 0 } href && !href.StartsWith('#') && !text.ToString().TrimEnd().EndsWith(href, StringComparison.Ordinal))
                {
                    text.Append(" <").Append(href).Append('>');
                }

                break;
            case "TD" or "TH" when tag.IsEndTag:
                text.Append('\t');
                break;
            default:
                if (Blocks.Contains(tag.Name))
                {
                    text.Append(tag.IsEndTag ? "\n\n" : "\n");
                }

                break;
        }
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
