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
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Classifies a failure.</summary>
    /// <param name="failure">What is known about the failure.</param>
    /// <param name="culture">The language of the hints; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The problem.</returns>
    public static MailProblem Classify(MailFailure failure, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var (reply, provider) = Read(failure);
        var transportText = TransportText(failure, reply);
        var (kind, alsoPossible, basis) = By(ClassificationBasis.DeliveryUnknown, FromDeliveryUnknown(failure, reply, transportText))
            ?? By(ClassificationBasis.Exception, FromTransport(failure))
            ?? By(ClassificationBasis.SettingsSearch, FromSettingsSearch(reply))
            ?? By(ClassificationBasis.ProgramMessage, transportText is null ? null : ProgramMessages.Match(transportText))
            ?? By(ClassificationBasis.TransportText, transportText is null ? null : FromTransportText(failure, transportText))
            ?? By(ClassificationBasis.ConfiguredEndpoint, FromConfiguredEndpoint(failure, reply))
            ?? By(ClassificationBasis.Capabilities, FromLoginWithoutOffer(failure, reply))
            ?? By(ClassificationBasis.ProviderData, provider is null || reply.Text is null ? null : KnownProviders.MeaningOf(provider, reply.Text))
            ?? By(ClassificationBasis.UnauthenticatedEnvelope, FromUnauthenticatedEnvelope(failure, reply))
            ?? By(ClassificationBasis.OAuthLogin, FromOAuthLogin(failure, reply, provider))
            ?? By(ClassificationBasis.ProviderPhrase, ReplyTextRules.MatchProvider(reply, failure.Stage))
            ?? By(ClassificationBasis.NonRefusal, FromNonRefusal(failure, reply))
            ?? By(ClassificationBasis.ResponseCode, FromResponseCode(reply, failure.Stage))
            ?? By(ClassificationBasis.ReplyCode, FromImapBadAtLogin(failure, reply))
            ?? By(ClassificationBasis.ReplyCode, FromUnknownCommandAtLogin(failure, reply))
            ?? By(ClassificationBasis.EnhancedCode, FromNetworkTimeout(reply))
            ?? By(ClassificationBasis.EnhancedCode, FromNetworkFamily(failure, reply))
            ?? By(ClassificationBasis.Keywords, ReplyTextRules.MatchKeywords(reply, failure.Stage))
            ?? By(ClassificationBasis.TransportText, FromDroppedText(failure, transportText))
            ?? By(ClassificationBasis.TransportText, FromUnconnectedText(transportText))
            ?? By(ClassificationBasis.TransportText, FromNetworkErrorText(failure, transportText))
            ?? By(ClassificationBasis.TransportText, FromCertificateNamed(transportText))
            ?? By(ClassificationBasis.ClientErrorNumber, reply.Text is null ? null : MicrosoftMailErrorNumbers.Match(reply.Text))
            ?? By(ClassificationBasis.EnhancedCode, FromEnhancedCode(reply, failure.Stage))
            ?? By(ClassificationBasis.EnhancedCode, FromEnhancedStatusDescription(reply, failure.Stage))
            ?? By(ClassificationBasis.ReplyCode, FromReplyCode(reply, failure.Stage))
            ?? By(ClassificationBasis.ReplyCode, FromImapBad(failure, reply))
            ?? By(ClassificationBasis.Exception, FromProgramError(failure, reply))
            ?? By(ClassificationBasis.Step, FromCommandNotAcceptedUnquoted(failure, reply))
            ?? By(ClassificationBasis.Step, FromSenderStepNamedByClient(failure, reply))
            ?? By(ClassificationBasis.ProgramMessage, FromWordsOfFailure(failure.Stage, transportText ?? reply.Text))
            ?? By(ClassificationBasis.Step, FromStage(failure.Stage))!.Value;

        if (kind == AuthenticationFailed && provider is not null)
        {
            alsoPossible = [.. alsoPossible.Union(KnownProviders.LoginRefusalAlsoMeans(provider))]; // the provider data's loginRefusalAlsoMeans
        }

        var transient = kind == HostNotFound
            ? (transportText is not null && (TransportTextRules.IsResolverTemporary(transportText) || ProgramMessages.SaysForNow(transportText)))
                || reply.CodeSaysForNow // a server that met the failure says whether it is for now
            : kind != DeliveryUnknown && IsTransient(kind, reply);
        return new MailProblem(failure, reply, kind, alsoPossible, provider, transient, culture ?? CultureInfo.CurrentUICulture) { Basis = basis };
    }

    /// <summary>Classifies a failure reported by this library.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="culture">The language of the hints; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The problem.</returns>
    public static MailProblem Classify(MailOperationException exception, CultureInfo? culture = null)
        => Classify(MailFailure.From(exception), culture);

    /// <summary>
    /// The text to read transport families from: another program's error text with no server refusal in it (no
    /// SMTP 4xx/5xx or enhanced code, no IMAP response code, tagged NO or BAD, no POP3 -ERR: a server that refused a
    /// command was reached, whatever the words around), or the messages of the exception chain when there is no reply
    /// at all. A 2xx or 3xx line (a client log's "220 Ready to start TLS") is the conversation before the failure; a
    /// Windows Sockets error under a code is a component's own report dressed as a reply.
    /// </summary>
    private static string? TransportText(MailFailure failure, ClassifiedReply reply)
    {
        var refused = reply.Code is >= 400 || reply.ResponseCode is not null || reply.EnhancedClass is 4 or 5 || reply.IsCommandRefusal;
        if (refused && !(reply.Text is { } replyText && TransportTextRules.NamesWinsockError(replyText)))
        {
            return null;
        }

        var text = reply.Text ?? ExceptionWords(failure);
        return text is null ? null : TransportTextRules.Unfolded(TransportTextRules.WithoutStackFrames(text));
    }

    /// <summary>
    /// A transport family in a text without a reply code. A name that does not resolve at the recipient step is the
    /// recipient's domain (a bounce's "Host or domain name not found", "DNS Error … NXDOMAIN"), not the server's; an
    /// autoconfig or autodiscover host that does not resolve is a settings search that found nothing.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromTransportText(MailFailure failure, string transportText)
        => TransportTextRules.Match(transportText) switch
        {
            { Kind: HostNotFound } when failure.Stage == MailOperationStage.Recipient => (RecipientRejected, [HostNotFound]),
            { Kind: HostNotFound } when SettingsHost().IsMatch(transportText) => (SettingsNotFound, [HostNotFound]), // where settings are looked up, not the mail server
            var family => family,
        };

    /// <summary>
    /// What the text shows of the endpoint the program was set to: another protocol's server answering (an IMAP
    /// <c>* OK</c> or POP3 <c>+OK</c> greeting read by an SMTP client, an SMTP 220 greeting read by an IMAP or POP3
    /// client, an IMAP greeting read by a POP3 client and the reverse, a web server's status line at the greeting), or
    /// a PHP c-client mailbox that asks for STARTTLS on an implicit-TLS port (<c>{host:993/imap/tls}</c>) or for
    /// implicit TLS on a plain one (<c>{host:143/imap/ssl}</c>).
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromConfiguredEndpoint(MailFailure failure, ClassifiedReply reply)
    {
        if (reply.Text is not { } text)
        {
            return null;
        }

        if (CClientMailboxWrongSecurity().IsMatch(text))
        {
            return (WrongSecurityMode, []);
        }

        var otherGreeting = failure.Protocol switch
        {
            MailProtocol.Smtp => MailboxServerGreeting().IsMatch(text),
            MailProtocol.Pop3 => SmtpGreeting().IsMatch(text) || ImapGreeting().IsMatch(text),
            _ => SmtpGreeting().IsMatch(text) || Pop3Greeting().IsMatch(text),
        } || (failure.Stage == MailOperationStage.Greeting && HttpStatusLine().IsMatch(text)); // at connect, a status line is more often a proxy's
        return failure.Stage is MailOperationStage.Connect or MailOperationStage.Greeting && otherGreeting
            ? (ProtocolError, [WrongSecurityMode]) // the port belongs to another protocol
            : null;
    }

    /// <summary>
    /// RFC 3463 subject 4 (network and routing), when the words say the time ran out: a timeout, not a broken
    /// connection.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromNetworkTimeout(ClassifiedReply reply)
    {
        var network = reply.EnhancedSubjectDetail is { } code && code.StartsWith("4.", StringComparison.Ordinal);
        return network && reply.Text is { } text && ReplyTextRules.SaysTimedOut(text) ? (MailProblemKind.Timeout, []) : null;
    }

    /// <summary>
    /// RFC 3463 subject 4 (network and routing) with a transport family's words ("5.4.312 Message expired, DNS query
    /// failed", "5.4.316 … connection refused"): the routing failure those words name, whoever met it. A 421 without an
    /// enhanced code is read so only for a timeout (a mail proxy's or antivirus's "421 Cannot connect to SMTP server …,
    /// connect error 10060"): its other words are as often a policy's ("Reverse DNS failure") or the client's own.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromNetworkFamily(MailFailure failure, ClassifiedReply reply)
    {
        MailProblemKind[] families = reply.EnhancedSubjectDetail switch
        {
            { } code when code.StartsWith("4.", StringComparison.Ordinal) => [HostNotFound, ConnectionRefused, MailProblemKind.Timeout, ConnectionBroken],
            null when reply.Code == 421 => [MailProblemKind.Timeout],
            _ => [],
        };
        if (families.Length == 0 || reply.Text is not { } text || (TransportTextRules.Match(text) ?? FromUnconnectedText(text)) is not { } family || !families.Contains(family.Kind))
        {
            return null;
        }

        return family.Kind == HostNotFound && failure.Stage == MailOperationStage.Recipient ? (RecipientRejected, [HostNotFound]) : family; // at RCPT the name is the recipient's domain
    }

    /// <summary>
    /// Rebuilds a problem classified earlier from its stored facts (e.g. by the outbox), with texts in the given
    /// language.
    /// </summary>
    /// <param name="failure">The stored facts (no exception).</param>
    /// <param name="kind">The kind found when it was classified.</param>
    /// <param name="isTransient">Whether it was found transient.</param>
    /// <param name="culture">The language; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The problem.</returns>
    internal static MailProblem Restore(MailFailure failure, MailProblemKind kind, bool isTransient, CultureInfo? culture)
    {
        var (reply, provider) = Read(failure);
        return new MailProblem(failure, reply, kind, [], provider, isTransient, culture ?? CultureInfo.CurrentUICulture);
    }

    /// <summary>Reads a failure's reply, and the provider it names or its host or reply shows.</summary>
    private static (ClassifiedReply Reply, string? Provider) Read(MailFailure failure)
    {
        var reply = ClassifiedReply.Parse(failure.ReplyText is { } text ? TransportTextRules.WithoutPossibleCauses(text) : null); // the words of what happened, not a list of what may happen
        return (reply, failure.Provider ?? KnownProviders.Recognise(failure.Host, reply.Text));
    }

    private static (MailProblemKind Kind, MailProblemKind[] AlsoPossible, ClassificationBasis Basis)? By(ClassificationBasis basis, (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? decision)
        => decision is { } d ? (d.Kind, d.AlsoPossible, basis) : null;

    /// <summary>
    /// The message may have been delivered: this library saw its end go out before the connection broke, or another
    /// program's text says so (no refusal read after the final dot); the user must check before sending again.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromDeliveryUnknown(MailFailure failure, ClassifiedReply reply, string? transportText)
        => failure.DeliveryUnknown
            || reply.Code is not >= 400 && (reply.Text ?? transportText) is { } text && TransportTextRules.SaysEndOfDataUnanswered(text)
            ? (DeliveryUnknown, [])
            : null;

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
                    return FromSocket(socket.SocketErrorCode);
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

    /// <summary>
    /// What a socket error code means, wherever it was met (a mail connection, a lookup during discovery).
    /// </summary>
    /// <param name="error">The code.</param>
    /// <returns>The kind and the kinds also possible.</returns>
    internal static (MailProblemKind Kind, MailProblemKind[] AlsoPossible) FromSocket(SocketError error) => error switch
    {
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain or SocketError.NoRecovery => (HostNotFound, []),
        SocketError.ConnectionRefused => (ConnectionRefused, []),
        SocketError.TimedOut => (MailProblemKind.Timeout, []),
        SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.NetworkDown or SocketError.AccessDenied => (ConnectionRefused, [MailProblemKind.Timeout]),
        _ => (ConnectionBroken, []),
    };

    private static (MailProblemKind, MailProblemKind[]) FromTls(MailFailure failure, Exception exception)
    {
        if (Chain(exception).Any(e => e is TimeoutException or OperationCanceledException || e is SocketException { SocketErrorCode: SocketError.TimedOut }))
        {
            return (MailProblemKind.Timeout, [WrongSecurityMode]); // the server took the connection and never answered the handshake
        }

        // MailKit's SslHandshakeException carries a generic list of possible causes; the inner exceptions say what happened.
        var text = MessagesOf(exception);
        if (NotTlsPattern().IsMatch(text))
        {
            return (WrongSecurityMode, []); // a TLS client read the server's plain-text greeting
        }

        if (CertificateRejectedPattern().IsMatch(text))
        {
            return (CertificateInvalid, []);
        }

        return failure.Security == MailSecurity.ImplicitTls && failure.Port is { } port && ServerEndpoint.DefaultSecurity(port) != MailSecurity.ImplicitTls
            ? (TlsHandshakeFailed, [WrongSecurityMode])
            : (TlsHandshakeFailed, []);
    }

    /// <summary>
    /// A settings search that found nothing. When its probes say they timed out, nothing answered in time: a firewall or
    /// a network that drops the mail ports is as likely as a domain without settings, and entering the settings by hand
    /// would meet the same silence, so it is a timeout, the search's failure also possible.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromSettingsSearch(ClassifiedReply reply)
        => reply.Text is not { } text || !ReplyTextRules.SaysNoSettings(text) ? null
            : TransportTextRules.SaysTimedOut(text) ? (MailProblemKind.Timeout, [SettingsNotFound])
            : (SettingsNotFound, []);

    /// <summary>
    /// The library refuses to send a secret when the server offers no login on the connection; the reply is then the
    /// capability list.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromLoginWithoutOffer(MailFailure failure, ClassifiedReply reply)
    {
        if (failure.Stage != MailOperationStage.Authentication || !reply.OffersCapabilities)
        {
            return null;
        }

        var capabilities = reply.Text.ToUpperInvariant();
        return capabilities.Contains("LOGINDISABLED", StringComparison.Ordinal) || (capabilities.Contains("STARTTLS", StringComparison.Ordinal) && !capabilities.Contains("AUTH", StringComparison.Ordinal))
            ? (EncryptionRequired, [])
            : (AuthMechanismUnsupported, [AuthenticationRequired]);
    }

    /// <summary>
    /// A client that did not log in and is refused at MAIL FROM or RCPT TO with "access denied", "relay" or
    /// "authentication" must log in.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromUnauthenticatedEnvelope(MailFailure failure, ClassifiedReply reply)
    {
        if (failure.CredentialKind is not null || failure.Protocol != MailProtocol.Smtp
            || failure.Stage is not (MailOperationStage.Sender or MailOperationStage.Recipient)
            || reply.Text is null || reply.Code == 535 || reply.NamesMessageAuthenticationCode || ReplyTextRules.ShowsLogin(reply.Text))
        {
            // A 535 inside the refusal ("not authenticated … Error: 535 …") says the login was tried and refused; "550
            // 5.7.26 This mail is unauthenticated" is the message's authentication; a client log that shows "235
            // Authentication successful" before the refusal logged in.
            return null;
        }

        var deniedForPolicy = reply.Code is 530 or 550 or 553 or 554 || reply.EnhancedSubjectDetail is { } detail && detail.StartsWith("7.", StringComparison.Ordinal);
        var temporary = reply.CodeSaysForNow; // "access denied, please try again later": a refusal for now is not a demand to log in
        var hostRefusedWhereNoLoginHelps = ReplyTextRules.SaysClientHostRefused(reply.Text) && failure.Port is null or ServerEndpoint.SmtpRelayPort;
        if (!deniedForPolicy || temporary || hostRefusedWhereNoLoginHelps || ReplyTextRules.SaysRelayDenied(reply.Text)
            || ReplyTextRules.SaysSenderRefused(reply.Text) || ReplyTextRules.MatchProvider(reply, failure.Stage) is not null)
        {
            // A relay refusal stays RelayDenied, with signing in as its first hint; "sender does not match the authenticated
            // user" is the sender's. A client host refused is a submission port's demand to log in ("permit_sasl_authenticated,
            // reject"), but a policy on the host at port 25, where no client logs in, or where the port is not known.
            return null;
        }

        var text = ReplyTextRules.WithoutSuccessLines(reply.Text); // "235 Authentication successful" in a client log is not a refusal
        return (text.Contains("access denied", StringComparison.OrdinalIgnoreCase) && !ReplyTextRules.NamesOtherCause(text)) || (text.Contains("authenticat", StringComparison.OrdinalIgnoreCase) && !ReplyTextRules.NamesMessageAuthentication(text))
            ? (AuthenticationRequired, [RelayDenied])
            : null;
    }

    /// <summary>
    /// A failure whose reply is not a refusal: a login that ended with 2xx found no login it could use (Roundcube's
    /// "SMTP Error (250): Authentication failed"); an envelope or data step answered 2xx/3xx where the client expected
    /// another reply is a protocol error; an IMAP greeting that says BYE is a server that takes no sessions now.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromNonRefusal(MailFailure failure, ClassifiedReply reply) => failure.Stage switch
    {
        MailOperationStage.Authentication when reply.Code is >= 200 and < 300 => (AuthMechanismUnsupported, [AuthenticationRequired]),
        MailOperationStage.Sender or MailOperationStage.Recipient or MailOperationStage.Data when reply.Code is >= 200 and < 400 => (ProtocolError, []),
        MailOperationStage.Greeting when reply.Code is null && reply.Text is { } text && text.Contains("BYE", StringComparison.Ordinal) => (ServerUnavailable, [TooManyConnections]),
        _ => null,
    };

    private static (MailProblemKind, MailProblemKind[])? FromUnconnectedText(string? transportText)
        => transportText is not null && TransportTextRules.IsNotConnected(transportText) ? (ConnectionRefused, [MailProblemKind.Timeout, HostNotFound]) : null;

    /// <summary>
    /// A network or socket error with no cause named ("network error", "socket error", "a communications failure"): the
    /// connection could not be made when connecting (or when the step is not known), and was lost after.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromNetworkErrorText(MailFailure failure, string? transportText)
        => transportText is null || !TransportTextRules.NamesNetworkError(transportText) ? null
            : failure.Stage is MailOperationStage.Connect or MailOperationStage.Other ? (ConnectionRefused, [MailProblemKind.Timeout, HostNotFound])
            : (ConnectionBroken, [ConnectionRefused]);

    /// <summary>A failure that names a certificate and no other cause ("handshake failed: certificate"): the certificate.</summary>
    private static (MailProblemKind, MailProblemKind[])? FromCertificateNamed(string? transportText)
        => transportText is not null && TransportTextRules.NamesCertificate(transportText) ? (CertificateInvalid, [TlsHandshakeFailed]) : null;

    private static (MailProblemKind, MailProblemKind[])? FromDroppedText(MailFailure failure, string? transportText)
        => transportText is null || !TransportTextRules.IsDropped(transportText) ? null
            : failure.Stage is MailOperationStage.Connect or MailOperationStage.Greeting && TransportTextRules.ModeAgainstPort(transportText)
                || failure.Stage == MailOperationStage.Greeting && TransportTextRules.NamesTlsOnlyPort(transportText)
                ? (WrongSecurityMode, [ConnectionBroken]) // SMTP_SSL=false on port 465; a plain greeting awaited where TLS comes first
                : (ConnectionBroken, failure.Stage == MailOperationStage.Greeting ? [WrongSecurityMode] : []);

    /// <summary>
    /// A refused OAuth login: the client logged in with a token, or the text names XOAUTH2/OAUTHBEARER. Words that name
    /// another cause decide instead, the provider's own (an identity platform's code for the app's registration) among them;
    /// so does the reading of SMTP's 504 (<see cref="FromUnknownCommandAtLogin"/>: Gmail's "504 5.7.4 XOAUTH is no longer
    /// supported"). IMAP's BAD is not read so: Gmail ends a refused XOAUTH2 token with "BAD Client aborted AUTHENTICATE".
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromOAuthLogin(MailFailure failure, ClassifiedReply reply, string? provider)
        => failure.CredentialKind == MailCredentialKind.OAuth && failure.Stage == MailOperationStage.Authentication && reply.Text is null
            && failure.Exception is { } source && !MailFailures.IsConversationFailure(source)
            ? (Unknown, [OAuthSignInRequired]) // the token source failed (the host's vault, say) before anything was sent
            : (failure.CredentialKind == MailCredentialKind.OAuth || failure.CredentialKind is null && reply.Text is { } text && NamesOAuthLogin(text))
            && failure.Stage == MailOperationStage.Authentication && (reply.IsRefusal || reply.Code is null && reply.Text is not null)
            && FromUnknownCommandAtLogin(failure, reply) is null // the mechanism is refused before any token is judged
            && ((provider is null ? null : KnownProviders.MeaningOf(provider, reply.Text!))
                ?? ReplyTextRules.MatchProvider(reply, failure.Stage)
                ?? ReplyTextRules.MatchKeywords(reply, failure.Stage)) is null or { Kind: AuthenticationFailed or OAuthTokenInvalid }
            ? (OAuthTokenInvalid, [AuthorizationFailed])
            : null;

    /// <summary>
    /// Whether a text shows an OAuth login: it names XOAUTH2/OAUTHBEARER outside the lists of offered mechanisms, and
    /// its transcript does not show a password login (<c>LOGIN</c>, <c>AUTH PLAIN</c>) as the command the client sent.
    /// </summary>
    private static bool NamesOAuthLogin(string text)
        => OAuthMechanism().IsMatch(OfferedMechanisms().Replace(ReplyTextRules.WithoutSuccessLines(text), " "))
            && (OAuthCommand().IsMatch(text) || !PasswordCommand().IsMatch(text));

    private static (MailProblemKind, MailProblemKind[])? FromResponseCode(ClassifiedReply reply, MailOperationStage stage) => reply.ResponseCode switch
    {
        "AUTHENTICATIONFAILED" or "AUTH" => (AuthenticationFailed, []),
        "AUTHORIZATIONFAILED" or "NOPERM" => (AuthorizationFailed, []),
        "EXPIRED" => (PasswordExpired, []),
        "PRIVACYREQUIRED" => (EncryptionRequired, []),
        "CONTACTADMIN" => (AccountDisabled, [ProtocolDisabled]),
        "INUSE" or "IN-USE" => (TooManyConnections, []),
        "LOGIN-DELAY" => (RateLimited, []),
        "OVERQUOTA" => (MailboxFull, []),
        "UNAVAILABLE" or "SYS/TEMP" or "TEMPFAIL" or "SERVERBUG" or "CORRUPTION" => (ServerUnavailable, []),
        "CANNOT" when stage == MailOperationStage.Authentication && ReplyTextRules.SaysMechanismUnsupported(reply.Text!) => (AuthMechanismUnsupported, []), // RFC 5530's "cannot" to AUTHENTICATE, naming the mechanism
        "TOOBIG" => (MessageTooLarge, []),
        // RFC 5530's and RFC 3501's codes for a command the server cannot carry out as the client sent it: an unknown
        // charset, comparator, transfer encoding or URL, a message it cannot parse, one expunged meanwhile.
        "CLIENTBUG" or "CANNOT" or "NONEXISTENT" or "ALREADYEXISTS" or "TRYCREATE" or "BADCHARSET" or "PARSE" or "EXPUNGEISSUED"
            or "BADURL" or "UNKNOWN-CTE" or "BADCOMPARATOR" or "USEATTR" or "NOUPDATE" or "COMPRESSIONACTIVE" => (ProtocolError, []),
        "SYS/PERM" => ReplyTextRules.MatchKeywords(reply, stage) ?? (ServerUnavailable, [AccountDisabled]), // RFC 3206: permanent, for a reason the words give ("your account has been suspended")
        _ => null,
    };

    private static (MailProblemKind, MailProblemKind[])? FromEnhancedCode(ClassifiedReply reply, MailOperationStage stage)
    {
        if (reply.EnhancedSubjectDetail is not { } code
            || stage is MailOperationStage.Connect or MailOperationStage.Greeting && code[0] is '1' or '2')
        {
            return null; // subjects 1 (addressing) and 2 (mailbox) need an address, and none was sent before the greeting
        }

        if (code[0] == '5' && ReplyTextRules.RefusesAddressArgument(reply, stage))
        {
            // "501 5.5.2 RCPT TO syntax error": the argument in error is the address (the reply code says whose), unless
            // an ESMTP parameter (SIZE=, BODY=) is named.
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
            "7.13" when stage == MailOperationStage.Recipient => (RecipientRejected, [AccountDisabled]), // the recipient's account is disabled
            "7.13" => (AccountDisabled, []),
            "7.14" => (WebLoginRequired, [AuthenticationFailed]),
            "7.0" when stage == MailOperationStage.Tls => (TlsHandshakeFailed, []), // "454 4.7.0 TLS not available due to local problem"
            "7.5" => reply.Text is { } text && TransportTextRules.Match(text) is { Kind: CertificateInvalid } // RFC 3463's cryptographic failure
                ? (CertificateInvalid, []) // "dsn=4.7.5 … Server certificate not verified"
                : (TlsHandshakeFailed, [CertificateInvalid]),
            "7.1" when stage == MailOperationStage.Authentication => (AuthenticationFailed, [PolicyRejected]), // "535 5.7.1": no message to refuse yet, the login was
            "7.1" when stage == MailOperationStage.Sender => (SenderRejected, [PolicyRejected]),
            "7.1" when stage == MailOperationStage.Recipient => (PolicyRejected, [RelayDenied]),
            "1.7" or "1.8" or "7.27" => (SenderRejected, []), // X.7.27: the sender's domain has a null MX (RFC 7505)
            "7.28" => (RateLimited, [SpamRejected]), // mail flood detected (the IANA registry of enhanced codes)
            "7.17" or "7.18" => (RecipientRejected, []), // the mailbox's or domain's owner has changed (RFC 7293)
            "7.2" when stage is MailOperationStage.Recipient or MailOperationStage.Data => (RecipientRejected, [PolicyRejected]), // mailing list expansion prohibited: the list refuses this sender
            _ when stage == MailOperationStage.Sender && code[0] == '1' => (SenderRejected, []), // RFC 3463 subject 1 (addressing) at MAIL FROM: the only address sent yet is the sender's
            "1.1" or "1.2" or "1.3" or "1.4" or "1.5" or "1.6" or "1.10" or "2.1" or "2.4" or "4.4" => (RecipientRejected, []),
            "4.6" => (RecipientRejected, []), // a routing loop: the recipient's address leads back to where it came from, a fault of the address or its domain, not of a server that is down for now
            "2.2" => (MailboxFull, []),
            "2.3" or "3.4" => (MessageTooLarge, []),
            "5.3" => (RateLimited, []),
            "4.1" or "4.7" => (MailProblemKind.Timeout, [ServerUnavailable]), // no answer from the host; delivery time expired
            "4.2" => (ConnectionBroken, []),
            _ when code.StartsWith("7.", StringComparison.Ordinal) => (PolicyRejected, []),
            _ when code.StartsWith("6.", StringComparison.Ordinal) => (ProtocolError, [PolicyRejected]), // RFC 3463 X.6.x: the message's content or format
            _ when code.StartsWith("3.", StringComparison.Ordinal) || code.StartsWith("4.", StringComparison.Ordinal) => (ServerUnavailable, []),
            _ when code.StartsWith("5.", StringComparison.Ordinal) => (ProtocolError, []),
            _ when code.StartsWith("1.", StringComparison.Ordinal) => (stage == MailOperationStage.Sender ? SenderRejected : RecipientRejected, []),
            _ => null,
        };
    }

    /// <summary>
    /// An enhanced status named by the registry's words instead of its number ("550 Bad destination mailbox address"),
    /// read as the number would be, where the reply has no enhanced code of its own.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromEnhancedStatusDescription(ClassifiedReply reply, MailOperationStage stage)
        => reply.EnhancedCode is null && reply.Text is { } text && EnhancedStatusDescriptions.SubjectDetailOf(text) is { } detail
            ? FromEnhancedCode(reply with { EnhancedCode = (reply.Code is >= 400 and < 500 ? "4." : "5.") + detail }, stage)
            : null;

    private static (MailProblemKind, MailProblemKind[])? FromReplyCode(ClassifiedReply reply, MailOperationStage stage) => reply.Code switch
    {
        421 => (ServerUnavailable, [TooManyConnections, RateLimited, ConnectionBroken]), // RFC 5321: the service is not available, the channel closes at any step
        450 or 550 when stage == MailOperationStage.Recipient => (RecipientRejected, []),
        554 when stage == MailOperationStage.Recipient => (RecipientRejected, [PolicyRejected, RelayDenied]), // RFC 5321: at RCPT, 554 refuses this recipient ("no valid recipients"); no word says a policy
        450 or 550 or 553 or 554 when stage == MailOperationStage.Sender => (SenderRejected, []),
        // An addressing reply to AUTH, which names no address: the login was refused.
        550 or 551 or 553 or 554 or 556 when stage == MailOperationStage.Authentication => (AuthenticationFailed, []),
        551 or 553 or 556 => (RecipientRejected, []),
        454 or 554 when stage == MailOperationStage.Tls => (TlsHandshakeFailed, []), // STARTTLS refused: TLS could not start (RFC 3207's 454, or a 554 "Unable to initialize security subsystem")
        >= 450 and < 460 => (ServerUnavailable, []),
        432 when stage == MailOperationStage.Authentication => (PasswordExpired, []), // RFC 4954: "432 4.7.12 A password transition is needed"
        530 => (AuthenticationRequired, [EncryptionRequired]),
        534 => (AuthMechanismUnsupported, [AppPasswordRequired, WebLoginRequired]),
        535 => (AuthenticationFailed, []),
        538 => (EncryptionRequired, []),
        504 when stage == MailOperationStage.Authentication => (AuthMechanismUnsupported, []),
        503 when stage == MailOperationStage.Authentication => (AuthMechanismUnsupported, [EncryptionRequired, ProtocolError]), // RFC 4954: AUTH where the server offers none (not on this connection, or not before STARTTLS)
        // RFC 5321: a syntax error in the argument of MAIL FROM or RCPT TO, which is the address, unless the words name
        // an ESMTP parameter ("501 Bad ORCPT parameter")
        501 when stage == MailOperationStage.Sender && ReplyTextRules.RefusesAddressArgument(reply, stage) => (SenderRejected, [ProtocolError]),
        501 when stage == MailOperationStage.Recipient && ReplyTextRules.RefusesAddressArgument(reply, stage) => (RecipientRejected, [ProtocolError]),
        503 when stage is MailOperationStage.Sender or MailOperationStage.Recipient => (AuthenticationRequired, [ProtocolError]),
        >= 500 and < 510 or 555 => (ProtocolError, []),
        552 => (MessageTooLarge, [MailboxFull]),
        550 or 554 when stage == MailOperationStage.Data && reply.EnhancedSubjectDetail is null or "0.0" => (Unknown, [PolicyRejected, SpamRejected]), // "550 Mail rejected": no word and no enhanced code says why (RFC 3463's X.0.0 is "other or undefined")
        550 or 554 => (PolicyRejected, [SpamRejected]),
        _ => null,
    };

    /// <summary>
    /// An IMAP tagged BAD says the command was unknown or its arguments invalid (RFC 3501), when no word said more.
    /// </summary>
    /// <remarks>A POP3 <c>-ERR</c> to a message command after login ("no such message", "message is deleted") is the same: the command was refused.</remarks>
    private static (MailProblemKind, MailProblemKind[])? FromImapBad(MailFailure failure, ClassifiedReply reply)
        => failure.Protocol == MailProtocol.Imap && reply.IsTaggedBad
            || failure.Protocol == MailProtocol.Pop3 && failure.Stage == MailOperationStage.Mailbox && reply.Text is { } text && text.Contains("-ERR", StringComparison.Ordinal)
            ? (ProtocolError, [])
            : null;

    /// <summary>
    /// An IMAP tagged BAD to LOGIN or AUTHENTICATE refused the command's form, not the password (RFC 3501: a wrong
    /// password is NO), whatever words a client put around it ("Error login", "LOGIN failed. Illegal arguments"); an
    /// unknown mechanism is the mechanism family.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromImapBadAtLogin(MailFailure failure, ClassifiedReply reply)
        => failure.Protocol == MailProtocol.Imap && failure.Stage == MailOperationStage.Authentication && reply.IsTaggedBad
            ? ReplyTextRules.SaysMechanismUnsupported(reply.Text!) ? (AuthMechanismUnsupported, []) : (ProtocolError, [AuthenticationFailed])
            : null;

    /// <summary>
    /// An SMTP 504 to AUTH (RFC 5321: command parameter not implemented; RFC 4954: the mechanism, AUTH's parameter, is
    /// one the server lacks): no login by this mechanism, whatever a client wrote around the reply ("Invalid login: 504
    /// Unknown mechanism"). Words that name another cause still win. A 500 or 502 ("command unrecognized") is left to
    /// the words: it may refuse AUTH or only the line's form ("Authentication Exchange line is too long").
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromUnknownCommandAtLogin(MailFailure failure, ClassifiedReply reply)
        => failure.Protocol == MailProtocol.Smtp && failure.Stage == MailOperationStage.Authentication && reply.Code == 504
            && ReplyTextRules.MatchKeywords(reply, failure.Stage) is null or { Kind: AuthenticationFailed or ProtocolError or AuthMechanismUnsupported }
            ? (AuthMechanismUnsupported, [AuthenticationFailed])
            : null;

    /// <summary>
    /// An error of the program's own code where nothing named a mail failure (Python's AttributeError or a codec error,
    /// JavaScript's TypeError or a web page read as JSON, Java's NullPointerException, Ruby's NoMethodError, Perl's
    /// "Can't call method … on an undefined value"), or a message it was given no recipients for (nodemailer's "No
    /// recipients defined", JavaMail's "No recipient addresses"): the program failed before or after talking to the
    /// server, so the step it was at says nothing about the server. Unless its stack shows it failed inside the mail
    /// protocol's reply parser (node-imap's `Connection._resUntagged`, net-imap's `response_parser.rb`, enough_mail's
    /// `fetch_parser.dart`): then the server's reply was not what the client could read.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromProgramError(MailFailure failure, ClassifiedReply reply)
        => reply.Text is { } text && ProgramError().IsMatch(text)
            ? (ReplyParserFrame().IsMatch(failure.ReplyText ?? text) ? ProtocolError : Unknown, []) // the frames are not part of the reply read
            : null;

    /// <summary>
    /// A refusal at MAIL FROM that only the client calls the sender's: Thunderbird follows whatever the server said there
    /// ("Email rejected", "Command rejected") with "Please verify that your email address is correct in your account
    /// settings", in every language; when no rule read the server's words, they name no cause.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromSenderStepNamedByClient(MailFailure failure, ClassifiedReply reply)
        => failure.Stage == MailOperationStage.Sender && reply.Text is { } text && ClientSenderAdvice().IsMatch(text) ? (Unknown, [SenderRejected]) : null;

    /// <summary>
    /// A client's own note that the server did not take a command, with no reply quoted (OpenCart's "RCPT TO not
    /// accepted from server!", Wazuh's "End of DATA not accepted by server", 1C's "Ошибка RCPT TO", a device's "Send FROM
    /// command failed"): the step is known,
    /// the server's reason is not, so the step's kind is only possible.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromCommandNotAcceptedUnquoted(MailFailure failure, ClassifiedReply reply)
        => reply.Code is null && reply.EnhancedCode is null && reply.Text is { } text && CommandNotAccepted().IsMatch(text)
            ? (Unknown, FromStage(failure.Stage).Item1 is var stepKind && stepKind != Unknown ? [stepKind] : [])
            : null;

    /// <summary>
    /// A program's own words of what failed (PHPMailer's "Could not connect to SMTP host", Roundcube's "Login failed",
    /// in any language they ship), read where nothing else named a cause and the step names no failure of its own.
    /// </summary>
    private static (MailProblemKind, MailProblemKind[])? FromWordsOfFailure(MailOperationStage stage, string? words)
        => words is not null && FromStage(stage).Item1 == Unknown ? ProgramMessages.MatchLast(words) : null;

    private static (MailProblemKind, MailProblemKind[]) FromStage(MailOperationStage stage) => stage switch
    {
        MailOperationStage.Authentication => (AuthenticationFailed, []),
        MailOperationStage.Sender => (SenderRejected, []),
        MailOperationStage.Recipient => (RecipientRejected, []),
        MailOperationStage.Tls => (TlsHandshakeFailed, []),
        _ => (Unknown, []),
    };

    /// <summary>
    /// Whether the same operation may succeed later unchanged. A sending limit is transient for the user even under a
    /// 5xx code (the same message goes through once the period ends), and so is a 5xx that says "try again later".
    /// </summary>
    private static bool IsTransient(MailProblemKind kind, ClassifiedReply reply) => reply.ResponseCode switch
    {
        "SYS/PERM" => false, // RFC 3206: it lasts; RFC 5530's SERVERBUG and CORRUPTION, the server's own fault, go by the kind
        "SYS/TEMP" or "TEMPFAIL" or "UNAVAILABLE" or "INUSE" or "IN-USE" or "LOGIN-DELAY" => true,
        _ when kind is RateLimited or TooManyConnections or MailProblemKind.Timeout or ConnectionBroken or ServerUnavailable => true, // passes by itself, whatever the code
        // The same attempt fails again, whatever the code says (a refused connection: under a queue's 4.4.1 deferral
        // too, until the server or the settings change).
        _ when kind is EncryptionRequired or AuthMechanismUnsupported or ProtocolError or MessageTooLarge or WrongSecurityMode
            or CertificateInvalid or TlsHandshakeFailed or ConnectionRefused => false,
        // "451 4.1.8 Domain of sender address … does not resolve": a check of the sender's domain that could not be made
        // now, under a code that says so; the same message may pass once the domain's DNS answers.
        _ when kind is SenderRejected && reply.CodeSaysForNow && reply.Text is { } words && AddressCheckForNow().IsMatch(words) => true,
        // The user has to change something first (settings, a permission, a sign-in), whatever code a program printed beside it.
        _ when kind is AuthenticationRequired or RelayDenied or SenderRejected or AppPasswordRequired or WebLoginRequired
            or BasicAuthDisabled or ProtocolDisabled or PasswordExpired or AccountDisabled or SettingsNotFound
            or AuthenticationFailed or AuthorizationFailed or OAuthTokenInvalid or OAuthSignInRequired or OAuthClientNotRegistered => false,
        // Greylisting passes by itself, whatever code (or none) a page printed beside it.
        _ when kind is PolicyRejected && reply.Text is { } words && ReplyTextRules.SaysGreylisted(words) => true,
        _ when kind is SpamRejected && (reply.Text is null || !ReplyTextRules.SaysGreylisted(reply.Text)) => false, // the same message is taken for spam again, whatever the code says
        // "450 4.1.1 User unknown": the address stays wrong under a 4xx code; only a check that could not be made now passes by itself.
        _ when kind is RecipientRejected && reply.Text is { } text && !AddressCheckForNow().IsMatch(text) && !SaysForNowInWords(reply) && !MailboxBusyForNow(reply) => false,
        _ when kind is PolicyRejected && reply.Text is { } text && ReplyTextRules.NamesLastingPolicyCause(text) => false, // "421 Temporarily rejected. Reverse DNS failed": for now in words, but it lasts until the host or domain changes
        _ when kind is PolicyRejected && reply.Code is >= 400 and < 500 && reply.Text is not null && !SaysForNowInWords(reply) => false,
        _ when ReplyTextRules.SaysTryLater(reply) && kind is not (RecipientRejected or MailboxFull or MessageTooLarge) => true,
        _ when kind is PolicyRejected && reply.Code is null && reply.EnhancedClass is null && SaysForNowInWords(reply) => true, // no code: the words say for now
        _ => IsTransientByCode(kind, reply),
    };

    /// <summary>
    /// RFC 5321's 450 in its own words, "mailbox unavailable (e.g., mailbox busy or temporarily blocked)", under a 4xx
    /// with no RFC 3463 address subject (X.1.x, which names the address wrong): the mailbox is there, not now.
    /// </summary>
    private static bool MailboxBusyForNow(ClassifiedReply reply)
        => reply.Code is >= 400 and < 500 && reply.EnhancedSubjectDetail is not ['1', ..] && MailboxUnavailable().IsMatch(reply.Text!);

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
        => failure.Port is { } port && ServerEndpoint.DefaultSecurity(port) == MailSecurity.ImplicitTls && failure.Security != MailSecurity.ImplicitTls;

    private static bool IsDisconnect(ProtocolException exception)
        => exception.Message.Contains("disconnect", StringComparison.OrdinalIgnoreCase) || exception.InnerException is IOException;

    [GeneratedRegex(@"\b(?:" + ReplyTextRules.OAuthMechanismName + @"|OAuth ?2?)\b", Options)]
    private static partial Regex OAuthMechanism();

    /// <summary>
    /// Mechanisms a client lists as tried or offered (Symfony's "using the following authenticators: …", IMAP's
    /// <c>AUTH=XOAUTH2</c>, a log's "supported authentication mechanisms: …"), not the one that was refused.
    /// </summary>
    [GeneratedRegex(@"following authenticators:(?:\s*""?[\w-]+""?,?)+|\bAUTH=[\w-]+|\b(?:supported|available|offered) (?:authentication |SASL )?mechanisms:[ \w,-]*", Options)]
    private static partial Regex OfferedMechanisms();

    /// <summary>
    /// A password login in a transcript: IMAP's <c>tag LOGIN user …</c>, or <c>AUTH</c>/<c>AUTHENTICATE</c> with a
    /// mechanism that sends a password, or such a mechanism named as tried (Symfony's <c>Authenticator "LOGIN" returned</c>,
    /// Swift Mailer's <c>Authenticator LOGIN returned</c>).
    /// </summary>
    [GeneratedRegex(@"(?:^|C:|>>)\s*[A-Za-z0-9.]+ LOGIN \S|\bAUTH(?:ENTICATE)? " + ReplyTextRules.PasswordMechanismName + @"\b|\bAuthenticator ""?" + ReplyTextRules.PasswordMechanismName + @"""? returned\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordCommand();

    /// <summary>
    /// An OAuth login command in a transcript: <c>AUTH</c> or <c>AUTHENTICATE</c> with XOAUTH2 or OAUTHBEARER.
    /// </summary>
    [GeneratedRegex(@"\bAUTH(?:ENTICATE)? " + ReplyTextRules.OAuthMechanismName + @"\b", Options)]
    private static partial Regex OAuthCommand();

    /// <summary>
    /// A PHP c-client mailbox (<c>{host:port/flags}</c>) without implicit TLS (flags without <c>/ssl</c>, or
    /// <c>/tls</c>) on 993/995, or with implicit TLS (<c>/ssl</c>) on 143/110.
    /// </summary>
    [GeneratedRegex(@"\{[^{}\s]*:(?:993|995)/(?:[\w-]+/)*tls\b[^{}\s]*\}|\{[^{}\s/]*:(?:993|995)(?![^{}\s]*/ssl\b)(?:/[\w=.-]+)+\}|\{[^{}\s]*:(?:143|110)/(?:[\w-]+/)*ssl\b[^{}\s]*\}", Options)]
    private static partial Regex CClientMailboxWrongSecurity();

    /// <summary>
    /// An IMAP or POP3 server's greeting, or IMAP's capability words in it (what an SMTP client read from an IMAP
    /// port).
    /// </summary>
    [GeneratedRegex(@"(?:^|[\s:""'])(?:\* OK\b|\+OK\b)[^\n]*(?:IMAP|POP3?|Dovecot|Courier|ready)|\bCAPABILITY IMAP4|\bIMAP4rev1\b", Options)]
    private static partial Regex MailboxServerGreeting();

    /// <summary>
    /// An SMTP server's greeting, or its <c>ESMTP</c> word as an IMAP client quotes it (Ruby's "bad response type").
    /// </summary>
    [GeneratedRegex(@"(?:^|[\s:""'])220[ -][^\n]*\bE?SMTP\b|\bresponse type ""ESMTP""", Options)]
    private static partial Regex SmtpGreeting();

    /// <summary>An IMAP server's greeting (RFC 3501's <c>* OK</c> with its capabilities or name).</summary>
    [GeneratedRegex(@"(?:^|[\s:""'])\* OK\b[^\n]*(?:IMAP|ready)|\bCAPABILITY IMAP4|\bIMAP4rev1\b", Options)]
    private static partial Regex ImapGreeting();

    /// <summary>A POP3 server's greeting (RFC 1939's <c>+OK</c> with its name).</summary>
    [GeneratedRegex(@"(?:^|[\s:""'])\+OK\b[^\n]*(?:POP3?|ready|Dovecot|Courier)", Options)]
    private static partial Regex Pop3Greeting();

    /// <summary>A web server's status line (<c>HTTP/1.1 303 See Other</c>): the port serves HTTP, not mail.</summary>
    [GeneratedRegex(@"\bHTTP/\d(?:\.\d)? [1-5]\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex HttpStatusLine();

    /// <summary>
    /// Whether a refusal says in words that it is for now: "try later", "deferred", "temporarily", greylisting.
    /// </summary>
    private static bool SaysForNowInWords(ClassifiedReply reply)
        => reply.Text is { } text && (ReplyTextRules.SaysTryLater(reply) || SaysForNow().IsMatch(text) || ReplyTextRules.SaysGreylisted(text));

    /// <summary>
    /// Words that a refusal is for now ("deferred", "temporarily", "transient", and "temporarily" or "temporary" in the
    /// languages of <see cref="ForeignWords"/>; greylisting has its own words).
    /// </summary>
    [GeneratedRegex(@"deferred|temporar|\btransient|一時的|일시적|" + ForeignWords.Temporarily + "|" + ForeignWords.Temporary, Options)]
    private static partial Regex SaysForNow();

    /// <summary>
    /// A check of an address that could not be made now (the address may be right): "unable to verify address", Postfix's
    /// "unverified address" (its probe has no answer yet; a probe that bounced says "undeliverable address"), a domain
    /// its lookup did not find (Postfix's "450 4.1.2 … Domain not found", sendmail's "451 4.1.8 Domain of sender address
    /// … does not resolve": under a 4xx code, the DNS answer of the moment). Words of "for now", "try later" and
    /// greylisting have their own; the code still decides.
    /// </summary>
    [GeneratedRegex(EnglishWords.CouldNot + @" verify|verification (?:failed|in progress|pending)|unverified address|\bdomain not found\b|\b(?:does not|doesn't|must) resolve\b", Options)]
    private static partial Regex AddressCheckForNow();

    /// <summary>
    /// Thunderbird's advice after a refusal at MAIL FROM, in English, German, Italian and Spanish, across folded lines
    /// and escaped letters.
    /// </summary>
    [GeneratedRegex(@"verify\s+that\s+your\s+email\s+address\s+is\s+correct\s+in\s+your\s+account\s+settings|ob\s+Ihre\s+E-Mail-Adresse\s+in\s+den\s+Konten-Einstellungen\s+stimmt|Verificare\s+l\S{1,6}indirizzo\s+email\s+nelle\s+impostazioni|Verifique\s+que\s+su\s+direcci\S{1,8}n\s+de\s+correo\s+electr\S{1,8}nico\s+es\s+correcta", Options)]
    private static partial Regex ClientSenderAdvice();

    /// <summary>An SMTP command named as not accepted, or as an error, by the client (English and Russian).</summary>
    [GeneratedRegex(@"\b(?:MAIL FROM|RCPT TO|(?:End of )?DATA|HELO|EHLO)\b:? (?:(?:was |is )?not accepted|(?:command )?(?:rejected|refused))\b|Ошибка (?:MAIL FROM|RCPT TO|DATA)\b"
        + @"|\b(?:send(?:ing)? )?[""']?(?-i:MAIL(?: FROM)?|RCPT(?: TO)?|FROM|DATA)[""']? (?:command|request) (?:failed|unsuccessful)\b|\berror while executing command '(?:MAIL FROM|RCPT TO|DATA)\b", Options)] // TwinCAT's "Send FROM command failed", a PLC's "SMTP RCPT request unsuccessful", VMime's "Error while executing command 'MAIL FROM:…'"
    private static partial Regex CommandNotAccepted();

    /// <summary>RFC 5321's words for a 450: the mailbox is unavailable or busy.</summary>
    [GeneratedRegex(@"\bmailbox (?:is )?(?:unavailable|busy)\b", Options)]
    private static partial Regex MailboxUnavailable();

    [GeneratedRegex(@"\b(?:autoconfig|autodiscover)\.(?:[\w-]+\.)+[a-z]{2,}\b", Options)]
    private static partial Regex SettingsHost();

    [GeneratedRegex(@"\b(?:AttributeError|TypeError|KeyError|NameError|IndexError|UnboundLocalError|UnicodeEncodeError|UnicodeDecodeError|JSONDecodeError|NullPointerException|ClassCastException|NoMethodError|ReferenceError)\b|codec can't (?:en|de)code|object has no attribute|is not valid JSON|\bin JSON at position\b|Unexpected end of JSON|undefined method|Cannot read propert(?:y|ies) of (?:undefined|null)|is not a function\b|nil pointer dereference|\bno recipients? (?:defined|specified|given)\b|\b(?:a|at least one) recipient (?:must be|is) (?:specified|required)|must (?:provide|specify|add) at least one recipient|\bno recipient addresses\b|Can't call method ""\w+"" on (?:an )?(?:undefined value|unblessed reference)|Can't locate (?:object method|\S+\.pm in @INC)", Options)]
    private static partial Regex ProgramError();

    /// <summary>
    /// A stack frame of a mail protocol's reply parser: the protocol and the parsing named on one line, in either order
    /// (node-imap's camel-case <c>_resUntagged</c> as its reply handler).
    /// </summary>
    [GeneratedRegex(@"^(?=[^\n]*?\b(?:imap|smtp|pop3?)\b)[^\n]*?(?:\bparse|parser\b|_parse|(?-i:\b_res[A-Z])|_reply\b)", Options | RegexOptions.Multiline)]
    private static partial Regex ReplyParserFrame();

    /// <summary>What .NET and OpenSSL say when the bytes received are not TLS at all.</summary>
    [GeneratedRegex(@"frame size|corrupted frame|wrong version number|unexpected packet format|packet length too long|record layer failure|http request", Options)]
    private static partial Regex NotTlsPattern();

    /// <summary>What MailKit and .NET say when the certificate was not trusted.</summary>
    [GeneratedRegex(@"certificate could not be validated|did not match (?:any of )?the names? given in the server's SSL certificate|SSL certificate for the server was not available|remote certificate (?:is invalid|was rejected)|certificate (?:has expired|is not yet valid|name mismatch|chain)|RemoteCertificate(?:NameMismatch|ChainErrors|NotAvailable)", Options)]
    private static partial Regex CertificateRejectedPattern();

    /// <summary>The messages of an exception and its inner exceptions, as the classifier reads them (<see cref="ClassifiedReply.Bounded"/>).</summary>
    /// <param name="exception">The outermost exception.</param>
    /// <returns>The messages, outermost first, separated by <c> | </c>.</returns>
    internal static string MessagesOf(Exception exception) => ClassifiedReply.Bounded(string.Join(" | ", Chain(exception).Select(e => e.Message)));

    /// <summary>
    /// The messages of a failure's exception, without MailKit's list of what may have happened (as <see cref="Read"/>
    /// cleans the reply), or <see langword="null"/> without an exception.
    /// </summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The words of what happened.</returns>
    internal static string? ExceptionWords(MailFailure failure)
        => failure.Exception is null ? null : TransportTextRules.WithoutPossibleCauses(MessagesOf(failure.Exception));

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
