using System.Globalization;
using System.Text.RegularExpressions;

namespace MailKitConfig;

/// <summary>
/// The parts of a server reply the classifier uses, found in raw replies and in other programs' error texts that
/// wrap them (Python's smtplib, System.Net.Mail, nodemailer, PHPMailer, JavaMail, MailKit).
/// </summary>
/// <param name="Text">The reply text as found (escapes such as <c>\n</c> undone, folded lines joined), or <see langword="null"/>.</param>
/// <param name="Code">The SMTP reply code (e.g. 535), if any.</param>
/// <param name="EnhancedCode">The RFC 3463 enhanced status code (e.g. <c>5.7.8</c>), if any.</param>
/// <param name="ResponseCode">The IMAP (RFC 5530) or POP3 (RFC 2449/3206) response code in brackets, if any.</param>
/// <param name="IsRefusal">Whether the reply refuses (SMTP 4xx/5xx, IMAP NO/BAD/BYE, POP3 -ERR).</param>
internal sealed partial record ClassifiedReply(string? Text, int? Code, string? EnhancedCode, string? ResponseCode, bool IsRefusal)
{
    private const string DotNetServerResponse = "The server response was:";

    /// <summary>
    /// The most characters of a text the classifier reads: a longer text (a whole client log, an exception whose
    /// message carries a transcript) is read as its first and last halves of this, where other programs put the reply
    /// (an exception's message first, a client log's refusal last). Every rule reads the text it is given, so the time
    /// a classification takes grows with it (seconds for 100,000 characters); the longest text of the corpus has 1,070.
    /// </summary>
    public const int MaxReadLength = 8192;

    /// <summary>A reply with nothing in it.</summary>
    public static readonly ClassifiedReply None = new(null, null, null, null, false);

    /// <summary>
    /// The IMAP and POP3 response codes that say why a command was refused: RFC 3501's, RFC 5530's, RFC 4469's and
    /// the other refusals of IANA's IMAP response-code registry, Gmail's WEBALERT, and POP3's (RFC 2449, 3206). Other
    /// bracketed words in a text are log levels and tags (<c>[NOTICE]</c>, <c>[ERROR]</c>, <c>IMAP[INFO]</c>,
    /// <c>[SMTP]</c>) or success codes (<c>[CLOSED]</c>, <c>[UIDNEXT …]</c>), which say nothing about a refusal.
    /// </summary>
    private static readonly HashSet<string> RefusalResponseCodes =
    [
        "BADCHARSET", "PARSE", "TRYCREATE", "UNAVAILABLE", "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED",
        "PRIVACYREQUIRED", "CONTACTADMIN", "NOPERM", "INUSE", "EXPUNGEISSUED", "CORRUPTION", "SERVERBUG", "CLIENTBUG",
        "CANNOT", "LIMIT", "OVERQUOTA", "ALREADYEXISTS", "NONEXISTENT", "TOOBIG", "BADURL", "UNKNOWN-CTE", "BADCOMPARATOR",
        "USEATTR", "NOUPDATE", "TEMPFAIL", "COMPRESSIONACTIVE", "WEBALERT", "IN-USE", "LOGIN-DELAY", "SYS/TEMP", "SYS/PERM", "AUTH",
    ];

    /// <summary>Gets the class digit of the enhanced code (2, 4 or 5), if any.</summary>
    public int? EnhancedClass => EnhancedCode is null ? null : EnhancedCode[0] - '0';

    /// <summary>Gets whether the reply's code (4xx) or enhanced code (4.x.x) says the failure is for now.</summary>
    public bool CodeSaysForNow => Code is >= 400 and < 500 || EnhancedClass == 4;

    /// <summary>Gets the subject and detail of the enhanced code (e.g. <c>7.8</c> of <c>5.7.8</c>), if any.</summary>
    public string? EnhancedSubjectDetail => EnhancedCode?[2..];

    /// <summary>
    /// Gets a value indicating whether the enhanced code is one of RFC 7372's for the message's own authentication
    /// (X.7.20 to X.7.26: DKIM, SPF, reverse DNS, several checks), which no login of the client can change.
    /// </summary>
    public bool NamesMessageAuthenticationCode => EnhancedSubjectDetail is "7.20" or "7.21" or "7.22" or "7.23" or "7.24" or "7.25" or "7.26";

