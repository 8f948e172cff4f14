using System.Globalization;
using System.Net;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Sample;

/// <summary>
/// <c>configure &lt;address&gt; [--password …]</c>: discovers the settings of an address (offline for preset providers),
/// verifies them when a password is given, and prints the settings, their source, the hints and the trace.
/// </summary>
internal static class ConfigureCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var address = args[0];
        MailCredentials? credentials = Environment.GetEnvironmentVariable(CommandLine.PasswordVariable) is { Length: > 0 } secret ? MailCredentials.Password(secret) : null;
        var usage = MailUsage.SendAndReceive;
        var preferPop3 = false;
        var trace = false;
        CultureInfo? culture = null;
        var dns = new List<IPEndPoint>();
        var trusted = new List<string>();
        var checkRevocation = true;
        for (var i = 1; i < args.Length; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{option} needs a value.");
            switch (option)
            {
                case "--password": credentials = MailCredentials.Password(Value()); break;
                case "--app-password": credentials = MailCredentials.AppPassword(Value()); break;
                case "--usage": usage = Value() switch { "send" => MailUsage.Send, "receive" => MailUsage.Receive, "both" => MailUsage.SendAndReceive, var v => throw new FormatException($"--usage must be send, receive or both, not '{v}'.") }; break;
                case "--pop3": preferPop3 = true; break;
                case "--trace": trace = true; break;
                case "--culture": culture = CultureInfo.GetCultureInfo(Value()); break;
                case "--dns": dns.Add(IPEndPoint.Parse(Value())); break;
                case "--trust-ca": trusted.Add(Value()); break;
                case "--no-revocation-check": checkRevocation = false; break;
                default: throw new FormatException($"Unknown option '{option}'.");
            }
        }

        if (culture is not null)
        {
            CultureInfo.CurrentUICulture = culture;
        }

        await using var services = new ServiceCollection()
            .AddMailModule(o =>
            {
                trusted.ForEach(path => o.TrustedRootCertificates.Add(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(path)));
                o.CheckCertificateRevocation = checkRevocation;
            })
            .ConfigureDiscovery(o => dns.ForEach(o.NameServers.Add))
            .Services
            .BuildServiceProvider();
        var configurator = services.GetRequiredService<IMailAccountConfigurator>();
        var result = credentials is null
            ? await configurator.FindCandidatesAsync(address, usage, cancellationToken)
            : await configurator.ConfigureAsync(new MailConfigurationRequest(address) { Credentials = credentials, Usage = usage, PreferredIncoming = preferPop3 ? MailProtocol.Pop3 : MailProtocol.Imap }, cancellationToken);

        Console.WriteLine($"Address        {address}");
        Console.WriteLine($"Provider       {result.Provider?.Name ?? "(not a known provider)"}{(result.Provider is { } p ? $" — facts checked {p.CheckedOn:yyyy-MM-dd}" : string.Empty)}");
        Console.WriteLine($"Source         {result.Source?.ToString() ?? "-"}{(result.IsTrusted ? string.Empty : " (untrusted: confirm these servers before entering a password)")}");
        Console.WriteLine($"Verified       {(result.IsVerified ? "yes, every server accepted the login" : credentials is null ? "no (give --password to verify)" : "no")}");
        if (result.Settings is { } settings)
        {
            SettingsPrinter.Print(settings, Console.Out);
        }

        foreach (var hint in result.Hints)
        {
            Console.WriteLine($"Hint           {hint}");
        }

        if (result.Problem is { } problem)
        {
            Console.WriteLine();
            Console.WriteLine(problem);
        }

        if (trace)
        {
            Console.WriteLine();
            Console.WriteLine(result.Trace);
        }

        return result.Succeeded ? 0 : 3;
    }
}
