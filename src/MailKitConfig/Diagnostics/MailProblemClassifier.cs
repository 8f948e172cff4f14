using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Security;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// Turns any SMTP, IMAP or POP3 failure into a <see cref="MailProblem"/>: the one place that interprets server replies.
/// </summary>
/// <remarks>
/// Rules, in order: the transport (socket, TLS, timeout); provider phrases; the IMAP/POP3 response code (RFC 5530,
/// 2449, 3206); general keywords; the enhanced status code (RFC 3463); the reply code; the step.
/// Codes alone mislead for 421, 451, 535, 550 and 554, so words come before codes.
/// </remarks>
public static partial class MailProblemClassifier
{
    private static readonly int[] ImplicitTlsPorts = [465, 993, 995];

    /// <summary>What a refused password also means at providers that restrict mail programs (their help pages and the seed's catalogue).</summary>
    private static readonly Dictionary<string, MailProblemKind[]> ProviderLoginCauses = new(StringComparer.Ordinal)
    {
        ["Microsoft"] = [BasicAuthDisabled, ProtocolDisabled], // 535 5.7.3: SMTP AUTH off for the mailbox, or OAuth needed
        ["Gmail"] = [AppPasswordRequired],
        ["Yandex"] = [AppPasswordRequired, ProtocolDisabled],
        ["MailRu"] = [AppPasswordRequired, ProtocolDisabled],
        ["Rambler"] = [ProtocolDisabled],
        ["ICloud"] = [AppPasswordRequired],
        ["Yahoo"] = [AppPasswordRequired],
    };

    /// <summary>Classifies a failure.</summary>
    /// <param name="failure">What is known about the failure.</param>
    /// <param name="culture">The language of the hints; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The problem.</returns>
    public static MailProblem Classify(MailFailure failure, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var reply = ClassifiedReply.Parse(failure.ReplyText);
        var provider = failure.Provider ?? KnownProviders.Recognise(failure.Host, reply.Text);
        var (kind, alsoPossible) = FromTransport(failure)
            ?? FromLoginWithoutOffer(failure, reply)
            ?? FromUnauthenticatedEnvelope(failure, reply)
            ?? FromOAuthLogin(failure, reply)
            ?? ReplyTextRules.MatchProvider(reply, failure.Stage)
            ?? FromResponseCode(reply)
            ?? ReplyTextRules.MatchKeywords(reply, failure.Stage)
            ?? FromEnhancedCode(reply, failure.Stage)
            ?? FromReplyCode(reply, failure.Stage)
            ?? FromStage(failure.Stage);

        if (kind == AuthenticationFailed && provider is not null && ProviderLoginCauses.TryGetValue(provider, out var causes))
        {
            alsoPossible = [.. alsoPossible.Union(causes)];
        }

        return new MailProblem(failure, reply, kind, alsoPossible, provider, IsTransient(kind, reply), culture ?? CultureInfo.CurrentUICulture);
    }

    /// <summary>Classifies a failure reported by this library.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="culture">The language of the hints; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The problem.</returns>
    public static MailProblem Classify(MailOperationException exception, CultureInfo? culture = null)
        => Classify(MailFailure.From(exception), culture);

