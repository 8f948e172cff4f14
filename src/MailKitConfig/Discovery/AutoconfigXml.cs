using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace MailKitConfig;

/// <summary>
/// Reads Mozilla autoconfig documents (clientConfig v1.1), the format of the Thunderbird ISPDB and of
/// <c>autoconfig.&lt;domain&gt;/mail/config-v1.1.xml</c> at providers.
/// </summary>
/// <remarks>
/// The format is defined at <c>https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat</c>; like
/// Thunderbird, a server entry that cannot be used is skipped rather than failing the document. The documents come
/// from the network, so the reader is bounded: at most <see cref="MaxLength"/> bytes, no DTD (no external or
/// expanding entities), no resolver.
/// </remarks>
internal static partial class AutoconfigXml
{
    /// <summary>Largest accepted document, in bytes (stream) or characters (string): 256 KiB.</summary>
    public const int MaxLength = 256 * 1024;

    /// <summary>At most this many reasons for skipped servers are quoted when none is usable.</summary>
    private const int MaxQuotedReasons = 5;

    /// <summary>Parses a clientConfig v1.1 document for the given address, reading at most <see cref="MaxLength"/> + 1 bytes.</summary>
    /// <param name="xml">The document; read from its current position, not closed.</param>
    /// <param name="emailAddress">The address being configured, for the <c>%EMAILADDRESS%</c>-style placeholders.</param>
    /// <returns>The document's provider, servers and notes.</returns>
    /// <exception cref="InvalidDataException">The document is too large, empty, not well-formed XML, has a DTD, is not a
    /// clientConfig document, or lists no usable incoming or outgoing server.</exception>
    /// <exception cref="ArgumentException"><paramref name="emailAddress"/> has no local part and domain around an '@'.</exception>
    public static AutoconfigDocument Parse(Stream xml, string emailAddress)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var address = SplitAddress(emailAddress);
        var buffer = ArrayPool<byte>.Shared.Rent(MaxLength + 1);
        try
        {
            var length = ReadAtMost(xml, buffer.AsSpan(0, MaxLength + 1));
            if (length > MaxLength)
            {
                throw TooLarge();
            }

            var bytes = buffer.AsSpan(0, length);
            if (IsBlank(bytes))
            {
                throw Empty();
            }

            var hasDoctype = ContainsDoctype(bytes);
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            using var reader = XmlReader.Create(stream, CreateSettings());
            return Read(Load(reader, hasDoctype), address);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a clientConfig v1.1 document for the given address.</summary>
    /// <param name="xml">The document text (a leading byte order mark is ignored).</param>
    /// <param name="emailAddress">The address being configured, for the <c>%EMAILADDRESS%</c>-style placeholders.</param>
    /// <returns>The document's provider, servers and notes.</returns>
    /// <exception cref="InvalidDataException">The document is too large, empty, not well-formed XML, has a DTD, is not a
    /// clientConfig document, or lists no usable incoming or outgoing server.</exception>
    /// <exception cref="ArgumentException"><paramref name="emailAddress"/> has no local part and domain around an '@'.</exception>
    public static AutoconfigDocument Parse(string xml, string emailAddress)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var address = SplitAddress(emailAddress);
        if (xml.Length > MaxLength)
        {
            throw TooLarge();
        }

        xml = xml.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(xml))
        {
            throw Empty();
        }

        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, CreateSettings());
        return Read(Load(reader, xml.Contains("<!DOCTYPE", StringComparison.Ordinal)), address);
    }

    /// <summary>The reader settings: no DTD, no resolver, bounded size, comments and processing instructions skipped.</summary>
    private static XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxLength,
        MaxCharactersFromEntities = 1, // 0 would mean "no limit"; without a DTD only &amp; and character references exist, and they do not count
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Loads the document tree, turning every reader error into an <see cref="InvalidDataException"/>.</summary>
    /// <param name="reader">The configured reader.</param>
    /// <param name="hasDoctype">Whether the raw text contains <c>&lt;!DOCTYPE</c>, to explain a refused DTD.</param>
    private static XDocument Load(XmlReader reader, bool hasDoctype)
    {
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (hasDoctype)
        {
            throw new InvalidDataException(
                "The autoconfig document contains a <!DOCTYPE> declaration; documents with a DTD are refused because a DTD can read local files or expand entities without bound (XXE, billion laughs).",
                ex);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"The autoconfig document is not well-formed XML: {ex.Message}", ex);
        }
    }

    /// <summary>Reads the provider, servers and notes from a loaded document.</summary>
    private static AutoconfigDocument Read(XDocument document, EmailParts address)
    {
        var root = document.Root ?? throw Empty();
        if (root.Name.LocalName != "clientConfig")
        {
            throw new InvalidDataException(
                $"The document's root element is <{root.Name.LocalName}>{At(root)}, not <clientConfig>: it is not an autoconfig document.");
        }

        var provider = Children(root, "emailProvider").FirstOrDefault()
            ?? throw new InvalidDataException($"The autoconfig document has no <emailProvider> element inside <clientConfig>{At(root)}.");

        var skipped = new List<string>();
        var incoming = Children(provider, "incomingServer").Select(e => ReadServer(e, incoming: true, address, skipped)).OfType<AutoconfigServer>().ToList();
        var outgoing = Children(provider, "outgoingServer").Select(e => ReadServer(e, incoming: false, address, skipped)).OfType<AutoconfigServer>().ToList();
        if (incoming.Count == 0 && outgoing.Count == 0)
        {
            var reasons = skipped.Count == 0
                ? " (it lists none)"
                : ": " + string.Join("; ", skipped.Take(MaxQuotedReasons)) + (skipped.Count > MaxQuotedReasons ? $"; and {skipped.Count - MaxQuotedReasons} more" : string.Empty);
            throw new InvalidDataException($"The autoconfig document has no usable incoming or outgoing server{reasons}.");
        }

        // The wiki puts <enable> and <documentation> inside <emailProvider>, ISPDB files also put <enable> and <oAuth2>
        // directly inside <clientConfig>: both places are read, in document order. Older ISPDB files write documentation
        // as <instruction url="..."><descr>...</descr></instruction> inside <emailProvider>; it is read as documentation.
        var blocks = root.Descendants().Where(e => e.Parent == root || e.Parent == provider).ToList();
        var domains = Children(provider, "domain").Select(Text).OfType<string>().Select(d => d.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        return new AutoconfigDocument(
            Trimmed(provider.Attribute("id")?.Value),
            domains,
            Children(provider, "displayName").Select(Text).FirstOrDefault(t => t is not null),
            incoming,
            outgoing,
            blocks.Where(e => e.Name.LocalName == "oAuth2").Select(ReadOAuth).FirstOrDefault(o => o is not null),
            ReadNotes(blocks.Where(e => e.Name.LocalName == "enable"), "visiturl", "instruction"),
            ReadNotes(blocks.Where(e => e.Name.LocalName == "documentation" || (e.Name.LocalName == "instruction" && e.Parent == provider)), "url", "descr"));
    }

    /// <summary>Reads one server entry, or returns <see langword="null"/> and records why it cannot be used.</summary>
    /// <param name="element">The <c>&lt;incomingServer&gt;</c> or <c>&lt;outgoingServer&gt;</c> element.</param>
    /// <param name="incoming">Whether the entry is an incoming server.</param>
    /// <param name="address">The address for the placeholders.</param>
    /// <param name="skipped">Receives the reason when the entry is skipped.</param>
    private static AutoconfigServer? ReadServer(XElement element, bool incoming, EmailParts address, List<string> skipped)
    {
        var type = Trimmed(element.Attribute("type")?.Value);
        var where = $"<{element.Name.LocalName}{(type is null ? string.Empty : $" type=\"{Printable(type)}\"")}>{At(element)}";
        MailProtocol? protocol = type?.ToUpperInvariant() switch
        {
            "IMAP" when incoming => MailProtocol.Imap,
            "POP3" when incoming => MailProtocol.Pop3,
            "SMTP" when !incoming => MailProtocol.Smtp,
            _ => null,
        };
        if (protocol is null)
        {
            skipped.Add(type is null ? $"{where}: the type attribute is missing" : $"{where}: type '{Printable(type)}' is not supported");
            return null;
        }

        var rawHost = Children(element, "hostname").Select(Text).FirstOrDefault();
        if (rawHost is null)
        {
            skipped.Add($"{where}: the hostname is missing");
            return null;
        }

        if (!TryNormalizeHost(Substitute(rawHost, address), out var host))
        {
            skipped.Add($"{where}: '{Printable(rawHost)}' is not a valid host name");
            return null;
        }

        var rawPort = Children(element, "port").Select(Text).FirstOrDefault();
        if (!int.TryParse(rawPort, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            skipped.Add(rawPort is null ? $"{where}: the port is missing" : $"{where}: port '{Printable(rawPort)}' is not a number from 1 to 65535");
            return null;
        }

        // Like Thunderbird: the first <socketType> that is understood wins.
        var socketTypes = Children(element, "socketType").Select(Text).OfType<string>().ToList();
        var security = socketTypes.Select(ToSecurity).FirstOrDefault(s => s is not null);
        if (security is null)
        {
            skipped.Add(socketTypes.Count == 0
                ? $"{where}: the socketType is missing"
                : $"{where}: socketType '{Printable(string.Join("', '", socketTypes))}' is not SSL, STARTTLS or plain");
            return null;
        }

        var username = Children(element, "username").Select(Text).FirstOrDefault(t => t is not null);
        var authentication = Children(element, "authentication").Select(Text).OfType<string>().ToList();
        return new AutoconfigServer(
            protocol.Value,
            new ServerEndpoint(host, port, security.Value),
            username is null ? null : Substitute(username, address),
            authentication);
    }

    /// <summary>Maps a <c>&lt;socketType&gt;</c> value to a security mode, ignoring case.</summary>
    private static MailSecurity? ToSecurity(string socketType) => socketType.ToUpperInvariant() switch
    {
        "SSL" => MailSecurity.ImplicitTls,
        "STARTTLS" => MailSecurity.StartTlsRequired,
        "PLAIN" => MailSecurity.None,
        _ => null,
    };

    /// <summary>Reads an <c>&lt;oAuth2&gt;</c> block; <see langword="null"/> unless all four values are there and both URLs are https.</summary>
    private static AutoconfigOAuth? ReadOAuth(XElement element)
    {
        var issuer = Children(element, "issuer").Select(Text).FirstOrDefault(t => t is not null);
        var scope = Children(element, "scope").Select(Text).FirstOrDefault(t => t is not null);
        var authUrl = Children(element, "authURL").Select(Text).FirstOrDefault(t => t is not null);
        var tokenUrl = Children(element, "tokenURL").Select(Text).FirstOrDefault(t => t is not null);
        if (issuer is null || scope is null || !IsWebUrl(authUrl, httpsOnly: true) || !IsWebUrl(tokenUrl, httpsOnly: true))
        {
            return null;
        }

        return new AutoconfigOAuth(issuer, WhitespaceRun().Replace(scope, " "), authUrl!, tokenUrl!);
    }

    /// <summary>Reads notes (<c>&lt;enable&gt;</c> or <c>&lt;documentation&gt;</c>); a note with neither a usable link nor a text is dropped.</summary>
    /// <param name="elements">The note elements, in document order.</param>
    /// <param name="urlAttribute">The attribute holding the link.</param>
    /// <param name="textElement">The child element holding a text, with an optional <c>lang</c> attribute.</param>
    private static List<AutoconfigNote> ReadNotes(IEnumerable<XElement> elements, string urlAttribute, string textElement)
    {
        var notes = new List<AutoconfigNote>();
        foreach (var note in elements)
        {
            var url = Trimmed(note.Attribute(urlAttribute)?.Value);
            var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var text in Children(note, textElement))
            {
                if (Text(text) is { } value)
                {
                    texts.TryAdd(Trimmed(text.Attribute("lang")?.Value) ?? string.Empty, value);
                }
            }

            url = IsWebUrl(url, httpsOnly: false) ? url : null;
            if (url is not null || texts.Count > 0)
            {
                notes.Add(new AutoconfigNote(url, texts));
            }
        }

        return notes;
    }

    /// <summary>Splits the address at its last '@'; the domain is lower-cased.</summary>
    private static EmailParts SplitAddress(string emailAddress)
    {
        ArgumentNullException.ThrowIfNull(emailAddress);
        var address = emailAddress.Trim();
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            throw new ArgumentException($"'{address}' is not an email address such as user@example.com.", nameof(emailAddress));
        }

        return new EmailParts(address, address[..at], address[(at + 1)..].ToLowerInvariant());
    }

    /// <summary>Replaces <c>%EMAILADDRESS%</c>, <c>%EMAILLOCALPART%</c> and <c>%EMAILDOMAIN%</c> in one pass (so an address containing '%' is not substituted again).</summary>
    private static string Substitute(string text, EmailParts address) => Placeholder().Replace(text, match => match.Groups["name"].Value.ToUpperInvariant() switch
    {
        "ADDRESS" => address.Address,
        "LOCALPART" => address.LocalPart,
        _ => address.Domain,
    });

    /// <summary>Checks a host name (after substitution): a DNS name of letters, digits, '-', '_' and '.', or an IP address.</summary>
    /// <param name="text">The host name as written.</param>
    /// <param name="host">The host to connect to: <paramref name="text"/>, or an IPv6 address without its brackets.</param>
    /// <returns><see langword="true"/> when the host can be connected to.</returns>
    private static bool TryNormalizeHost(string text, out string host)
    {
        host = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
        if (host.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(host, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6;
        }

        return host.Length is > 0 and <= 253
            && host == text
            && !host.StartsWith('.') && !host.StartsWith('-')
            && !host.Contains("..", StringComparison.Ordinal)
            && host.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '_');
    }

    /// <summary>Returns whether a text is an absolute http(s) URL (only https when <paramref name="httpsOnly"/>).</summary>
    private static bool IsWebUrl(string? text, bool httpsOnly)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp))
            && !MailAddressParser.ContainsControlCharacter(text);

    /// <summary>The child elements with a local name (namespaces are ignored, as autoconfig documents use none).</summary>
    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>The trimmed text of an element, or <see langword="null"/> when it is empty or only whitespace.</summary>
    private static string? Text(XElement element) => Trimmed(element.Value);

    /// <summary>The trimmed text, or <see langword="null"/> when it is empty or only whitespace.</summary>
    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A value as it may be quoted in a message: control characters shown as '?', at most 100 characters.</summary>
    private static string Printable(string text)
    {
        var printable = string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));
        return printable.Length <= 100 ? printable : printable[..100] + "…";
    }

    /// <summary>" on line N" for an element read with line information, otherwise empty.</summary>
    private static string At(XElement element)
        => element is IXmlLineInfo info && info.HasLineInfo() ? string.Create(CultureInfo.InvariantCulture, $" on line {info.LineNumber}") : string.Empty;

    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends.</summary>
    /// <returns>The number of bytes read; <paramref name="buffer"/>'s length means the stream may hold more.</returns>
    private static int ReadAtMost(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer[total..])) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Returns whether the bytes are empty or only whitespace after an optional UTF-8 byte order mark.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;
    }

    /// <summary>Returns whether the bytes contain <c>&lt;!DOCTYPE</c> in UTF-8 (or an ASCII-compatible encoding) or UTF-16.</summary>
    private static bool ContainsDoctype(ReadOnlySpan<byte> bytes)
        => bytes.IndexOf("<!DOCTYPE"u8) >= 0
            || bytes.IndexOf(Encoding.Unicode.GetBytes("<!DOCTYPE")) >= 0
            || bytes.IndexOf(Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE")) >= 0;

    /// <summary>The error for a document over <see cref="MaxLength"/>.</summary>
    private static InvalidDataException TooLarge()
        => new($"The autoconfig document is larger than {MaxLength / 1024} KiB; real ones are a few KiB, so it is refused unread.");

    /// <summary>The error for an empty document.</summary>
    private static InvalidDataException Empty() => new("The autoconfig document is empty.");

    /// <summary>A placeholder of the address in a host name or user name.</summary>
    [GeneratedRegex("%EMAIL(?<name>ADDRESS|LOCALPART|DOMAIN)%", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    /// <summary>A run of whitespace, such as a line break inside a scope list.</summary>
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();

    /// <summary>The address being configured, split for the placeholders.</summary>
    /// <param name="Address">The whole address, as given (trimmed).</param>
    /// <param name="LocalPart">The part before the last '@'.</param>
    /// <param name="Domain">The part after the last '@', lower-case.</param>
    private readonly record struct EmailParts(string Address, string LocalPart, string Domain);
}
