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
        var command = new Command("send", Say.Text("Send a message through the account's SMTP server", "Отправить письмо через SMTP-сервер ящика"));
        var account = new AccountArguments(command);
        var to = Addresses("--to", Say.Text("Recipients, comma- or semicolon-separated; may be repeated", "Получатели через запятую или точку с запятой; можно повторять"));
        var cc = Addresses("--cc", Say.Text("Copy recipients", "Получатели копии"));
        var bcc = Addresses("--bcc", Say.Text("Hidden copy recipients", "Получатели скрытой копии"));
        var from = new Option<string?>("--from") { Description = Say.Text("Another sender address the login may use", "Другой адрес отправителя, разрешённый для этого логина"), HelpName = "address" };
        var subject = new Option<string?>("--subject") { Description = Say.Text("Subject", "Тема"), HelpName = "text" };
        var text = new Option<string?>("--text") { Description = Say.Text("Plain-text body", "Текст письма"), HelpName = "text" };
        var html = new Option<string?>("--html") { Description = Say.Text("HTML body (a plain-text alternative is generated when --text is not given)", "HTML-текст (простой текст создаётся сам, если нет --text)"), HelpName = "html" };
        var attach = new Option<FileInfo[]>("--attach") { Description = Say.Text("Attach a file; may be repeated", "Вложить файл; можно повторять"), HelpName = "file" };
        attach.Validators.Add(result =>
        {
            foreach (var missing in result.Tokens.Select(t => t.Value).Where(path => !File.Exists(path)))
            {
                result.AddError(Say.Text($"--attach: the file '{missing}' does not exist.", $"--attach: файла «{missing}» нет."));
            }
        });
        var each = new Option<bool>("--each") { Description = Say.Text("Send one message to each --to recipient individually (a mailing), with progress", "Отправить каждому получателю из --to отдельное письмо (рассылка), с ходом выполнения") };
        foreach (var option in new Option[] { to, cc, bcc, from, subject, text, html, attach, each })
        {
            command.Add(option);
        }

        var connection = new ConnectionArguments(command);
        command.Run(connection.Culture, async (parse, cancellationToken) =>
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
                return SampleAction.Fail(SampleAction.InvalidInput, Say.Text("Nothing was sent: give at least one recipient with --to, --cc or --bcc.", "Ничего не отправлено: укажите хотя бы одного получателя в --to, --cc или --bcc."));
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
            Console.WriteLine(Say.Text($"Sent {result.MessageId} to {string.Join(", ", result.Recipients)}", $"Отправлено {result.MessageId}: {string.Join(", ", result.Recipients)}"));
            Console.WriteLine(Say.Text("Server: ", "Сервер: ") + result.ServerResponse);
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
        Console.WriteLine(Say.Format($"{Say.Text("Sent", "Отправлено")} {sent:N0} / {outcomes.Count:N0}"));
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

        if (interactive)
        {
            const int width = 30;
            var filled = progress.Completed * width / Math.Max(progress.Total, 1);
            Console.Write(Say.Format($"\r[{new string('#', filled)}{new string('.', width - filled)}] {progress.Completed:N0}/{progress.Total:N0}, {Say.Text("sent", "отправлено")} {progress.Sent:N0}"));
        }
    }
}
