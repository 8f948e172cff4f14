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
        var command = new Command("configure", Say.Text("Configure.Description"));
        var address = new Argument<string>("address") { Description = Say.Text("Configure.Address") };
        var password = new Option<string?>("--password") { Description = Say.Text("Configure.Password", AccountArguments.PasswordVariable), HelpName = "secret" };
        var appPassword = new Option<string?>("--app-password") { Description = Say.Text("Option.AppPassword"), HelpName = "secret" };
        var usage = AccountArguments.UsageOption();
        var pop3 = new Option<bool>("--pop3") { Description = Say.Text("Configure.Pop3") };
        var trace = new Option<bool>("--trace") { Description = Say.Text("Configure.Trace") };
        var dns = new Option<IPEndPoint[]>("--dns")
        {
            Description = Say.Text("Configure.Dns"),
            HelpName = "server",
            CustomParser = result => [.. result.Tokens.Select(t => ParseServer(result, t.Value)).OfType<IPEndPoint>()],
        };
        var oauth = new Option<bool>("--oauth") { Description = Say.Text("Configure.OAuth") };
        var clientId = new Option<string?>("--client-id") { Description = Say.Text("Configure.ClientId"), HelpName = "id" };
        var clientSecret = new Option<string?>("--client-secret") { Description = Say.Text("Configure.ClientSecret"), HelpName = "secret" };
        var deviceCode = new Option<bool>("--device-code") { Description = Say.Text("Configure.DeviceCode") };
        var noBrowser = new Option<bool>("--no-browser") { Description = Say.Text("Configure.NoBrowser") };
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
                result.AddError(Say.Text("Configure.OAuthOptionsAlone"));
            }

            if (signIn && (result.GetValue(password) is not null || result.GetValue(appPassword) is not null))
            {
                result.AddError(Say.Text("Configure.OAuthWithPassword"));
            }
        });

        var connection = new ConnectionArguments(command);
        command.Run(async (parse, cancellationToken) =>
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
            Console.WriteLine(Say.Text("Configure.Looking", text));
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
                foreach (var entry in result.Trace.Entries)
                {
                    Console.WriteLine(Say.Text("Configure.TraceLine", entry.At.TotalMilliseconds, entry.Source, Outcome(entry.Outcome), entry.Duration.TotalMilliseconds, entry.Detail));
                }
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
        Console.WriteLine(Say.Text("Configure.SigningIn", request.Address));
        var result = await host.Services.GetRequiredService<IMailOAuth>().SignInAsync(request, cancellationToken);
        Print(result, request.Address, verifying: true);
        if (result.Succeeded)
        {
            Console.WriteLine();
            Console.WriteLine(Say.Text("Configure.SignedIn"));
        }

        return result.Succeeded ? 0 : SampleAction.MailFailed;
    }

    private static IPEndPoint? ParseServer(System.CommandLine.Parsing.ArgumentResult result, string text)
    {
        if (IPEndPoint.TryParse(text, out var server))
        {
            return server.Port == 0 ? new IPEndPoint(server.Address, 53) : server;
        }

        result.AddError(Say.Text("Configure.DnsInvalid", text));
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
        Console.WriteLine(Say.Text("Configure.Step", mark, entry.Source, Outcome(entry.Outcome), entry.Duration.TotalMilliseconds, entry.Detail));
    }

    /// <summary>An outcome in the user's language (the library's texts <c>Trace.Outcome.*</c>).</summary>
    private static string Outcome(DiscoveryOutcome outcome) => MailTexts.Get($"Trace.Outcome.{outcome}");

    private static void Print(MailConfigurationResult result, string address, bool verifying)
    {
        Console.WriteLine();
        SettingsPrinter.Line(Console.Out, Say.Text("Label.Address"), address);
        SettingsPrinter.Line(Console.Out, Say.Text("Label.Provider"), result.Provider is { } p
            ? Say.Text("Configure.ProviderFacts", p.Name, p.CheckedOn)
            : Say.Text("Configure.UnknownProvider"));
        SettingsPrinter.Line(Console.Out, Say.Text("Label.Source"), (result.Source?.ToString() ?? "-")
            + (result.IsTrusted ? string.Empty : Say.Text("Configure.Untrusted")));
        SettingsPrinter.Line(Console.Out, Say.Text("Label.Verified"), result.IsVerified
            ? Say.Text("Configure.VerifiedYes")
            : verifying ? Say.Text("Word.No") : Say.Text("Configure.VerifiedNoPassword"));
        if (result.Settings is { } settings)
        {
            SettingsPrinter.Print(settings, Console.Out);
        }

        foreach (var hint in result.Hints)
        {
            SettingsPrinter.Line(Console.Out, Say.Text("Label.Hint"), hint);
        }

        if (result.Problem is { } problem)
        {
            Console.WriteLine();
            Console.WriteLine(problem);
        }
    }
}
