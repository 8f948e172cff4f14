using System.Text.RegularExpressions;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// What reply texts say in words, for the replies whose codes alone mislead (421, 451, 535, 550, 554 and others):
/// provider phrases (before IMAP/POP3 response codes), then general keywords (before enhanced codes). The first matching rule wins.
/// </summary>
internal static partial class ReplyTextRules
{
    /// <summary>Phrases that name the cause precisely (mostly providers' own); they come before IMAP/POP3 response codes.</summary>
    private static readonly Rule[] ProviderRules =
    [
        new(AppPasswordRequired, AppPassword()),
        new(WebLoginRequired, WebLogin()),
        new(BasicAuthDisabled, BasicAuthOff()),
        new(ProtocolDisabled, CredentialsOrProtocolOff(), [AuthenticationFailed, AppPasswordRequired]),
        new(AuthorizationFailed, AuthenticatedNotConnected(), [ProtocolDisabled, OAuthTokenInvalid]),
        new(ProtocolDisabled, ProtocolOff()),
        new(EncryptionRequired, TlsFirst()),
        new(OAuthTokenInvalid, OAuthChallenge()),
        new(AccountDisabled, BannedSender(), [SpamRejected]),
        new(RateLimited, ProviderLimits()),
        new(TooManyConnections, Connections()),
    ];

    /// <summary>General words, after the IMAP/POP3 response codes and before the enhanced status codes.</summary>
    private static readonly Rule[] KeywordRules =
    [
        new(PasswordExpired, Expired()),
        new(AuthenticationFailed, BadAttempts(), [RateLimited]),
        new(RateLimited, Rate()),
        new(AccountDisabled, AccountOff()),
        new(AuthenticationRequired, LoginFirst()),
        new(PolicyRejected, IpBlocked(), [SpamRejected]),
        new(SpamRejected, Spam(), [PolicyRejected]),
        new(RelayDenied, Relay()),
        new(MessageTooLarge, Size()),
        new(MailboxFull, Quota()),
        new(SenderRejected, Sender(), When: NotAtLogin),
        new(RecipientRejected, Recipient(), When: NotAtLogin),
        new(PolicyRejected, Policy()),
        new(ServerUnavailable, Unavailable()),
        new(ServerUnavailable, TryLater(), When: (reply, _) => reply.Code != 421), // a bare 421 "try again later" is the seed's "connection broken"
        new(AuthMechanismUnsupported, Mechanism()),
        new(AuthenticationFailed, BadCredentials()),
        new(AuthorizationFailed, NotAuthorized()),
        new(ProtocolError, BadCommand()),
        new(ConnectionBroken, Closed()),
    ];

    /// <summary>Finds the first provider phrase in the reply.</summary>
    /// <param name="reply">The reply.</param>
    /// <param name="stage">The step that failed.</param>
    /// <returns>The kind and the other kinds the words may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? MatchProvider(ClassifiedReply reply, MailOperationStage stage) => Match(ProviderRules, reply, stage);

    /// <summary>Finds the first general keyword rule that matches the reply.</summary>
    /// <param name="reply">The reply.</param>
    /// <param name="stage">The step that failed.</param>
    /// <returns>The kind and the other kinds the words may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? MatchKeywords(ClassifiedReply reply, MailOperationStage stage) => Match(KeywordRules, reply, stage);

    private static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? Match(Rule[] rules, ClassifiedReply reply, MailOperationStage stage)
    {
        if (reply.Text is not { } text)
        {
            return null;
        }

        foreach (var rule in rules)
        {
            if ((rule.When is null || rule.When(reply, stage)) && rule.Pattern.IsMatch(text))
            {
                return (rule.Kind, rule.AlsoPossible ?? []);
            }
        }

        return null;
    }

