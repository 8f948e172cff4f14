using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MailKitConfig;

/// <summary>
/// The one rule for host names, wherever they come from (settings, the domain of an address, autoconfig, SRV, the EHLO
/// name): letter-digit-hyphen labels (RFC 1123), internationalized names in their IDNA form, at most
/// <see cref="MaxLength"/> characters and <see cref="MaxLabelLength"/> per label (RFC 1035), or an IP address.
/// </summary>
internal static class HostName
{
    /// <summary>The longest host name, in characters of its ASCII (IDNA) form, without a trailing dot (RFC 1035 §2.3.4 as used by RFC 5321).</summary>
    public const int MaxLength = 253;

    /// <summary>The longest label (RFC 1035 §2.3.4).</summary>
    public const int MaxLabelLength = 63;

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    private static readonly SearchValues<char> DigitDot = SearchValues.Create("0123456789.");

    private static readonly SearchValues<char> LetterDigitHyphenDot = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");

    /// <summary>Checks a server's host name or IP address (an IPv6 address may be written in brackets).</summary>
    /// <param name="host">The host as written.</param>
    /// <returns>Why it is not usable, as a clause after the name (e.g. "is 324 characters long; …"), or <see langword="null"/>.</returns>
    public static string? ProblemWithHostOrAddress(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return ProblemCatalog.Current("Host.Empty");
        }

        if (MailAddressParser.ContainsControlCharacter(host) || host.Contains(' ', StringComparison.Ordinal))
        {
            return ProblemCatalog.Current("Host.ControlCharacters");
        }

        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (bare.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(bare, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? null : ProblemCatalog.Current("Host.InvalidIpv6");
        }

        if (bare.Length != host.Length)
        {
            return ProblemCatalog.Current("Host.Brackets");
        }

        if (!bare.AsSpan().ContainsAnyExcept(DigitDot))
        {
            return IPAddress.TryParse(bare, out var v4) && v4.AddressFamily == AddressFamily.InterNetwork && bare.Count(c => c == '.') == 3 ? null : ProblemCatalog.Current("Host.InvalidIpv4");
        }

        return ProblemWithName(host);
    }

    /// <summary>Checks a domain name (no IP address), e.g. the domain of an email address.</summary>
    /// <param name="name">The name; one trailing dot is allowed.</param>
    /// <returns>Why it is not a valid name, as a clause after the name, or <see langword="null"/>.</returns>
    public static string? ProblemWithName(string? name) => TryGetAscii(name, out _, out var problem) ? null : problem;

    /// <summary>Checks a domain name and gives its ASCII (IDNA) form.</summary>
    /// <param name="name">The name; one trailing dot is allowed.</param>
    /// <param name="ascii">The ASCII form without the trailing dot (e.g. <c>xn--e1afmkfd.xn--p1ai</c> for <c>пример.рф</c>).</param>
    /// <param name="problem">Why it is not a valid name, as a clause after the name.</param>
    /// <returns><see langword="true"/> when the name is valid.</returns>
    public static bool TryGetAscii(string? name, out string ascii, out string problem)
    {
        ascii = string.Empty;
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(name))
        {
            problem = ProblemCatalog.Current("Host.Empty");
            return false;
        }

        var trimmed = name.EndsWith('.') ? name[..^1] : name;
        if (MailAddressParser.ContainsControlCharacter(trimmed) || trimmed.Contains(' ', StringComparison.Ordinal))
        {
            problem = ProblemCatalog.Current("Host.ControlCharacters");
            return false;
        }

        // Plain letter-digit-hyphen names are checked here; Unicode and xn-- names go through IDNA (ICU) first.
        var plain = !trimmed.AsSpan().ContainsAnyExcept(LetterDigitHyphenDot) && !HasIdnaHyphens(trimmed);
        if (!plain)
        {
            if (trimmed.Length > MaxLength * 4)
            {
                problem = ProblemCatalog.Current("Host.TooLong", trimmed.Length, MaxLength);
                return false;
            }

            try
            {
                trimmed = Idn.GetAscii(trimmed);
            }
            catch (ArgumentException)
            {
                problem = ProblemCatalog.Current("Host.InvalidName");
                return false;
            }
        }

        if (trimmed.Length > MaxLength)
        {
            problem = ProblemCatalog.Current("Host.TooLong", trimmed.Length, MaxLength);
            return false;
        }

        for (var rest = trimmed.AsSpan(); ; )
        {
            var dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty)
            {
                problem = ProblemCatalog.Current("Host.EmptyLabel");
                return false;
            }

            if (label.Length > MaxLabelLength)
            {
                problem = ProblemCatalog.Current("Host.LabelTooLong", label.Length, MaxLabelLength);
                return false;
            }

            if (label[0] == '-' || label[^1] == '-' || label.ContainsAnyExcept(LetterDigitHyphenDot))
            {
                problem = ProblemCatalog.Current("Host.InvalidName");
                return false;
            }

            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }

        ascii = trimmed;
        return true;
    }

    /// <summary>Returns whether a label has "--" in its third and fourth place (<c>xn--</c> and reserved forms), which IDNA must check.</summary>
    private static bool HasIdnaHyphens(string name)
    {
        for (var start = 0; start < name.Length;)
        {
            var dot = name.IndexOf('.', start);
            var end = dot < 0 ? name.Length : dot;
            if (end - start >= 4 && name[start + 2] == '-' && name[start + 3] == '-')
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }
}
