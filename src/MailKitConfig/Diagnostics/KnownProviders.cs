using System.Text.RegularExpressions;

namespace MailKitConfig;

/// <summary>Recognises the big mail providers from a server host name or from the signature their replies carry.</summary>
internal static partial class KnownProviders
{
    private static readonly (string Provider, string[] Domains)[] HostDomains =
    [
        ("Gmail", ["gmail.com", "googlemail.com", "google.com"]),
        ("Microsoft", ["outlook.com", "office365.com", "hotmail.com", "live.com", "office.com"]),
        ("Yandex", ["yandex.ru", "yandex.com", "yandex.net", "ya.ru"]),
        ("MailRu", ["mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru"]),
        ("Rambler", ["rambler.ru"]),
        ("ICloud", ["icloud.com", "me.com", "mac.com"]),
        ("Yahoo", ["yahoo.com", "yahoodns.net"]),
        ("Zoho", ["zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zohomail.com"]),
    ];

    /// <summary>Recognises the provider of a server.</summary>
    /// <param name="host">The server's host name, if known.</param>
    /// <param name="reply">The server's reply, if any.</param>
    /// <returns>The provider id, or <see langword="null"/>.</returns>
    public static string? Recognise(string? host, string? reply)
        => FromHost(host) ?? (reply is null ? null : FromReply(reply));

    private static string? FromHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        host = host.TrimEnd('.');
        foreach (var (provider, domains) in HostDomains)
        {
            if (domains.Any(d => PublicSuffixList.IsInside(host, d)))
            {
                return provider;
            }
        }

        return null;
    }

    private static string? FromReply(string reply)
    {
        var match = SignaturePattern().Match(reply);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Name;
    }

    /// <summary>Marks providers leave in their replies: Google's <c>gsmtp</c> and help links, Exchange Online's host and store names, the providers' own domains and Mail.ru's transliterated Russian.</summary>
    [GeneratedRegex(@"(?<Gmail>\bgsmtp\b|support\.google\.com|\bgmail\b)|(?<Microsoft>outlook\.com|office365|STOREDRV|\.prod\.protection\.|aka\.ms/)|(?<Yandex>yandex)|(?<MailRu>\bmail\.ru\b|NEOBHODIM|parol prilozheniya)|(?<Rambler>rambler)|(?<ICloud>icloud|\bapple\b)|(?<Yahoo>yahoo)|(?<Zoho>zoho)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SignaturePattern();
}
