using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>The log records of the connection pools' background work, in the sender's range (1–99) and category.</summary>
internal static partial class MailConnectionPoolLog
{
    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "A retired connection to {Server} was closed without the server's goodbye: {Reason}")]
    public static partial void GoodbyeFailed(this ILogger logger, string server, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "The replacement connection to {Server} could not be opened in advance; the next send opens its own: {Reason}")]
    public static partial void ReplacementNotOpened(this ILogger logger, string server, string reason);
}