    /// <summary>
    /// Gets a value indicating whether the reply lists what the server offered rather than refusing: an SMTP EHLO
    /// reply (<c>250</c>), an IMAP greeting or CAPABILITY (<c>* OK</c>, <c>* CAPABILITY</c>), or a POP3 <c>+OK</c>.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Text))]
    public bool OffersCapabilities => Text is not null && !IsRefusal && CapabilityLinePattern().IsMatch(Text);

    /// <summary>
    /// Gets a value indicating whether a refusal names the session or the connection as what reached its limit
    /// (<c>452 4.4.5 Maximum number of messages per session exceeded</c>, <c>421 Maximum message count per session
    /// reached</c>), rather than a recipient, a mailbox or a rate (<c>452 4.2.2 Mailbox full</c>, greylisting).
    /// </summary>
    public bool NamesSessionLimit => IsRefusal && Text is not null && SessionLimitPattern().IsMatch(Text);

    /// <summary>Gets a value indicating whether the reply has an IMAP tagged <c>BAD</c> (an unknown command or invalid arguments, RFC 3501).</summary>
    public bool IsTaggedBad => Text is not null && TaggedBadPattern().IsMatch(Text);

    /// <summary>
    /// Gets a value indicating whether an IMAP or POP3 server answered a command with a refusal: a tagged <c>NO</c> or
    /// <c>BAD</c> (RFC 3501) or a <c>-ERR</c> (RFC 1939). The server was reached and took the command.
    /// </summary>
    public bool IsCommandRefusal => Text is not null && (TaggedBadPattern().IsMatch(Text) || TaggedNoPattern().IsMatch(Text) || Text.Contains("-ERR", StringComparison.Ordinal));

    /// <summary>Finds the reply in a text.</summary>
    /// <param name="text">A raw reply or an error text with a reply inside.</param>
    /// <returns>The parts found.</returns>
    public static ClassifiedReply Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        text = TransportTextRules.Unfolded(TransportTextRules.WithoutStackFrames(Unescape(Bounded(text)))).Trim();
        var wrapped = text.IndexOf(DotNetServerResponse, StringComparison.Ordinal);
        if (wrapped >= 0 && MarkupPattern().Replace(text[(wrapped + DotNetServerResponse.Length)..], string.Empty).Any(char.IsLetterOrDigit))
        {
            text = text[(wrapped + DotNetServerResponse.Length)..].Trim(); // System.Net.Mail: "Mailbox unavailable. The server response was: ..."; an empty response (quotes, a closing tag) leaves the text whole
        }

        // The refusing line: among pipelined replies, in a client log (S:, SERVER -> CLIENT:), a bounce (said:) or an exception message.
        // With no such line, a reply code with its enhanced code wherever it sits: a relay's own summary code before the
        // remote server's reply ("5.1.0 - Unknown address error 550-'5.2.2 …'") says less than the server's reply.
        var codeSource = RefusalLinePattern().Match(text) is { Success: true } refusalLine ? refusalLine.Groups["line"].Value
            : RefusalWithEnhanced(text) is { } pair ? text[pair.Index..]
            : text;

        if (EnhancedCodePattern().Match(codeSource) is { Success: true } undefined && undefined.Value.EndsWith(".0.0", StringComparison.Ordinal)
            && CodeWithEnhancedPattern().Matches(codeSource).FirstOrDefault(m => m.Index > undefined.Index && m.Groups["code"].Value[0] is '4' or '5') is { } nested)
        {
            codeSource = codeSource[nested.Index..]; // X.0.0 says nothing; a reply nested after it ("500 5.0.0 Depot returns error: <552 5.2.2 Over quota>") says what happened
        }

        if (RelayedReplyPattern().Match(codeSource) is { Success: true } relayed)
        {
            codeSource = codeSource[relayed.Index..]; // Exchange's summary of what the next server said ("451 4.4.395 Target host responded with error. -> 421 4.4.2 …", "450 4.4.317 … [Message=451 5.7.3 …]"): that server's reply says what happened
        }

