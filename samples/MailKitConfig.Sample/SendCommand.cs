using System.CommandLine;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Sample;

/// <summary>
/// <c>send &lt;address&gt; [account options] [message options]</c>: sends a message through the account's SMTP server;
/// with <c>--each</c>, one message to each recipient individually, with a progress display.
/// </summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var command = new Command("send", Say.Text("Send.Description"));
        var account = new AccountArguments(command);
        var to = Addresses("--to", Say.Text("Send.To"));
        var cc = Addresses("--cc", Say.Text("Send.Cc"));
        var bcc = Addresses("--bcc", Say.Text("Send.Bcc"));
        var from = new Option<string?>("--from") { Description = Say.Text("Send.From"), HelpName = "address" };
        var subject = new Option<string?>("--subject") { Description = Say.Text("Send.Subject"), HelpName = "text" };
        var text = new Option<string?>("--text") { Description = Say.Text("Send.Text"), HelpName = "text" };
        var html = new Option<string?>("--html") { Description = Say.Text("Send.Html"), HelpName = "html" };
        var attach = new Option<FileInfo[]>("--attach") { Description = Say.Text("Send.Attach"), HelpName = "file" };
        attach.Validators.Add(result =>
        {
            foreach (var missing in result.Tokens.Select(t => t.Value).Where(path => !File.Exists(path)))
            {
                result.AddError(Say.Text("Send.AttachMissing", missing));
            }
        });
        var each = new Option<bool>("--each") { Description = Say.Text("Send.Each") };
        foreach (var option in new Option[] { to, cc, bcc, from, subject, text, html, attach, each })
        {
            command.Add(option);
        }

        var connection = new ConnectionArguments(command);
        command.Run(async (parse, cancellationToken) =>
        {
            var message = new OutgoingMessage
            {
                From = parse.GetValue(from),
                Subject = parse.GetValue(subject) ?? string.Empty,
                TextBody = parse.GetValue(text),
                HtmlBody = parse.GetValue(html),
            };
            var recipients = parse.GetValue(to) ?? [];
            if (recipients.Length == 0 && (parse.GetValue(cc) ?? []).Length == 0 && (parse.GetValue(bcc) ?? []).Length == 0)
            {
                return SampleAction.Fail(SampleAction.InvalidInput, Say.Text("Send.NoRecipients"));
            }

            foreach (var address in parse.GetValue(cc) ?? [])
            {
                message.Cc.Add(address);
            }

            foreach (var address in parse.GetValue(bcc) ?? [])
            {
                message.Bcc.Add(address);
            }

            foreach (var file in parse.GetValue(attach) ?? [])
            {
                message.Attachments.Add(MailAttachment.FromFile(file.FullName));
            }

            await using var host = await connection.StartHostAsync(parse, null, cancellationToken);
            var settings = await account.ReadAsync(parse, host.Services, cancellationToken);
            var sender = host.Services.GetRequiredService<IMailSender>();
            if (parse.GetValue(each))
            {
                return await SendEachAsync(sender, settings, message, recipients, cancellationToken);
            }

            foreach (var address in recipients)
            {
                message.To.Add(address);
            }

            var result = await sender.SendAsync(settings, message, cancellationToken);
            Console.WriteLine(Say.Text("Send.Sent", result.MessageId, string.Join(", ", result.Recipients)));
            Console.WriteLine(Say.Text("Send.ServerResponse", result.ServerResponse));
            return 0;
        });
        return command;
    }

    private static Option<string[]> Addresses(string name, string description) => new(name) { Description = description, HelpName = "addresses" };

    private static async Task<int> SendEachAsync(IMailSender sender, MailAccountSettings settings, OutgoingMessage message, string[] recipients, CancellationToken cancellationToken)
    {
        var list = recipients.SelectMany(r => r.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var interactive = !Console.IsOutputRedirected;
        var outcomes = await sender.SendManyAsync(settings, message, list, new ConsoleProgress<MailBatchProgress>(p => ShowProgress(p, interactive)), cancellationToken);
        if (interactive)
        {
            Console.WriteLine();
        }

        var sent = outcomes.Count(o => o.Status == MailSendStatus.Sent);
        Console.WriteLine(Say.Text("Send.SentOf", sent, outcomes.Count));
        return sent == outcomes.Count ? 0 : SampleAction.MailFailed;
    }

    /// <summary>A bar updated in place on a terminal; a line per message that was not sent in any case.</summary>
    private static void ShowProgress(MailBatchProgress progress, bool interactive)
    {
        var latest = progress.Latest;
        if (latest.Status != MailSendStatus.Sent)
        {
            var reason = latest.Problem?.Title ?? latest.Error?.Message;
            Console.WriteLine((interactive ? "\r" : string.Empty) + $"  ✗ {latest.Recipient}: {latest.Status} — {reason}");
        }

        if (interactive && progress.Total is { } total) // a list of recipients: its count is known
        {
            const int width = 30;
            var filled = progress.Completed * width / Math.Max(total, 1);
            Console.Write("\r" + Say.Text("Send.Progress", new string('#', filled) + new string('.', width - filled), progress.Completed, total, progress.Sent));
        }
    }
}
