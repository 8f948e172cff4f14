using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit;

namespace MailKitConfig;

/// <summary>Parses and checks the email addresses that users type: one address, or a comma-separated list.</summary>
internal static partial class MailAddressParser
{
    private static readonly ParserOptions Options = CreateOptions();

    /// <summary>The longest local part (before '@'), in octets (RFC 5321 §4.5.3.1.1).</summary>
    public const int MaxLocalPartLength = 64;

    /// <summary>The longest address, in octets: a 256-octet path less its angle brackets (RFC 5321 §4.5.3.1.3, RFC 3696 erratum 1690).</summary>
    public const int MaxAddressLength = 254;

    /// <summary>Parses a single bare address (<c>user@example.com</c>, no display name).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="mailbox">The parsed address.</param>
    /// <param name="error">Why <paramref name="text"/> is not an address, to be shown after the field name.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is one valid address.</returns>
    public static bool TryParseAddress(string? text, out MailboxAddress mailbox, out string error)
    {
        mailbox = null!;
        if (!TryParseList(text, out var list, out error))
        {
            return false;
        }

        if (list.Count != 1 || !string.IsNullOrEmpty(list[0].Name) || text!.Contains('<', StringComparison.Ordinal))
        {
            error = ProblemCatalog.Current("Address.NotOne", text!.Trim());
            return false;
        }

        mailbox = list[0];
        return true;
    }

    /// <summary>Parses one or more addresses separated by commas, each optionally with a display name.</summary>
    /// <param name="text">The text to parse, e.g. <c>ann@example.com, "Bob B." &lt;bob@example.com&gt;</c>.</param>
    /// <param name="mailboxes">The parsed addresses, in order.</param>
    /// <param name="error">Why <paramref name="text"/> is not a list of addresses.</param>
    /// <returns><see langword="true"/> when every element is a valid address.</returns>
    public static bool TryParseList(string? text, out List<MailboxAddress> mailboxes, out string error)
    {
        mailboxes = [];
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = ProblemCatalog.Current("Address.Empty");
            return false;
        }

        if (ContainsControlCharacter(text))
        {
            error = ProblemCatalog.Current("Address.ControlCharacters");
            return false;
        }

        if (!InternetAddressList.TryParse(Options, text, out var parsed))
        {
            var culprit = Split(text).FirstOrDefault(part => !InternetAddressList.TryParse(Options, part, out _)) ?? text;
            error = ProblemCatalog.Current("Address.Invalid", culprit.Trim());
            return false;
        }

        foreach (var address in parsed.Mailboxes)
        {
            if (!IsComplete(address, out var reason))
            {
                error = ProblemCatalog.Current("Address.InvalidBecause", Shorten(address.Address), reason);
                return false;
            }

            mailboxes.Add(address);
        }

        if (mailboxes.Count == 0)
        {
            error = ProblemCatalog.Current("Address.None", text.Trim());
            return false;
        }

        return true;
    }

    /// <summary>Turns a parse error into a sentence: errors that quote the address stand alone, others follow the subject.</summary>
    /// <param name="subject">What was parsed, e.g. "The email address".</param>
    /// <param name="error">The error from <see cref="TryParseAddress"/> or <see cref="TryParseList"/>.</param>
    /// <returns>The sentence, ending with a full stop.</returns>
    public static string Describe(string subject, string error)
        => error.StartsWith('\'') ? error + "." : $"{subject} {error}.";

    /// <summary>Returns whether a text contains a character that could end a header line or corrupt a protocol line.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> for CR, LF, NUL or any other control character.</returns>
    public static bool ContainsControlCharacter(string text) => text.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || text.Contains('\u007f', StringComparison.Ordinal);

    /// <summary>
    /// Splits an entry of addresses at the commas and semicolons that separate them (not those inside quotes, angle
    /// brackets or comments). Semicolons are separators here, as in Outlook, not the end of an RFC 5322 group.
    /// </summary>
    /// <param name="text">The entry, e.g. <c>ann@example.com; "Smith; Bob" &lt;bob@example.com&gt;</c>.</param>
    /// <returns>The non-empty parts, trimmed.</returns>
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        var quoted = false;
        var angle = 0;
        var comment = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\' when quoted || comment > 0: i++; break;
                case '"' when comment == 0: quoted = !quoted; break;
                case '(' when !quoted: comment++; break;
                case ')' when !quoted && comment > 0: comment--; break;
                case '<' when !quoted && comment == 0: angle++; break;
                case '>' when !quoted && comment == 0 && angle > 0: angle--; break;
                case ',' or ';' when !quoted && angle == 0 && comment == 0:
                    if (text[start..i].Trim() is { Length: > 0 } part)
                    {
                        yield return part;
                    }

                    start = i + 1;
                    break;
            }
        }

        if (text[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    private static bool IsComplete(MailboxAddress address, out string reason)
    {
        reason = string.Empty;
        if (string.IsNullOrEmpty(address.LocalPart))
        {
            reason = ProblemCatalog.Current("Address.NoLocalPart");
            return false;
        }

        var domain = address.Domain;
        if (string.IsNullOrEmpty(domain))
        {
            reason = ProblemCatalog.Current("Address.NoDomain");
            return false;
        }

        var localLength = System.Text.Encoding.UTF8.GetByteCount(address.LocalPart);
        if (localLength > MaxLocalPartLength)
        {
            reason = ProblemCatalog.Current("Address.LocalPartTooLong", localLength, MaxLocalPartLength);
            return false;
        }

        var asciiDomain = domain;
        if (!domain.StartsWith('[') && !HostName.TryGetAscii(domain, out asciiDomain, out var domainProblem))
        {
            reason = ProblemCatalog.Current("Address.DomainInvalid", domainProblem); // an address literal such as [192.0.2.1] was checked by MimeKit
            return false;
        }

        if (localLength + 1 + asciiDomain.Length > MaxAddressLength)
        {
            reason = ProblemCatalog.Current("Address.TooLong", localLength + 1 + asciiDomain.Length, MaxAddressLength);
            return false;
        }

        return true;
    }

    /// <summary>A text as quoted in an error: at most 40 characters and an ellipsis, so that a pasted block stays readable.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static ParserOptions CreateOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Strict;
        options.AllowAddressesWithoutDomain = false;
        options.AllowUnquotedCommasInAddresses = false;
        return options;
    }

    /// <summary>
    /// Replaces every e-mail address in a text (also URL-encoded, <c>%40</c>) by its domain: the way addresses are kept
    /// out of exception messages, logs and traces (a server reply that quotes a recipient, an HTTP error that quotes a URL).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without addresses.</returns>
    public static string WithoutAddresses(string text) => AddressInText().Replace(text, "${domain}");

    /// <summary>A local part (URL-encoded or not), <c>@</c> or <c>%40</c>, and a domain of at least two labels.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}!#$&'*+/=?^_`{|}~.%-])(?:[\p{L}\p{N}!#$&'*+/=?^_`{|}~.-]|%(?!40)[0-9A-F]{2})+(?:@|%40)(?<domain>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressInText();
}
