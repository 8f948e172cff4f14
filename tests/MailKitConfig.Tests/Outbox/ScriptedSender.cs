using MimeKit;

namespace MailKitConfig.Tests.Outbox;

/// <summary>A sender for the outbox's and the job's decisions: it throws the failure it is told to for an account, or records the message as sent.</summary>
internal sealed class ScriptedSender : IMailSender
{
    private int attempts;

    /// <summary>Gets or sets the failure for an account, or <see langword="null"/> to succeed.</summary>
    public Func<MailAccountSettings, Exception?>? Failure { get; set; }

    /// <summary>Gets or sets a task each send waits for before it completes (to hold a send in progress).</summary>
    public Task Hold { get; set; } = Task.CompletedTask;

    /// <summary>Gets or sets the task a send of a given message waits for instead of <see cref="Hold"/>.</summary>
    public Func<MimeMessage, Task>? HoldFor { get; set; }

    public int Attempts => Volatile.Read(ref attempts);

    public List<MimeMessage> Sent { get; } = [];

    public async Task<SendResult> SendAsync(MailAccountSettings account, MimeMessage message, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref attempts);
        await (HoldFor?.Invoke(message) ?? Hold);
        if (Failure?.Invoke(account) is { } failure)
        {
            throw failure;
        }

        lock (Sent)
        {
            Sent.Add(message);
        }

        return new SendResult(message.MessageId ?? string.Empty, [], "250 2.0.0 Ok");
    }

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<SendResult> SendAsync(MailAccountSettings account, OutgoingMessage message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<MailSendOutcome>> SendManyAsync(MailAccountSettings account, IEnumerable<OutgoingMessage> messages, IProgress<MailBatchProgress>? progress = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<MailSendOutcome>> SendManyAsync(MailAccountSettings account, OutgoingMessage message, IEnumerable<string> recipients, IProgress<MailBatchProgress>? progress = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