    private static (MailProblemKind, MailProblemKind[])? FromTransport(MailFailure failure)
    {
        if (failure.PortSpeaksImplicitTls)
        {
            return (WrongSecurityMode, []);
        }

        for (var exception = failure.Exception; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                case MailOAuthException oauth:
                    return (oauth.Kind, oauth.Kind == OAuthSignInRequired ? [OAuthTokenInvalid] : []);
                case SocketException socket:
                    return socket.SocketErrorCode switch
                    {
                        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain or SocketError.NoRecovery => (HostNotFound, []),
                        SocketError.ConnectionRefused => (ConnectionRefused, []),
                        SocketError.TimedOut => (MailProblemKind.Timeout, []),
                        SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.NetworkDown or SocketError.AccessDenied => (ConnectionRefused, [MailProblemKind.Timeout]),
                        _ => (ConnectionBroken, []),
                    };
                case SslHandshakeException or System.Security.Authentication.AuthenticationException:
                    return FromTls(failure, exception);
                case NotSupportedException when failure.Stage == MailOperationStage.Tls:
                    return (WrongSecurityMode, [EncryptionRequired]); // STARTTLS required but not offered on this port
                case TimeoutException or OperationCanceledException:
                    return failure.Stage is MailOperationStage.Greeting or MailOperationStage.Connect or MailOperationStage.Tls && LooksLikeImplicitTlsPort(failure)
                        ? (WrongSecurityMode, [MailProblemKind.Timeout])
                        : (MailProblemKind.Timeout, failure.Stage is MailOperationStage.Greeting or MailOperationStage.Connect ? [WrongSecurityMode] : []);
                case ServiceNotConnectedException:
                    return (ConnectionBroken, []);
                case MailKit.Net.Proxy.ProxyProtocolException:
                case MailKit.Security.AuthenticationException when failure.Stage == MailOperationStage.Connect:
                    return (ConnectionRefused, [ConnectionBroken]); // the proxy refused the tunnel or its login: check the proxy settings
                case ProtocolException protocol when IsDisconnect(protocol) && failure.ReplyText is null:
                    return (ConnectionBroken, []);
                case IOException when exception.InnerException is null && failure.ReplyText is null:
                    return (ConnectionBroken, []);
            }
        }

