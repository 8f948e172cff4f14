using Microsoft.Extensions.Logging;

namespace MailKitConfig;

/// <summary>The receiver's log messages.</summary>
internal static partial class ReceiveLog
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "The handler failed on message {Key} ({Failures} time(s) in a row); it is handed over again next time")]
    public static partial void HandlerFailed(this ILogger logger, string key, int failures, Exception error);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Message {Key} is parked after {Failures} handler failures in a row and is not handed over again")]
    public static partial void MessageParked(this ILogger logger, string key, int failures, Exception error);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "The UIDVALIDITY of {Mailbox} changed from {Old} to {New}: the folder is read again and messages received before are recognised by Message-Id, date and size")]
    public static partial void UidValidityChanged(this ILogger logger, string mailbox, uint old, uint @new);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "The POP3 server of {Mailbox} offers no UIDL: messages are recognised by Message-Id and size, which costs one TOP command per message and every poll, and may confuse two messages with the same Message-Id and size")]
    public static partial void NoUidl(this ILogger logger, string mailbox);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "Received {Accepted} message(s) from {Mailbox} ({Failed} failed, {Skipped} skipped) with {Commands} command(s)")]
    public static partial void Received(this ILogger logger, string mailbox, int accepted, int failed, int skipped, int commands);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Watching {Mailbox}: the connection failed ({Reason}); reconnecting in {Delay}")]
    public static partial void Reconnecting(this ILogger logger, string mailbox, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 207, Level = LogLevel.Debug, Message = "Recognised message {Uid} of {Mailbox} as received before the UIDVALIDITY change; not handed over again")]
    public static partial void Recognised(this ILogger logger, string mailbox, uint uid);
}
