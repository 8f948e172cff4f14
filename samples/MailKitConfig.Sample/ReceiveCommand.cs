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
    public static Command Create()
    {
        var command = new Command("receive", Say.Text("Receive new messages over IMAP (or POP3 with only --pop3), one line each", "Получить новые письма по IMAP (или POP3, если указан только --pop3), по строке на письмо"));
        var account = new AccountArguments(command);
        var folder = new Option<string?>("--folder") { Description = Say.Text("IMAP folder (default INBOX)", "Папка IMAP (по умолчанию INBOX)"), HelpName = "name" };
        var since = new Option<MailReceiveStart>("--since")
        {
            Description = Say.Text("What the first run receives: new (from now on), all, unseen", "Что получить при первом запуске: new (с этого момента), all (всё), unseen (непрочитанные)"),
            HelpName = "new|all|unseen",
            DefaultValueFactory = _ => MailReceiveStart.NewMessages,
            CustomParser = result => result.Tokens[0].Value.ToLowerInvariant() switch
            {
                "new" => MailReceiveStart.NewMessages,
                "all" => MailReceiveStart.All,
                "unseen" => MailReceiveStart.Unseen,
                var other => Invalid(result, other),
            },
        };
        var idle = new Option<bool>("--idle") { Description = Say.Text("Keep watching (IMAP IDLE) until Ctrl+C", "Продолжать ждать новые письма (IMAP IDLE) до Ctrl+C") };
        var state = new Option<DirectoryInfo>("--state")
        {
            Description = Say.Text("Directory of the receive state (what was received already)", "Папка состояния (что уже получено)"),
            HelpName = "dir",
            DefaultValueFactory = _ => new DirectoryInfo("receive-state"),
        };
        foreach (var option in new Option[] { folder, since, idle, state })
        {
            command.Add(option);
        }

        var connection = new ConnectionArguments(command);
        command.Run(connection.Culture, async (parse, cancellationToken) =>
        {
            var stateDirectory = parse.GetValue(state)!.FullName;
            await using var host = await connection.StartHostAsync(parse, mail => mail.ConfigureReceiving(o => o.StateDirectory = stateDirectory), cancellationToken);
            var settings = await account.ReadAsync(parse, host.Services, cancellationToken);
            var receiver = host.Services.GetRequiredService<IMailReceiver>();
            var options = new MailReceiveOptions { Folder = parse.GetValue(folder), Start = parse.GetValue(since) };
            Console.WriteLine(Say.Text($"State: {stateDirectory}", $"Состояние: {stateDirectory}"));
            if (parse.GetValue(idle))
            {
                Console.WriteLine(Say.Text("Watching for new mail; Ctrl+C stops.", "Жду новые письма; Ctrl+C — выход."));
                await receiver.WatchAsync(settings, PrintAsync, options, cancellationToken);
                return 0;
            }

            var result = await receiver.ReceiveAsync(settings, PrintAsync, options, cancellationToken);
            foreach (var warning in result.Warnings)
            {
                Console.WriteLine("! " + warning);
            }

            Console.WriteLine(Say.Format($"{Say.Text("Received", "Получено")} {result.Accepted:N0} ({result.Protocol} {result.Folder}, {result.Commands} {Say.Text("commands", "команд")})"));
            return 0;
        });
        return command;
    }

    /// <summary>The handler: one line per message.</summary>
    private static async Task PrintAsync(ReceivedMail mail, CancellationToken cancellationToken)
    {
        var message = await mail.GetMessageAsync(cancellationToken);
        var attachments = message.Attachments.Count();
        Console.WriteLine(Say.Format($"{mail.Key}  {message.From}  \"{message.Subject}\"  {mail.Size:N0} B  {attachments} {Say.Text("attachment(s)", "влож.")}"));
    }

    private static MailReceiveStart Invalid(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError(Say.Text($"--since must be new, all or unseen, not '{value}'.", $"--since: new, all или unseen, а не «{value}»."));
        return default;
    }
}
