using System.Security.Cryptography.X509Certificates;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Sample;

/// <summary>The commands about one account: <c>show</c>, <c>send</c> and <c>check</c>.</summary>
internal static class AccountCommands
{
    public static async Task<int> RunAsync(CommandLine command, CancellationToken cancellationToken)
    {
        var errors = command.Account.Validate();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine($"The settings for {command.Account.Address} are not usable:");
            foreach (var error in errors)
            {
                Console.Error.WriteLine($"  {error.Field,-14} {error.Message}");
            }

            return 2;
        }

        if (command.Verb == "show")
        {
            SettingsPrinter.Print(command.Account, Console.Out);
            Console.WriteLine("The settings are valid.");
            return 0;
        }

        await using var services = new ServiceCollection()
            .AddMailModule(options =>
            {
                foreach (var path in command.TrustedCaFiles)
                {
                    options.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificateFromFile(path));
                }

                options.CheckCertificateRevocation = command.CheckRevocation;
                if (command.ConnectTimeout is { } timeout)
                {
                    options.ConnectTimeout = timeout;
                }
            })
            .Services
            .BuildServiceProvider();

        return command.Verb == "check"
            ? await CheckAsync(services.GetRequiredService<IMailDiagnostics>(), command, cancellationToken)
            : await SendAsync(services.GetRequiredService<IMailSender>(), command, cancellationToken);
    }

    private static async Task<int> CheckAsync(IMailDiagnostics diagnostics, CommandLine command, CancellationToken cancellationToken)
    {
        var report = await diagnostics.CheckAsync(command.Account, new MailCheckOptions { Culture = command.Culture, SendTestMessage = command.SendTestMessage }, cancellationToken);
        Console.WriteLine(command.Json ? report.ToJson() : report.ToText(command.Transcript));
        return report.Succeeded ? 0 : 3;
    }

    private static async Task<int> SendAsync(IMailSender sender, CommandLine command, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.SendAsync(command.Account, command.Message, cancellationToken);
            Console.WriteLine($"Sent {result.MessageId} to {string.Join(", ", result.Recipients)}");
            Console.WriteLine($"Server: {result.ServerResponse}");
            return 0;
        }
        catch (MailOperationException ex)
        {
            var problem = command.Culture is null ? ex.Problem : ex.Problem.Localize(command.Culture);
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine();
            Console.Error.WriteLine(problem);
            if (problem.SuggestedChange is { } change)
            {
                Console.Error.WriteLine($"=> {change.Description}");
            }

            return 3;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"Nothing was sent: {ex.Message}");
            return 2;
        }
    }
}
