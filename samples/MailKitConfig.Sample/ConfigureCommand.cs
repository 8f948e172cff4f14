using System.CommandLine;
using System.Net;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Sample;

/// <summary>
/// <c>configure &lt;address&gt; [--password …|--oauth [--client-id …]]</c>: discovers the settings of an address (offline
/// for preset providers), verifies them when a password is given or after signing in with the mail service, and prints
/// the settings, their source and the hints; each source and login is shown as it finishes.
/// </summary>
internal static class ConfigureCommand
{
    public static Command Create()
    {
        var command = new Command("configure", Say.Text("Find the settings of an address (offline for known providers); with a password they are verified by logging in", "Найти настройки по адресу (для известных сервисов — без сети); с паролем они проверяются входом"));
        var address = new Argument<string>("address") { Description = Say.Text("The email address", "Адрес электронной почты") };
        var password = new Option<string?>("--password") { Description = Say.Text($"Password to verify the settings with (or set {AccountArguments.PasswordVariable})", $"Пароль для проверки настроек (или переменная {AccountArguments.PasswordVariable})"), HelpName = "secret" };
        var appPassword = new Option<string?>("--app-password") { Description = Say.Text("App password issued by the provider", "Пароль приложения, выданный почтовым сервисом"), HelpName = "secret" };
        var usage = AccountArguments.UsageOption();
        var pop3 = new Option<bool>("--pop3") { Description = Say.Text("Prefer POP3 to IMAP for incoming mail", "Предпочесть POP3 вместо IMAP") };
        var trace = new Option<bool>("--trace") { Description = Say.Text("Print the whole trace at the end", "В конце вывести весь ход поиска") };
        var dns = new Option<IPEndPoint[]>("--dns")
        {
            Description = Say.Text("Ask this DNS server (address[:port]) instead of the system's; may be repeated", "Спрашивать этот DNS-сервер (адрес[:порт]) вместо системного; можно повторять"),
            HelpName = "server",
            CustomParser = result => [.. result.Tokens.Select(t => ParseServer(result, t.Value)).OfType<IPEndPoint>()],
        };
        var oauth = new Option<bool>("--oauth") { Description = Say.Text("Sign in with the mail service (OAuth 2.0) instead of a password; the refresh token is kept, so later commands need no sign-in", "Войти через почтовый сервис (OAuth 2.0) вместо пароля; токен обновления сохраняется, и другим командам вход не нужен") };
        var clientId = new Option<string?>("--client-id") { Description = Say.Text("With --oauth: the client id of your app registered with the provider (else Mail:OAuth:Registrations in appsettings.json)", "С --oauth: идентификатор вашего приложения, зарегистрированного у сервиса (иначе Mail:OAuth:Registrations в appsettings.json)"), HelpName = "id" };
        var clientSecret = new Option<string?>("--client-secret") { Description = Say.Text("With --client-id: the app's client secret, for providers that want one (Google)", "С --client-id: секрет приложения, если сервис его требует (Google)"), HelpName = "secret" };
        var deviceCode = new Option<bool>("--device-code") { Description = Say.Text("With --oauth: sign in on another device with a short code (no browser here)", "С --oauth: войти на другом устройстве по короткому коду (без браузера здесь)") };
        var noBrowser = new Option<bool>("--no-browser") { Description = Say.Text("With --oauth: only print the sign-in address, do not start a browser", "С --oauth: только вывести адрес входа, не запускать браузер") };
        command.Add(address);
        foreach (var option in new Option[] { password, appPassword, usage, pop3, dns, trace, oauth, clientId, clientSecret, deviceCode, noBrowser })
        {
            command.Add(option);
        }

        command.Validators.Add(result =>
        {
            var signIn = result.GetValue(oauth);
            if (!signIn && (result.GetValue(clientId) is not null || result.GetValue(clientSecret) is not null || result.GetValue(deviceCode) || result.GetValue(noBrowser)))
            {
                result.AddError(Say.Text("--client-id, --client-secret, --device-code and --no-browser go with --oauth.", "--client-id, --client-secret, --device-code и --no-browser указываются вместе с --oauth."));
            }

            if (signIn && (result.GetValue(password) is not null || result.GetValue(appPassword) is not null))
            {
                result.AddError(Say.Text("--oauth signs in without a password: leave out --password and --app-password.", "--oauth входит без пароля: уберите --password и --app-password."));
            }
        });

        var connection = new ConnectionArguments(command);
        command.Run(connection.Culture, async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(address)!;
            if (parse.GetValue(oauth))
            {
                var registration = parse.GetValue(clientId) is { Length: > 0 } id
                    ? new OAuthAppRegistration(id) { ClientSecret = parse.GetValue(clientSecret), Redirect = parse.GetValue(deviceCode) ? OAuthRedirectKind.DeviceCode : OAuthRedirectKind.Loopback }
                    : null;
                var request = new MailOAuthSignInRequest(text)
                {
                    Usage = parse.GetValue(usage) ?? MailUsage.SendAndReceive,
                    PreferredIncoming = parse.GetValue(pop3) ? MailProtocol.Pop3 : MailProtocol.Imap,
                    Registration = registration,
                    Redirect = parse.GetValue(deviceCode) ? OAuthRedirectKind.DeviceCode : null,
                    ShowDeviceCode = ConsoleSignIn.ShowDeviceCodeAsync,
                };
                return await SignInAsync(connection, parse, request, parse.GetValue(dns) ?? [], !parse.GetValue(noBrowser), cancellationToken);
            }

            MailCredentials? credentials = parse.GetValue(appPassword) is { Length: > 0 } app ? MailCredentials.AppPassword(app)
                : (parse.GetValue(password) ?? Environment.GetEnvironmentVariable(AccountArguments.PasswordVariable)) is { Length: > 0 } secret ? MailCredentials.Password(secret)
                : null;
            var servers = parse.GetValue(dns) ?? [];
            await using var host = await connection.StartHostAsync(parse, mail => mail.ConfigureDiscovery(o => servers.ToList().ForEach(o.NameServers.Add)), cancellationToken);
            var configurator = host.Services.GetRequiredService<IMailAccountConfigurator>();
            Console.WriteLine(Say.Text($"Looking for the settings of {text} …", $"Ищем настройки для {text} …"));
            var result = await configurator.ConfigureAsync(
                new MailConfigurationRequest(text)
                {
                    Credentials = credentials,
                    Verify = credentials is not null,
                    Usage = parse.GetValue(usage) ?? MailUsage.SendAndReceive,
                    PreferredIncoming = parse.GetValue(pop3) ? MailProtocol.Pop3 : MailProtocol.Imap,
                    Progress = new ConsoleProgress<DiscoveryTraceEntry>(PrintStep),
                },
                cancellationToken);
            Print(result, text, credentials is not null);
            if (parse.GetValue(trace))
            {
                Console.WriteLine();
                Console.WriteLine(result.Trace);
            }

            return result.Succeeded ? 0 : SampleAction.MailFailed;
        });
        return command;
    }

    /// <summary>Signs in with the mail service; the settings are then found and verified with the token, like a password.</summary>
    private static async Task<int> SignInAsync(ConnectionArguments connection, ParseResult parse, MailOAuthSignInRequest request, IPEndPoint[] servers, bool openBrowser, CancellationToken cancellationToken)
    {
        await using var host = await connection.StartHostAsync(
            parse,
            mail =>
            {
                mail.ConfigureDiscovery(o => servers.ToList().ForEach(o.NameServers.Add));
                mail.ConfigureOAuth(o => o.Browser = new ConsoleSignIn(openBrowser));
            },
            cancellationToken);
        Console.WriteLine(Say.Text($"Signing in {request.Address} with its mail service …", $"Вход в {request.Address} через почтовый сервис …"));
        var result = await host.Services.GetRequiredService<IMailOAuth>().SignInAsync(request, cancellationToken);
        Print(result, request.Address, verifying: true);
        if (result.Succeeded)
        {
            Console.WriteLine();
            Console.WriteLine(Say.Text(
                "Signed in. The refresh token is kept for this user (Mail:OAuth:TokenDirectory), so send and receive with this address sign in on their own.",
                "Вход выполнен. Токен обновления сохранён для этого пользователя (Mail:OAuth:TokenDirectory), поэтому send и receive с этим адресом входят сами."));
        }

        return result.Succeeded ? 0 : SampleAction.MailFailed;
    }

    private static IPEndPoint? ParseServer(System.CommandLine.Parsing.ArgumentResult result, string text)
    {
        if (IPEndPoint.TryParse(text, out var server))
        {
            return server.Port == 0 ? new IPEndPoint(server.Address, 53) : server;
        }

        result.AddError(Say.Text($"--dns: '{text}' is not an IP address with an optional port, e.g. 127.0.0.1:53.", $"--dns: «{text}» — не IP-адрес с необязательным портом, например 127.0.0.1:53."));
        return null;
    }

    /// <summary>One line per finished source or login, as it happens.</summary>
    private static void PrintStep(DiscoveryTraceEntry entry)
    {
        var mark = entry.Outcome switch
        {
            DiscoveryOutcome.Found or DiscoveryOutcome.Verified => "✓",
            DiscoveryOutcome.NotFound or DiscoveryOutcome.Skipped => "·",
            _ => "✗",
        };
        Console.WriteLine(Say.Format($"  {mark} {entry.Source,-14} {entry.Outcome,-9} {entry.Duration.TotalMilliseconds,6:N0} ms  {entry.Detail}"));
    }

    private static void Print(MailConfigurationResult result, string address, bool verifying)
    {
        Console.WriteLine();
        SettingsPrinter.Line(Console.Out, Say.Text("Address", "Адрес"), address);
        SettingsPrinter.Line(Console.Out, Say.Text("Provider", "Сервис"), result.Provider is { } p
            ? Say.Format($"{p.Name} — {Say.Text("facts checked", "сведения проверены")} {p.CheckedOn:d}")
            : Say.Text("(not a known provider)", "(неизвестный сервис)"));
        SettingsPrinter.Line(Console.Out, Say.Text("Source", "Источник"), (result.Source?.ToString() ?? "-")
            + (result.IsTrusted ? string.Empty : Say.Text(" (untrusted: confirm these servers before entering a password)", " (не доверенный: проверьте серверы, прежде чем вводить пароль)")));
        SettingsPrinter.Line(Console.Out, Say.Text("Verified", "Проверено"), result.IsVerified
            ? Say.Text("yes, every server accepted the login", "да, все серверы приняли вход")
            : verifying ? Say.Text("no", "нет") : Say.Text("no (give --password to verify)", "нет (укажите --password для проверки)"));
        if (result.Settings is { } settings)
        {
            SettingsPrinter.Print(settings, Console.Out);
        }

        foreach (var hint in result.Hints)
        {
            SettingsPrinter.Line(Console.Out, Say.Text("Hint", "Совет"), hint);
        }

        if (result.Problem is { } problem)
        {
            Console.WriteLine();
            Console.WriteLine(problem);
        }
    }
}
