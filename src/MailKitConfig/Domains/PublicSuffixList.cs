using System.Globalization;

namespace MailKitConfig;

/// <summary>
/// The Public Suffix List (<c>https://publicsuffix.org</c>), embedded: which part of a host name is a public suffix
/// (<c>com</c>, <c>co.uk</c>, <c>github.io</c>), and so which domain one owner registered. It decides "inside the
/// address's domain", which drives trust: <c>mail.example.co.uk</c> and <c>example.co.uk</c> share an owner,
/// <c>ann.github.io</c> and <c>bob.github.io</c> do not.
/// </summary>
/// <remarks>
/// The copy is Debian's <c>publicsuffix</c> package 20230209.2326 (the list as published on <see cref="ListDate"/>,
/// ICANN and private sections, MPL 2.0); replace <c>public_suffix_list.dat</c> with a newer copy from
/// publicsuffix.org to update it. Rules, wildcards (<c>*.ck</c>) and exceptions (<c>!www.ck</c>) follow the list's
/// algorithm; a name under no rule has its last label as public suffix (the implicit <c>*</c> rule).
/// </remarks>
internal sealed class PublicSuffixList
{
    /// <summary>The date of the embedded copy.</summary>
    public static readonly DateOnly ListDate = new(2023, 2, 9);

    private const string ResourceName = "MailKitConfig.Domains.public_suffix_list.dat";

    private static readonly Lazy<PublicSuffixList> Embedded = new(Load);

    private static readonly IdnMapping Idn = new();

    private readonly HashSet<string> rules = new(StringComparer.Ordinal);
    private readonly HashSet<string> wildcards = new(StringComparer.Ordinal);
    private readonly HashSet<string> exceptions = new(StringComparer.Ordinal);

    private PublicSuffixList(TextReader list)
    {
        for (var line = list.ReadLine(); line is not null; line = list.ReadLine())
        {
            var rule = line.Trim();
            var end = rule.IndexOfAny([' ', '\t']);
            rule = end < 0 ? rule : rule[..end];
            if (rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (rule.StartsWith('!'))
            {
                exceptions.Add(ToAscii(rule[1..]));
            }
            else if (rule.StartsWith("*.", StringComparison.Ordinal))
            {
                wildcards.Add(ToAscii(rule[2..]));
            }
            else
            {
                rules.Add(ToAscii(rule));
            }
        }
    }

    /// <summary>Gets the embedded list.</summary>
    public static PublicSuffixList Default => Embedded.Value;

    /// <summary>Gets the number of rules read (normal, wildcard and exception rules).</summary>
    public int Count => rules.Count + wildcards.Count + exceptions.Count;

    /// <summary>Returns whether a host lies inside a domain: the same name, or a name registered by the same owner (the same registrable domain).</summary>
    /// <param name="host">The host, e.g. <c>imap.mail.example.co.uk</c>.</param>
    /// <param name="domain">The domain, e.g. the address's <c>example.co.uk</c> or <c>sales.example.co.uk</c>.</param>
    /// <returns><see langword="true"/> when inside; a domain that is itself a public suffix contains only itself.</returns>
    public static bool IsInside(string host, string domain)
    {
        var h = Normalize(host);
        var d = Normalize(domain);
        if (h.Length == 0 || d.Length == 0)
        {
            return false;
        }

        return h == d || (Default.RegistrableDomain(d) is { } owner && Default.RegistrableDomain(h) == owner);
    }

    /// <summary>Gets the domain its owner registered: the public suffix and one more label.</summary>
    /// <param name="host">The host, e.g. <c>mx1.mail.example.co.uk</c> (Unicode or IDNA form, any case, a trailing dot allowed).</param>
    /// <returns>The registrable domain in IDNA form (e.g. <c>example.co.uk</c>), or <see langword="null"/> when the host is a public suffix itself or not a valid name.</returns>
    public string? RegistrableDomain(string host)
    {
        var name = Normalize(host);
        if (name.Length == 0)
        {
            return null;
        }

        var labels = name.Split('.');
        var suffixLabels = 1; // the implicit "*" rule
        for (var count = 1; count <= labels.Length; count++)
        {
            var candidate = string.Join('.', labels[^count..]);
            if (exceptions.Contains(candidate))
            {
                suffixLabels = count - 1; // an exception rule wins over every other rule
                break;
            }

            if (rules.Contains(candidate) || (count > 1 && wildcards.Contains(string.Join('.', labels[^(count - 1)..]))))
            {
                suffixLabels = count;
            }
        }

        return labels.Length > suffixLabels ? string.Join('.', labels[^(suffixLabels + 1)..]) : null;
    }

    /// <summary>Reads a list in the publicsuffix.org format (for tests).</summary>
    /// <param name="list">The list text.</param>
    /// <returns>The list.</returns>
    public static PublicSuffixList Parse(string list) => new(new StringReader(list));

    private static PublicSuffixList Load()
    {
        using var stream = typeof(PublicSuffixList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new PublicSuffixList(reader);
    }

    /// <summary>The lower-case IDNA form without a trailing dot, or empty for a name that is not valid.</summary>
    private static string Normalize(string host)
        => HostName.TryGetAscii(host, out var ascii, out _) ? ascii.ToLowerInvariant() : string.Empty;

    private static string ToAscii(string rule)
    {
        var lower = rule.ToLowerInvariant();
        return lower.All(char.IsAscii) ? lower : Idn.GetAscii(lower);
    }
}
