using System.Globalization;
using MimeKit;

namespace MailKitConfig;

/// <summary>Parses and checks the email addresses that users type: one address, or a comma-separated list.</summary>
internal static class MailAddressParser
{
    private static readonly ParserOptions Options = CreateOptions();

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    private static readonly System.Buffers.SearchValues<char> HostNameCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");

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
            error = $"'{text!.Trim()}' must be exactly one email address such as user@example.com, without a name or other addresses";
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
            error = "is empty";
            return false;
        }

        if (ContainsControlCharacter(text))
        {
            error = "must not contain line breaks or other control characters";
            return false;
        }

        if (!InternetAddressList.TryParse(Options, text, out var parsed))
        {
            var culprit = SplitList(text).FirstOrDefault(part => !InternetAddressList.TryParse(Options, part, out _)) ?? text;
            error = $"'{culprit.Trim()}' is not a valid email address";
            return false;
        }

        foreach (var address in parsed.Mailboxes)
        {
            if (!IsComplete(address, out var reason))
            {
                error = $"'{address.Address}' is not a valid email address: {reason}";
                return false;
            }

            mailboxes.Add(address);
        }

        if (mailboxes.Count == 0)
        {
            error = $"'{text.Trim()}' contains no email address";
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

    /// <summary>Splits a list at the commas that separate addresses (not those inside quotes or angle brackets).</summary>
    private static IEnumerable<string> SplitList(string text)
    {
        var start = 0;
        var quoted = false;
        var angle = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\' when quoted: i++; break;
                case '"': quoted = !quoted; break;
                case '<' when !quoted: angle++; break;
                case '>' when !quoted && angle > 0: angle--; break;
                case ',' when !quoted && angle == 0:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..];
    }

    private static bool IsComplete(MailboxAddress address, out string reason)
    {
        reason = string.Empty;
        if (string.IsNullOrEmpty(address.LocalPart))
        {
            reason = "the part before '@' is missing";
            return false;
        }

        var domain = address.Domain;
        if (string.IsNullOrEmpty(domain))
        {
            reason = "the domain after '@' is missing";
            return false;
        }

        if (domain.StartsWith('['))
        {
            return true; // an address literal such as [192.0.2.1]; MimeKit has checked its syntax
        }

        if (IsPlainHostName(domain.AsSpan().TrimEnd('.')))
        {
            return true;
        }

        try
        {
            _ = Idn.GetAscii(domain.TrimEnd('.'));
            return true;
        }
        catch (ArgumentException)
        {
            reason = $"'{domain}' is not a valid domain name";
            return false;
        }
    }

    /// <summary>
    /// Returns whether a domain is made of letter-digit-hyphen labels that IDNA leaves as they are, which saves the ICU
    /// call for the usual address; anything else (Unicode, <c>xn--</c>, <c>--</c> in the third and fourth place,
    /// other characters, long names) is left to <see cref="IdnMapping"/>.
    /// </summary>
    private static bool IsPlainHostName(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty || domain.Length > 253 || domain.ContainsAnyExcept(HostNameCharacters))
        {
            return false;
        }

        while (true)
        {
            var dot = domain.IndexOf('.');
            var label = dot < 0 ? domain : domain[..dot];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-' || (label.Length >= 4 && label[2..4].SequenceEqual("--")))
            {
                return false;
            }

            if (dot < 0)
            {
                return true;
            }

            domain = domain[(dot + 1)..];
        }
    }

    private static ParserOptions CreateOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Strict;
        options.AllowAddressesWithoutDomain = false;
        options.AllowUnquotedCommasInAddresses = false;
        return options;
    }
}
