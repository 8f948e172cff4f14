using System.CommandLine;
using System.CommandLine.Parsing;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Sample;

/// <summary>The account a command works with, typed on the command line: the address and the account options.</summary>
internal sealed class AccountArguments
{
    /// <summary>The environment variable that can hold the password, keeping it out of the shell history.</summary>
    public const string PasswordVariable = "MAILKITCONFIG_PASSWORD";

    private readonly Argument<string?> address = new("address")
    {
        Description = Say.Text("The account's email address; without it, the configured account (--account, else Mail:DefaultAccount)", "Адрес почтового ящика; без него — ящик из конфигурации (--account, иначе Mail:DefaultAccount)"),
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> accountName = new("--account") { Description = Say.Text("Use the account of this name from appsettings.json (Mail:Accounts:<name>)", "Взять ящик с этим именем из appsettings.json (Mail:Accounts:<имя>)"), HelpName = "name" };

    private readonly Option<string?> displayName = new("--name") { Description = Say.Text("Display name shown to recipients", "Имя, которое видят получатели"), HelpName = "text" };

    private readonly Option<string?> login = new("--login") { Description = Say.Text("Login, when it is not the address", "Логин, если это не адрес"), HelpName = "name" };

    private readonly Option<string?> password = new("--password") { Description = Say.Text($"Password (or set {PasswordVariable}, which keeps it out of the shell history)", $"Пароль (или переменная {PasswordVariable}, чтобы он не попал в историю команд)"), HelpName = "secret" };

    private readonly Option<string?> appPassword = new("--app-password") { Description = Say.Text("App password issued by the provider", "Пароль приложения, выданный почтовым сервисом"), HelpName = "secret" };

    private readonly Option<MailUsage?> usage = UsageOption();

    private readonly Option<ServerEndpoint?> smtp = EndpointOption("--smtp", Say.Text("Outgoing server host:port[:security]; security = tls | starttls | starttls-optional | none (default: tls on 465/993/995, else starttls)", "Сервер исходящей почты хост:порт[:защита]; защита = tls | starttls | starttls-optional | none (по умолчанию tls на 465/993/995, иначе starttls)"));

    private readonly Option<ServerEndpoint?> imap = EndpointOption("--imap", Say.Text("Incoming IMAP server host:port[:security]", "Сервер входящей почты IMAP хост:порт[:защита]"));

    private readonly Option<ServerEndpoint?> pop3 = EndpointOption("--pop3", Say.Text("Incoming POP3 server host:port[:security]", "Сервер входящей почты POP3 хост:порт[:защита]"));

    private readonly Option<string?> replyTo = new("--reply-to") { Description = Say.Text("Where replies go", "Куда приходят ответы"), HelpName = "addresses" };

    private readonly Option<bool> copyToSelf = new("--copy-to-self") { Description = Say.Text("Send every message also as a hidden copy to the account itself", "Отправлять каждое письмо скрытой копией себе") };

    /// <summary>Initializes a new instance of the <see cref="AccountArguments"/> class and adds its argument and options to a command.</summary>
    /// <param name="command">The command.</param>
    public AccountArguments(Command command)
    {
        command.Add(address);
        foreach (var option in new Option[] { accountName, displayName, login, password, appPassword, usage, smtp, imap, pop3, replyTo, copyToSelf })
        {
            command.Add(option);
        }
    }

    /// <summary>Creates the <c>--usage</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<MailUsage?> UsageOption() => new("--usage")
    {
        Description = Say.Text("What the account is for: send | receive | both (default: from the servers given)", "Для чего ящик: send | receive | both (по умолчанию — по указанным серверам)"),
        HelpName = "send|receive|both",
        CustomParser = result => result.Tokens[0].Value.ToLowerInvariant() switch
        {
            "send" => MailUsage.Send,
            "receive" => MailUsage.Receive,
            "both" => MailUsage.SendAndReceive,
            var other => Error<MailUsage?>(result, $"--usage must be send, receive or both, not '{other}'.", $"--usage: send, receive или both, а не «{other}»."),
        },
    };

    /// <summary>Reads the account typed on the command line, or the configured one; checks that it is valid.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="services">The host's services, with the configured accounts.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The settings.</returns>
    public async Task<MailAccountSettings> ReadAsync(ParseResult parse, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (parse.GetValue(address) is null)
        {
            var accounts = services.GetRequiredService<IMailAccounts>();
            var name = parse.GetValue(accountName) ?? accounts.DefaultName
                ?? throw new ArgumentException(Say.Text("give the account's address, or --account with a name from Mail:Accounts in appsettings.json.", "укажите адрес ящика или --account с именем из Mail:Accounts в appsettings.json."));
            return await accounts.GetAsync(name, cancellationToken);
        }

        var typed = Read(parse);
        if (typed.Credentials is null)
        {
            typed = typed with { Credentials = await StoredCredentialsAsync(services, typed.Address, cancellationToken) };
        }

        if (typed.Smtp is null && typed.Imap is null && typed.Pop3 is null && typed.Address.Contains('@', StringComparison.Ordinal))
        {
            typed = await DiscoverAsync(services, typed, parse.GetValue(usage) ?? MailUsage.SendAndReceive, cancellationToken);
        }

        typed.EnsureValid();
        return typed;
    }

    /// <summary>
    /// Reads the account typed on the command line, if an address was given, before the host exists (for options that
    /// need it at start): the servers must be typed, and no stored sign-in is looked up. Checks that it is valid.
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The settings, or <see langword="null"/> when no address was given (a configured account is meant).</returns>
    public MailAccountSettings? ReadTyped(ParseResult parse)
    {
        if (parse.GetValue(address) is null)
        {
            return null;
        }

        var typed = Read(parse);
        typed.EnsureValid();
        return typed;
    }

    /// <summary>Asks the module's credential providers, e.g. for the stored OAuth sign-in of <c>configure --oauth</c>.</summary>
    private static async Task<MailCredentials?> StoredCredentialsAsync(IServiceProvider services, string address, CancellationToken cancellationToken)
    {
        foreach (var provider in services.GetServices<IMailCredentialProvider>())
        {
            if (await provider.GetCredentialsAsync(address, address, cancellationToken) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>No server typed: the servers are looked up (offline for known providers), and used only from a trusted source.</summary>
    private static async Task<MailAccountSettings> DiscoverAsync(IServiceProvider services, MailAccountSettings typed, MailUsage usage, CancellationToken cancellationToken)
    {
        var found = await services.GetRequiredService<IMailAccountConfigurator>().ConfigureAsync(new MailConfigurationRequest(typed.Address) { Usage = usage, Verify = false }, cancellationToken);
        if (found.Settings is not { } settings)
        {
            throw new InvalidOperationException(Say.Text(
                $"no servers were given and none were found for {typed.Address}: give --smtp, --imap or --pop3.",
                $"серверы не указаны и для {typed.Address} не найдены: укажите --smtp, --imap или --pop3."));
        }

        if (!found.IsTrusted)
        {
            throw new InvalidOperationException(Say.Text(
                $"the servers found for {typed.Address} ({found.Source}) come from a source that cannot be trusted: confirm them with --smtp, --imap or --pop3.",
                $"серверы для {typed.Address} ({found.Source}) найдены в источнике, которому нельзя доверять: подтвердите их через --smtp, --imap или --pop3."));
        }

        Console.WriteLine(Say.Text($"Servers of {typed.Address} from {found.Source} (give --smtp, --imap or --pop3 to use others).", $"Серверы {typed.Address} из источника {found.Source} (другие — через --smtp, --imap или --pop3)."));
        return typed with { Smtp = settings.Smtp, Imap = settings.Imap, Pop3 = settings.Pop3, Usage = settings.Usage };
    }

    private MailAccountSettings Read(ParseResult parse)
    {
        var smtpServer = parse.GetValue(smtp);
        var imapServer = parse.GetValue(imap);
        var pop3Server = parse.GetValue(pop3);
        return new MailAccountSettings
        {
            Address = parse.GetValue(address)!,
            DisplayName = parse.GetValue(displayName),
            Login = parse.GetValue(login),
            Credentials = ReadCredentials(parse),
            Usage = parse.GetValue(usage) ?? MailAccountSettings.UsageFor(smtpServer, imapServer, pop3Server), // send-only needs no IMAP or POP3
            Smtp = smtpServer,
            Imap = imapServer,
            Pop3 = pop3Server,
            ReplyTo = parse.GetValue(replyTo),
            HiddenCopyToSelf = parse.GetValue(copyToSelf),
        };
    }

    private MailCredentials? ReadCredentials(ParseResult parse)
        => parse.GetValue(appPassword) is { Length: > 0 } app ? MailCredentials.AppPassword(app)
            : parse.GetValue(password) is { Length: > 0 } typed ? MailCredentials.Password(typed)
            : Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment ? MailCredentials.Password(fromEnvironment)
            : null;

    private static Option<ServerEndpoint?> EndpointOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "host:port[:security]",
        CustomParser = result => ParseEndpoint(name, result),
    };

    /// <summary>Parses <c>host:port[:security]</c>; a port out of range is left to the settings validation, which names the field.</summary>
    private static ServerEndpoint? ParseEndpoint(string name, ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port))
        {
            return Error<ServerEndpoint?>(result, $"{name} must look like host:port or host:port:security, not '{text}'.", $"{name}: нужно хост:порт или хост:порт:защита, а не «{text}».");
        }

        MailSecurity? security = parts.Length == 2 ? ServerEndpoint.DefaultSecurity(port) : parts[2].ToLowerInvariant() switch
        {
            "tls" or "ssl" => MailSecurity.ImplicitTls,
            "starttls" => MailSecurity.StartTlsRequired,
            "starttls-optional" => MailSecurity.StartTlsWhenAvailable,
            "none" => MailSecurity.None,
            _ => null,
        };
        return security is { } known
            ? new ServerEndpoint(parts[0], port, known)
            : Error<ServerEndpoint?>(result, $"{name}: security must be tls, starttls, starttls-optional or none, not '{parts[2]}'.", $"{name}: защита — tls, starttls, starttls-optional или none, а не «{parts[2]}».");
    }

    private static T? Error<T>(ArgumentResult result, string english, string russian)
    {
        result.AddError(Say.Text(english, russian));
        return default;
    }
}