    private static bool NotAtLogin(ClassifiedReply reply, MailOperationStage stage) => stage != MailOperationStage.Authentication;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"application[- ]specific password|app(?:lication)? password (?:is )?required|parol\w* prilozheniya|InvalidSecondFactor", Options)]
    private static partial Regex AppPassword();

    [GeneratedRegex(@"web ?login required|log ?in (?:via|through|with) your (?:web )?browser|sign ?in (?:via|through|with) (?:your|a) (?:web )?browser|WebLoginRequired|use web for sending|prove (?:that )?you are not a robot", Options)]
    private static partial Regex WebLogin();

    [GeneratedRegex(@"SmtpClientAuthentication is disabled|basic auth(?:entication)? (?:is )?(?:disabled|blocked|not (?:supported|allowed|enabled))|security defaults policy", Options)]
    private static partial Regex BasicAuthOff();

    [GeneratedRegex(@"invalid credentials or (?:IMAP|POP3?) is disabled", Options)]
    private static partial Regex CredentialsOrProtocolOff();

    [GeneratedRegex(@"authenticated but not connected", Options)]
    private static partial Regex AuthenticatedNotConnected();

    [GeneratedRegex(@"not enabled for (?:IMAP|POP3?|SMTP)|(?:IMAP|POP3?|SMTP)(?: access)? (?:is )?(?:disabled|not enabled|switched off|turned off)|does not have access rights to this service|(?:IMAP|POP3?) (?:access )?is not allowed|access (?:via|by|for) (?:mail (?:clients|programs)|IMAP|POP3?) (?:is )?(?:disabled|not allowed)", Options)]
    private static partial Regex ProtocolOff();

    /// <summary>The base64 of <c>{"status"</c>, which XOAUTH2 servers send as the error challenge, and OAuth error words.</summary>
    [GeneratedRegex(@"eyJzdGF0dXMi|""status""\s*:\s*""(?:400|401|invalid_token|invalid_request)""|\binvalid_token\b|\bOAUTH\w* (?:token )?(?:invalid|expired|failed)", Options)]
    private static partial Regex OAuthChallenge();

    [GeneratedRegex(@"bad outbound sender|spam abuse detected|banned sender", Options)]
    private static partial Regex BannedSender();

    [GeneratedRegex(@"bandwidth limit|command or bandwidth|QuotaExceededException", Options)]
    private static partial Regex ProviderLimits();

    [GeneratedRegex(@"too many (?:bad|failed|invalid|unsuccessful) (?:auth\w*|login\w*|logon\w*|sign-?in\w*) attempts", Options)]
    private static partial Regex BadAttempts();

    [GeneratedRegex(@"(?:your|the|sending|client) IP(?: address)? (?:has been |is |was )?(?:blocked|block ?listed|black ?listed|listed)|mail sent from your IP address has been blocked|from your IP address", Options)]
    private static partial Regex IpBlocked();

    [GeneratedRegex(@"try again later|temporar(?:il)?y (?:unavailable|failure|error|rejected|deferred)", Options)]
    private static partial Regex TryLater();

    [GeneratedRegex(@"(?:not valid|invalid command|not allowed|not permitted) in (?:this|the current|current) state|bad sequence of commands|command (?:not recognized|unrecognized)|syntax error|unknown command", Options)]
    private static partial Regex BadCommand();

    [GeneratedRegex(@"password (?:has )?expired|expired password|password must be changed|\[EXPIRED\]", Options)]
    private static partial Regex Expired();

    [GeneratedRegex(@"(?:account|mailbox|user)(?: has been| is)? (?:temporarily )?(?:disabled|suspended|locked|blocked|deactivated|frozen)|\[CONTACTADMIN\]|account (?:is )?not active", Options)]
    private static partial Regex AccountOff();

    [GeneratedRegex(@"STARTTLS (?:command )?first|must issue a STARTTLS|encryption (?:is )?required|(?:SSL/)?TLS (?:is )?required|requires? (?:an )?(?:secure|encrypted) connection|without (?:SSL/TLS|TLS|SSL) (?:encryption )?is not allowed|\[PRIVACYREQUIRED\]|plaintext authentication (?:is )?(?:disallowed|not allowed|disabled)|\bLOGINDISABLED\b", Options)]
    private static partial Regex TlsFirst();

    [GeneratedRegex(@"authentication (?:is )?required|send AUTH (?:command )?first|must (?:be )?authenticat|not authenticated|SMTP AUTH (?:is )?required|\b5\.7\.57\b|\b5\.7\.30\b", Options)]
    private static partial Regex LoginFirst();

    [GeneratedRegex(@"too many (?:\w+ ){0,2}(?:connections|sessions|logins|clients)\b|concurrent connections? limit|connection limit|maximum number of (?:\w+ )?(?:connections|sessions)|\[IN-USE\]|\[INUSE\]|locked by another|in use by another|sender thread limit|concurrent (?:connections|sessions)", Options)]
    private static partial Regex Connections();

    [GeneratedRegex(@"rate ?limit|too many (?:messages|e-?mails|mails|recipients)|(?:sending|message|submission) (?:limit|quota)|daily (?:user |message |sending )*(?:limit|quota)|message rate|recipient rate|submission rate|throttl|\[LOGIN-DELAY\]|messages per (?:day|hour|minute)|reached (?:your|the) (?:\w+ ){0,4}limit|unexpected volume|too many (?:login|sign-?in|authentication) attempts", Options)]
    private static partial Regex Rate();

    /// <summary>How long a sending limit named in the reply takes to free up: a daily quota 1 hour (it is usually counted over a sliding day), an hourly limit 10 minutes.</summary>
    /// <param name="kind">The classified kind.</param>
    /// <param name="reply">The reply.</param>
    /// <returns>The wait, or <see langword="null"/> when the reply names no such limit.</returns>
    public static TimeSpan? SuggestedWait(MailProblemKind kind, ClassifiedReply reply)
        => kind != RateLimited || reply.Text is not { } text ? null
            : DailyLimit().IsMatch(text) ? TimeSpan.FromHours(1)
            : HourlyLimit().IsMatch(text) ? TimeSpan.FromMinutes(10)
            : null;

    [GeneratedRegex(@"daily|per day|\b24 ?h|(?:a|one|per) day\b|суточн|в сутки|в день", Options)]
    private static partial Regex DailyLimit();

    [GeneratedRegex(@"hourly|per hour|an hour\b|в час", Options)]
    private static partial Regex HourlyLimit();

    [GeneratedRegex(@"\bspam\b|\bjunk\b|OutboundSpam|unsolicited", Options)]
    private static partial Regex Spam();

    [GeneratedRegex(@"relay(?:ing)?(?: access)? (?:is )?(?:denied|not permitted|prohibited|not allowed)|unable to relay|not permitted to relay|we do not relay|relay not permitted", Options)]
    private static partial Regex Relay();

    [GeneratedRegex(@"sender address rejected|not owned by (?:auth )?user|SendAs\w*Denied|send as (?:this sender|permission)|permissions to send as|sender (?:is )?(?:not allowed|rejected|denied|refused)|(?:from|sender) address (?:is )?(?:not (?:allowed|verified|permitted)|invalid)|\b5\.7\.60\b", Options)]
    private static partial Regex Sender();

    [GeneratedRegex(@"user unknown|unknown (?:user|recipient)|no such (?:user|mailbox|recipient|address)|recipient address rejected|mailbox (?:not found|unavailable|does not exist|is unavailable)|(?:address|recipient|user|mailbox) does not exist|invalid recipient|unrouteable address|recipient (?:not found|rejected)", Options)]
    private static partial Regex Recipient();

    [GeneratedRegex(@"message (?:size|too (?:big|large))|size (?:exceeds|limit)|too (?:big|large)|exceeds? (?:the )?(?:maximum |fixed )?(?:message )?size|message length exceeds|more than \d+ bytes|MaxSubmissionExceeded", Options)]
    private static partial Regex Size();

    [GeneratedRegex(@"over ?quota|quota (?:exceeded|full)|mailbox (?:is )?full|insufficient (?:storage|space|disk)|\[OVERQUOTA\]|storage (?:limit|quota|full)", Options)]
    private static partial Regex Quota();

    [GeneratedRegex(@"block ?list|black ?list|block ?listed|black ?listed|\bRBL\b|spamhaus|\bDNSBL\b|reputation|\bSPF\b|\bDKIM\b|\bDMARC\b|\bpolicy\b|access denied|\bbanned\b|not accepted from this IP", Options)]
    private static partial Regex Policy();

    [GeneratedRegex(@"service (?:is )?(?:not available|unavailable|temporarily unavailable)|server (?:is )?busy|maintenance|\[UNAVAILABLE\]|\[SYS/TEMP\]|\[SERVERBUG\]|insufficient system resources|system (?:is )?not accepting|internal (?:server )?error|temporary authentication failure|unable to authenticate at present", Options)]
    private static partial Regex Unavailable();

    [GeneratedRegex(@"unrecognized authentication type|(?:auth(?:entication)? )?mechanism (?:is )?(?:not supported|unsupported|unknown|not available)|unsupported (?:authentication|auth|SASL) mechanism|invalid (?:authentication |auth |SASL )?mechanism|no (?:supported|suitable|common) authentication|mechanism (?:is )?too weak|authentication (?:is )?not (?:enabled|available|supported)", Options)]
    private static partial Regex Mechanism();

    [GeneratedRegex(@"authentication (?:failed|unsuccessful|failure|credentials invalid)|invalid (?:credentials|user ?name|login|password)|bad (?:credentials|password)|username and password not accepted|incorrect (?:user ?name|password|login)|login (?:failed|incorrect|denied)|logon failure|AUTHENTICATE failed|\[AUTHENTICATIONFAILED\]|wrong password|\[AUTH\] ", Options)]
    private static partial Regex BadCredentials();

    [GeneratedRegex(@"\[AUTHORIZATIONFAILED\]|not authori[sz]ed|\[NOPERM\]|permission denied", Options)]
    private static partial Regex NotAuthorized();

    [GeneratedRegex(@"connection (?:lost|closed|reset|dropped|timed out)|closing (?:transmission )?(?:channel|connection)|disconnected|^\S+ BYE\b|^\* BYE\b", Options | RegexOptions.Multiline)]
    private static partial Regex Closed();

    private sealed record Rule(MailProblemKind Kind, Regex Pattern, MailProblemKind[]? AlsoPossible = null, Func<ClassifiedReply, MailOperationStage, bool>? When = null);
}
