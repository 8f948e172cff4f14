using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace MailKitConfig;

/// <summary>Turns what MailKit, the socket and the TLS layer throw into <see cref="MailOperationException"/>.</summary>
internal static class MailFailures
{
    /// <summary>Creates the exception for a failed step.</summary>
    /// <param name="protocol">The protocol spoken.</param>
    /// <param name="stage">The step that failed.</param>
    /// <param name="endpoint">The server.</param>
    /// <param name="serverReply">The server's last reply.</param>
    /// <param name="failure">The exception that reported the failure.</param>
    /// <param name="description">A description replacing the failure's message, or <see langword="null"/>.</param>
    /// <returns>The exception to throw.</returns>
    /// <param name="credentials">The kind of credentials used to log in, or <see langword="null"/> when the client did not log in.</param>
    /// <param name="certificate">The server certificate seen before the failure, if any.</param>
    /// <param name="portSpeaksImplicitTls">Whether a probe found that the port expects implicit TLS.</param>
    public static MailOperationException Create(MailProtocol protocol, MailOperationStage stage, ServerEndpoint endpoint, string? serverReply, Exception? failure, string? description = null, MailCredentialKind? credentials = null, TlsCertificateInfo? certificate = null, bool portSpeaksImplicitTls = false)
    {
        var replyCode = failure is SmtpCommandException command ? (int)command.StatusCode : protocol == MailProtocol.Smtp ? ClassifiedReply.Parse(serverReply).Code : null;
        // Server replies quote the refused recipient or sender, and the message is logged: what the server or the
        // transport said has its addresses replaced by their domains (the reply itself stays in ServerReply, the
        // refused address in RefusedMailbox).
        var detail = description ?? MailAddressParser.WithoutAddresses(failure switch
        {
            SmtpCommandException refused => string.Create(CultureInfo.InvariantCulture, $"{(int)refused.StatusCode} {refused.Message}"),
            SslHandshakeException when TlsNeverAnswered(failure) => "the server took the connection but did not answer the TLS handshake in time", // MailKit's text would blame a certificate no server presented
            SslHandshakeException when certificate is null => $"the TLS handshake failed at its start ({Innermost(failure).Message.TrimEnd('.')})", // e.g. a plain-text greeting read as TLS
            null => "the server gave no reason",
            _ => failure.Message,
        });
        var message = $"{protocol.ToString().ToUpperInvariant()} {Describe(stage, IsSenderRefusal(protocol, stage, serverReply, failure, credentials))} at {endpoint.Host}:{endpoint.Port} failed: {detail.TrimEnd('.')}.";
        var lastLine = serverReply is null ? null : MailAddressParser.WithoutAddresses(LastLine(serverReply));
        if (lastLine is not null && !MailAddressParser.WithoutAddresses(serverReply!).Contains(detail, StringComparison.Ordinal) && !detail.Contains(lastLine, StringComparison.Ordinal))
        {
            message += $" The server replied: {lastLine}";
        }
        else if (serverReply is null && description is not null && failure is not null)
        {
            message += $" {MailAddressParser.WithoutAddresses(failure.Message)}";
        }

        return new MailOperationException(message, protocol, stage, endpoint.Host, endpoint.Port, serverReply, replyCode, failure)
        {
            Security = endpoint.Security,
            Credentials = credentials,
            Certificate = certificate,
            PortSpeaksImplicitTls = portSpeaksImplicitTls,
            RefusedMailbox = (failure as SmtpCommandException)?.Mailbox?.Address,
        };
    }

    private static Exception Innermost(Exception failure)
    {
        var innermost = failure;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        return innermost;
    }

    private static bool TlsNeverAnswered(Exception failure)
    {
        for (var e = failure.InnerException; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or OperationCanceledException || e is SocketException { SocketErrorCode: SocketError.TimedOut })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the step at which opening a connection failed from the exception MailKit threw.</summary>
    /// <param name="failure">The exception thrown by <c>ConnectAsync</c>.</param>
    /// <returns>The step.</returns>
    public static MailOperationStage ConnectStageOf(Exception failure) => failure switch
    {
        SslHandshakeException or System.Security.Authentication.AuthenticationException => MailOperationStage.Tls,
        NotSupportedException => MailOperationStage.Tls, // STARTTLS required but not offered
        SocketException or MailKit.Net.Proxy.ProxyProtocolException => MailOperationStage.Connect,
        TimeoutException or OperationCanceledException => MailOperationStage.Connect,
        SmtpCommandException or ProtocolException or CommandException => MailOperationStage.Greeting,
        _ => MailOperationStage.Connect,
    };

    /// <summary>Finds the step an SMTP command failure belongs to.</summary>
    /// <param name="failure">The command failure.</param>
    /// <returns>The step.</returns>
    public static MailOperationStage SmtpStageOf(SmtpCommandException failure) => failure.ErrorCode switch
    {
        SmtpErrorCode.SenderNotAccepted => MailOperationStage.Sender,
        SmtpErrorCode.RecipientNotAccepted => MailOperationStage.Recipient,
        SmtpErrorCode.MessageNotAccepted => MailOperationStage.Data,
        _ => MailOperationStage.Other,
    };

    /// <summary>Returns whether an exception is a failure of the conversation (and not a bug or a cancellation by the caller).</summary>
    /// <param name="failure">The exception.</param>
    /// <returns><see langword="true"/> for network, TLS, protocol and server failures.</returns>
    public static bool IsConversationFailure(Exception failure) => failure is IOException or SocketException or TimeoutException
        or SslHandshakeException or System.Security.Authentication.AuthenticationException or MailKit.Security.AuthenticationException or ProtocolException
        or CommandException or SmtpCommandException or ServiceNotConnectedException or ServiceNotAuthenticatedException or NotSupportedException
        or MailKit.Net.Proxy.ProxyProtocolException;

    /// <summary>A refusal at RCPT TO that is about the sender (Postfix's "Sender address rejected: not owned by user"): the classifier decides.</summary>
    private static bool IsSenderRefusal(MailProtocol protocol, MailOperationStage stage, string? serverReply, Exception? failure, MailCredentialKind? credentials)
        => stage == MailOperationStage.Recipient
            && MailProblemClassifier.Classify(new MailFailure(protocol, stage) { ReplyText = serverReply, Exception = failure, CredentialKind = credentials }, CultureInfo.InvariantCulture).Stage == MailOperationStage.Sender;

    private static string Describe(MailOperationStage stage, bool senderRefusedAtRecipient) => stage switch
    {
        MailOperationStage.Recipient when senderRefusedAtRecipient => "sender (refused at RCPT TO)",
        MailOperationStage.Connect => "connection",
        MailOperationStage.Tls => "TLS handshake",
        MailOperationStage.Greeting => "greeting",
        MailOperationStage.Capabilities => "capability query",
        MailOperationStage.Authentication => "login",
        MailOperationStage.Sender => "sender (MAIL FROM)",
        MailOperationStage.Recipient => "recipient (RCPT TO)",
        MailOperationStage.Data => "message transfer (DATA)",
        _ => "command",
    };

    private static string LastLine(string reply)
    {
        var lines = reply.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? reply : lines[^1];
    }
}
