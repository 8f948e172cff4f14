namespace MailKitConfig;

/// <summary>
/// Thrown when the connection failed, or the send was cancelled, after the whole message, including its end (the final
/// dot after DATA), had been handed to the server: the server may have accepted it and may deliver it. The library
/// never sends such a message again, because the recipients could receive it twice; check the recipient's mailbox, or
/// the Sent folder, before sending it again yourself. Its <see cref="MailOperationException.Problem"/> is
/// <see cref="MailProblemKind.DeliveryUnknown"/> and never transient.
/// </summary>
public sealed class MailDeliveryUnknownException : MailOperationException
{
    /// <summary>Initializes a new instance of the <see cref="MailDeliveryUnknownException"/> class.</summary>
    /// <param name="messageId">The Message-ID of the message, without angle brackets.</param>
    /// <param name="failure">The failure of the connection, with the server and the step.</param>
    public MailDeliveryUnknownException(string messageId, MailOperationException failure)
        : base(
            Describe(messageId, failure),
            failure.Protocol,
            failure.Stage,
            failure.Host,
            failure.Port,
            failure.ServerReply,
            failure.ReplyCode,
            failure.InnerException)
    {
        MessageId = messageId;
        Security = failure.Security;
        Credentials = failure.Credentials;
        RefusedMailbox = failure.RefusedMailbox;
    }

    /// <summary>Gets the Message-ID of the message whose delivery is unknown, without angle brackets.</summary>
    public string MessageId { get; }

    private static string Describe(string messageId, MailOperationException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"Delivery of message {messageId} is unknown: {failure.Message} The whole message had been sent, so the server may have accepted it; it was not sent again.";
    }
}
