using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>
/// The log records of sending, events 1–99 of the sender's category (<see cref="SmtpMailSender"/>): the sender, its
/// retries and its connection pools' background work. Event ids and names are stable; no record carries an address, a
/// login or a secret (a message is named by its Message-ID, a server by its host).
/// </summary>
internal static partial class SendingLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sent message {MessageId} through {Server} to {RecipientCount} recipient(s) in {Attempts} attempt(s)")]
    public static partial void LogSent(this ILogger logger, string messageId, string? server, int recipientCount, int attempts);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SMTP server refused message {MessageId} through {Server}: {StatusCode}, attempt {Attempt}")]
    public static partial void LogRefused(this ILogger logger, string? messageId, string? server, int statusCode, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Retrying message {MessageId} through {Server} (attempt {Attempt}) in {Delay}: {Reason}")]
    public static partial void LogRetry(this ILogger logger, string? messageId, string? server, int attempt, TimeSpan delay, string? reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Delivery of message {MessageId} through {Server} is unknown: the connection failed after the whole message was sent ({Reason}); not sent again")]
    public static partial void LogDeliveryUnknown(this ILogger logger, string messageId, string? server, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Message {MessageId} through {Server} was sent, but its copy was not saved in the Sent folder: {Reason}")]
    public static partial void LogSentCopyFailed(this ILogger logger, string messageId, string? server, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "A retired connection to {Server} was closed without the server's goodbye: {Reason}")]
    public static partial void GoodbyeFailed(this ILogger logger, string server, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "The replacement connection to {Server} could not be opened in advance; the next send opens its own: {Reason}")]
    public static partial void ReplacementNotOpened(this ILogger logger, string server, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "The SMTP server {Server} ended a connection's session after {Messages} message(s), before message {MessageId} was sent; it goes out on a new connection at once")]
    public static partial void LogSessionEnded(this ILogger logger, string? messageId, string? server, int messages);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "The SMTP server {Server} accepts {Messages} message(s) per connection; its connections are now replaced after that many")]
    public static partial void LogMessageLimitLearned(this ILogger logger, string? server, int messages);
}
