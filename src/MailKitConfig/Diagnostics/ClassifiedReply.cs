using System.Globalization;
using System.Text.RegularExpressions;

namespace MailKitConfig;

/// <summary>
/// The parts of a server reply the classifier uses, found in raw replies and in other programs' error texts that
/// wrap them (Python's smtplib, System.Net.Mail, nodemailer, PHPMailer, JavaMail, MailKit).
/// </summary>
/// <param name="Text">The reply text as found (escapes such as <c>\n</c> undone), or <see langword="null"/>.</param>
/// <param name="Code">The SMTP reply code (e.g. 535), if any.</param>
/// <param name="EnhancedCode">The RFC 3463 enhanced status code (e.g. <c>5.7.8</c>), if any.</param>
/// <param name="ResponseCode">The IMAP (RFC 5530) or POP3 (RFC 2449/3206) response code in brackets, if any.</param>
/// <param name="IsRefusal">Whether the reply refuses (SMTP 4xx/5xx, IMAP NO/BAD/BYE, POP3 -ERR).</param>
internal sealed partial record ClassifiedReply(string? Text, int? Code, string? EnhancedCode, string? ResponseCode, bool IsRefusal)
{
    private const string DotNetServerResponse = "The server response was:";

    /// <summary>A reply with nothing in it.</summary>
    public static readonly ClassifiedReply None = new(null, null, null, null, false);

    /// <summary>Gets the class digit of the enhanced code (2, 4 or 5), if any.</summary>
    public int? EnhancedClass => EnhancedCode is null ? null : EnhancedCode[0] - '0';

    /// <summary>Gets the subject and detail of the enhanced code (e.g. <c>7.8</c> of <c>5.7.8</c>), if any.</summary>
    public string? EnhancedSubjectDetail => EnhancedCode?[2..];

    /// <summary>Finds the reply in a text.</summary>
    /// <param name="text">A raw reply or an error text with a reply inside.</param>
    /// <returns>The parts found.</returns>
    public static ClassifiedReply Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        text = Unescape(text).Trim();
        var wrapped = text.IndexOf(DotNetServerResponse, StringComparison.Ordinal);
        if (wrapped >= 0)
        {
            text = text[(wrapped + DotNetServerResponse.Length)..].Trim(); // System.Net.Mail: "Mailbox unavailable. The server response was: ..."
        }

        var codeSource = RefusalLinePattern().Match(text) is { Success: true } refusalLine ? refusalLine.Value : text; // pipelined replies: the refusing line
        var enhanced = EnhancedCodePattern().Match(codeSource);
        var code = CodePatterns().Select(p => p.Match(codeSource)).FirstOrDefault(m => m.Success);
        var response = ResponseCodePattern().Match(text);
        int? replyCode = code is null ? null : int.Parse(code.Groups["code"].Value, CultureInfo.InvariantCulture);
        var refusal = replyCode is >= 400 || RefusalPattern().IsMatch(text);
        return new ClassifiedReply(
            text,
            replyCode,
            enhanced.Success ? enhanced.Value : null,
            response.Success ? response.Groups["code"].Value.ToUpperInvariant() : null,
            refusal);
    }

    /// <summary>Undoes the escapes other programs print replies with: <c>\r\n</c> written out, and Python byte strings.</summary>
    private static string Unescape(string text) => text.Replace("\\r\\n", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);

    private static Regex[] CodePatterns() => [CodeWithEnhancedPattern(), TupleCodePattern(), ColonCodePattern(), LineStartCodePattern()];

    /// <summary><c>535 5.7.8</c> or <c>535-5.7.8</c> anywhere: a reply code followed by an enhanced code of the same class.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<code>[2-5][0-9]{2})[ -](?=[2-5]\.[0-9]{1,3}\.[0-9]{1,3}(?![\d.]))", RegexOptions.CultureInvariant)]
    private static partial Regex CodeWithEnhancedPattern();

    /// <summary>Python's <c>(535, b'...')</c>.</summary>
    [GeneratedRegex(@"\((?<code>[2-5][0-9]{2}),\s*b?['""]", RegexOptions.CultureInvariant)]
    private static partial Regex TupleCodePattern();

    /// <summary>MailKit's <c>535: 5.7.3 ...</c> and similar <c>code: text</c> forms.</summary>
    [GeneratedRegex(@"(?<![\d.:])(?<code>[45][0-9]{2}):\s", RegexOptions.CultureInvariant)]
    private static partial Regex ColonCodePattern();

    /// <summary>A raw reply line: <c>550 ...</c> or <c>550-...</c> at the start of a line.</summary>
    [GeneratedRegex(@"^(?<code>[2-5][0-9]{2})(?:[ -]|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineStartCodePattern();

    /// <summary>An RFC 3463 enhanced status code, not part of a longer dotted number such as an IP address.</summary>
    [GeneratedRegex(@"(?<![\d.])[245]\.[0-9]{1,3}\.[0-9]{1,3}(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex EnhancedCodePattern();

    /// <summary>An IMAP or POP3 response code such as <c>[AUTHENTICATIONFAILED]</c> or <c>[SYS/TEMP]</c> (not <c>[ALERT]</c> or <c>[CAPABILITY ...]</c>).</summary>
    [GeneratedRegex(@"\[(?!ALERT\]|CAPABILITY )(?<code>[A-Za-z][A-Za-z0-9-]*(?:/[A-Za-z0-9-]+)*)(?:\]| )", RegexOptions.CultureInvariant)]
    private static partial Regex ResponseCodePattern();

    /// <summary>The first SMTP reply line with a 4xx or 5xx code, when several replies arrived together.</summary>
    [GeneratedRegex(@"^[45][0-9]{2}[ -].*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex RefusalLinePattern();

    /// <summary>An IMAP NO/BAD/BYE or a POP3 -ERR.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:NO|BAD|BYE)\s|-ERR\b", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex RefusalPattern();
}
