namespace MailKitConfig;

/// <summary>What happened to one message (or one recipient) of a batch sent with <see cref="IMailSender.SendManyAsync(MailAccountSettings, IEnumerable{OutgoingMessage}, IProgress{MailBatchProgress}?, CancellationToken)"/>.</summary>
public enum MailSendStatus
{
    /// <summary>The server accepted the message.</summary>
    Sent,

    /// <summary>The message was invalid (a bad address, a line break in a header); nothing was sent.</summary>
    Invalid,

    /// <summary>The server refused the message, the sender or the recipient for good (a 5xx reply); sending it again will not help.</summary>
    Rejected,

    /// <summary>The message was not delivered: the failures were temporary but persisted through every retry, or the content could not be read again.</summary>
    Failed,

    /// <summary>The connection failed after the whole message had been sent; the server may have accepted it. It was not sent again.</summary>
    DeliveryUnknown,

    /// <summary>The message was not tried: the batch was cancelled, or the account cannot send at all (e.g. its login was refused).</summary>
    NotAttempted,
}
