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
        Description = Say.Text("Account.Address"),
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> accountName = new("--account") { Description = Say.Text("Account.Name"), HelpName = "name" };

    private readonly Option<string?> displayName = new("--name") { Description = Say.Text("Account.DisplayName"), HelpName = "text" };

    private readonly Option<string?> login = new("--login") { Description = Say.Text("Account.Login"), HelpName = "name" };

    private readonly Option<string?> password = new("--password") { Description = Say.Text("Account.Password", PasswordVariable), HelpName = "secret" };

    private readonly Option<string?> appPassword = new("--app-password") { Description = Say.Text("Option.AppPassword"), HelpName = "secret" };

    private readonly Option<MailUsage?> usage = UsageOption();

    private readonly Option<ServerEndpoint?> smtp = EndpointOption("--smtp", Say.Text("Account.Smtp"));

    private readonly Option<ServerEndpoint?> imap = EndpointOption("--imap", Say.Text("Account.Imap"));

    private readonly Option<ServerEndpoint?> pop3 = EndpointOption("--pop3", Say.Text("Account.Pop3"));

    private readonly Option<string?> replyTo = new("--reply-to") { Description = Say.Text("Account.ReplyTo"), HelpName = "addresses" };

    private readonly Option<bool> copyToSelf = new("--copy-to-self") { Description = Say.Text("Account.CopyToSelf") };

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
        Description = Say.Text("Account.Usage"),
        HelpName = "send|receive|both",
        CustomParser = result => result.Tokens[0].Value.ToLowerInvariant() switch
        {
            "send" => MailUsage.Send,
            "receive" => MailUsage.Receive,
            "both" => MailUsage.SendAndReceive,
            var other => Error<MailUsage?>(result, Say.Text("Account.UsageInvalid", other)),
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
                ?? throw new ArgumentException(Say.Text("Account.Missing"));
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
            throw new InvalidOperationException(Say.Text("Account.NoServersFound", typed.Address));
        }

        if (!found.IsTrusted)
        {
            throw new InvalidOperationException(Say.Text("Account.ServersUntrusted", typed.Address, found.Source));
        }

        Console.WriteLine(Say.Text("Account.ServersFound", typed.Address, found.Source));
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
            return Error<ServerEndpoint?>(result, Say.Text("Account.EndpointInvalid", name, text));
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
            : Error<ServerEndpoint?>(result, Say.Text("Account.SecurityInvalid", name, parts[2]));
    }

    private static T? Error<T>(ArgumentResult result, string error)
    {
        result.AddError(error);
        return default;
    }
}
