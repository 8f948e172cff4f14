namespace MailKitConfig;

/// <summary>What one receive did.</summary>
public sealed class MailReceiveResult
{
    private readonly List<MailReceiveFailure> failures = [];
    private readonly List<string> warnings = [];

    /// <summary>Gets the protocol used.</summary>
    public MailProtocol Protocol { get; internal init; }

    /// <summary>Gets the folder read (<c>INBOX</c> for POP3).</summary>
    public string Folder { get; internal set; } = "INBOX";

    /// <summary>Gets how many messages the handler accepted.</summary>
    public int Accepted { get; internal set; }

    /// <summary>Gets how many messages the filter skipped (without downloading their bodies).</summary>
    public int Skipped { get; internal set; }

    /// <summary>Gets the messages whose handler threw (handed over again next time) or that were parked after too many failures.</summary>
    public IReadOnlyList<MailReceiveFailure> Failures => failures;

    /// <summary>Gets warnings about the mailbox, e.g. a POP3 server without UIDL or a UIDVALIDITY change.</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>Gets how many protocol commands the receive sent, login included (a receive that finds no new mail sends the same number whatever the mailbox's size).</summary>
    public int Commands { get; internal set; }

    internal void AddFailure(MailReceiveFailure failure) => failures.Add(failure);

    internal void AddWarning(string warning) => warnings.Add(warning);
}

/// <summary>A message the handler did not accept.</summary>
/// <param name="Key">The message's key.</param>
/// <param name="Error">What the handler threw.</param>
/// <param name="FailureCount">How many times in a row the handler failed on it.</param>
/// <param name="Parked">Whether it is parked: not handed over again (after <see cref="MailReceivingOptions.MaxHandlerFailures"/> failures).</param>
public sealed record MailReceiveFailure(MailMessageKey Key, Exception Error, int FailureCount, bool Parked);
