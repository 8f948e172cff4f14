using System.Globalization;
using System.Text.RegularExpressions;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// Transport failures as other programs write them, with no server reply in them: Node.js error names, OpenSSL,
/// Python, Java, Go and .NET exception texts, socket error numbers. Grouped by what happened (the name did not
/// resolve, nothing listens, no answer, the connection dropped, TLS spoken to a plain port, the certificate), not by
/// the program that wrote it. The first family that matches wins, most specific first.
/// </summary>
internal static partial class TransportTextRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Family[] Families =
    [
        new(Unknown, TransportMissing()),
        new(ServerUnavailable, ReplyTextRules.OwnPartsFailed()), // the server's own login service or table failed, whatever it was refused
        new(HostNotFound, NameNotResolved()),
        new(ConnectionRefused, ProxyRefused(), [ConnectionBroken]), // the proxy, not the mail server, answered: check the proxy settings
        new(MailProblemKind.Timeout, NodeErrnoTimedOut(), [WrongSecurityMode]),
        new(ConnectionRefused, NodeErrnoRefused(), [MailProblemKind.Timeout]),
        new(ConnectionBroken, NodeErrnoReset()),
        new(TlsHandshakeFailed, StartTlsNotOffered(), [WrongSecurityMode]),
        new(TlsHandshakeFailed, EncryptionTypeUnsupported(), [WrongSecurityMode]),
        new(WrongSecurityMode, NotTls()),
        new(CertificateInvalid, CertificateRejected()),
        new(MailProblemKind.Timeout, HandshakeTimedOut(), [WrongSecurityMode]),
        new(TlsHandshakeFailed, HandshakeFailed()),
        new(ServerUnavailable, GreetedWithGoodbye(), [TooManyConnections]),
        new(PolicyRejected, ClientRefusedByServer(), [ConnectionRefused]),
        new(ConnectionRefused, Refused(), [MailProblemKind.Timeout]),
        new(WrongSecurityMode, ImplicitTlsToPlainPort(), [MailProblemKind.Timeout, ConnectionBroken]),
        new(MailProblemKind.Timeout, NoGreeting(), [WrongSecurityMode]),
        new(MailProblemKind.Timeout, TimedOut(), [WrongSecurityMode]),
        new(MailProblemKind.Timeout, ReplyTextRules.TimedOut(), [WrongSecurityMode]),
        new(TlsHandshakeFailed, SocketNotConvertedToTls()), // last: the nested exception after it, when read, says why
    ];

    /// <summary>
    /// MailCore's numbered errors (<c>MCOErrorDomain</c>, its <c>MCOErrorCode</c> enumeration) that name a cause, read
    /// when no family's words decide, by number ("MCOErrorDomain error 1.") or by name (<c>MCOErrorConnection</c>, or
    /// <c>ErrorConnection</c> as Mailspring logs it). The errors of operations (fetch, copy, append, send) name no
    /// cause and are left out.
    /// </summary>
    private static readonly Dictionary<int, NumberedError> MailCoreErrors = new()
    {
        [1] = new("Connection", ConnectionRefused, [MailProblemKind.Timeout, HostNotFound, ConnectionBroken]), // or disconnected
        [2] = new("TLSNotAvailable", TlsHandshakeFailed, [WrongSecurityMode]),
        [3] = new("Parse", ProtocolError, [WrongSecurityMode]),
        [4] = new("Certificate", CertificateInvalid, []),
        [5] = new("Authentication", AuthenticationFailed, []),
        [6] = new("GmailIMAPNotEnabled", ProtocolDisabled, []),
        [7] = new("GmailExceededBandwidthLimit", RateLimited, []),
        [8] = new("GmailTooManySimultaneousConnections", TooManyConnections, []),
        [10] = new("YahooUnavailable", ServerUnavailable, []),
        [11] = new("NonExistantFolder", ProtocolError, []),
        [25] = new("StartTLSNotAvailable", TlsHandshakeFailed, [WrongSecurityMode]),
        [26] = new("SendMessageIllegalAttachment", SpamRejected, [PolicyRejected]),
        [27] = new("StorageLimit", MessageTooLarge, []), // "message is probably too big"
        [29] = new("NeedsConnectToWebmail", WebLoginRequired, []),
        [31] = new("AuthenticationRequired", AuthenticationRequired, []),
        [40] = new("GmailApplicationSpecificPasswordRequired", AppPasswordRequired, []),
        [44] = new("YahooSendMessageSpamSuspected", SpamRejected, []),
        [45] = new("YahooSendMessageDailyLimitExceeded", RateLimited, []),
        [46] = new("OutlookLoginViaWebBrowser", WebLoginRequired, []),
    };

    /// <summary>
    /// fetchmail's numbered query statuses (<c>Query status=11 (DNS)</c>, its <c>PS_</c> exit codes) that name a cause,
    /// read like MailCore's: the line ends a run whose other lines, where there are any, say more. The statuses of a
    /// run's outcome (no mail, a syntax error in the settings, a local delivery) name no failure of the server's.
    /// </summary>
    private static readonly Dictionary<int, NumberedError> FetchmailStatuses = new()
    {
        [2] = new("SOCKET", ConnectionBroken, [ConnectionRefused, MailProblemKind.Timeout]), // at connect or later
        [3] = new("AUTHFAIL", AuthenticationFailed, []),
        [4] = new("PROTOCOL", ProtocolError, []), // the server's answers broke the protocol
        [9] = new("LOCKBUSY", TooManyConnections, [ServerUnavailable]), // the mailbox is locked by another session
        [11] = new("DNS", HostNotFound, []),
    };

    /// <summary>The errors of the programs that print a number or a name for a cause, and where they print it.</summary>
    private static readonly (Func<Regex> Pattern, Dictionary<int, NumberedError> Errors)[] NumberedErrors =
    [
        (MailCoreError, MailCoreErrors),
        (FetchmailStatus, FetchmailStatuses),
    ];

    /// <summary>Finds the transport family a text belongs to, for texts without a server reply code.</summary>
    /// <param name="text">The error text, MailKit's generic TLS help paragraph removed.</param>
    /// <returns>The kind and the other kinds it may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? Match(string text)
    {
        foreach (var family in Families)
        {
            if (RegexAlternatives.IsMatch(family.Pattern, text))
            {
                // No greeting from a port that speaks only TLS: the client did not start TLS there. A connection that hung
                // or failed its handshake where the program's settings show the mode against the port (plain on
                // 465/993/995, implicit TLS on 25/587/143/110) is the same mismatch.
                return family.Pattern == NoGreeting() && NamesTlsOnlyPort(text)
                    || family.Kind is MailProblemKind.Timeout or TlsHandshakeFailed && ModeAgainstPort(text)
                    ? (WrongSecurityMode, [family.Kind])
                    : (family.Kind, family.AlsoPossible ?? []);
            }
        }

        foreach (var (pattern, errors) in NumberedErrors)
        {
            foreach (Match printed in pattern().Matches(text))
            {
                var code = printed.Groups["code"];
                var error = code.Success
                    ? errors.GetValueOrDefault(int.Parse(code.ValueSpan, CultureInfo.InvariantCulture))
                    : errors.Values.FirstOrDefault(e => e.Name == printed.Groups["name"].Value);
                if (error != null)
                {
                    return (error.Kind, error.AlsoPossible);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Returns whether the settings a program printed with its error put the security mode against the port: TLS off
    /// (<c>secure: false</c>, <c>isSSL false</c>, <c>SecureSocketOptions.None</c>) on a port that speaks only TLS, or
    /// implicit TLS on (<c>secure: true</c>, <c>SslOnConnect</c>) on a port that starts in plain text.
    /// </summary>
    public static bool ModeAgainstPort(string text)
        => (PlainModeSetting().IsMatch(text) && ImplicitTlsPortNamed().IsMatch(text))
            || (ImplicitModeSetting().IsMatch(text) && PlainPortNamed().IsMatch(text) && !ImplicitTlsPortNamed().IsMatch(text));

    /// <summary>
    /// Returns whether a text names a port that speaks only TLS (465, 993, 995) and no setting that starts TLS at once.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for <c>port: 465</c> or <c>:993</c> without <c>secure: true</c> or <c>ssl://</c>.</returns>
    public static bool NamesTlsOnlyPort(string text) => ImplicitTlsPortNamed().IsMatch(text) && !ImplicitModeSetting().IsMatch(text);

    /// <summary>
    /// Returns whether a text says the connection dropped. Weaker than the other families: a dropped connection is
    /// often the consequence of a refusal written beside it, so the reply's words are read first.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for resets, broken pipes, unexpected ends of stream.</returns>
    public static bool IsDropped(string text) => Dropped().IsMatch(text);

    /// <summary>
    /// Returns whether a text is a program's catch-all for a connection that could not be opened, with no cause named;
    /// weak like <see cref="IsDropped"/>.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for "could not connect", "connection failed" and the like.</returns>
    public static bool IsNotConnected(string text) => NotConnected().IsMatch(text);

    /// <summary>
    /// Returns whether a text names a network, socket or communications error and no more; weak like
    /// <see cref="IsDropped"/>.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for "network error", "socket error", "communications failure".</returns>
    public static bool NamesNetworkError(string text) => NetworkError().IsMatch(text);

    /// <summary>
    /// Returns whether a failure's text names a certificate, in any language ("IMAP error certificate", "handshake
    /// failed: certificate"): weak like <see cref="IsDropped"/>, read when no family named what was wrong with it.
    /// </summary>
    /// <param name="text">The error text, the programs' lists of possible causes removed.</param>
    /// <returns><see langword="true"/> when the text names a certificate.</returns>
    public static bool NamesCertificate(string text) => CertificateNamed().IsMatch(text);

    /// <summary>
    /// Returns whether a text names a Windows Sockets error: a component's own report of a local socket failure, even
    /// when it is dressed as a reply ("500 Connect error - Winsock - Connection refused (#10061)", "-ERR Host not found
    /// (Winsock error #11001)" of Delphi's ICS). No server writes it.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for "Winsock" and the WSA error names.</returns>
    public static bool NamesWinsockError(string text) => WinsockError().IsMatch(text);

    /// <summary>
    /// Returns whether a name-resolution failure says the resolver itself failed for now (so the same name may resolve
    /// later).
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for "try again" answers of the resolver.</returns>
    public static bool IsResolverTemporary(string text) => ResolverTemporary().IsMatch(text);

    /// <summary>Returns whether a text says the time ran out, in a program's words or in plain words.</summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for a timeout.</returns>
    public static bool SaysTimedOut(string text) => TimedOut().IsMatch(text) || ReplyTextRules.SaysTimedOut(text);

    /// <summary>
    /// Removes the lists of possible causes that programs print whatever happened: MailKit's help paragraph on a failed
    /// TLS handshake (self-signed, missing root, CRL server down, expired, wrong port), printed when no certificate was
    /// judged at all, and Windows' description of a connection its own host aborted (WSAECONNABORTED), which names "a
    /// data transmission time-out or protocol error" as what may have caused it. Their words say nothing about what
    /// happened.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns>The text without the lists.</returns>
    public static string WithoutPossibleCauses(string text) => PossibleCauses().Replace(text, " ");

    /// <summary>
    /// Removes stack frames (<c>at Foo.Bar(...)</c> lines of JavaScript, Java and .NET traces, <c>from x.rb:12:in `y'</c>
    /// of Ruby, <c>File "x.py", line 12</c> of Python up to the exception when a trace is flattened onto one line,
    /// <c>#3 x.php(12): </c> of PHP): their names
    /// (<c>Timeout._onTimeout</c>) and paths (<c>ruby/2.5.0/</c>) are code, not what happened. Rails' request line
    /// (<c>Completed 500 Internal Server Error in 892ms</c>) goes too: it is the web application's answer to its own
    /// user, not the mail server's. A PHP trace flattened onto the message's line (<c>… Stack trace: #0 x.php(147):
    /// handleReply(Resource id #9, 235, 'Error: …')</c>) goes from its <c>Stack trace:</c> to the end of the line: its
    /// arguments (the reply code the program expected) are not the server's reply.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns>The text without stack frames.</returns>
    public static string WithoutStackFrames(string text) => StackFrame().Replace(text, string.Empty);

    /// <summary>
    /// Returns a text with its folded lines joined: a line break followed by spaces or tabs continues the line before
    /// it, as in mail headers and the bounces that quote them ("connect to mx.example.org[192.0.2.1]: No\n route to host"),
    /// unless the line after the break starts with a reply code: an indented reply line is a line of its own.
    /// </summary>
    /// <param name="text">The error text, without stack frames.</param>
    /// <returns>The text with each fold replaced by one space.</returns>
    public static string Unfolded(string text) => FoldedLineBreak().Replace(text, " ");

    /// <summary>
    /// Node's ENOTFOUND/EAI_AGAIN/EREFUSED (nodemailer's EDNS), getaddrinfo, .NET 11001/11004, Python's Errno -2/-3,
    /// Java's UnknownHostException and "Unknown SMTP host", Go's "no such host" (and its "missing address": no host
    /// given), Exim's "host lookup did not complete", sSMTP's "Unable to locate mailhub", SAP's NIEHOST_UNKNOWN, Mozilla's
    /// NS_ERROR_UNKNOWN_HOST (Thunderbird's nsresult 0x804B001E), GNU Mailutils' "Host does not exist" (as a message of
    /// its own, not a mailbox "on this host").
    /// </summary>
    [GeneratedRegex(@"\bdial \w+: missing address\b|\bname service error\b|\bname ?server (?:failure|error)\b|\b(?:NIEHOST_UNKNOWN|NS_ERROR_UNKNOWN_HOST|0x804B001E)\b|\bhost lookup did not complete\b|\bunknown " + EnglishWords.ProtocolNamed + @"host\b|(?-i:\bEDNS\b)|\b" + EnglishWords.ProtocolNamed + @"host was not found|server \(SMTP\) \S+ is unknown|(?:server|host)(?: '[^']*'| ""[^""]*""| \S+)? (?:could|can) ?not be found|server name (?:\S+ )?(?:could|can) ?not be (?:found|resolved)|(?:host ?name|(?:^|[:;.!]\s*)host) (?:\S+ )?(?:is (?:not valid|invalid) or )?(?:does not|doesn't) exist|look ?up (?:of|for|on) (?:host ?name )?\S+ (?:has )?failed|" + EnglishWords.CouldNot + @" (?:find|locate) (?:the )?(?:[\w-]+ ){0,2}(?:server|host|mailhub)\b|\bunable to locate (?:the )?(?:mail ?hub |server |host )?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?![\w@.-])|\bbad host ?name\b|(?<!\b(?:HELO|EHLO)\b[^\n]{0,40})\b(?:host ?name|server name)\b[^\n.]{0,20}?\b(?:contains|has) (?:an? )?(?:invalid|illegal|unsafe|forbidden|bad|disallowed) char|(?<!\b(?:HELO|EHLO)\b[^\n]{0,40})\binvalid " + EnglishWords.ProtocolNamed + @"(?:host ?name|server name)\b|\bnon-?exist(?:ing|ent) domain\b|\blookup \S+(?: on \S+)?: |look ?up address|" + EnglishWords.CouldNot + @" look ?up|look ?up (?:failed|error)|look ?up (?:of )?\S+ (?:has )?failed|\bNXDOMAIN\b|DNS domain \S+ (?:does not|doesn't) exist|\bSERVFAIL\b|server misbehaving|" + ForeignWords.CouldNot + @"[^\n。]{0,30}?" + ForeignWords.ResolveVerb + @"[^\n。]{0,20}?(?:" + ForeignWords.Host + "|" + ForeignWords.NameOrAddress + "|" + QuotedHostName + @")(?!响应|回应|應答|应答|返回|回复|回應)|(?:" + ForeignWords.Host + "|" + ForeignWords.NameOrAddress + @")[^\n。]{0,80}?(?:\bnicht (?:auflösen|aufgelöst)\b|解決(?:でき|に失敗))|(?:falha|erro) na resolução d[eo] (?:DNS|nomes?|host)|не удается разрешить|не удалось найти (?:сервер|узел|хост)|konnte nicht gefunden werden|\b(?:Host|Server)\b[^\n]{0,40}?\bwurde nicht gefunden|(?:serveur|servidor|server) \S+ (?:est )?(?:introuvable|no encontrado|não encontrado)|неизвестн\w* (?:хост|узел)|хост неизвестен|不知道这样的主机|Host ist unbekannt|\bENOTFOUND\b|\bOSError\W{0,3}-20[02]\b|\bEAI_(?:AGAIN|NONAME|NODATA|FAIL)\b|\bEREFUSED\b|\bESERVFAIL\b|getaddrinfo|gethostbyname|name or service not known|nodename nor servname|no such host|UnknownHostException|unknown host|name resolution|" + EnglishWords.CouldNot + @" resolve|" + EnglishWords.CouldNot + @" be resolved|no address associated with (?:host ?name|name)|host ?(?:name )?(?:not found|is unknown)|\b1100[14]\b|Errno -[235]\b|requested name is valid|DNS (?:lookup|resolution|query) (?:has )?(?:failed|error)|failure in (?:the )?(?:MX|DNS|name) look ?up|\bMBEDTLS_ERR_NET_UNKNOWN_HOST\b|\bmbedtls_net_connect returned -0x0*52\b|no MX records? (?:were |was |could be )?found|\berror (?:while )?resolving (?:the )?(?:(?:host ?)?name|host|address|domain)\b|\berror (?:while )?resolving [a-z0-9-]+(?:\.[a-z0-9-]+)+|" + EnglishWords.CouldNot + @" find (?:any )?DNS (?:resolutions?|records?|entries)|query(?:A|AAAA|Mx|Srv) |" + EnglishWords.CouldNot + @" (?:get|obtain) (?:the )?IP(?: address)? (?:from|for|of) (?:the )?host|host ?name could not be parsed|\bIP address (?:of|for) (?:the )?(?:host|server)\b[^\n]{0,60}?(?:could|can) ?not be (?:determined|resolved|found)"
        + @"|h[ôo]te (?:\S+ )?(?:inconnu|introuvable)|nom d'h[ôo]te introuvable|serveur (?:\S+ ){0,2}(?:non trouvé|introuvable)|impossible de trouver (?:le (?:nom du )?serveur|la machine|l'h[ôo]te)|Servername konnte nicht (?:abgefragt|aufgelöst|gefunden) werden|(?:Host|Namens)-?(?:suche|auflösung)\S*(?: \S+){0,2} fehlgeschlagen|unbekannter Host|Host unbekannt|host (?:desconocido|sconosciuto|desconhecido)|no se (?:encontró|encuentra|pudo encontrar) el (?:nombre del )?servidor|servidor (?:\S+ )?(?:no encontrado|não encontrado)|impossibile trovare (?:il )?(?:nome del )?server|server (?:\S+ )?non trovato|não foi possível (?:encontrar|procurar)(?: por)? (?:o )?(?:nome do )?servidor" // the same in other languages
        + @"|(?:сервер|узел|хост) (?:\S+ )?не найден|не удалось найти (?:имя )?сервер|nie można (?:wyszukać|znaleźć) (?:nazwy )?serwera|kon (?:de )?servernaam niet (?:opzoeken|vinden)|nelze najít (?:název )?serveru|server (?:\S+ )?nenalezen|(?:服务器|伺服器)未找到|nie znaleziono serwera|nieznany host|server (?:\S+ )?(?:niet gevonden|nebyl nalezen)|onbekende host|sunucu(?:su)? (?:\S+ )?bulunamadı|sunucu adı (?:\S+ )?(?:yoklanamıyor|çözümlenemedi)|(?:サーバー?|ホスト)名?(?: ?[^\s、。]+ ?)?が見つかりません|找不到(?:服务器|伺服器|主机|主機)|未知(?:主机|主機)|(?:서버|호스트)를 찾을 수 없|neznámý hostitel|servern (?:\S+ )?hittades inte|okänd värd|сервер (?:\S+ )?не знайдено|невідомий хост"
        + @"|không tìm thấy máy chủ|(?:server|host) tidak (?:ditemukan|dikenal)|kiszolgáló (?:\S+ )?nem található|ismeretlen (?:gazdagép|kiszolgáló)|serveren (?:\S+ )?blev ikke fundet|ukendt vært|fant ikke serveren|serveren (?:\S+ )?ble ikke funnet|palvelinta (?:\S+ )?ei löytynyt|не удалось определить адрес|δεν (?:ήταν δυνατή η εύρεση|βρέθηκε) (?:του |ο )?διακομιστ\w+|(?:تعذر|لا يمكن) العثور على (?:ال)?خادم|השרת לא נמצא|ไม่พบเซิร์ฟเวอร์" // Vietnamese, Indonesian, Hungarian, Danish, Norwegian, Finnish, Greek, Arabic, Hebrew, Thai
        + "|" + ForeignWords.Host + @"\w* " + QuotedHostName + @" ?(?:が|를|을)?" + ForeignWords.NotFound + "|" + QuotedHostName + " " + ForeignWords.Host + @"\w* " + ForeignWords.NotFound // a host and its name not found, either order
        + @"|(?:^|[.:!。]\s*)(?:\S{1,3}\s)?" + ForeignWords.Host + @"\w*(?:\s" + QuotedHostName + @")?(?: ?(?:が|를|을)|\s\S{1,5})?\s?" + ForeignWords.NotFound // a host not found, the phrase's subject (not "the folder was not found on the server")
        + "|" + ForeignWords.CouldNot + @"[^\n.。!?]{0,20}" + ForeignWords.FindVerb + @"\w*[\s'’]?(?:\S{1,4}[\s'’])?" + ForeignWords.Host // could not find the host (not "the folder on the server")
        + "|" + ForeignWords.Unknown + @"\w*\s" + ForeignWords.Host + "|" + ForeignWords.Host + @"\w*(?:\s" + QuotedHostName + @")?\s(?:\S{1,3}\s)?" + ForeignWords.Unknown // an unknown host, either order (not "an unknown error of the server")
        + "|(?:" + ForeignWords.Lookup + @"[^\n。!?]{0,40}" + ForeignWords.Host + "|" + ForeignWords.Host + @"\w*[^\n。!?]{0,20}" + ForeignWords.Lookup + @")[^\n。!?]{0,40}" + ForeignWords.Failed // a host's lookup named as failed
        + "|" + ForeignWords.Failed + @"[^\n。!?]{0,30}" + ForeignWords.Lookup + @"[^\n。!?]{0,30}" + ForeignWords.Host, // … the failure first
        Options)]
    private static partial Regex NameNotResolved();

    /// <summary>
    /// A proxy between the program and the mail server refused the tunnel or answered something else (an HTTP
    /// proxy's 403 or 407 to CONNECT, a SOCKS error), as the library's own proxy refusal is read.
    /// </summary>
    [GeneratedRegex(@"(?:invalid|bad|unexpected|error) (?:response|reply|status) (?:code )?from (?:the )?(?:HTTPS? |SOCKS\d? )?proxy|proxy (?:server )?(?:refused|rejected|denied)|proxy (?:authentication|auth) (?:required|failed)|\bSOCKS\d? (?:proxy )?(?:error|connection (?:refused|failed))|proxy CONNECT (?:failed|aborted)|CONNECT tunnel failed", Options)]
    private static partial Regex ProxyRefused();

    /// <summary>
    /// PHP's "Unable to find the socket transport \"ssl\"": the program cannot open such a connection at all (PHP without
    /// OpenSSL, or a misspelt scheme), so nothing about the server is known, whatever "unable to connect" is written
    /// around it.
    /// </summary>
    [GeneratedRegex(@"Unable to find the socket transport", Options)]
    private static partial Regex TransportMissing();

    /// <summary>
    /// MailCore's error, by number (<c>Error Domain=MCOErrorDomain Code=5</c>, <c>(MCOErrorDomain error 5.)</c>) or by name
    /// (<c>MCOErrorAuthentication</c>, Mailspring's <c>ErrorAuthentication</c>).
    /// </summary>
    [GeneratedRegex(@"\bMCOErrorDomain(?: error |\s+Code=)(?<code>\d{1,3})\b|(?-i:\b(?:MCO)?Error(?<name>[A-Z][A-Za-z]+)\b)", Options)]
    private static partial Regex MailCoreError();

    /// <summary>fetchmail's query status: <c>fetchmail: Query status=11 (DNS)</c>.</summary>
    [GeneratedRegex(@"\bQuery status=(?<code>\d{1,2})\b", Options)]
    private static partial Regex FetchmailStatus();

    [GeneratedRegex(@"\bEAI_AGAIN\b|temporary failure in name resolution|\bTempFail\b|\bE?SERVFAIL\b|\b11002\b|Errno -3\b|try again|i/o timeout|timed ?out|\bETIMEOUT\b|server misbehaving|gethostbyname failed\. errno=11\b|temporary (?:error|failure) in gethostbyname|\btemporary name ?server (?:error|failure)\b|temporary failure in (?:the )?(?:MX|DNS|name) look ?up|\(nonauthoritative\)|\bdid not complete\b", Options)]
    private static partial Regex ResolverTemporary();

    /// <summary>
    /// Node.js (libuv) error numbers printed without their names (<c>errno: -4039</c>): ETIMEDOUT is -4039 on Windows,
    /// -110 on Linux, -60 on macOS.
    /// </summary>
    [GeneratedRegex(@"\berrno\W{0,4}-(?:4039|110|60)\b", Options)]
    private static partial Regex NodeErrnoTimedOut();

    /// <summary>ECONNREFUSED by its number (-4078 Windows, -111 Linux, -61 macOS).</summary>
    [GeneratedRegex(@"\berrno\W{0,4}-(?:4078|111|61)\b", Options)]
    private static partial Regex NodeErrnoRefused();

    /// <summary>
    /// ECONNRESET, ECONNABORTED and EPIPE by their numbers (-4077/-4079/-4047 Windows, -104/-103/-32 Linux, -54/-53
    /// macOS).
    /// </summary>
    [GeneratedRegex(@"\berrno\W{0,4}-(?:4077|4079|4047|104|103|32|54|53)\b", Options)]
    private static partial Regex NodeErrnoReset();

    /// <summary>
    /// A TLS client that read plain text (or the reverse): OpenSSL, GnuTLS, Erlang, .NET, Java, Go and Python words for
    /// "these bytes are not TLS", and a plain client that read a TLS record's first bytes (content type 20–23, then
    /// version 3.x), as bytes or as a program printed them escaped (<c>\x15\x03\x01</c>, <c>\u0017\u0003\u0003</c>); Postfix's
    /// SMTPS "wrappermode" that a port needs; NSS's record too long (Thunderbird's and Firefox's
    /// <c>SSL_ERROR_RX_RECORD_TOO_LONG</c>: a plain reply's first bytes read as a TLS record's length).
    /// </summary>
    [GeneratedRegex(@"[\x14-\x17]\x03[\x00-\x04]|\\(?:x|u00)1[4-7]\\(?:x|u00)03\\(?:x|u00)0[0-4]|wrong[ _]version[ _]number|unknown[ _]protocol|wrong (?:SSL|TLS) version\b|unexpected packet format|\bwrappermode\b|packet[ _]length[ _]too[ _]long|:http[ _]request\b|\bHTTP_REQUEST\b|unrecognized SSL message|\bnot an? (?:SSL|TLS|SSL/TLS) server\b|\bNotSslRecordException\b|not an SSL/TLS record|plaintext connection\?|first record does not look like a TLS handshake|frame size|corrupted frame|record[ _]layer[ _]failure|ssl3_get_record|tls_get_more_records|invalid (?:SSL|TLS) record|MBEDTLS_ERR_SSL_INVALID_RECORD|\bError_Packet_Parsing\b[^\n]{0,40}?invalid header type|unexpected TLS packet|TLS packet with unexpected length|received UNDEFINED ALERT|port \d+ is typically reserved for plain-text|SecureSocketOptions\.StartTls option instead|oversized record received|\bSSL_ERROR_RX_RECORD_TOO_LONG\b|received a record that exceeded the maximum permissible length|received record with version|corrupt message of type InvalidContentType|\bInvalidContentType\b|TLS error: received corrupt message\b|check (?:the )?(?:connection security type|SSL/TLS configuration on (?:the )?server port)|unsupported_record_type", Options)]
    private static partial Regex NotTls();

    /// <summary>
    /// Outlook's message for its 0x800CCC1A: the encryption negotiation failed, from a TLS version or cipher the server
    /// lacks or a plain/TLS mismatch.
    /// </summary>
    [GeneratedRegex(@"does not support the connection encryption type", Options)]
    private static partial Regex EncryptionTypeUnsupported();

    /// <summary>
    /// The certificate was judged and refused: self-signed, unknown issuer, wrong name, expired, revocation unknown.
    /// </summary>
    [GeneratedRegex(@"(?-i:[A-Z_]*_CERT(?:_[A-Z_]+)?\b|\bCERT_[A-Z_]+)|x509:|(?:tls|ssl3)_(?:post_)?process_server_certificate|trust relationship|UNTRUSTED_ROOT|SEC_E_CERT|unknown[ _]ca\b|\bCA is unknown\b|root certificate|trust provider|chain validation|certificate failure|invalid signature|(?:does not|doesn't) match (?:the )?certificate|self[- _]signed|SELF_SIGNED|local issuer|issuer certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|verify the first certificate|certificate verify failed|CERTIFICATE_VERIFY_FAILED|CERT_HAS_EXPIRED|certificate[- ](?:has |is )?expired|not yet valid|NotTimeValid|altnames|ALTNAME|name mismatch|NameMismatch|did not match (?:any of )?the names? given in the server's SSL certificate|subject alternative (?:DNS )?names?|Certificate(?:Expired|NotYetValid)Exception|CertPathValidatorException|\bCertificateError\b|SSLPeerUnverified|host ?name '[^'\n]*' (?:does not|doesn't) match|issued (?:for|to) (?:a |an )?(?:different|other|another) host ?(?:name)?|PKIX path|certification path|unknown (?:certificate )?authority|UntrustedRoot|PartialChain|RevocationStatusUnknown|OfflineRevocation|certificate CRL|certificate (?:is )?revoked|remote certificate (?:is invalid|was rejected)|RemoteCertificate(?:ChainErrors|NameMismatch|NotAvailable)|certificate could not be validated|" + EnglishWords.CouldNot + @" verify (?:the )?server(?:'s)?\b|x509: certificate|peer certificate|certificate (?:is )?not trusted|untrusted (?:certificate|root)|bad certificate|certificate_unknown|unable to get (?:certificate|issuer)|certificate (?:error|problem|invalid|(?:was )?rejected|(?:validation|verification) (?:failed|failure|error))|(?:no|not|hasn't got an?|has no|without an?) (?:known|trusted) issuer|invalid certificate|Remotezertifikat|certificat distant|certificado remoto|удаленный сертификат|远程证书|リモート証明書|certificat auto-signé"
        + @"|bad[ _]?certificate|certificate[ _]?unknown|unsupported[ _]?certificate|certificate[ _](?:has |is )?(?:expired|revoked)|\bCertificateException\b|\bCertVerificationError\b|No name matching \S+ found|server identity does not match|HostnameVerifier DENY" // TLS alerts as Java and OpenSSL print them; Java's and Python's exceptions
        + @"|\bSEC_ERROR_(?:UNKNOWN_ISSUER|UNTRUSTED_\w+|EXPIRED_\w+|CA_CERT_\w+|BAD_SIGNATURE|REVOKED_\w+|INADEQUATE_\w+|CERT_\w+)|\bMOZILLA_PKIX_ERROR_\w+|\bErrorCertificate\b|\b(?:InvalidCertificate|UnknownIssuer|NotValidForName|CertExpired|CertNotValidYet)\b" // Thunderbird (NSS), mailcore, rustls
        + @"|(?:does not|doesn't|did not|didn't) match (?:the )?(?:server(?:'s)? |peer(?:'s)? |remote |SSL |TLS |host )?certificate|(?:does not|doesn't|did not|didn't) match any of the (?:valid )?(?:host ?names|hosts|names) (?:for|in|of) (?:this|the) certificate|certificate (?:does not|doesn't|did not|didn't) match (?:the )?(?:host|server|domain|name)|certificate subject name|host ?name verification|target principal name is incorrect|\bhost ?name provided (?:does not|doesn't) match\b|SEC_E_WRONG_PRINCIPAL|certificate (?:is |was )?not (?:yet )?(?:valid|verified)" // the name the client asked for is not the certificate's (Ruby, curl, SChannel, Python, Qt's "did not match any of the valid hosts")
        + @"|security certificate|identity of [^\n]{0,80}? " + EnglishWords.CouldNot + @" be verified|" + EnglishWords.CouldNot + @" verify (?:the )?server(?:'s)? identity|issued by an? (?:\w+ ){0,2}authority|certificate " + EnglishWords.CouldNot + @" be (?:verified|validated|trusted)|" + EnglishWords.CouldNot + @" (?:verify|validate) (?:the )?(?:server(?:'s)? |SSL |TLS |peer(?:'s)? |remote )?certificate" // mail programs' dialogs (Outlook, iOS Mail, Windows)
        + @"|Add Security Exception|override how \w+ identifies this site" // Thunderbird's dialog for a certificate it does not trust
        + @"|certificate (?:owner |name |subject |common name |of (?:the )?(?:remote )?(?:server|host|peer) )?(?:does not|doesn't|did not|didn't) match" // mbsync: the certificate names another host
        + @"|" + EnglishWords.CouldNot + @" verify (?:the )?identity of" // Apple Mail's and JavaMail's words for a certificate it does not trust
        + @"|\b(?:untrusted|not trusted|invalid|expired|misconfigured|unverified|unrecogni[sz]ed|revoked) (?:\w+ ){0,2}certificate\b|\bnot (?:listed )?in (?:the )?(?:server(?:'s)? )?certificate\b|\bcertificate (?:name |host ?name )?mismatch\b|\bfingerprints? (?:do not|don't|does not|doesn't) match\b|(?:\b|_)fingerprints? mismatch\b|\bno matching (?:domain|host) ?name (?:found )?in (?:the )?certificate\b|\bcertificate (?:for|of) \S+ (?:is|was) unknown\b" // NeoMutt's "Untrusted server certificate", Claws Mail's "Certificate for … is unknown"
        + @"|issuer (?:is )?(?:not recogni[sz]ed|unknown)" // NSS's words for SEC_ERROR_UNKNOWN_ISSUER in Thunderbird's dialogs
        + "|" + ForeignWords.Certificate + @"[^\n.。!?]{0,40}?(?:" + ForeignWords.Error + "|" + ForeignWords.Failed + @"|検証できま?せん|" + ForeignWords.Invalid + "|" + ForeignWords.Expired + ")"
        + "|(?:" + ForeignWords.Invalid + "|" + ForeignWords.Expired + "|" + ForeignWords.Untrusted + @")[^\n.。!?]{0,20}?" + ForeignWords.Certificate // "ein ungültiges SSL-Zertifikat"
        + "|" + ForeignWords.Mismatch + @"[^\n.。!?]{0,40}?" + ForeignWords.Certificate + "|" + ForeignWords.Certificate + @"[^\n.。!?]{0,40}?" + ForeignWords.Mismatch // a name that does not match the certificate, in other languages
        + "|(?:" + ForeignWords.Error + "|" + ForeignWords.Failed + @"|Verifizierung|weryfikacja|ověřování)[^\n.。!?]{0,40}?" + ForeignWords.Certificate // the same in other languages: "Zertifikatsproblem", "Erreur de certificat", "Сбой проверки SSL-сертификата"
        + @"|\b(?:untrusted|unverified) (?:\w+ )?(?:server|host)\b|\bserver (?:is )?not trusted\b|" + ForeignWords.Untrusted + @"[^\n.。!?]{0,20}?" + ForeignWords.Host + "|" + ForeignWords.Host + @"[^\n.。!?]{0,20}?" + ForeignWords.Untrusted // a server named untrusted (Geary's "An account has reported an untrusted server")
        + @"|\berrSSL(?:XCertChainInvalid|BadCert|UnknownRootCert|NoRootCert|CertExpired|CertNotYetValid|HostNameMismatch|Peer(?:BadCert|UnsupportedCert|CertRevoked|CertExpired|CertUnknown|UnknownCA))\b|\b(?:NSOSStatusErrorDomain|kCFStreamErrorDomainSSL|OSStatus)\b\D{0,16}-98(?:0[78]|1[2-5]|43)\b" // Apple's Secure Transport: errSSLXCertChainInvalid (-9807), errSSLBadCert (-9808), unknown or missing root (-9812, -9813), expired or not yet valid (-9814, -9815), host name mismatch (-9843)
        + @"|-0x2700\b|\bMBEDTLS_X509_BADCERT_\w+|\b(?:ASN_NO_SIGNER_E|ASN_AFTER_DATE_E|ASN_BEFORE_DATE_E|DOMAIN_NAME_MISMATCH)\b|\bbad_cert\b|\bhostname_check_failed\b" // mbedTLS's X509 verification failed, wolfSSL's certificate errors, Erlang's {bad_cert, …}
        + @"|\b0x800B01(?:0[19A-Fa-f]|1[02])\b|\b0x8009201[23]\b|\bCN name does not match\b|\bcertificate is bad\b|\bGNUTLS_E_CERTIFICATE_\w+|\bSSL alert number (?:4[2-6]|48)\b" // CryptoAPI's CERT_E_* and revocation numbers and words, GnuTLS's, and TLS's certificate alerts by number (bad, unsupported, revoked, expired, unknown certificate; unknown CA)
        + @"|unacceptable TLS certificate" // GLib's (Geary, Evolution, GNOME Online Accounts): the certificate or its authority refused
        + @"|\bfailed the authenticity check\b" // KDE's KIO: "The server failed the authenticity check (…)"
        + @"|no (?:matching |usable |valid )?(?:DANE )?TLSA records?\b|\bTLSA records? (?:do not|don't|did not|didn't) match|\bDANE (?:verification|validation|authentication) failed" // DANE (RFC 7672): the certificate is judged against the TLSA records the domain publishes
        + @"|(?:\bcertificate|" + ForeignWords.Certificate + @")\w*(?:[^.。!?\n]|\.(?=\S)){0,80}(?:\bnot (?:valid|trusted|recogni[sz]ed)|\binvalid|\bexpired|\buntrusted|vencido|安全ではありません|(?:验证|驗證|検証|검증)(?:に|에)? ?(?:失败|失敗|실패)|" + ForeignWords.Invalid + "|" + ForeignWords.Expired + "|" + ForeignWords.Untrusted + "|" + ForeignWords.Mismatch + ")", // a certificate judged invalid, expired, untrusted or another name's, in the languages of mail programs' dialogs
        Options)]
    private static partial Regex CertificateRejected();

    /// <summary>
    /// The client insists on STARTTLS and the server does not offer it or refuses the command (Python, JavaMail,
    /// PHPMailer, curl's "STARTTLS denied"). The reply rules read it too: a client's words about STARTTLS name what its
    /// refusal ("502 Unrecognized command") was to.
    /// </summary>
    [GeneratedRegex(@"does not support secure connections|(?:host|server) (?:does not|doesn'?t) support (?:STARTTLS|TLS|SSL)\b|STARTTLS extension not supported|\b(?:STARTTLS|STLS) (?:is )?not (?:supported|offered|available)|\b(?:TLS|SSL|encrypted connection) (?:is )?(?:not available|unavailable)\b|\b(?:STARTTLS|STLS) (?:was )?(?:denied|refused|rejected)\b|\brequested SSL level failed\b|does not (?:support|offer|advertise) (?:the )?STARTTLS|(?:did not|didn't) advertise (?:the )?(?:STARTTLS|STLS)\b|\bTLS not possible\b|missing (?:\w+ ){0,2}capability:? STARTTLS|\b(?:STARTTLS|STLS|TLS|SSL) (?:is )?required,? but\b|\bTLS (?:is )?not supported by (?:the )?server\b"
        + "|" + ReplyTextRules.TlsNamed + @" (?:(?:ist|est|er|är|is|jest|je|é|è|on) )?(?:" + ForeignWords.Required + @",? (?:\S+ ){0,2})?(?:" + ForeignWords.NotSupported + "|" + ForeignWords.Unavailable + ")" // "STARTTLS not supported", Android's "TLS required but not supported by server", in other languages
        + "|" + ForeignWords.Host + " ?" + ForeignWords.NotSupported + " ?" + ReplyTextRules.TlsNamed + @"|no se (?:soporta|admite) STARTTLS|\b(?:STARTTLS|STLS)(?:は|를|을)? ?(?:" + ForeignWords.NotSupported + "|" + ForeignWords.Unavailable + ")", Options)] // the same in other languages, the server or STARTTLS first
    internal static partial Regex StartTlsNotOffered();

    /// <summary>
    /// The connection opened but the server's greeting never came (nodemailer, JavaMail's "response: -1", MailKit,
    /// "failed to receive the SMTP banner", NetEase's bounce "No welcome message from …").
    /// </summary>
    [GeneratedRegex(@"greeting never received|no greeting|\bno welcome message\b|response: -1\b|Invalid response code received from (?:the )?(?:SMTP )?server[^\n]{0,200}?\(code: -1, response: \)|time-?out\W{0,5}(?:\d+\W{0,3})?(?:while |when )?(?:trying to )?read(?:ing)? from (?:the )?" + EnglishWords.ProtocolNamed + @"server|(?<!without )(?:waiting for|read) (?:the )?(?:server )?greeting|greeting (?:timed? ?out|timeout)|(?:" + EnglishWords.CouldNot + @"|did ?n[o']t|never) receiv\w* (?:the |a )?" + EnglishWords.ProtocolNamed + @"(?:server'?s? )?(?:banner|greeting|ready message)", Options)]
    private static partial Regex NoGreeting();

    /// <summary>
    /// The ports that start in plain text and may upgrade with STARTTLS (SMTP 25, 587 and 2525, IMAP 143, POP3 110), as
    /// a pattern.
    /// </summary>
    private const string PlainPorts = "25|587|2525|143|110";

    /// <summary>
    /// The ports that speak only TLS, as a pattern: those of <see cref="ServerEndpoint.DefaultSecurity"/>.
    /// </summary>
    private const string ImplicitTlsPorts = "465|993|995";

    /// <summary>A host name with at least one dot, perhaps quoted (<c>"smtp.example.com"</c>, «imap.example.org»).</summary>
    private const string QuotedHostName = @"[""'“«]?[\w-]+(?:\.[\w-]+)+[""'”»]?";

    /// <summary>
    /// An implicit-TLS address (<c>ssl://host:587</c>, <c>smtps://host:25</c>) on a port that starts in plain text and
    /// upgrades with STARTTLS.
    /// </summary>
    [GeneratedRegex(@"\b(?:ssl|tls|smtps|imaps|pop3s)://[\w.-]+:(?:" + PlainPorts + @")\b", Options)]
    private static partial Regex ImplicitTlsToPlainPort();

    /// <summary>
    /// A setting that turns TLS off or leaves it to STARTTLS, as programs print their options (nodemailer, JavaMail,
    /// PHPMailer, .NET, MailKit).
    /// </summary>
    [GeneratedRegex(@"(?:\b|_)(?:secure|isSSL|ssl|useSsl|enableSsl|mail\.\w+\.ssl\.enable)[""']?\s*[:=]?\s*[""']?false\b|SecureSocketOptions\.(?:None|StartTls)\b", Options)]
    private static partial Regex PlainModeSetting();

    /// <summary>A setting that starts TLS at once, before any greeting (PHP's and URLs' <c>ssl://</c>, <c>smtps://</c> too).</summary>
    [GeneratedRegex(@"\b(?:secure|isSSL|useSsl|mail\.\w+\.ssl\.enable)[""']?\s*[:=]?\s*[""']?true\b|SecureSocketOptions\.SslOnConnect\b|SMTPSecure\W{0,4}ssl\b|\b(?:ssl|smtps|imaps|pop3s)://", Options)]
    private static partial Regex ImplicitModeSetting();

    /// <summary>A port that starts in plain text (and may upgrade with STARTTLS), named in the text.</summary>
    [GeneratedRegex(@"(?::|port\s*[:=]?\s*)(?:" + PlainPorts + @")\b", Options)]
    private static partial Regex PlainPortNamed();

    /// <summary>
    /// The message's end was sent and its answer never read: Postfix's "… while sending end of data -- message may be
    /// sent more than once", "after end of message", Exim's "after end of data", "after final dot" and "in response to
    /// end of data", qmail's "Possible duplicate!", a client log whose last command was the final <c>.</c> (PHPMailer's
    /// "Last Command: .", a transcript's <c>&gt;&gt; .</c>, swaks's <c>-&gt; .</c>).
    /// </summary>
    [GeneratedRegex(@"message may be (?:sent|delivered) more than once|while sending end of data|after (?:the )?end of (?:message|data)\b|after (?:the )?final dot\b|in response to (?:the )?end of data\b|\bpossible duplicate\b|(?:did not|didn't|never) acknowledge (?:the )?message\b|Last Command: \.:|^\s*(?:>>|C:|CLIENT -> SERVER:|~?->)\s*\.\s*$", Options | RegexOptions.Multiline)]
    private static partial Regex EndOfDataUnanswered();

    /// <summary>
    /// Returns whether the text says the connection broke or the time ran out after the message's end was sent, before
    /// its answer.
    /// </summary>
    /// <param name="text">The failure's text.</param>
    /// <returns><see langword="true"/> when the server may have accepted the message.</returns>
    public static bool SaysEndOfDataUnanswered(string text)
        => EndOfDataUnanswered().IsMatch(text)
            && (IsDropped(text) || SaysTimedOut(text));

    /// <summary>
    /// A port that speaks only TLS, named in the text (<c>:465</c>, <c>port: 993</c>, <c>port 995</c>).
    /// </summary>
    [GeneratedRegex(@"(?::|port\s*[:=]?\s*)(?:" + ImplicitTlsPorts + @")\b", Options)]
    private static partial Regex ImplicitTlsPortNamed();

    [GeneratedRegex(@"\b(?:network|socket|communications?)(?: connection)? (?:error|failure)\b", Options)]
    private static partial Regex NetworkError();

    [GeneratedRegex(@"\bcertificate|" + ForeignWords.Certificate, Options)]
    private static partial Regex CertificateNamed();

    /// <summary>
    /// A program's catch-all for a connection that could not be opened, when no cause is named. "Failed or unable to
    /// get a connection" stays narrower than <see cref="EnglishWords.CouldNot"/>: "could not get an IMAP connection
    /// resource" is a program's own pool running dry, not the network.
    /// </summary>
    [GeneratedRegex(@"\bfailed in connect\b|connecting to [^\n]{0,80}? failed|\bconnect to \S+ failed\b|connection to (?:the )?(?:\w+ )?server (?:has )?failed|" + EnglishWords.CouldNot + @" connect|(?:server|host) (?:(?:is not|isn't|not) reachable|(?:is )?unreachable|is down)|\bEHOSTDOWN\b|" + EnglishWords.CouldNot + @" reach (?:the |your )?(?:[\w-]+ ){0,2}(?:server|host|provider)\b|(?:error|failure|problem) (?:\w+ ){0,3}(?:trying|attempting) to (?:reach|contact|connect to) (?:the |your )?(?:[\w-]+ ){0,2}(?:server|host)\b|connect\(\) failed|connection failed|\bconnection failure\b|" + EnglishWords.CouldNot + @" open (?:a |the )?(?:socket|connection)|" + EnglishWords.CouldNot + @" create (?:a |the )?socket(?: connection)?\b|(?:failed|unable) to (?:get|obtain) (?:an? )?(?:\w+ )?connection\b|connection to [^\n]{0,80}? failed|(?:error|issue|problem|trouble) (?:when |while )?connecting (?:to|with)\b|without being connected|\bSMTP connect\(\)|\bno (?:TCP(?:/IP)? )?connection could be established|" + EnglishWords.CouldNot + @" open [\w.-]+:\d+\b"
        + @"|connection (?:to (?:the )?(?:\w+ )?server )?" + EnglishWords.CouldNot + @" be (?:established|opened|made|initiali[sz]ed)|" + EnglishWords.CouldNot + @" establish (?:an? |the )?(?!(?:TLS|SSL|secure|encrypted)\b)(?:\w+ )?connection|no connection (?:has been|was|could be) (?:established|made)|\bno connection to (?:the )?(?:\w+ )?server\b|did not accept (?:our |the |my )?(?:requests? to connect|connections?)|" + EnglishWords.CouldNot + @" communicate with (?:the |your )?(?:\w+ )?(?:mail )?server|" + EnglishWords.CouldNot + @" (?:reach|contact) (?:the |your )?(?:(?:outgoing|incoming|e-?mail|mail|SMTP|IMAP|POP3?) )*server\b|(?:mail|SMTP|IMAP|POP3?|outgoing|incoming) server (?:\S+ )?could ?not be (?:contacted|reached)" // Swift Mailer, Matomo, Gmail's bounce, Moodle
        // The same in other languages (PHPMailer's "SMTP connect() failed" and "could not connect to SMTP host" in its
        // translations, mail clients' and devices' dialogs): "could not" and "connect" two words apart at most
        // ("impossible de se connecter", "no se pudo conectar", "не удалось подключиться", "无法连接"), then the idioms
        // of each language, one line per language:
        + "|" + ForeignWords.CouldNot + @"\s?(?:\S+\s){0,2}" + ForeignWords.ConnectVerb
        + @"|impossible d'établir (?:la |une )?connexion(?! sécurisée)|connexion [^\n]{0,40}?n'a pas pu être établie|[ée]chec de (?:la )?connexion|connexion (?:au serveur )?impossible|connexion échouée|erreur de connexion|(?:n'est pas|non) joignable|injoignable" // French
        + @"|konnte keine Verbindung|\bFehler beim Verbinden (?:mit|zu)|Verbindungsfehler|keine Verbindung zu |kann keine Verbindung|Verbindung zu\w* \S+ schlug fehl|Verbindung (?:\S+ ){0,3}(?:konnte|kann) nicht (?:hergestellt|geöffnet) werden|(?:Server|Host) (?:\S+ )?(?:ist )?nicht erreichbar|Verbindungsaufbau (?:ist )?fehlgeschlagen|keine Verbindung (?:zum|mit dem) \S*(?:Server|Host)|beim Versuch,? (?:den|die) \S*(?:Server|Host)\S* zu erreichen" // German
        + @"|error (?:al )?conectando? (?:al|con el) servidor|no se (?:puede|pudo|ha podido) establecer (?:la |una )?conexi[óo]n|sin conexi[óo]n (?:con|al) (?:el )?(?:\S+ )?servidor" // Spanish
        + @"|impossibile stabilire (?:la |una )?connessione|connessione (?:al server )?non riuscita" // Italian
        + @"|não (?:foi|é) possível (?:estabelecer|abrir) (?:a |uma )?(?:conex[ãa]o|ligação)|falha ao (?:conectar|ligar)|erro ao (?:se )?conectar (?:a|ao|com)\b" // Portuguese
        + "|" + ForeignWords.Error + @"\w*\s" + ForeignWords.Connection + @"\w*\s(?:с|к|з|до)\b" // an error of connection with or to (a host) in Russian and Ukrainian
        + @"|не удал[оа]сь установить (?:\S+ )?соединение|не удается установить соединение" // Russian
        + @"|nie (?:udało się|można)(?: się)? nawiązać połączenia|błąd połączenia|(?:nelze|není možné) (?:navázat|otevřít) spojení|(?:při|během) (?:spojení|připojování|připojení) (?:\S+ ){0,3}došlo k chybě" // Polish, Czech
        + @"|fout bij (?:het )?verbinden met|geen verbinding (?:met|naar) (?:de )?(?:\S+ )?server|k[ao]n geen verbinding maken|verbinding mislukt|verbind\w* met (?:de )?server \S+ mislukt" // Dutch
        + @"|bağlan(?:ıl)?am(?:adı|ıyor)|bağlan(?:ırken|tı kurulurken) (?:\S+ )?(?:hata|sorun)|bağlantı (?:kurulamadı|kurulamıyor|yapılamadı)|nem sikerült (?:csatlakozni|kapcsolódni)|nu (?:se poate|s-a putut) conecta|(?:tidak dapat|gagal) terhubung" // Turkish, Hungarian, Romanian, Indonesian
        + @"|接続できま(?:せん|せんでした)|接続できな(?:い|かった)|연결할 수 ?(?:가 )?없|연결하지 못" // Japanese, Korean (the verb before its negation; a connection named as failed: below)
        + @"|(?<!" + ForeignWords.Secure + @"[\w-]{0,3} ?)" + ForeignWords.Connection + ForeignWords.NotSecureGap + ForeignWords.Failed // a connection named as failed in one phrase, in other languages ("IMAP-Verbindung fehlgeschlagen", "Сбой соединения с сервером"), not a secure one (an "error" while connecting names no cause)
        + @"|(?:échec|fall[oó]|falha|сбой|неудачн\w*|niepowodzeni\w*)" + ForeignWords.NotSecureGap + ForeignWords.Connection + @"(?!\w{0,3} ?" + ForeignWords.Secure + ")"
        + @"|non è raggiungibile|irraggiungibile|não está acessível|inacessível|no (?:está|es) accesible|inaccesible|nieosiągalny|niet bereikbaar|onbereikbaar|(?:není )?(?:ne)?dosažitelný|erişilemiyor|erişilemedi|ulaşılamıyor|(?:无法访问|無法存取|无法连上)\s?\S{0,8}\s?(?:服务器|伺服器)|サーバー?(?:に|へ)(?:アクセス|接続)できません|서버에 (?:접근|접속)할 수 ?(?:가 )?없" // a server named as unreachable: Italian, Portuguese, Spanish, Polish, Dutch, Czech, Turkish, Chinese, Japanese, Korean
        + @"|δεν ήταν δυνατή η σύνδεση|αδυναμία σύνδεσης|yhteyttä ei voitu muodostaa|(?:لا يمكن|تعذر|تعذّر) الاتصال|לא ניתן להתחבר|ההתחברות נכשלה|ไม่สามารถเชื่อมต่อ", // Greek, Finnish, Arabic, Hebrew, Thai
        Options)]
    private static partial Regex NotConnected();

    [GeneratedRegex(@"\bWinsock\b|\bWSA(?:E[A-Z]{3,}|HOST_NOT_FOUND|TRY_AGAIN|NO_DATA)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WinsockError();

    [GeneratedRegex(@"handshake (?:operation )?timed out|handshake timeout|SSL_connect error\b[^\n]{0,120}?\btimed out|timed out (?:during|while) (?:the )?(?:SSL|TLS)? ?handshake|TLS handshake timeout", Options)]
    private static partial Regex HandshakeTimedOut();

    /// <summary>
    /// The TLS negotiation failed for another reason: protocol versions, ciphers, alerts, nodemailer's ETLS; Ruby's
    /// "Connection reset by peer - SSL_connect" and "SSL_connect SYSCALL returned=5" (a socket error in the handshake);
    /// Postfix's "SSL_connect error to host: lost connection" and curl's "(35) SSL connect error" (the handshake failed);
    /// a secure connection that could not be made or failed, in English and other languages.
    /// </summary>
    [GeneratedRegex(@"TLS session| - SSL_connect\b|\bSSL_connect SYSCALL\b|\bSSL[_ ](?:connect|accept) error\b|\b(?:STARTTLS|SSL|TLS) connection failed\b|no appropriate protocol|(?:during|terminated the) handshake|\bSSPI\b|unexpected or badly[ -]formatted|token supplied to the function is invalid|(?:ssl|tls)v?[0-9.]* alert|before (?:a )?secure (?:TLS )?connection was established|(?:secure|TLS|SSL) connection (?:to (?:the )?(?:\w+ )?server )?(?:could not be|was not|cannot be) established|(?:" + EnglishWords.CouldNot + @" (?:open|establish|create)|(?:error|failure|problem)\w* (?:\w+ ){0,2}(?:while|when) (?:opening|establishing|creating)) (?:an? |the )?(?:secure|encrypted|TLS|SSL)(?: TLS| SSL)? connection|handshake[ _]?failure|received fatal alert|alert handshake|SSL ?handshake|TLS ?handshake|SSLHandshakeException|SslHandshakeException|no protocols available|unsupported protocol|protocol[ _]version|TLSV1_ALERT|no shared cipher|no ciphers available|dh key too small|\bEPROTO\b|SSL routines|SSL_ERROR|\[SSL(?::(?!//)|\])|SSLError(?!\s*:\s*(?:undefined|null))|SSLException|(?<!in)secure channel|common algorithm|closed the transport stream|violation of protocol|establish an SSL or TLS connection|stream_socket_enable_crypto|SSL operation failed|TLS negotiation|SSL negotiation (?:failed|error)|\b(?:SSL|TLS|STARTTLS) not working\b|\bTLS (?:startup|setup) failed\b|\bSSL connect attempt failed\b|(?:" + EnglishWords.CouldNot + @"|error|failure) connect(?:ing)? (?:via|over|using|with) (?:SSL|TLS)|STARTTLS (?:failed|error)|" + EnglishWords.CouldNot + @" (?:start|initiate|negotiate|enable) (?:the )?(?:STARTTLS|TLS|SSL|encryption)\b|" + EnglishWords.CouldNot + @"\s+upgrade\s+(?:the\s+)?connection|error\s+upgrading\s+(?:the\s+)?connection|(?:lost connection|disconnect\w*) after STARTTLS|SSL_accept error|TLS library problem|\bcode\W{0,4}ETLS\b|System\.Security\.Authentication\.AuthenticationException|Authentication failed, see inner exception|(?:due to|because of) (?:a )?security error|" + EnglishWords.CouldNot + @" (?:safely|securely) connect"
        + @"|\bTLS (?:fatal|warning) alert\b|\b(?:supported|shared|common) cipher suites?\b|\bcipher suites? in common\b|\bno common protocol\b|(?:(?m:^)|:\s)handshake failed[.!]?[ \t]*(?m:$)|\billegal or unsupported version\b|\bwhile expecting handshake data\b|\bbad record mac\b" // GnuTLS's and Qt's words for an alert, no cipher or protocol in common, a record of another TLS version, a failed handshake, a record that does not decrypt
        + "|" + ForeignWords.CouldNot + @"[^\n.。!?:]{0,40}?(?:" + ForeignWords.Connection + @"\w*\s?(?:\S+\s){0,2}" + SecureWord
        + "|" + SecureWord + @"\w*[\s-]?(?:\S+\s)?" + ForeignWords.Connection + "|" + ForeignWords.ConnectVerb + @"\w*\s(?:\S+\s){0,3}" + SecureAdverb
        + "|" + SecureAdverb + @"\w*\s(?:\S+\s)?" + ForeignWords.ConnectVerb + ")" // a secure connection not made, in other languages ("No se pudo establecer una conexión segura", "Impossibile connettersi in modo sicuro")
        + "|" + SecureWord + @"\w*[\s-](?:\S+[\s-])?" + ForeignWords.Connection + @"\w*[^\n.。!?:]{0,60}?(?:" + ForeignWords.Failed + "|kann nicht|konnte nicht)"
        + "|" + ForeignWords.Failed + @"\w*\s(?:\S+\s){0,2}" + ForeignWords.Connection + @"\w*\s(?:\S+\s)?" + SecureWord, // the same named as failed ("Sichere Verbindung … kann nicht hergestellt werden", "Échec de la connexion sécurisée")
        Options)]
    private static partial Regex HandshakeFailed();

    /// <summary>A word of security, not inside another word (Spanish "asegúrese", "make sure", holds "segur").</summary>
    private const string SecureWord = @"(?<![a-zà-ÿа-яё])" + ForeignWords.Secure;

    /// <summary>
    /// A word of security that says how one connects ("in modo sicuro"), not over what ("по SSL" may name a port).
    /// </summary>
    private const string SecureAdverb = "(?!SSL|TLS)" + SecureWord;

    /// <summary>JavaMail's "Could not convert socket to TLS": STARTTLS was taken and its handshake failed.</summary>
    [GeneratedRegex(@"\bcould ?n[o']t convert socket to TLS\b", Options)]
    private static partial Regex SocketNotConvertedToTls();

    /// <summary>
    /// A server's own words refusing the client's address ("Connection from 192.0.2.7 refused", "Connection refused due
    /// to abuse"): it answered, so something listens; the refusal is its policy for that address.
    /// </summary>
    [GeneratedRegex(@"\bconnection from \S+ (?:is |was |has been )?refused\b|\bconnection refused (?:due to|because of|for) (?:abuse|spam|policy|(?:poor |bad )?reputation)\b|\bconnection (?:refused|rejected|denied)\W+(?:\S+ ){0,3}(?:IP|host|address|network)(?: address)? (?:\S+ )?(?:is |was |has been )?(?:listed|blacklisted|blocklisted|blocked|banned)\b|\bconnection (?:refused|rejected|denied)\b[^\n]{0,80}?\b(?:listed|blacklisted|blocklisted|banned) (?:on|in|at|by)\b", Options)]
    private static partial Regex ClientRefusedByServer();

    /// <summary>
    /// MailKit's words for a server that took the connection and greeted with <c>BYE</c> (RFC 3501): it ended the
    /// session before any command (busy, or too many connections), so the server was reached and did not refuse it.
    /// </summary>
    [GeneratedRegex(@"\b(?:IMAP|POP3?) server unexpectedly refused the connection|" + ForeignWords.Refused + @"[^\n]{0,80}?(?-i:\bBYE\b)", Options)]
    private static partial Regex GreetedWithGoodbye();

    /// <summary>
    /// Nothing listens, or the network has no way there (or the device has no network at all): Node, POSIX errno names
    /// and numbers, Winsock numbers, Java and .NET texts, Mozilla's NS_ERROR_CONNECTION_REFUSED, "no internet
    /// connection"; or the local system or network forbids the connection (a firewall or its traffic rules, a
    /// database's network access list, Winsock's 10013, a platform that prohibits outbound port 25).
    /// </summary>
    [GeneratedRegex(@"\b(?:ECONNREFUSED|NIECONN_REFUSED|NS_ERROR_CONNECTION_REFUSED|0x804B000D)\b|\bPermission denied: connect\b|requested address is not valid in its context|connection (?:is |was |has been )?refused|refused to allow (?:this computer|the client|you) to (?:make a )?connect|connection to (?:host |server )?\S+[^\n]{0,60}? (?:was|has been) refused|connection to (?:the )?(?:\w+ )?server (?:was |has been )?refused|(?:port \d+\)?|connection) (?:is |was |may be |might be |seems to be |appears to be )?blocked by (?:a |the |your )?(?:firewall|antivirus|network)|\bblocked by (?:a |the |your |any )?(?:traffic|firewall) rules?\b|\bnetwork access (?:is |was )?(?:denied|blocked)\b|connections? to port \d+ (?:is |are )?(?:prohibited|forbidden|not allowed)|forbidden by its access permissions|\bWSAEACCES\b|\b10013\b|(?:connect(?:ion)?|socket) (?:failed|error)\s*:\s*permission denied|actively (?:refused|denied|rejected)|refused (?:the |our |my )?connection|refused to (?:allow|accept) (?:a |the |any )?connection|(?:server|host) (?:\S+ )?(?:cannot|can't|could not|couldn't) be contacted\b|\b1006[15]\b|\b1005[01]\b|Errno 11[13]\b|Errno 6[15]\b|Errno 101\b|Errno 99\b|cannot assign requested address|\bEADDRNOTAVAIL\b|address family not supported|\bE?AFNOSUPPORT\b|Errno 97\b|\baddress not available\b|Permission denied[ (#]{1,3}13\b|Errno 13\b|no connection could be made|\bENETUNREACH\b|\bEHOSTUNREACH\b|(?:network|host) (?:is )?unreachable|\bport \S+ (?:is |was )?unreachable\b|no route to host|connect E(?:ACCES|INVAL)\b|refusing " + EnglishWords.ProtocolNamed + @"connections|\(Permission denied\)|expressément refusée|denegó expresamente|积极拒绝" // Windows' 10061 in French, Spanish, Chinese
        + "|" + ForeignWords.Connection + @"\w*" + ForeignWords.NotSecureClauseChar + "{0,20}" + ForeignWords.Refused + "|" + ForeignWords.Refused + @"\w*(?:\s+(?:\w{1,3}|запрос\w*))*?\s*" + ForeignWords.Connection + @"(?!\w*\s*" + ForeignWords.Secure + @")|拒否されたため[、,]?\s*接続" // a connection (not a secure one: that is the TLS step's) refused, either order, in other languages
        + @"|з'єднання відхилено|у з'єднанні відмовлено|kapcsolat elutasítva" // the same in other languages
        + @"|\bno (?:internet|network|data) (?:connection|connectivity|access)\b|\bnot connected to (?:the )?(?:internet|network)\b"
        + @"|\b(?:internet|network) (?:connection )?(?:appears to be |seems to be |is )?(?:offline|unavailable)\b" // no network
        + "|(?:" + ForeignWords.Network + "|" + ForeignWords.Host + @")\w*[^\n。!?]{0,30}" + ForeignWords.Unreachable + "|" + ForeignWords.Unreachable + @"[^\n.。!?]{0,15}(?:" + ForeignWords.Network + "|" + ForeignWords.Host + ")", // a network or a host not reachable, in other languages
        Options)]
    private static partial Regex Refused();

    /// <summary>
    /// No answer in time, as programs name it (the plain words "timed out", "timeout" are <see
    /// cref="ReplyTextRules.TimedOut"/>): Node's ETIMEDOUT, errno 110/60, Winsock 10060 and its sentence, Java's and
    /// .NET's timeout exceptions, nodemailer's missing greeting, Go's i/o timeout, SAP's NIETIMEOUT, Mozilla's
    /// NS_ERROR_NET_TIMEOUT (Thunderbird's nsresult 0x804B000E); in other languages,
    /// the words of <see cref="ForeignWords.Timeout"/> and a server named as not answering.
    /// </summary>
    [GeneratedRegex(@"0x8004210[AB]|\b(?:NIETIMEOUT|NS_ERROR_NET_TIMEOUT|0x804B000E)\b|(?:Read|Open|Connect|Write|Socket|Connection|Operation|Idle|Command)[ _]?Time[dD]?[ _-]?[oO]ut|" + EnglishWords.CouldNot + @" connect (?:(?:\S+ ){0,8}after \d+ ?(?:ms|milliseconds?)|(?:\S+ ){0,3}(?:after|within|in) \d+(?:[.,]\d+)? ?(?:s|secs?|seconds|ms|milliseconds))\b|execution expired|\boperation too slow\b|no response from (?:the )?(?:remote )?" + EnglishWords.ProtocolNamed + @"server|\b(?:is not|isn't|stopped) responding\b|server (?:\S+ )?(?:did not|didn't|does not|doesn't) respond(?! with)|(?:has|have|had) not (?:responded|answered) (?:in|within|for|after) (?:the )?(?:last )?\d+|(?:hasn't|haven't) (?:responded|answered) (?:in|within|for) \d+|(?:desired |expected )?response was not received|一段时间后没有正确答复|за требуемое время|正しく応答しなかった|\bE(?:SOCKET)?TIMEDOUT\b|\bETIMEOUT\b|\(os error 11\)|\btime ?limit reached\b|TimeoutException|TimeoutError|in (?:the )?required time|within the (?:required|allotted|given|allowed) time|took longer than \d+ ?(?:s|secs?|seconds|minutes|ms)\b|(?:attempt|connection|operation|server|request) (?:took|was taking|takes) too long|socket\.timeout|\b10060\b|Errno 110\b|Errno 60\b|did not properly respond after a period of time|nicht richtig reagiert|pas répondu convenablement|no respondió adecuadamente|não respondeu corretamente|risposta non corretta della parte connessa"
        + "|" + ForeignWords.Timeout
        + "|" + ForeignWords.Host + @"\w*(?:[^\n.。!?:;]|\.(?=\S)){0,40}" + ForeignWords.NoResponse + "|" + ForeignWords.NoResponse + @"[^\n.。!?:;]{0,16}?" + ForeignWords.Host // a server (its name included) not answering, either order
        + "|(?:" + ForeignWords.Time + "|" + ForeignWords.Connection + "|" + ForeignWords.Operation + @")[^\n.。!?]{0,40}" + ForeignWords.RanOut + NotAfterCertificateNorPassword // time, a connection or an operation named as run out, not a certificate or a password
        + "|" + ForeignWords.RanOut + @"[^\n.。!?]{0,20}(?:" + ForeignWords.Time + "|" + ForeignWords.Connection + ")" + NotAfterCertificateNorPassword // … either order
        + "|(?:" + ForeignWords.Time + @"[^\n.。!?]{0,40}" + ForeignWords.TimeExceeded + "|" + ForeignWords.TimeExceeded + @"[^\n.。!?]{0,20}" + ForeignWords.Time + ")" + NotAfterCertificateNorPassword, // a time limit exceeded
        Options)]
    private static partial Regex TimedOut();

    /// <summary>
    /// Here no word of a certificate or a password begins within the phrase's last 60 characters (checked where a match
    /// ends).
    /// </summary>
    private const string NotAfterCertificateNorPassword = "(?<!(?:" + ForeignWords.Certificate + "|" + ForeignWords.Password + @")[^\n.。!?]{0,60})";

    /// <summary>
    /// The connection dropped: resets, broken pipes, unexpected ends of stream, disconnections, .NET's socket or stream
    /// disposed under a read, Haskell's errors on a closed handle, Ruby's read on a "closed stream", Apple Mail's failed
    /// read, a device's "Error while receiving data" or "TCP Write Error", Zend's "Could not read from &lt;host&gt;",
    /// Mozilla's NS_ERROR_NET_RESET and NS_ERROR_NET_INTERRUPT.
    /// A read or write error counts in any words; a receive or send error only as the network's, TCP's or a socket's,
    /// because "Mail send error: …" is a program's wrapper around any failure.
    /// </summary>
    [GeneratedRegex(@"\b(?:ECONNRESET|NIECONN_BROKEN|NS_ERROR_NET_RESET|NS_ERROR_NET_INTERRUPT|0x804B0014|0x804B0047)\b|\bECONNABORTED\b|\b(?:error|failure) (?:\w+ ){0,2}(?:while |when )?(?:reading from|writing to) (?:the )?(?:socket|stream|connection)\b|" + EnglishWords.CouldNot + @" (?:read from|write to) (?:the )?" + EnglishWords.ProtocolNamed + @"(?:server|socket|stream|connection|[\w-]+(?:\.[\w-]+)+)\b|" + EnglishWords.CouldNot + @" send (?:the )?command to (?:the )?" + EnglishWords.ProtocolNamed + @"(?:host|server)\b|\bEPIPE\b|\bwrite after end\b|\bERR_STREAM_(?:WRITE_AFTER_END|DESTROYED)\b|\btoo many read 0\b|attempt to read data from the server\b[^\n]{0,80}?\bfailed|dropped (?:the |your |our )?connection|\b(?:(?:network|TCP|socket) )?(?:read|write) error\b|\bsocket error: (?:read from|write to)\b|\bI/?O error\b|\b(?:network|TCP|socket) (?:receive|send) error\b|\berror (?:while|when) (?:receiving|reading|writing) data\b|connection (?:was )?reset|\b(?:closed|shut down|severed)\s+(?:the\s+)?connection\b|\bconnection to (?:the )?(?:host |server )?\S+ (?:is|was|has been) (?:broken|lost|dropped|reset)\b|reset by peer|forcibly closed|\bh(?:Get|Put)\w*: (?:end of file|illegal operation \(handle is closed\)|resource vanished)|\b1005[34]\b|broken pipe|\bconnection died\b|software caused connection abort|Errno 104\b|\bprocess \S+ not running\b|TLS connection was non-properly terminated|\berror in the (?:pull|push) function\b|Errno 32\b|connection\]?:? (?:was |has been |is )?(?:unexpectedly |prematurely )?(?:closed|lost|dropped|terminated|aborted|ended|broken|interrupted|severed)|(?:unexpectedly|prematurely) (?:closed|disconnected|terminated)|\bconnection from (?:\S+ ){1,3}lost\b|server ?disconnected|socket (?:hang up|close|closed)|unexpected (?:EOF|end of (?:stream|file))|end of file reached|(?:reached|hit) the end of (?:data|the stream|file) while reading|\bEOFError\b|unexpected end of (?:\w+ ){0,2}(?:stream|input|file|data)|ended (?:unexpectedly|by the other party)|empty (?:response|reply|answer)|zero[- ]byte (?:response|reply)|(?m:^\s*SERVER -> CLIENT:\s*$)|(?:answer|response|reply) from (?:the )?server (?:was|is) empty|network (?:problem|error) occurred\s+while (?:transferring|sending|receiving)|Socket(?:Read|Write)Exception|got code """",? with message """"|but got response \[\]|please run connect\(\) first|failure when receiving data from the peer|failed sending data to the peer|unexpected(?:ly)? clos(?:e|ed|ing)\b|\bEOF\b|closed the connection|lost (?:the |its |our |their )?connection|connection to [^\n]{0,80}? (?:was |has been )?(?:lost|closed|dropped|reset|interrupted)|(?:stream|socket) (?:was |is )?closed|end of stream|closed by (?:the )?(?:remote|foreign) host|terminat(?:ed|es) (?:the )?connection|connection (?:is )?not (?:available|open)|\bNoConnection\b|" + EnglishWords.CouldNot + @" (?:read|write) (?:data|bytes) (?:from|to|on) the (?:transport connection|wire)|разорвал\w* (?:существующее )?(?:подключение|соединение)|强制关闭|強制的に切断|forçado o cancelamento|ServiceNotConnected|not connected|disconnected|FolderClosedException|(?:connection|socket) is already (?:destroyed|half-closed|closed)|\{:?error, ?:?closed\}|\bclosed stream\b|\bstream (?:\w+ ){0,5}(?:was|has been|is) closed\b|\bsocket (?:was )?aborted\b|\bioOnClosedChannel\b|Object name: '(?:System\.Net\.Sockets\.(?:Socket|NetworkStream)|System\.Net\.Security\.SslStream)'"
        + @"|anslutningen (?:\S+ )?(?:bröts|avbröts|förlorades)" // Swedish
        + "|" + ForeignWords.Connection + ForeignWords.NotSecureGap + ForeignWords.Closed
        + "|" + ForeignWords.Closed + @"\w*(?:[^\n.。!?:]){0,15}" + ForeignWords.Connection + "|" + ForeignWords.Disconnected, // a connection named with its end in one phrase, either order
        Options)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"\r?\n(?>[ \t]+)(?![2-5][0-9]{2}[ -])")]
    private static partial Regex FoldedLineBreak();

    [GeneratedRegex(@"^[ \t|]*(?:at [^\n]*|(?:from )?\S+\.rb:\d+:in [`'][^'\n]*'\s*|#\d+ \S+\(\d+\): [^\n]*|Completed [1-5]\d\d [A-Za-z ]+ in [\d.]+ ?ms\b[^\n]*)$|^[ \t|]*File ""[^""\n]+"", line \d+[^\n]*?(?=[ \t](?:\w+\.)*[A-Z]\w*(?:Error|Exception|Refused|Disconnected): |$)|\bStack trace:[ \t]*#0 [^\n]*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StackFrame();

    /// <summary>
    /// MailKit's list of possible TLS causes, from "This usually means" to "does not support SSL/TLS", or to the end;
    /// Windows' description of WSAECONNABORTED (10053), "possibly due to a data transmission time-out or protocol error".
    /// </summary>
    [GeneratedRegex(@"This usually means that the SSL certificate presented by the server is not trusted.*?(?:does not support SSL/TLS\.|\z)|,? possibly due to a data transmission time-?out or protocol error", Options | RegexOptions.Singleline)]
    private static partial Regex PossibleCauses();

    private sealed record Family(MailProblemKind Kind, Regex Pattern, MailProblemKind[]? AlsoPossible = null);

    /// <summary>A program's error that it prints by number or by name, and the problem it names.</summary>
    /// <param name="Name">Its name (MailCore's without the <c>MCOError</c> prefix, fetchmail's as it prints it).</param>
    /// <param name="Kind">The problem it names.</param>
    /// <param name="AlsoPossible">Other problems it may mean.</param>
    private sealed record NumberedError(string Name, MailProblemKind Kind, MailProblemKind[] AlsoPossible);
}
