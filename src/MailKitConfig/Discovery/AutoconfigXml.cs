using System.Buffers;
using System.Globalization;
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

    /// <summary>
    /// The deepest element nesting accepted (the root is depth 0): real files are about 5 levels deep; a deeper
    /// document is refused before it is loaded, so that a file of tens of thousands of nested elements costs no more
    /// than reading its bytes once.
    /// </summary>
    public const int MaxDepth = 16;

    /// <summary>At most this many reasons for skipped servers are quoted when none is usable.</summary>
    private const int MaxQuotedReasons = 5;

    /// <summary>How many XML nodes are read between two looks at the cancellation token.</summary>
    private const int NodesPerCancellationCheck = 256;

    /// <summary>Parses a clientConfig v1.1 document for the given address, reading at most <see cref="MaxLength"/> + 1 bytes.</summary>
    /// <param name="xml">The document; read from its current position, not closed.</param>
    /// <param name="emailAddress">The address being configured, for the <c>%EMAILADDRESS%</c>-style placeholders.</param>
    /// <param name="requireServer">Whether a document without a usable server is an error.</param>
    /// <param name="cancellationToken">Stops the parse (e.g. at discovery's deadline).</param>
    /// <returns>The document's provider, servers and notes.</returns>
    /// <exception cref="InvalidDataException">The document is too large, empty, nested deeper than <see cref="MaxDepth"/>,
    /// not well-formed XML, has a DTD, is not a clientConfig document, or lists no usable incoming or outgoing server
    /// (unless <paramref name="requireServer"/> is <see langword="false"/>: then such a document is returned, and its
    /// <see cref="AutoconfigDocument.Refused"/> says why each entry was refused).</exception>
    /// <exception cref="ArgumentException"><paramref name="emailAddress"/> has no local part and domain around an '@'.</exception>
    public static AutoconfigDocument Parse(Stream xml, string emailAddress, bool requireServer = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var address = AddressParts.Split(emailAddress);
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
            return Read(Load(() => XmlReader.Create(new MemoryStream(buffer, 0, length, writable: false), CreateSettings()), hasDoctype, cancellationToken), address, requireServer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a clientConfig v1.1 document for the given address.</summary>
    /// <param name="xml">The document text (a leading byte order mark is ignored).</param>
    /// <param name="emailAddress">The address being configured, for the <c>%EMAILADDRESS%</c>-style placeholders.</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    /// <returns>The document's provider, servers and notes.</returns>
    /// <exception cref="InvalidDataException">As for <see cref="Parse(Stream, string, bool, CancellationToken)"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="emailAddress"/> has no local part and domain around an '@'.</exception>
    public static AutoconfigDocument Parse(string xml, string emailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var address = AddressParts.Split(emailAddress);
        if (xml.Length > MaxLength)
        {
            throw TooLarge();
        }

        xml = xml.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(xml))
        {
            throw Empty();
        }

        return Read(Load(() => XmlReader.Create(new StringReader(xml), CreateSettings()), xml.Contains("<!DOCTYPE", StringComparison.Ordinal), cancellationToken), address, requireServer: true);
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
        CloseInput = true,
    };

    /// <summary>
    /// Loads the document tree, turning every reader error into an <see cref="InvalidDataException"/>. A first pass
    /// over the nodes checks the nesting depth and the cancellation token, so that only a bounded tree is built.
    /// </summary>
    /// <param name="open">Opens a reader over the document (called once per pass).</param>
    /// <param name="hasDoctype">Whether the raw text contains <c>&lt;!DOCTYPE</c>, to explain a refused DTD.</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    private static XDocument Load(Func<XmlReader> open, bool hasDoctype, CancellationToken cancellationToken)
    {
        try
        {
            using (var scan = open())
            {
                for (var nodes = 0; scan.Read(); nodes++)
                {
                    if (scan.Depth > MaxDepth)
                    {
                        throw new InvalidDataException(ProblemCatalog.Current("Autoconfig.TooDeep", MaxDepth, ((IXmlLineInfo)scan).LineNumber));
                    }

                    if (nodes % NodesPerCancellationCheck == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
            }

            using var reader = open();
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (hasDoctype)
        {
            throw new InvalidDataException(ProblemCatalog.Current("Autoconfig.Doctype"), ex);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException(ProblemCatalog.Current("Autoconfig.NotWellFormed", ex.Message), ex);
        }
    }

    /// <summary>Reads the provider, servers and notes from a loaded document.</summary>
    private static AutoconfigDocument Read(XDocument document, AddressParts address, bool requireServer)
    {
        var root = document.Root ?? throw Empty();
        if (root.Name.LocalName != "clientConfig")
        {
            throw new InvalidDataException(ProblemCatalog.Current("Autoconfig.WrongRoot", root.Name.LocalName, At(root)));
        }

        var provider = Children(root, "emailProvider").FirstOrDefault()
            ?? throw new InvalidDataException(ProblemCatalog.Current("Autoconfig.NoProvider", At(root)));

        var skipped = new List<string>();
        var incoming = Children(provider, "incomingServer").Select(e => ReadServer(e, incoming: true, address, skipped)).OfType<AutoconfigServer>().ToList();
        var outgoing = Children(provider, "outgoingServer").Select(e => ReadServer(e, incoming: false, address, skipped)).OfType<AutoconfigServer>().ToList();
        if (incoming.Count == 0 && outgoing.Count == 0 && requireServer)
        {
            throw new InvalidDataException(skipped.Count == 0
                ? ProblemCatalog.Current("Autoconfig.NoServerListed")
                : ProblemCatalog.Current("Autoconfig.NoServerUsable", string.Join("; ", skipped.Take(MaxQuotedReasons))
                    + (skipped.Count > MaxQuotedReasons ? ProblemCatalog.Current("Autoconfig.MoreReasons", skipped.Count - MaxQuotedReasons) : string.Empty)));
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
            ReadNotes(blocks.Where(e => e.Name.LocalName == "documentation" || (e.Name.LocalName == "instruction" && e.Parent == provider)), "url", "descr"),
            skipped);
    }

    /// <summary>Reads one server entry, or returns <see langword="null"/> and records why it cannot be used.</summary>
    /// <param name="element">The <c>&lt;incomingServer&gt;</c> or <c>&lt;outgoingServer&gt;</c> element.</param>
    /// <param name="incoming">Whether the entry is an incoming server.</param>
    /// <param name="address">The address for the placeholders.</param>
    /// <param name="skipped">Receives the reason when the entry is skipped.</param>
    private static AutoconfigServer? ReadServer(XElement element, bool incoming, AddressParts address, List<string> skipped)
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
            skipped.Add(type is null ? ProblemCatalog.Current("Autoconfig.TypeMissing", where) : ProblemCatalog.Current("Autoconfig.TypeUnsupported", where, Printable(type)));
            return null;
        }

        var rawHost = Children(element, "hostname").Select(Text).FirstOrDefault();
        if (rawHost is null)
        {
            skipped.Add(ProblemCatalog.Current("Autoconfig.HostMissing", where));
            return null;
        }

        var host = AddressPlaceholders.Substitute(rawHost, address, out var unknown);
        if ((unknown is null ? HostName.ProblemWithHostOrAddress(host) : ProblemCatalog.Current("Autoconfig.UnknownPlaceholder", Printable(unknown))) is { } problem)
        {
            skipped.Add(ProblemCatalog.Current("Autoconfig.HostInvalid", where, Printable(rawHost), problem));
            return null;
        }

        var rawPort = Children(element, "port").Select(Text).FirstOrDefault();
        if (!int.TryParse(rawPort, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            skipped.Add(rawPort is null ? ProblemCatalog.Current("Autoconfig.PortMissing", where) : ProblemCatalog.Current("Autoconfig.PortInvalid", where, Printable(rawPort)));
            return null;
        }

        // Like Thunderbird: the first <socketType> that is understood wins.
        var socketTypes = Children(element, "socketType").Select(Text).OfType<string>().ToList();
        var security = socketTypes.Select(ToSecurity).FirstOrDefault(s => s is not null);
        if (security is null)
        {
            skipped.Add(socketTypes.Count == 0
                ? ProblemCatalog.Current("Autoconfig.SocketTypeMissing", where)
                : ProblemCatalog.Current("Autoconfig.SocketTypeInvalid", where, Printable(string.Join("', '", socketTypes))));
            return null;
        }

        var username = Children(element, "username").Select(Text).FirstOrDefault(t => t is not null);
        var authentication = Children(element, "authentication").Select(Text).OfType<string>().ToList();
        return new AutoconfigServer(
            protocol.Value,
            new ServerEndpoint(host.StartsWith('[') ? host[1..^1] : host, port, security.Value),
            AddressPlaceholders.Login(username, address),
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
        => element is IXmlLineInfo info && info.HasLineInfo() ? ProblemCatalog.Current("Autoconfig.At", info.LineNumber) : string.Empty;

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
        => new(ProblemCatalog.Current("Autoconfig.TooLarge", MaxLength / 1024));

    /// <summary>The error for an empty document.</summary>
    private static InvalidDataException Empty() => new(ProblemCatalog.Current("Autoconfig.Empty"));

    /// <summary>A run of whitespace, such as a line break inside a scope list.</summary>
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}
