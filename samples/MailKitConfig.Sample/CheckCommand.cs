using System.CommandLine;
using System.Globalization;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Sample;

/// <summary><c>check &lt;address&gt; [account options]</c>: "check settings", every step against the real servers.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", Say.Text("Check.Description"));
        var account = new AccountArguments(command);
        var connection = new ConnectionArguments(command);
        var json = new Option<bool>("--json") { Description = Say.Text("Check.Json") };
        var transcript = new Option<bool>("--transcript") { Description = Say.Text("Check.Transcript") };
        var sendTest = new Option<bool>("--send-test") { Description = Say.Text("Check.SendTest") };
        command.Add(json);
        command.Add(transcript);
        command.Add(sendTest);
        command.Run(async (parse, cancellationToken) =>
        {
            await using var host = await connection.StartHostAsync(parse, null, cancellationToken);
            var settings = await account.ReadAsync(parse, host.Services, cancellationToken);
            var report = await host.Services.GetRequiredService<IMailDiagnostics>().CheckAsync(
                settings,
                new MailCheckOptions { Culture = CultureInfo.CurrentUICulture, SendTestMessage = parse.GetValue(sendTest) },
                cancellationToken);
            Console.WriteLine(parse.GetValue(json) ? report.ToJson() : report.ToText(parse.GetValue(transcript)));
            return report.Succeeded ? 0 : SampleAction.MailFailed;
        });
        return command;
    }
}
