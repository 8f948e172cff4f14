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
        var command = new Command("job", Say.Text("Job.Description"));
        var account = new AccountArguments(command);
        var duration = DurationOption("--for", Say.Text("Job.For"));
        var interval = DurationOption("--interval", Say.Text("Job.Interval"));
        var spool = new Option<DirectoryInfo?>("--spool")
        {
            Description = Say.Text("Job.Spool"),
            HelpName = "dir",
        };
        var state = new Option<DirectoryInfo?>("--state")
        {
            Description = Say.Text("Option.State"),
            HelpName = "dir",
        };
        foreach (var option in new Option[] { duration, interval, spool, state })
        {
            command.Add(option);
        }

        var connection = new ConnectionArguments(command);
        command.Run(async (parse, cancellationToken) =>
        {
            var spoolDirectory = (parse.GetValue(spool) ?? new DirectoryInfo("outbox")).FullName;
            var stateDirectory = (parse.GetValue(state) ?? new DirectoryInfo(ReceiveCommand.DefaultState)).FullName;
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
            Console.WriteLine(runFor is { } d ? Say.Text("Job.StartedFor", spoolDirectory, stateDirectory, d) : Say.Text("Job.Started", spoolDirectory, stateDirectory));
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
            ? Say.Text("Job.StoppedFailed")
            : Say.Text("Job.Stopped"));
        return failed ? SampleAction.MailFailed : 0;
    }

    /// <summary>What a line shows, without the times: a new line is printed when it changes.</summary>
    private static (int, int, int, int?, string?) Outcome(MailJobAccountStatus status)
        => (status.Sent, status.Deferred, status.NotSent, status.Received, status.LastErrorMessage);

    private static void Print(MailJobAccountStatus status)
    {
        var time = (status.LastRun ?? DateTimeOffset.Now).ToLocalTime().ToString("T", CultureInfo.CurrentCulture);
        var received = status.Received is { } count ? Say.Text("Job.Received", count) : string.Empty;
        var counts = Say.Text("Job.Counts", status.Sent, status.Deferred, status.NotSent);
        var outcome = status.LastError?.Localize(CultureInfo.CurrentUICulture) is { } problem
            ? Say.Text("Job.Failed", problem.Title) + string.Concat(problem.Hints.Select(h => Environment.NewLine + "    - " + h))
            : status.LastErrorMessage is { } message ? Say.Text("Job.Failed", message) : Say.Text("Job.Succeeded");
        Console.WriteLine($"[{time}] {status.Account}: {counts}{received}{outcome}");
    }

    /// <summary>The job's handler: one line per received message.</summary>
    private static async Task PrintAsync(ReceivedMail mail, CancellationToken cancellationToken)
    {
        var message = await mail.GetMessageAsync(cancellationToken);
        Console.WriteLine(Say.Text("Job.Message", message.From, message.Subject, mail.Size));
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

        result.AddError(Say.Text("Job.DurationInvalid", name, text));
        return null;
    }
}
