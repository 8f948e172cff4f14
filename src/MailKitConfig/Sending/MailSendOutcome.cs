namespace MailKitConfig;

/// <summary>The result of one message (or one recipient) of a batch.</summary>
/// <param name="Index">The position of the message (or recipient) in the batch, from 0.</param>
/// <param name="Recipient">The recipient, when one message was sent to each recipient individually; otherwise <see langword="null"/>.</param>
/// <param name="Status">What happened.</param>
/// <param name="Result">What the server accepted, when <paramref name="Status"/> is <see cref="MailSendStatus.Sent"/>.</param>
/// <param name="Error">Why the message was not sent, otherwise; a <see cref="MailOperationException"/> for server and connection failures, an <see cref="ArgumentException"/> for an invalid message.</param>
public sealed record MailSendOutcome(int Index, string? Recipient, MailSendStatus Status, SendResult? Result, Exception? Error)
{
    /// <summary>Gets the classified failure with hints for the user, when the server or the connection failed.</summary>
    public MailProblem? Problem => (Error as MailOperationException)?.Problem;
}
