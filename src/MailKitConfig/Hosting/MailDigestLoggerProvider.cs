using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>
/// Collects log records at or above a level and mails them to an administrator as one digest per interval: never one
/// mail per record, at most <see cref="MailDigestOptions.MaxRecords"/> records (the rest counted), each record cut to
/// <see cref="MailDigestOptions.MaxRecordLength"/>. Records written while a digest is being sent (the sender's own
/// records about that send) are not collected, so a failing digest never feeds itself; its failure goes to the other
/// loggers.
/// </summary>
internal sealed partial class MailDigestLoggerProvider : ILoggerProvider
{
    private static readonly AsyncLocal<bool> Sending = new();

    private readonly IServiceProvider services;
    private readonly MailDigestOptions options;
    private readonly TimeProvider time;
    private readonly ConcurrentQueue<string> records = new();
    private readonly ITimer timer;
    private readonly SemaphoreSlim flushing = new(1, 1);
    private int count;
    private int dropped;

    /// <summary>Initializes a new instance of the <see cref="MailDigestLoggerProvider"/> class.</summary>
    /// <param name="services">The services; the sender is resolved when a digest is sent (the sender itself needs a logger).</param>
    /// <param name="options">The digest options.</param>
    /// <param name="time">The clock of the interval.</param>
    public MailDigestLoggerProvider(IServiceProvider services, IOptions<MailDigestOptions> options, TimeProvider time)
    {
        this.services = services;
        this.options = options.Value;
        this.time = time;
        timer = time.CreateTimer(_ => _ = FlushAsync(CancellationToken.None), null, this.options.Interval, this.options.Interval);
    }

    /// <summary>Gets how many records wait for the next digest.</summary>
    internal int Pending => records.Count;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new DigestLogger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
        timer.Dispose();
        flushing.Dispose();
    }

    /// <summary>Sends the records collected so far as one digest, if there are any.</summary>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the digest was sent or failed.</returns>
    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (records.IsEmpty || !await flushing.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        Sending.Value = true;
        try
        {
            var taken = new List<string>();
            while (records.TryDequeue(out var record))
            {
                taken.Add(record);
            }

            Interlocked.Add(ref count, -taken.Count);
            var more = Interlocked.Exchange(ref dropped, 0);
            var body = new StringBuilder();
            body.Append(CultureInfo.InvariantCulture, $"{taken.Count + more} log record(s) at {options.MinimumLevel} or above since the last digest");
            body.Append(more > 0 ? string.Create(CultureInfo.InvariantCulture, $"; the first {taken.Count} are below, {more} more were not kept.") : ".").AppendLine().AppendLine();
            foreach (var record in taken)
            {
                body.AppendLine(record).AppendLine();
            }

            var accounts = services.GetRequiredService<IMailAccounts>();
            var name = options.Account ?? accounts.DefaultName ?? throw new InvalidOperationException("The administrator digest has no account to send from: set MailDigestOptions.Account or a default account.");
            var account = await accounts.GetAsync(name, cancellationToken).ConfigureAwait(false);
            var message = new OutgoingMessage
            {
                Subject = string.Format(CultureInfo.InvariantCulture, options.Subject, taken.Count + more),
                TextBody = body.ToString(),
                To = { options.To! },
            };
            await services.GetRequiredService<IMailSender>().SendAsync(account, message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Goes to the other loggers only: this provider ignores records written while Sending is set.
            LogDigestFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger<MailDigestLoggerProvider>(), ex.GetType().Name, (ex as MailOperationException)?.Problem.Kind);
        }
        finally
        {
            Sending.Value = false;
            flushing.Release();
        }
    }

    private void Add(string category, LogLevel level, EventId eventId, string text)
    {
        if (Interlocked.Increment(ref count) > options.MaxRecords)
        {
            Interlocked.Decrement(ref count);
            Interlocked.Increment(ref dropped);
            return;
        }

        var record = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyy-MM-dd HH:mm:ss}Z {level} {category}[{eventId.Id}]{Environment.NewLine}{text}");
        records.Enqueue(record.Length > options.MaxRecordLength ? record[..options.MaxRecordLength] + " …" : record);
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Error, Message = "The administrator digest could not be sent ({Error}, problem {Problem}); its records are lost")]
    private static partial void LogDigestFailed(ILogger logger, string error, MailProblemKind? problem);

    /// <summary>The logger of one category.</summary>
    private sealed class DigestLogger(MailDigestLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.options.MinimumLevel && !Sending.Value;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Add(category, logLevel, eventId, exception is null ? formatter(state, exception) : formatter(state, exception) + Environment.NewLine + exception);
            }
        }
    }
}
