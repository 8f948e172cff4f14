using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>The sample's command line: a verb, an address, account options and message options.</summary>
internal sealed class CommandLine
{
    public const string PasswordVariable = "MAILKITCONFIG_PASSWORD";

    public const string Usage = $$"""
        MailKitConfig sample

        Usage:
          configure <address> [--password <secret>] [--usage send|receive|both] [--pop3] [--trace] [--culture ru]
                                                                find the settings of an address (offline for known providers);
                                                                with a password they are verified by logging in
          show <address> [account options]                     check the account settings and print them (no network)
          send <address> [account options] [message options]  send a message through the account's SMTP server
          check <address> [account options] [check options]   "check settings": every step against the real servers
          explain "<server reply>" [explain options]           diagnose a server reply (no network)
          explain [--culture ru] < replies.jsonl               classify JSON lines {"protocol","stage","text","host"}

        Account options:
          --name <text>              display name shown to recipients
          --login <name>             login, when it is not the address
          --password <secret>        password (or set {{PasswordVariable}}, which keeps it out of the shell history)
          --app-password <secret>    app password issued by the provider
          --usage send|receive|both  what the account is for (default: both)
          --smtp <host:port[:sec]>   outgoing server; sec = tls | starttls | starttls-optional | none
          --imap <host:port[:sec]>   incoming IMAP server
          --pop3 <host:port[:sec]>   incoming POP3 server
                                     (sec defaults to tls on 465/993/995, otherwise starttls)
          --reply-to <addresses>     where replies go
          --copy-to-self             send every message also as a hidden copy to the account itself

        Message options (send):
          --to, --cc, --bcc <addresses>   recipients, comma-separated, each may be repeated
          --from <address>                another sender address the login may use
          --subject <text>   --text <text>   --html <html>
          --attach <file>                 attach a file (may be repeated)
          --trust-ca <file>               also trust this root certificate (PEM), e.g. a company CA
          --no-revocation-check           do not check certificate revocation (for CAs without a CRL)
          --connect-timeout <seconds>     how long connecting may take (default 15)

        Check options (check):
          --culture <name>   language of the report, e.g. ru      --json   the report as JSON
          --transcript       include the (redacted) protocol transcripts
          --send-test        also send a real test message to the account itself

        Explain options (explain):
          --protocol smtp|imap|pop3   --stage <step, e.g. Authentication>   --host <server>
          --culture <name>            --json

        Examples:
          configure ivan@bk.ru
          show ann@example.com --password secret --smtp smtp.example.com:587 --imap imap.example.com:993
          explain "535 5.7.3 Authentication unsuccessful" --host smtp.office365.com --culture ru
        """;

    private CommandLine(string verb, MailAccountSettings account, OutgoingMessage message, IReadOnlyList<string> trustedCaFiles, bool checkRevocation)
    {
        Verb = verb;
        Account = account;
        Message = message;
        TrustedCaFiles = trustedCaFiles;
        CheckRevocation = checkRevocation;
    }

    public string Verb { get; }

    public MailAccountSettings Account { get; }

    public OutgoingMessage Message { get; }

    public IReadOnlyList<string> TrustedCaFiles { get; }

    public bool CheckRevocation { get; }

    public TimeSpan? ConnectTimeout { get; private set; }

    public System.Globalization.CultureInfo? Culture { get; private set; }

    public bool Json { get; private set; }

    public bool Transcript { get; private set; }

    public bool SendTestMessage { get; private set; }

    public static CommandLine Parse(string[] args)
    {
        var account = new MailAccountSettings { Address = args[1] };
        var message = new OutgoingMessage();
        var trusted = new List<string>();
        var checkRevocation = true;
        TimeSpan? connectTimeout = null;
        System.Globalization.CultureInfo? culture = null;
        bool json = false, transcript = false, sendTest = false;
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment)
        {
            account = account with { Credentials = MailCredentials.Password(fromEnvironment) };
        }

        for (var i = 2; i < args.Length; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{option} needs a value.");
            switch (option)
            {
                case "--name": account = account with { DisplayName = Value() }; break;
                case "--login": account = account with { Login = Value() }; break;
                case "--password": account = account with { Credentials = MailCredentials.Password(Value()) }; break;
                case "--app-password": account = account with { Credentials = MailCredentials.AppPassword(Value()) }; break;
                case "--usage": account = account with { Usage = ParseUsage(Value()) }; break;
                case "--smtp": account = account with { Smtp = ParseEndpoint(option, Value()) }; break;
                case "--imap": account = account with { Imap = ParseEndpoint(option, Value()) }; break;
                case "--pop3": account = account with { Pop3 = ParseEndpoint(option, Value()) }; break;
                case "--reply-to": account = account with { ReplyTo = Value() }; break;
                case "--copy-to-self": account = account with { HiddenCopyToSelf = true }; break;
                case "--to": message.To.Add(Value()); break;
                case "--cc": message.Cc.Add(Value()); break;
                case "--bcc": message.Bcc.Add(Value()); break;
                case "--from": message.From = Value(); break;
                case "--subject": message.Subject = Value(); break;
                case "--text": message.TextBody = Value(); break;
                case "--html": message.HtmlBody = Value(); break;
                case "--attach":
                    message.Attachments.Add(MailAttachment.FromFile(Value()));
                    break;
                case "--trust-ca": trusted.Add(Value()); break;
                case "--no-revocation-check": checkRevocation = false; break;
                case "--connect-timeout": connectTimeout = TimeSpan.FromSeconds(double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--culture": culture = System.Globalization.CultureInfo.GetCultureInfo(Value()); break;
                case "--json": json = true; break;
                case "--transcript": transcript = true; break;
                case "--send-test": sendTest = true; break;
                default: throw new FormatException($"Unknown option '{option}'.");
            }
        }

        return new CommandLine(args[0], account, message, trusted, checkRevocation)
        {
            ConnectTimeout = connectTimeout,
            Culture = culture,
            Json = json,
            Transcript = transcript,
            SendTestMessage = sendTest,
        };
    }

    private static MailUsage ParseUsage(string text) => text.ToLowerInvariant() switch
    {
        "send" => MailUsage.Send,
        "receive" => MailUsage.Receive,
        "both" => MailUsage.SendAndReceive,
        _ => throw new FormatException($"--usage must be send, receive or both, not '{text}'."),
    };

    /// <summary>Parses <c>host:port[:security]</c>; an unparsable port becomes 0 so the settings validation reports it.</summary>
    private static ServerEndpoint ParseEndpoint(string option, string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            throw new FormatException($"{option} must look like host:port or host:port:security, not '{text}'.");
        }

        var port = int.TryParse(parts[1], out var parsed) ? parsed : 0;
        var security = parts.Length == 3 ? ParseSecurity(option, parts[2]) : port is 465 or 993 or 995 ? MailSecurity.ImplicitTls : MailSecurity.StartTlsRequired;
        return new ServerEndpoint(parts[0], port, security);
    }

    private static MailSecurity ParseSecurity(string option, string text) => text.ToLowerInvariant() switch
    {
        "tls" or "ssl" => MailSecurity.ImplicitTls,
        "starttls" => MailSecurity.StartTlsRequired,
        "starttls-optional" => MailSecurity.StartTlsWhenAvailable,
        "none" => MailSecurity.None,
        _ => throw new FormatException($"{option}: security must be tls, starttls, starttls-optional or none, not '{text}'."),
    };
}
