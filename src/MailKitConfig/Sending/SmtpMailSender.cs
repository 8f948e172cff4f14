using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MailKitConfig;

/// <summary>Sends each message over its own authenticated SMTP connection.</summary>
internal sealed partial class SmtpMailSender(MailConnectionFactory connections, TimeProvider time, ILogger<SmtpMailSender>? logger = null) : IMailSender
{
    private readonly ILogger logger = logger ?? NullLogger<SmtpMailSender>.Instance;

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(MailAccountSettings account, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(message);
        account.EnsureValid();
        if (!account.Usage.HasFlag(MailUsage.Send))
        {
            throw new ArgumentException($"The account {account.Address} is not set up for sending (Usage = {account.Usage}).", nameof(account));
        }

        var composed = MailMessageComposer.Compose(account, message, time.GetLocalNow());
        await using var connection = await connections.ConnectSmtpAsync(account, cancellationToken).ConfigureAwait(false);
        string response;
        connection.Replies.BeginOperation();
        try
        {
            response = await connection.Client.SendAsync(composed.Message, composed.Sender, composed.Recipients, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException ex)
        {
            LogRejected(account.Address, connection.Endpoint.Host, ex.StatusCode, ex.Mailbox?.Address);
            throw connection.Fail(MailFailures.SmtpStageOf(ex), ex);
        }
        catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw connection.Fail(MailOperationStage.Other, ex);
        }

        var messageId = composed.Message.MessageId ?? string.Empty;
        LogSent(messageId, account.Address, composed.Recipients.Count, connection.Endpoint.Host, connection.Endpoint.Port);
        return new SendResult(messageId, composed.Recipients.Select(r => r.Address).ToList(), response);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sent message {MessageId} from {Account} to {RecipientCount} recipient(s) via {Host}:{Port}")]
    private partial void LogSent(string messageId, string account, int recipientCount, string host, int port);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SMTP server {Host} refused a message from {Account}: {StatusCode} (mailbox {Mailbox})")]
    private partial void LogRejected(string account, string host, SmtpStatusCode statusCode, string? mailbox);
}
