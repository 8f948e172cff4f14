using System.CommandLine;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Sample;

/// <summary>
/// <c>receive &lt;address&gt; [account options] [--folder name] [--since new|all|unseen] [--idle] [--state dir]</c>: hands
/// the messages that arrived since the last run to a handler that prints one line each (key, from, subject, size,
/// attachments), keeping what was received in a state directory; with <c>--idle</c> it keeps watching until Ctrl+C.
/// </summary>
internal static class ReceiveCommand
{
    /// <summary>The receive state's directory when <c>--state</c> is not given (also the job's).</summary>
    public const string DefaultState = "receive-state";

    public static Command Create()
    {
        var command = new Command("receive", Say.Text("Receive.Description"));
        var account = new AccountArguments(command);
        var folder = new Option<string?>("--folder") { Description = Say.Text("Receive.Folder"), HelpName = "name" };
        var since = new Option<MailReceiveStart?>("--since")
        {
            Description = Say.Text("Receive.Since"),
            HelpName = "new|all|unseen",
            CustomParser = result => result.Tokens[0].Value.ToLowerInvariant() switch
            {
                "new" => MailReceiveStart.NewMessages,
                "all" => MailReceiveStart.All,
                "unseen" => MailReceiveStart.Unseen,
                var other => Invalid(result, other),
            },
        };
        var idle = new Option<bool>("--idle") { Description = Say.Text("Receive.Idle") };
        var state = new Option<DirectoryInfo?>("--state")
        {
            Description = Say.Text("Option.State"),
            HelpName = "dir",
        };
        foreach (var option in new Option[] { folder, since, idle, state })
        {
            command.Add(option);
        }

        var connection = new ConnectionArguments(command);
        command.Run(async (parse, cancellationToken) =>
        {
            var stateDirectory = (parse.GetValue(state) ?? new DirectoryInfo(DefaultState)).FullName;
            await using var host = await connection.StartHostAsync(parse, mail => mail.ConfigureReceiving(o => o.StateDirectory = stateDirectory), cancellationToken);
            var settings = await account.ReadAsync(parse, host.Services, cancellationToken);
            var receiver = host.Services.GetRequiredService<IMailReceiver>();
            var options = new MailReceiveOptions { Folder = parse.GetValue(folder), Start = parse.GetValue(since) ?? MailReceiveStart.NewMessages };
            Console.WriteLine(Say.Text("Receive.State", stateDirectory));
            if (parse.GetValue(idle))
            {
                Console.WriteLine(Say.Text("Receive.Watching"));
                await receiver.WatchAsync(settings, PrintAsync, options, cancellationToken);
                return 0;
            }

            var result = await receiver.ReceiveAsync(settings, PrintAsync, options, cancellationToken);
            foreach (var warning in result.Warnings)
            {
                Console.WriteLine("! " + warning);
            }

            Console.WriteLine(Say.Text("Receive.Done", result.Accepted, result.Protocol, result.Folder, result.Commands));
            return 0;
        });
        return command;
    }

    /// <summary>The handler: one line per message.</summary>
    private static async Task PrintAsync(ReceivedMail mail, CancellationToken cancellationToken)
    {
        var message = await mail.GetMessageAsync(cancellationToken);
        var attachments = message.Attachments.Count();
        Console.WriteLine(Say.Text("Receive.Message", mail.Key, message.From, message.Subject, mail.Size, attachments));
    }

    private static MailReceiveStart? Invalid(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError(Say.Text("Receive.SinceInvalid", value));
        return null;
    }
}