        return null;
    }

    private static (MailProblemKind, MailProblemKind[]) FromTls(MailFailure failure, Exception exception)
    {
        // MailKit's SslHandshakeException carries a generic list of possible causes; the inner exceptions say what happened.
        var text = string.Join(" | ", Chain(exception).Select(e => e.Message));
        if (NotTlsPattern().IsMatch(text))
        {
            return (WrongSecurityMode, []); // a TLS client read the server's plain-text greeting
        }

        if (CertificateRejectedPattern().IsMatch(text))
        {
            return (CertificateInvalid, []);
        }

        return failure.Security == MailSecurity.ImplicitTls && failure.Port is { } port && !ImplicitTlsPorts.Contains(port)
            ? (TlsHandshakeFailed, [WrongSecurityMode])
            : (TlsHandshakeFailed, []);
    }

    /// <summary>The library refuses to send a secret when the server offers no login on the connection; the reply is then the capability list.</summary>
    private static (MailProblemKind, MailProblemKind[])? FromLoginWithoutOffer(MailFailure failure, ClassifiedReply reply)
    {
        if (failure.Stage != MailOperationStage.Authentication || reply.Text is null || reply.IsRefusal || !CapabilityReply().IsMatch(reply.Text))
        {
            return null;
        }

        var capabilities = reply.Text.ToUpperInvariant();
        return capabilities.Contains("LOGINDISABLED", StringComparison.Ordinal) || (capabilities.Contains("STARTTLS", StringComparison.Ordinal) && !capabilities.Contains("AUTH", StringComparison.Ordinal))
            ? (EncryptionRequired, [])
            : (AuthMechanismUnsupported, [AuthenticationRequired]);
    }

    /// <summary>A client that did not log in and is refused at MAIL FROM or RCPT TO with "access denied", "relay" or "authentication" must log in.</summary>
    private static (MailProblemKind, MailProblemKind[])? FromUnauthenticatedEnvelope(MailFailure failure, ClassifiedReply reply)
    {
        if (failure.Credentials is not null || failure.Protocol != MailProtocol.Smtp || failure.Stage is not (MailOperationStage.Sender or MailOperationStage.Recipient) || reply.Text is null)
        {
            return null;
        }

        var deniedForPolicy = reply.Code is 530 or 550 or 553 or 554 || reply.EnhancedSubjectDetail is { } detail && detail.StartsWith("7.", StringComparison.Ordinal);
        return deniedForPolicy && (reply.Text.Contains("access denied", StringComparison.OrdinalIgnoreCase) || reply.Text.Contains("relay", StringComparison.OrdinalIgnoreCase) || reply.Text.Contains("authenticat", StringComparison.OrdinalIgnoreCase))
            ? (AuthenticationRequired, [RelayDenied])
            : null;
    }

    private static (MailProblemKind, MailProblemKind[])? FromOAuthLogin(MailFailure failure, ClassifiedReply reply)
        => failure.Credentials == MailCredentialKind.OAuth && failure.Stage == MailOperationStage.Authentication && reply.Text is null
            && failure.Exception is { } source && !MailFailures.IsConversationFailure(source)
            ? (Unknown, [OAuthSignInRequired]) // the token source failed (the host's vault, say) before anything was sent
            : failure.Credentials == MailCredentialKind.OAuth && failure.Stage == MailOperationStage.Authentication && reply.IsRefusal
            && (ReplyTextRules.MatchProvider(reply, failure.Stage) ?? ReplyTextRules.MatchKeywords(reply, failure.Stage)) is null or { Kind: AuthenticationFailed or OAuthTokenInvalid }
            ? (OAuthTokenInvalid, [AuthorizationFailed])
            : null;

    private static (MailProblemKind, MailProblemKind[])? FromResponseCode(ClassifiedReply reply) => reply.ResponseCode switch
    {
        "AUTHENTICATIONFAILED" or "AUTH" => (AuthenticationFailed, []),
        "AUTHORIZATIONFAILED" or "NOPERM" => (AuthorizationFailed, []),
        "EXPIRED" => (PasswordExpired, []),
        "PRIVACYREQUIRED" => (EncryptionRequired, []),
        "CONTACTADMIN" => (AccountDisabled, [ProtocolDisabled]),
        "INUSE" or "IN-USE" => (TooManyConnections, []),
        "LOGIN-DELAY" => (RateLimited, []),
        "OVERQUOTA" => (MailboxFull, []),
        "UNAVAILABLE" or "SYS/TEMP" or "SERVERBUG" => (ServerUnavailable, []),
        "SYS/PERM" => (ServerUnavailable, [AccountDisabled]),
        _ => null,
    };

    private static (MailProblemKind, MailProblemKind[])? FromEnhancedCode(ClassifiedReply reply, MailOperationStage stage)
    {
        if (reply.EnhancedSubjectDetail is not { } code)
        {
            return null;
        }

        return code switch
        {
            "7.8" or "7.3" when stage == MailOperationStage.Authentication => (AuthenticationFailed, []),
            "7.0" when stage == MailOperationStage.Authentication => (AuthenticationFailed, []),
            "7.8" => (AuthenticationFailed, []),
            "7.9" or "7.4" => (AuthMechanismUnsupported, []),
            "7.10" or "7.11" => (EncryptionRequired, []),
            "7.12" => (PasswordExpired, []),
            "7.13" => (AccountDisabled, []),
            "7.14" => (WebLoginRequired, [AuthenticationFailed]),
            "7.1" when stage == MailOperationStage.Sender => (SenderRejected, [PolicyRejected]),
            "7.1" when stage == MailOperationStage.Recipient => (PolicyRejected, [RelayDenied]),
            "1.7" or "1.8" => (SenderRejected, []),
            "1.0" or "1.3" when stage == MailOperationStage.Sender => (SenderRejected, []),
            "1.1" or "1.2" or "1.3" or "1.4" or "1.5" or "1.6" or "1.10" or "2.1" or "2.4" => (RecipientRejected, []),
            "2.2" => (MailboxFull, []),
            "2.3" or "3.4" => (MessageTooLarge, []),
            "5.3" => (RateLimited, []),
            _ when code.StartsWith("7.", StringComparison.Ordinal) => (PolicyRejected, []),
            _ when code.StartsWith("3.", StringComparison.Ordinal) || code.StartsWith("4.", StringComparison.Ordinal) => (ServerUnavailable, []),
            _ when code.StartsWith("5.", StringComparison.Ordinal) => (ProtocolError, []),
            _ when code.StartsWith("1.", StringComparison.Ordinal) => (stage == MailOperationStage.Sender ? SenderRejected : RecipientRejected, []),
            _ => null,
        };
    }

    private static (MailProblemKind, MailProblemKind[])? FromReplyCode(ClassifiedReply reply, MailOperationStage stage) => reply.Code switch
    {
        421 => (ConnectionBroken, [ServerUnavailable, TooManyConnections, RateLimited]),
        450 or 550 when stage == MailOperationStage.Recipient => (RecipientRejected, []),
        450 or 550 or 553 when stage == MailOperationStage.Sender => (SenderRejected, []),
        551 or 553 or 556 => (RecipientRejected, []),
        454 when stage == MailOperationStage.Tls => (TlsHandshakeFailed, []),
        >= 450 and < 460 => (ServerUnavailable, []),
        530 => (AuthenticationRequired, [EncryptionRequired]),
        534 => (AuthMechanismUnsupported, [AppPasswordRequired, WebLoginRequired]),
        535 => (AuthenticationFailed, []),
        538 => (EncryptionRequired, []),
        504 when stage == MailOperationStage.Authentication => (AuthMechanismUnsupported, []),
        503 when stage is MailOperationStage.Sender or MailOperationStage.Recipient => (AuthenticationRequired, [ProtocolError]),
        >= 500 and < 510 or 555 => (ProtocolError, []),
        552 => (MessageTooLarge, [MailboxFull]),
        550 or 554 => (PolicyRejected, [SpamRejected]),
        _ => null,
    };

    private static (MailProblemKind, MailProblemKind[]) FromStage(MailOperationStage stage) => stage switch
    {
        MailOperationStage.Authentication => (AuthenticationFailed, []),
        MailOperationStage.Sender => (SenderRejected, []),
        MailOperationStage.Recipient => (RecipientRejected, []),
        MailOperationStage.Tls => (TlsHandshakeFailed, []),
        _ => (Unknown, []),
    };

    private static bool IsTransient(MailProblemKind kind, ClassifiedReply reply) => reply.ResponseCode switch
    {
        "SERVERBUG" or "SYS/PERM" => false,
        "SYS/TEMP" or "UNAVAILABLE" or "INUSE" or "IN-USE" or "LOGIN-DELAY" => true,
        _ => IsTransientByCode(kind, reply),
    };

    private static bool IsTransientByCode(MailProblemKind kind, ClassifiedReply reply) => reply.Code switch
    {
        >= 400 and < 500 => true,
        >= 500 => false,
        _ => reply.EnhancedClass switch
        {
            4 => true,
            5 => false,
            _ => kind is MailProblemKind.Timeout or ConnectionBroken or ServerUnavailable or RateLimited or TooManyConnections,
        },
    };

    private static bool LooksLikeImplicitTlsPort(MailFailure failure)
        => failure.Port is { } port && ImplicitTlsPorts.Contains(port) && failure.Security != MailSecurity.ImplicitTls;

    private static bool IsDisconnect(ProtocolException exception)
        => exception.Message.Contains("disconnect", StringComparison.OrdinalIgnoreCase) || exception.InnerException is IOException;

    /// <summary>An SMTP EHLO reply, an IMAP greeting or CAPABILITY, or a POP3 +OK: what the server offered, not a refusal.</summary>
    [GeneratedRegex(@"^(?:250[ -]|\* (?:OK|CAPABILITY)\b|\+OK\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex CapabilityReply();

    /// <summary>What .NET and OpenSSL say when the bytes received are not TLS at all.</summary>
    [GeneratedRegex(@"frame size|corrupted frame|wrong version number|unexpected packet format|packet length too long|record layer failure|http request", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotTlsPattern();

    /// <summary>What MailKit and .NET say when the certificate was not trusted.</summary>
    [GeneratedRegex(@"certificate could not be validated|remote certificate (?:is invalid|was rejected)|certificate (?:has expired|is not yet valid|name mismatch|chain)|RemoteCertificate(?:NameMismatch|ChainErrors|NotAvailable)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CertificateRejectedPattern();

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
