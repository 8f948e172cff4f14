using System.Globalization;
using System.Net;
using System.Text;

namespace MailKitConfig;

/// <summary>
/// A message template: a subject and a plain-text and/or HTML body with named parameters written
/// <c>{{name}}</c> or <c>{{name:format}}</c> (a .NET format string, e.g. <c>{{total:N2}}</c> or <c>{{due:d}}</c>).
/// Rendering fills them in: values are HTML-encoded in the HTML body, and a value that would put a line break into
/// the subject is refused. Parameters only — no loops or conditions — so no template engine is needed.
/// </summary>
/// <remarks>
/// <para>A template is parsed once, when it is created, and may be shared by any number of threads.
/// <c>{{</c> always opens a parameter; a name is a letter or underscore followed by letters, digits, <c>_</c>,
/// <c>.</c> or <c>-</c>. A template whose braces do not form parameters is refused when it is created.</para>
/// <para>HTML encoding makes a value safe as text and inside a quoted attribute; it does not make a caller's value a
/// safe link target (<c>href="{{url}}"</c> accepts any URL scheme): check such values before rendering.</para>
/// </remarks>
public sealed class MailTemplate
{
    /// <summary>The longest template part accepted, in characters (a subject, a text or an HTML body).</summary>
    public const int MaxLength = 1024 * 1024;

    private readonly Segment[] subject;
    private readonly Segment[]? text;
    private readonly Segment[]? html;

    /// <summary>Initializes a new instance of the <see cref="MailTemplate"/> class.</summary>
    /// <param name="subject">The subject, e.g. <c>Invoice {{number}}</c>.</param>
    /// <param name="textBody">The plain-text body; optional when <paramref name="htmlBody"/> is given.</param>
    /// <param name="htmlBody">The HTML body; optional when <paramref name="textBody"/> is given. Without a text body, a plain-text alternative is generated when it is sent.</param>
    /// <exception cref="ArgumentException">Neither body is given, a part is longer than <see cref="MaxLength"/>, or a <c>{{</c> does not open a well-formed parameter.</exception>
    public MailTemplate(string subject, string? textBody = null, string? htmlBody = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (textBody is null && htmlBody is null)
        {
            throw new ArgumentException("A template needs a text body, an HTML body or both.", nameof(textBody));
        }

        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        this.subject = Parse(subject, nameof(Subject));
        text = textBody is null ? null : Parse(textBody, nameof(TextBody));
        html = htmlBody is null ? null : Parse(htmlBody, nameof(HtmlBody));
        ParameterNames = new[] { this.subject, text, html }.Where(p => p is not null).SelectMany(p => p!)
            .Where(s => s.Parameter is not null).Select(s => s.Parameter!).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the subject as written.</summary>
    public string Subject { get; }

    /// <summary>Gets the plain-text body as written, if any.</summary>
    public string? TextBody { get; }

    /// <summary>Gets the HTML body as written, if any.</summary>
    public string? HtmlBody { get; }

    /// <summary>Gets the names of the parameters the template uses, in order of first appearance.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Fills in the parameters and returns the message, ready for recipients and attachments.</summary>
    /// <param name="parameters">The values by name; extra values are ignored. A <see langword="null"/> value renders as nothing.</param>
    /// <param name="formatProvider">Formats numbers and dates; default: the current culture.</param>
    /// <returns>A new message with the subject and bodies filled in.</returns>
    /// <exception cref="ArgumentException">A parameter the template uses was not given, or a value would put a line break or another control character into the subject. The message names the parameter.</exception>
    public OutgoingMessage Render(IReadOnlyDictionary<string, object?> parameters, IFormatProvider? formatProvider = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (ParameterNames.FirstOrDefault(name => !parameters.ContainsKey(name)) is { } missing)
        {
            var given = parameters.Count == 0 ? "none" : string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal));
            throw new ArgumentException($"The template needs the parameter '{missing}', which was not given (given: {given}).", nameof(parameters));
        }

        var culture = formatProvider ?? CultureInfo.CurrentCulture;
        return new OutgoingMessage
        {
            Subject = Fill(subject, parameters, culture, Part.Subject),
            TextBody = text is null ? null : Fill(text, parameters, culture, Part.Text),
            HtmlBody = html is null ? null : Fill(html, parameters, culture, Part.Html),
        };
    }

    private static string Fill(Segment[] segments, IReadOnlyDictionary<string, object?> parameters, IFormatProvider culture, Part part)
    {
        var result = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.Parameter is not { } name)
            {
                result.Append(segment.Text);
                continue;
            }

            var value = parameters[name] switch
            {
                null => string.Empty,
                IFormattable formattable => formattable.ToString(segment.Text, culture),
                var other => other.ToString() ?? string.Empty,
            };
            if (part == Part.Subject && MailAddressParser.ContainsControlCharacter(value))
            {
                throw new ArgumentException($"The parameter '{name}' would put a line break or another control character into the subject; subjects are one line.", nameof(parameters));
            }

            result.Append(part == Part.Html ? WebUtility.HtmlEncode(value) : value);
        }

        return result.ToString();
    }

    private static Segment[] Parse(string template, string part)
    {
        if (template.Length > MaxLength)
        {
            throw new ArgumentException($"{part}: the template is longer than {MaxLength} characters.", part);
        }

        var segments = new List<Segment>();
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(new Segment(template[at..], null));
                break;
            }

            if (open > at)
            {
                segments.Add(new Segment(template[at..open], null));
            }

            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new ArgumentException($"{part}: the '{{{{' at position {open} is not closed with '}}}}'.", part);
            }

            var inside = template[(open + 2)..close].Trim();
            var colon = inside.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? inside : inside[..colon].TrimEnd();
            if (!IsName(name))
            {
                throw new ArgumentException($"{part}: '{template[open..(close + 2)]}' at position {open} is not a parameter: write {{{{name}}}} or {{{{name:format}}}} with a name of letters, digits, '_', '.' or '-'.", part);
            }

            segments.Add(new Segment(colon < 0 ? null : inside[(colon + 1)..], name));
            at = close + 2;
        }

        return [.. segments];
    }

    private static bool IsName(string name)
        => name.Length is > 0 and <= 100 && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-');

    private enum Part
    {
        Subject,
        Text,
        Html,
    }

    /// <summary>Literal text, or a parameter with its format (in <see cref="Text"/>).</summary>
    private readonly record struct Segment(string? Text, string? Parameter);
}
