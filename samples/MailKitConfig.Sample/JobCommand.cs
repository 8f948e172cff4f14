using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Sample;

/// <summary>
/// <c>job [&lt;address&gt;] [account options] [--for 30s] [--interval 1m] [--spool dir] [--state dir]</c>: runs the
/// scheduled send-and-receive job: it sends what the outbox spool holds for the account (and the configured accounts)
/// and receives new mail for accounts that receive, printing one line per message received and each account's status
/// whenever it changes. Exit code 3 when an account's run failed.
/// </summary>
internal static class JobCommand
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public static Command Create()
    {
        var command = new Command("job", Say.Text("Run the send-and-receive job: send the outbox, receive new mail, show each account's status", "Запустить задание «отправка и получение почты»: отправить исходящие, получить новые письма, показать состояние каждого ящика"));
        var account = new AccountArguments(command);
        var duration = DurationOption("--for", Say.Text("How long to run, e.g. 30s, 5m, 1h (default: until Ctrl+C)", "Сколько работать, например 30s, 5m, 1h (по умолчанию — до Ctrl+C)"));
        var interval = DurationOption("--interval", Say.Text("Time between an account's runs (default 1m; 1s to 1 day)", "Пауза между запусками для ящика (по умолчанию 1m; от 1 с до суток)"));
        var spool = new Option<DirectoryInfo>("--spool")
        {
            Description = Say.Text("The outbox spool directory whose messages are sent", "Папка очереди исходящих, письма из которой отправляются"),
            HelpName = "dir",
            DefaultValueFactory = _ => new DirectoryInfo("outbox"),
        };
        var state = new Option<DirectoryInfo>("--state")
        {
            Description = Say.Text("Directory of the receive state (what was received already)", "Папка состояния (что уже получено)"),
            HelpName = "dir",
            DefaultValueFactory = _ => new DirectoryInfo("receive-state"),
        };
        foreach (var option in new Option[] { duration, interval, spool, state })
        {
            command.Add(option);
        }

        var connection = new ConnectionArguments(command);
        command.Run(connection.Culture, async (parse, cancellationToken) =>
        {
            var spoolDirectory = parse.GetValue(spool)!.FullName;
            var stateDirectory = parse.GetValue(state)!.FullName;
            var every = parse.GetValue(interval);
            var typed = account.ReadTyped(parse); // without an address, the job serves the configured accounts (Mail:Accounts)
            await using var host = await connection.StartHostAsync(
                parse,
                mail => mail
                    .ConfigureReceiving(o => o.StateDirectory = stateDirectory)
                    .AddOutbox(o => o.SpoolDirectory = spoolDirectory)
                    .AddMailJob(o =>
                    {
                        o.Enabled = false; // switched on below, once the account is checked
                        o.Interval = every ?? o.Interval;
                        o.Handlers.Add(PrintAsync);
                        if (typed is not null)
                        {
                            o.Accounts.Add(typed);
                        }
                    }),
                cancellationToken);
            if (typed is null)
            {
                await account.ReadAsync(parse, host.Services, cancellationToken); // a clear error when nothing is configured
            }

            var job = host.Services.GetRequiredService<IMailJob>();
            var runFor = parse.GetValue(duration);
            Console.WriteLine(Say.Text(
                $"Outbox: {spoolDirectory}; state: {stateDirectory}; {(runFor is { } d ? $"running for {d}" : "Ctrl+C stops")}.",
                $"Исходящие: {spoolDirectory}; состояние: {stateDirectory}; {(runFor is { } d2 ? $"работаю {d2}" : "Ctrl+C — выход")}."));
            job.Enable();
            return await WatchAsync(job, runFor, cancellationToken);
        });
        return command;
    }

    /// <summary>Prints each account's status when a run ends with an outcome other than the last one printed; returns the exit code.</summary>
    private static async Task<int> WatchAsync(IMailJob job, TimeSpan? runFor, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (runFor is { } limit)
        {
            stop.CancelAfter(limit);
        }

        var shown = new Dictionary<string, MailJobAccountStatus>(StringComparer.OrdinalIgnoreCase);
        var failed = false;
        while (true)
        {
            var statuses = job.GetStatus();
            foreach (var status in statuses.Where(s => s.LastRun is not null && !s.IsRunning))
            {
                failed |= status.LastErrorMessage is not null;
                if (!shown.TryGetValue(status.Account, out var last) || Outcome(last) != Outcome(status))
                {
                    Print(status);
                }

                shown[status.Account] = status;
            }

            if (stop.IsCancellationRequested)
            {
                if (job.IsEnabled)
                {
                    job.Disable(); // no new run; the runs in progress are waited for and shown
                }

                if (!statuses.Any(s => s.IsRunning))
                {
                    break;
                }
            }

            try
            {
                await Task.Delay(Poll, stop.IsCancellationRequested ? CancellationToken.None : stop.Token);
            }
            catch (OperationCanceledException)
            {
                // the time is up, or Ctrl+C: the statuses once more
            }
        }

        Console.WriteLine(failed
            ? Say.Text("Stopped; an account failed (see above).", "Остановлено; у ящика была ошибка (см. выше).")
            : Say.Text("Stopped.", "Остановлено."));
        return failed ? SampleAction.MailFailed : 0;
    }

    /// <summary>What a line shows, without the times: a new line is printed when it changes.</summary>
    private static (int, int, int, int?, string?) Outcome(MailJobAccountStatus status)
        => (status.Sent, status.Deferred, status.NotSent, status.Received, status.LastErrorMessage);

    private static void Print(MailJobAccountStatus status)
    {
        var time = (status.LastRun ?? DateTimeOffset.Now).ToLocalTime().ToString("T", CultureInfo.CurrentCulture);
        var received = status.Received is { } count ? Say.Format($", {Say.Text("received", "получено")} {count:N0}") : string.Empty;
        var counts = Say.Format($"{Say.Text("sent", "отправлено")} {status.Sent:N0}, {Say.Text("waiting", "ждут")} {status.Deferred:N0}, {Say.Text("not sent", "не отправлено")} {status.NotSent:N0}");
        var outcome = status.LastError?.Localize(CultureInfo.CurrentUICulture) is { } problem
            ? $" — {Say.Text("failed", "ошибка")}: {problem.Title}" + string.Concat(problem.Hints.Select(h => Environment.NewLine + "    - " + h))
            : status.LastErrorMessage is { } message ? $" — {Say.Text("failed", "ошибка")}: {message}" : " — OK";
        Console.WriteLine($"[{time}] {status.Account}: {counts}{received}{outcome}");
    }

    /// <summary>The job's handler: one line per received message.</summary>
    private static async Task PrintAsync(ReceivedMail mail, CancellationToken cancellationToken)
    {
        var message = await mail.GetMessageAsync(cancellationToken);
        Console.WriteLine(Say.Format($"  {Say.Text("received", "получено")}: {message.From}  \"{message.Subject}\"  {mail.Size:N0} B"));
    }

    private static Option<TimeSpan?> DurationOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "30s|5m|1h",
        CustomParser = result => ParseDuration(name, result),
    };

    /// <summary>Parses <c>90s</c>, <c>5m</c>, <c>1h</c>, <c>500ms</c> or a time span (<c>00:01:30</c>).</summary>
    private static TimeSpan? ParseDuration(string name, ArgumentResult result)
    {
        var text = result.Tokens[0].Value.Trim().ToLowerInvariant();
        var unit = text.EndsWith("ms", StringComparison.Ordinal) ? "ms" : text.Length > 0 && char.IsLetter(text[^1]) ? text[^1..] : null;
        var number = unit is null ? null : text[..^unit.Length];
        TimeSpan? parsed = unit is not null && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(value),
                "s" => TimeSpan.FromSeconds(value),
                "m" => TimeSpan.FromMinutes(value),
                "h" => TimeSpan.FromHours(value),
                _ => null,
            }
            : unit is null && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
        if (parsed is { } duration && duration > TimeSpan.Zero && duration <= TimeSpan.FromDays(1))
        {
            return duration;
        }

        result.AddError(Say.Text($"{name} must be a duration such as 30s, 5m or 1h (at most 1 day), not '{text}'.", $"{name}: нужна длительность, например 30s, 5m или 1h (не больше суток), а не «{text}»."));
        return null;
    }
}
