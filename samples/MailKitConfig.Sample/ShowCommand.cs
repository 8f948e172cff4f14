using System.CommandLine;

namespace MailKitConfig.Sample;

/// <summary><c>show &lt;address&gt; [account options]</c>: checks account settings typed on the command line and prints them (no network).</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var command = new Command("show", Say.Text("Show.Description"));
        var account = new AccountArguments(command);
        command.Run(async (parse, cancellationToken) =>
        {
            await using var host = await SampleHost.StartAsync(null, _ => { }, cancellationToken);
            var settings = await account.ReadAsync(parse, host.Services, cancellationToken);
            SettingsPrinter.Print(settings, Console.Out);
            Console.WriteLine(Say.Text("Show.Valid"));
            return 0;
        });
        return command;
    }
}