        var enhanced = EnhancedCodePattern().Match(codeSource);
        var code = CodePatterns().Select(p => p.Match(codeSource)).FirstOrDefault(m => m.Success);
        var response = ResponseCodePattern().Matches(text).FirstOrDefault(m => RefusalResponseCodes.Contains(m.Groups["code"].Value));
        int? replyCode = code is null ? null : int.Parse(code.Groups["code"].Value, CultureInfo.InvariantCulture);
        var refusal = replyCode is >= 400 || RefusalPattern().IsMatch(text);
        return new ClassifiedReply(
            text,
            replyCode,
            enhanced.Success ? enhanced.Value : null,
            response?.Groups["code"].Value,
            refusal);
    }

    /// <summary>Returns a text as the classifier reads it: whole up to <see cref="MaxReadLength"/> characters, else its start and its end.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text, or its first and last halves of <see cref="MaxReadLength"/> joined by a line with an ellipsis.</returns>
    public static string Bounded(string text)
    {
        if (text.Length <= MaxReadLength)
        {
            return text;
        }

        var head = MaxReadLength / 2;
        var tail = text.Length - (MaxReadLength / 2);
        head -= char.IsHighSurrogate(text[head - 1]) ? 1 : 0; // not half a character
        tail += char.IsLowSurrogate(text[tail]) ? 1 : 0;
        return string.Concat(text.AsSpan(0, head), "\n…\n", text.AsSpan(tail));
    }

    /// <summary>
    /// Returns whether a raw reply, as a server sent it, refuses: a line of an SMTP 4xx/5xx reply (pipelined replies
    /// arrive together), a POP3 <c>-ERR</c>, or an IMAP <c>NO</c>/<c>BAD</c>.
    /// </summary>
    /// <param name="reply">The reply as received.</param>
    /// <returns><see langword="true"/> for a refusal.</returns>
    public static bool IsRefusalLine(ReadOnlySpan<char> reply) => RawRefusalPattern().IsMatch(reply);

    /// <summary>The first refusal's reply code followed by its enhanced code (<c>550 5.2.2</c>, <c>550-'5.2.2</c>): a server's own reply.</summary>
    private static Match? RefusalWithEnhanced(string text)
        => CodeWithEnhancedPattern().Matches(text).FirstOrDefault(m => m.Groups["code"].Value[0] is '4' or '5');

    /// <summary>
    /// Undoes the escapes other programs print replies with (a web page's entities, JSON's <c>\u00XX</c> code units,
    /// Python's UTF-8 bytes as <c>\xNN</c>, <c>\r\n</c> written out, quotes escaped in a string literal) and reads
    /// typographic apostrophes as plain ones.
    /// </summary>
    private static string Unescape(string text)
    {
        text = System.Net.WebUtility.HtmlDecode(text); // a reply quoted in a web page or a web app's log ("with &#39;554 5.4.4", "-&gt; 421")
        text = UnicodeEscapePattern().Replace(text, UnicodeEscaped); // JSON that escapes all but ASCII ("\u003C", "\u0421\u0435\u0440\u0432\u0435\u0440")
        text = Utf8EscapePattern().Replace(text, Utf8Escaped); // Python's bytes ("b'550 \xe7\x94\xa8\xe6\x88\xb7'")
        return text.Replace("\\r\\n", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal) // quotes escaped in a string literal
            .Replace('\u2019', '\'').Replace('\u2018', '\'') // typographic apostrophes ("server’s", "doesn’t") read as the plain one
            .Replace('\u00A0', ' ').Replace('\u202F', ' '); // a web page's no-break spaces (&nbsp;, French typography's narrow one before ";:!?")
    }

    /// <summary>A run of UTF-8 bytes written out as <c>\xNN</c> read as its letters; a run that is not whole UTF-8 stays as written.</summary>
    private static string Utf8Escaped(Match escape)
    {
        var bytes = escape.Groups["byte"].Captures.Select(b => byte.Parse(b.ValueSpan, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToArray();
        return System.Text.Unicode.Utf8.IsValid(bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : escape.Value;
    }

    private static string UnicodeEscaped(Match escape) => ((char)int.Parse(escape.Groups["unit"].ValueSpan, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToString();

    /// <summary>Bytes above ASCII written out as Python's <c>repr</c> of bytes writes them: <c>\xe7\x94\xa8</c>.</summary>
    [GeneratedRegex(@"(?:\\x(?<byte>[89a-fA-F][0-9a-fA-F]))+", RegexOptions.CultureInvariant)]
    private static partial Regex Utf8EscapePattern();

    /// <summary>A web page's tag (<c>&lt;/div&gt;</c>, <c>&lt;br/&gt;</c>): no words of a reply in it.</summary>
    [GeneratedRegex(@"</?[a-z][^<>\n]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MarkupPattern();

    /// <summary>A UTF-16 code unit written out as JSON, JavaScript, Java and Python write it: <c>\u003C</c>, <c>\ud83d</c>.</summary>
    [GeneratedRegex(@"\\u(?<unit>[0-9A-Fa-f]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex UnicodeEscapePattern();

    private static Regex[] CodePatterns() =>
    [
        CodeWithEnhancedPattern(), ExpectedButGotPattern(), JavaMailResponsePattern(), CurlCodePattern(), TupleCodePattern(),
        ColonCodePattern(), LineStartCodePattern(), ListedCodePattern(), BracketedCodePattern(),
    ];

    /// <summary><c>535 5.7.8</c>, <c>535-5.7.8</c> or <c>550-'5.2.2</c> anywhere: a reply code followed by an enhanced code.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<code>[2-5][0-5][0-9])[ -](?=['""]?[2-5]\.[0-9]{1,3}\.[0-9]{1,3}(?![\d.]))", RegexOptions.CultureInvariant)]
    private static partial Regex CodeWithEnhancedPattern();

    /// <summary>The reply a client expected against the one it got (Swift Mailer, Symfony Mailer, Laravel: <c>Expected response code "250" but got code "550"</c>).</summary>
    [GeneratedRegex(@"\bbut got (?:code )?[""']?(?<code>[2-5][0-9]{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpectedButGotPattern();

    /// <summary>JavaMail's greeting it could not use: <c>Could not connect to SMTP host: host, port: 25, response: 421</c>.</summary>
    [GeneratedRegex(@"\bport: \d+, response: (?<code>[2-5][0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex JavaMailResponsePattern();

    /// <summary>
    /// The remote server's reply that Exchange quotes after its own relay summary (<c>-&gt; 421 4.4.2</c>,
    /// <c>[Message=451 4.4.0</c>, <c>Proxy session setup failed on Frontend with '554 5.4.4</c>).
    /// </summary>
    [GeneratedRegex(@"(?<=responded with error\. ?-> ?|\[Message=|Proxy session setup failed on \w+ with '?)[45][0-9]{2}[ -][245]\.[0-9]{1,3}\.[0-9]{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex RelayedReplyPattern();

    /// <summary>
    /// curl's reply code after the command it refused (<c>MAIL failed: 553</c>, <c>RCPT failed: 550 (last error)</c>,
    /// <c>Got unexpected smtp-server response: 421</c>), which it prints without the server's words.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:MAIL|RCPT|DATA) failed|unexpected (?:smtp|imap|pop3)-server response): (?<code>[45][0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex CurlCodePattern();

    /// <summary>Python's <c>(535, b'...')</c>.</summary>
    [GeneratedRegex(@"\((?<code>[2-5][0-9]{2}),\s*b?['""]", RegexOptions.CultureInvariant)]
    private static partial Regex TupleCodePattern();

    /// <summary>
    /// MailKit's <c>535: 5.7.3 ...</c> and similar <c>code: text</c> forms; not a port's number, nor a source line's
    /// (<c>In SmtpTransport.php line 448:</c>), nor a log time's milliseconds (<c>[2016-01-19 11:08:02,531: ERROR]</c>).
    /// </summary>
    [GeneratedRegex(@"(?<![\w.:,])(?<!(?:port|line):?\s{1,3})(?<!HTTP\w*\s?)(?<code>[45][0-5][0-9]):\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ColonCodePattern();

    /// <summary>Providers' tables of replies: <c>421, "4.7.0", text</c> (not a port or an HTTP status in a JSON or JavaScript object: <c>"port": 465,</c>, <c>"status":404,</c>).</summary>
    [GeneratedRegex(@"(?<![\w.])(?<!(?:port|status)\W{0,5})(?<code>[2-5][0-9]{2}),\s*[""\u201C\u201D']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListedCodePattern();

    /// <summary>A code in brackets, as web mail programs print it (<c>SMTP Error (535): Authentication failed</c>, <c>(code: 535, response: …)</c>), or an unexpected 2xx/3xx after a failed command (<c>failed - 354 Continue</c>).</summary>
    [GeneratedRegex(@"(?:error|fehler|erreur|errore|ошибка|server)(?: SMTP)?:?\s*[(\[](?:code:?\s*)?(?<code>[2-5][0-9]{2})[)\],]|(?:failed|error)\s*[:-]\s*(?<code>[23][0-9]{2}) [A-Z]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BracketedCodePattern();

    /// <summary>
    /// A raw reply line: <c>550 ...</c> or <c>550-...</c> at the start of a line, also in a table's first cell as
    /// providers' reply lists print a refusal (<c>| 451 | Server error |</c>; a table's 3xx is a vendor's own number), the
    /// code followed by a space, a hyphen or a tab.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\|\s*(?=[45]))?(?<code>[2-5][0-5][0-9])(?:[ \t-]|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineStartCodePattern();

    /// <summary>A limit counted per session or connection: <c>per session</c>, <c>in this connection</c>, <c>per SMTP session</c>.</summary>
    [GeneratedRegex(@"\b(?:per|this|the|each|same) (?:smtp )?(?:session|connection)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SessionLimitPattern();

    /// <summary>An RFC 3463 enhanced status code, not part of a longer dotted number such as an IP address, nor a version in a path (<c>ruby/2.5.0/net</c>, <c>smtp-connection@4.0.2</c>).</summary>
    [GeneratedRegex(@"(?<![\w.@/]|[A-Za-z]-)[245]\.[0-9]{1,3}\.[0-9]{1,3}(?![\d./@])", RegexOptions.CultureInvariant)]
    private static partial Regex EnhancedCodePattern();

    /// <summary>An IMAP or POP3 response code such as <c>[AUTHENTICATIONFAILED]</c> or <c>[SYS/TEMP]</c> (not <c>[ALERT]</c> or <c>[CAPABILITY ...]</c>; upper case, as servers send them, so that log tags and stack frames such as <c>[as oncomplete]</c> are not taken for one).</summary>
    [GeneratedRegex(@"\[(?!ALERT\]|CAPABILITY )(?<code>[A-Z][A-Z0-9-]+(?:/[A-Z0-9-]+)*)(?:\]| )", RegexOptions.CultureInvariant)]
    private static partial Regex ResponseCodePattern();

    /// <summary>
    /// The first SMTP reply line with a 4xx or 5xx code, when several replies arrived together, or after the marks
    /// that put a reply inside other text: client logs (<c>S:</c>, <c>&lt;&lt;&lt;</c>, <c>SERVER -&gt; CLIENT:</c>, swaks's
    /// <c>&lt;-</c>, <c>&lt;**</c> for a refusal and <c>&lt;~</c> inside TLS),
    /// bounces (<c>said:</c>, <c>returned '…'</c>, Exim's <c>after RCPT TO:&lt;address&gt;:</c>), exception messages
    /// (<c>…Exception:</c>, <c>failed:</c>, Ruby's <c>Net::SMTPFatalError (550 …</c>, .NET's <c>One or more errors
    /// occurred. (550 …)</c>), a JSON string value (<c>"error":"550 …</c>), a web page's element
    /// (<c>&lt;div class="alert"&gt;550 …</c>, <c>&lt;br/&gt;</c>), a log line's source location (<c>worker.go:230: 550 …</c>)
    /// or time (<c>12:00:00 550 …</c>), a quote (<c>&gt; 550 …</c>, <c>'550 …'</c>, <c>`550 …`</c>, Elixir's
    /// <c>{:permanent_failure, "host", "550 …"}</c>) or a list's item (<c>- 550 …</c>, <c>1. 550 …</c>). A source file's
    /// line number (<c>tls_record.erl:539</c>, <c>smtp.php:241</c>) is where code stands, not a reply; an address in angle
    /// brackets is not an element; a log's value (<c>err="535 …"</c>) and a client log's own mark (<c>&gt;&gt;&gt;</c>) are
    /// not quotes. A tab may follow the code, as in a table copied from a web page.
    /// </summary>
    [GeneratedRegex(@"^(?:[^\n]*?(?:\bS:|<<+|<[-~*]+|Diagnostic-Code:\s*(?:smtp;)?|\bsmtp;|-> ?CLIENT:|\bsaid:|\bresponse(?: was)?:|\breply(?: was)?:|\breturned\b|\banswered:?|\bRECV:|\bfailed:|error:|Exception:|\]:|>:|\bmessage:|\.\w{1,5}:\d+:|""[A-Za-z]\w*""\s*:\s*""|<[a-z][a-z0-9]*(?:\s[^<>\n]*)?/?>|(?:Error|Exception|::\w+)(?=\s*\()|\boccurred\.|(?<!\S)>(?=\s)|(?<![^\s(\[{,])[`'""]|\b\d{1,2}:\d\d:\d\d(?:[.,]\d{1,6}(?!\d))?(?:Z|[+-]\d\d:?\d\d)?\]?|^\s*(?:[-*•]|\d{1,2}[.)])(?=\s)|(?<!\bport)\b(?!(?<=\.)(?:erl|exs?|php|py|rb|[cm]?js|ts|java|cs|go|rs|pm|pl|kt|swift):\d)[A-Za-z]\w*:)\s*['""(]?)?\s*(?<line>[45][0-9]{2}[ \t-][^\n]*)$", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex RefusalLinePattern();

    /// <summary>A raw refusal line: SMTP 4xx/5xx, POP3 <c>-ERR</c>, IMAP <c>tag NO</c>/<c>tag BAD</c>.</summary>
    [GeneratedRegex(@"^(?:[45][0-9]{2}(?:[ -]|\r?$)|-ERR\b|\S+ (?:NO|BAD)\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex RawRefusalPattern();

    /// <summary>A line that starts an SMTP EHLO reply, an IMAP greeting or CAPABILITY, or a POP3 +OK.</summary>
    [GeneratedRegex(@"^(?:250[ -]|\* (?:OK|CAPABILITY)\b|\+OK\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex CapabilityLinePattern();

    /// <summary>
    /// K-9 Mail's (and Thunderbird for Android's) writing of a tagged reply inside its own message:
    /// <c>(Command: LIST …; response: #5# [BAD, Missing argument])</c>, the tag's number between hashes.
    /// </summary>
    private const string K9ResponseMark = @"#\d+# \[";

    /// <summary>
    /// An IMAP tagged BAD at the start of a line (<c>A1 BAD</c>, also <c>&lt;&lt;A1 BAD</c>), not the untagged <c>* BAD</c>,
    /// or as MailKit and Python's imaplib report it (<c>replied to the 'APPEND' command with a 'BAD' response</c>, <c>SELECT command error: BAD [...]</c>).
    /// </summary>
    [GeneratedRegex(@"^\S*?\w+ BAD\b|(?:^|[\s:'""`(])[A-Za-z]*\d+ BAD\b|(?i:command with a 'BAD' response)|command error: BAD\b|" + K9ResponseMark + @"BAD\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TaggedBadPattern();

    /// <summary>An IMAP tagged NO, written as <see cref="TaggedBadPattern"/> reads a BAD.</summary>
    [GeneratedRegex(@"^\S*?\w+ NO\b|(?:^|[\s:'""`(])[A-Za-z]*\d+ NO\b|command with a 'NO' response|command error: NO\b|" + K9ResponseMark + @"NO\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TaggedNoPattern();

    /// <summary>An IMAP NO/BAD/BYE (also as MailKit reports it: <c>with a 'NO' response</c>) or a POP3 -ERR.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:NO|BAD|BYE)\s|-ERR\b|with a '(?:NO|BAD)' response|" + K9ResponseMark + @"(?:NO|BAD)\b", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex RefusalPattern();
}
