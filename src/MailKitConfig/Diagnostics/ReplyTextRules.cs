using System.Text.RegularExpressions;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// What reply texts say in words, for the replies whose codes alone mislead (421, 451, 535, 550, 554 and others):
/// provider phrases (before IMAP/POP3 response codes), then general keywords (before enhanced codes). The first matching rule wins.
/// </summary>
internal static partial class ReplyTextRules
{
    /// <summary>
    /// RFC 6749's token errors that concern the app's registration (<see cref="OAuthClient.ClientErrors"/>), in a text.
    /// </summary>
    private static readonly Regex OAuthClientErrors = AnyOf(OAuthClient.ClientErrors);

    /// <summary>RFC 6749's errors that say the authorization server failed (<see cref="OAuthClient.ServerErrors"/>), in a text.</summary>
    private static readonly Regex OAuthServerErrors = AnyOf(OAuthClient.ServerErrors);

    /// <summary>
    /// Phrases that name the cause precisely (mostly providers' own); they come before IMAP/POP3 response codes.
    /// </summary>
    private static readonly Rule[] ProviderRules =
    [
        new(AppPasswordRequired, AppPassword()),
        new(AccountDisabled, DisabledForActivity()), // "disabled because of suspicious activity": the provider acts, a sign-in in the browser does not undo it
        new(WebLoginRequired, WebLogin()),
        new(BasicAuthDisabled, BasicAuthOff()),
        new(ProtocolDisabled, CredentialsOrProtocolOff(), [AuthenticationFailed, AppPasswordRequired]),
        new(AuthorizationFailed, LoggedInButNotAllowed(), [ProtocolDisabled, OAuthTokenInvalid]),
        new(ProtocolDisabled, ProtocolOff()),
        new(ProtocolDisabled, NoPermissionAtLogin(), [AuthenticationFailed], (reply, stage) => stage == MailOperationStage.Authentication), // NetEase (163, 126): SMTP not switched on for the account
        new(TlsHandshakeFailed, OldTls()),
        // The client's words on STARTTLS say what its refusal ("502 Unrecognized command") answered, unless the reply
        // names a command out of sequence ("503 5.5.2 Send hello first"): then the client asked too early.
        new(TlsHandshakeFailed, TransportTextRules.StartTlsNotOffered(), [WrongSecurityMode], (reply, _) => !WrongState().IsMatch(reply.Text!)),
        new(TlsHandshakeFailed, ExchangeTlsStatus(), [CertificateInvalid]), // a relay's summary code (X.4.317 "Cannot connect to remote server") before the TLS failure it met
        new(CertificateInvalid, ExchangeCertificateStatus()),
        new(EncryptionRequired, TlsFirst()),
        new(OAuthClientNotRegistered, OAuthClientErrors), // RFC 6749's codes for the app's registration, before a Microsoft AADSTS number
        new(OAuthClientNotRegistered, OAuthClientSetup()), // the same in words: the app's registration, redirect URI or OAuth settings
        new(ServerUnavailable, OAuthServerErrors), // RFC 6749's codes for an authorization server that failed or is overloaded
        new(OAuthSignInRequired, SignInAgain(), [OAuthTokenInvalid]), // "Authorization has expired. Reauthorize the account.": the grant is gone, the user signs in again
        // Symfony and Swift Mailer try each authenticator in turn: a token challenge after a password the server refused
        // answers the password sent as a token, and the password's refusal is the cause.
        new(OAuthTokenInvalid, OAuthChallenge(), When: (reply, _) => !PasswordAuthenticatorRefused().IsMatch(reply.Text!)),
        new(RateLimited, ProviderLimits(), When: (reply, _) => reply.EnhancedSubjectDetail is null || !reply.EnhancedSubjectDetail.StartsWith("2.", StringComparison.Ordinal)), // under RFC 3463's X.2.x (mailbox status) a quota is the mailbox's
        new(TooManyConnections, Connections()),
        new(PolicyRejected, Greylisted()),
    ];

    /// <summary>General words, after the IMAP/POP3 response codes and before the enhanced status codes.</summary>
    private static readonly Rule[] KeywordRules =
    [
        new(PasswordExpired, Expired()),
        new(ServerUnavailable, OwnPartsFailed()), // the server's login service, directory or daemon failed: not the user's password, not a limit ("bad command startup -- throttling")
        new(RateLimited, BadAttempts(), [AuthenticationFailed]), // the labelling guide: too many login attempts is a limit; the password may be why
        new(ProtocolError, CommandErrorLimit(), [WrongSecurityMode]), // a session ended for its refused commands: "too many" counts errors, not messages
        new(ProtocolError, ChallengeNotDecoded()), // c-client's "IMAP SERVER BUG (invalid challenge)": the cause of the broken connection that follows it
        new(SenderRejected, SenderVerifyFailed(), [PolicyRejected]), // Exim's callout: the sender's address could not be verified, whatever causes its explanation lists ("Mailbox is full" is the sender's)
        // Exchange Online's "550 5.2.251 Sender throttled due to continuous mailbox full errors": the throttle refuses now,
        // whatever errors led to it.
        new(RateLimited, SenderThrottled()),
        // Words that name a full mailbox, whatever code a relay put before them ("too many messages on the server" is
        // the mailbox, not a sending limit); under RFC 3463's X.2.3 the message is too long, whatever the words add.
        new(MailboxFull, MailboxFullWords(), When: (reply, _) => reply.EnhancedSubjectDetail != "2.3"),
        // RFC 3463's X.2.2 is a full mailbox: its "quota limit exceeded" is the mailbox's.
        new(RateLimited, Rate(), When: (reply, _) => reply.EnhancedSubjectDetail != "2.2" && !LimitedForAuthentication().IsMatch(reply.Text!)),
        new(AccountDisabled, AccountOff(), When: (reply, stage) => stage != MailOperationStage.Recipient && !NamesRemoteMailbox(reply.Text!)), // at RCPT a disabled mailbox is the recipient's
        new(RecipientRejected, AccountOff(), When: (reply, stage) => stage == MailOperationStage.Recipient || NamesRemoteMailbox(reply.Text!)), // … so the recipient is refused, and so is a mailbox another server reports disabled
        new(RelayDenied, Relay(), [AuthenticationRequired]),
        // Postfix's recipient or relay restriction list ending in "reject": the words refuse the recipient; a client that
        // did not log in is refused so too (the sender knows, see the classifier's UnauthenticatedEnvelope).
        new(RecipientRejected, RecipientAccessDenied(), [RelayDenied, AuthenticationRequired], (reply, _) => reply.EnhancedSubjectDetail == "7.1"),
        new(RelayDenied, NotAllowedToSend(), [AuthenticationRequired, SenderRejected], (reply, stage) => stage == MailOperationStage.Recipient),
        // "not authenticated … Error: 535 …": the login was tried and refused; "must authenticate with SPF or DKIM" and
        // RFC 7372's X.7.20-X.7.26 are the message's authentication
        new(AuthenticationRequired, LoginFirst(), When: (reply, _) => reply.Code != 535 && !NamesMessageAuthentication(reply.Text!) && !reply.NamesMessageAuthenticationCode),
        new(PolicyRejected, IpBlocked(), [SpamRejected]),
        new(ProtocolError, MessageFormat(), [PolicyRejected, SpamRejected]), // a malformed message is refused for its form, whatever the reply says spam filters fear
        new(ProtocolError, EhloNotAccepted()), // the client could not read the server's answer to EHLO: the words of a banner quoted after it are not the cause
        new(ProtocolError, FolderMissing(), When: (reply, stage) => stage == MailOperationStage.Mailbox), // IMAP's SELECT of a folder that is not there ("Junk", "Spam"): the command was refused, no mail was judged
        new(ProtocolError, MailboxStateConflict(), When: (reply, stage) => stage == MailOperationStage.Mailbox), // the folder's state or the session's does not allow the command: a mismatch of client and server, not a refusal of mail
        new(ProtocolError, MailboxSpecNotOpened()), // PHP's c-client names the mailbox it was given, at whichever step the program reports it
        new(PolicyRejected, SpamSource(), [SpamRejected], (reply, _) => !SpamVerdict().IsMatch(reply.Text!)), // "spam" said of the sender, its host or network is their reputation; said of the message, it is a verdict on the content
        new(SpamRejected, Spam(), [PolicyRejected], (reply, stage) => stage != MailOperationStage.Mailbox && !SpamNamedOnlyAsRationale(reply.Text!)), // a folder named Junk or Spam is not a verdict on a message
        // "Try again later" under 5xx: a limit, unless the words say the service is unavailable.
        new(RateLimited, TryLater(), [ServerUnavailable],
            (reply, _) => (reply.Code >= 500 || reply.EnhancedClass == 5) && !Unavailable().IsMatch(reply.Text!)),
        new(ProtocolError, ResponseOverClientLimit()), // imaplib's "got more than 1000000 bytes": a server's line longer than the client reads, not a message the server refused
        new(MessageTooLarge, Size()),
        new(MailboxFull, Quota(), When: (reply, stage) => reply.EnhancedSubjectDetail is null || reply.EnhancedSubjectDetail[0] is '1' or '2' || (stage == MailOperationStage.Recipient && Recipient().IsMatch(reply.Text!))), // RFC 3463 subjects 1 and 2, or a recipient refused at RCPT for a quota: the quota belongs to the address's mailbox (an organisation's queue quota is not)
        new(RateLimited, Quota(), [MailboxFull]), // a quota under a policy or system code is a sending quota, not a full mailbox
        new(PolicyRejected, HeloRejected(), [ProtocolError]), // Postfix's HELO restrictions refuse the sending host's name, whichever command the reply came to
        new(SenderRejected, Sender(), When: (reply, stage) => stage != MailOperationStage.Authentication && !NamedRefusalOnlyByClient(reply, Sender()) && !NamesHostOrMessageVerdict(reply.Text!)), // "DMARC sender invalid", "Sender address rejected: listed at a DNSBL": the message's authentication or the host's standing, a policy
        // At MAIL FROM, "mailbox unavailable" is the sender's; at IMAP's mailbox step a "mailbox" is a folder; Postfix's
        // "Recipient address rejected: SPF fail" or "…: Intentional policy rejection" is a policy, and under RFC 3463's
        // X.3.x other than the undefined X.3.0 ("451 4.3.5 … Server configuration problem") the mail system's.
        new(RecipientRejected, Recipient(), When: (reply, stage) =>
            stage is not (MailOperationStage.Authentication or MailOperationStage.Sender or MailOperationStage.Mailbox)
            && !NamedRefusalOnlyByClient(reply, Recipient()) && !NamesHostOrMessageVerdict(reply.Text!) && !PolicyReason().IsMatch(reply.Text!)
            && reply.EnhancedSubjectDetail is not ['3', '.', not '0']),
        new(AuthorizationFailed, NotAuthorizedToPerform()), // Amazon's "Access denied: User … is not authorized to perform ses:SendRawEmail": a permission of the account, not a policy on the mail
        new(PolicyRejected, Policy(), When: (reply, _) => !WrongCredentials().IsMatch(reply.Text!)), // "Access denied. Username or password incorrect": the words name the login's cause
        // Gmail's "* BYE System Error" (also as Python's imaplib and Ruby's net-imap raise it), Exchange's "NO System
        // error (Failure)": the server's own fault, unless the client's socket failed first ("socket error: EOF")
        new(ServerUnavailable, ImapSystemError(), When: (reply, _) => !TransportTextRules.IsDropped(reply.Text!)),
        new(ServerUnavailable, Unavailable(), When: (reply, _) => reply.EnhancedSubjectDetail is not { } code || (code[0] is not ('1' or '6') && !(code[0] == '7' && reply.EnhancedClass == 5))), // the refusing line's address (X.1), content (X.6) or final policy (5.7.x: sendmail's "dsn=5.7.1, stat=Service unavailable") subject says more than a "service unavailable" after it
        new(ServerUnavailable, TryLater(), When: (reply, _) => !ProgramAsksToRetry(reply)), // not "Something went wrong while sending the email. Please try again later.": a program's words, no server said so
        new(ServerUnavailable, RubyServerBusy(), When: (reply, _) => reply.Code is null), // Ruby raises it for every 4xx reply: with the reply quoted, the reply's words and code decide
        new(ProtocolError, RubySyntaxError(), When: (reply, _) => reply.Code is null), // Ruby raises it for 500-509 (a command or its parameters not understood); with the reply quoted, the reply decides
        new(AuthMechanismUnsupported, Mechanism()),
        new(ProtocolError, WrongState()), // "AuthenticationFailedException: Command is not valid in this state": the server's words name a sequence error, not a password
        new(AuthenticationFailed, BadCredentials(), When: (reply, stage) => stage != MailOperationStage.Authentication || reply.Code is not (>= 400 and < 500) || !SaysLoginFailedForNow(reply)),
        new(AuthorizationFailed, NotAuthorized()),
        new(ProtocolError, BadCommand(), When: (reply, stage) => !RefusesAddressArgument(reply, stage)), // 501 to MAIL FROM or RCPT TO: the address argument is malformed (RFC 5321)
        new(ProtocolError, Unsupported()), // a capability the client needs, or a character set or encoding, that the server lacks
        new(ProtocolError, UnexpectedGreeting(), When: (reply, _) => reply.Code is null or < 400), // nodemailer's "Invalid greeting from server: 421 …": a refusing greeting says why
        new(MailProblemKind.Timeout, IdleLogout(), [ConnectionBroken], (reply, _) => !Hedged().IsMatch(reply.Text!)), // "BYE Autologout; idle for too long", "Disconnected for inactivity": the server's timer ended a session that waited; a client's guess at causes ("this may occur if you have left the connection idle") is not the server's word
        new(ConnectionBroken, SessionExpired(), [MailProblemKind.Timeout]), // "BYE Session expired, please login again"
        new(ConnectionBroken, Closed(), When: (reply, _) => reply.Code is null), // "closing connection" trails many refusals (RFC 5321's 421 among them); their code says more
        new(MailProblemKind.Timeout, TimedOut(), [ConnectionBroken]),
        new(MailProblemKind.Timeout, DeliveryExpired(), [ConnectionRefused, HostNotFound]), // the labelling guide: a message that expired in a queue after failed attempts is a timeout, whatever failed on the way
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

    /// <summary>Matches any of the words of a list, whole (RFC 6749's error codes).</summary>
    private static Regex AnyOf(IEnumerable<string> words)
        => new(@"\b(?:" + string.Join('|', words.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);

    private static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? Match(Rule[] rules, ClassifiedReply reply, MailOperationStage stage)
    {
        if (reply.Text is not { } text)
        {
            return null;
        }

        text = WithoutSuccessLines(text); // a greeting or capability list around the refusal is not what was refused
        text = ProgramHeader().Replace(text, " "); // a program's header before every failed login or reply (Roundcube, PHP c-client, Outlook, System.Net.Mail); the cause follows
        var flat = Whitespace().Replace(text, " "); // replies wrapped over indented lines ("block\n    list")
        var joined = Whitespace().Replace(ContinuationPrefix().Replace(text, " "), " "); // a multi-line reply read as one sentence ("log in via\n534-5.7.14 your web browser")
        string[] readings = [.. new[] { text, flat, joined }.Distinct(StringComparer.Ordinal)]; // a one-line reply is read once, not three times
        foreach (var rule in rules)
        {
            if ((rule.When is null || rule.When(reply, stage)) && Array.Exists(readings, reading => RegexAlternatives.IsMatch(rule.Pattern, reading)))
            {
                return (rule.Kind, rule.AlsoPossible ?? []);
            }
        }

        return null;
    }

    /// <summary>Returns whether a client log shows that the server accepted a login (RFC 4954's 235 reply, or its words).</summary>
    /// <param name="text">A reply or a client log.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool ShowsLogin(string text) => SuccessfulLogin().IsMatch(text);

    /// <summary>
    /// Removes the lines of a client log that are the server's positive replies (a 220 greeting that warns against
    /// "unsolicited" mail, a 250 capability list naming AUTH or XOAUTH2, <c>* OK</c>, <c>+OK</c>): the refusal is
    /// elsewhere, and their words would otherwise be read as its cause. The text is kept whole when nothing else is left.
    /// </summary>
    /// <param name="text">A reply or a client log.</param>
    /// <returns>The text without positive reply lines.</returns>
    public static string WithoutSuccessLines(string text)
    {
        text = MessageContent().Replace(text, "354 \n"); // the message a client sent after 354 is not the server's words
        var kept = SuccessLine().Replace(text, line => RefusalMark().IsMatch(line.Value) ? line.Value : string.Empty);
        return string.IsNullOrWhiteSpace(kept) ? text : kept;
    }

    /// <summary>
    /// Returns whether a reply asks to try again later (so even a 5xx code is not final for the user), not only a
    /// program's advice after its own words for a failure (<see cref="ProgramAsksToRetry"/>).
    /// </summary>
    /// <param name="reply">The reply.</param>
    /// <returns><see langword="true"/> when the words say the refusal is for now.</returns>
    public static bool SaysTryLater(ClassifiedReply reply) => reply.Text is { } text && TryLater().IsMatch(text) && !ProgramAsksToRetry(reply);

    /// <summary>
    /// Whether a 4xx reply to a login is the server's passing trouble rather than a refused password: RFC 4954's
    /// 454 ("4.7.0 Temporary authentication failure"), or words that say so. Other 4xx codes under words of a refused
    /// login ("451 Authentication failed: Could not authenticate") refuse the password all the same.
    /// </summary>
    private static bool SaysLoginFailedForNow(ClassifiedReply reply)
        => reply.Code == 454 || reply.Text!.Contains("temporar", StringComparison.OrdinalIgnoreCase) || TryLater().IsMatch(reply.Text);

    /// <summary>
    /// Returns whether a reply names greylisting (a first delivery deferred on purpose, accepted when retried).
    /// </summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> for "greylisted", "grey list" and the like.</returns>
    public static bool SaysGreylisted(string text) => Greylisted().IsMatch(text);

    /// <summary>
    /// Returns whether a reply says that something ran out of time ("timed out", "timeout", a deadline).
    /// </summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> for a timeout in words.</returns>
    public static bool SaysTimedOut(string text) => TimedOut().IsMatch(text);

    /// <summary>
    /// Returns whether a reply is RFC 5321's 501 to MAIL FROM or RCPT TO, whose argument in error is the address
    /// (the step says whose), unless the words name an ESMTP parameter (SIZE=, BODY=) or the command's form as refused.
    /// </summary>
    /// <param name="reply">The reply.</param>
    /// <param name="stage">The step that failed.</param>
    /// <returns><see langword="true"/> for a 501 at the sender or recipient step that names no parameter.</returns>
    public static bool RefusesAddressArgument(ClassifiedReply reply, MailOperationStage stage)
        => reply.Code == 501 && stage is MailOperationStage.Sender or MailOperationStage.Recipient
            && (reply.Text is not { } text || !ParameterOrCommandForm().IsMatch(text));

    /// <summary>
    /// Returns whether a text reports a settings search that found nothing: a program's "could not find the
    /// settings" or a mail client's account-setup log (Thunderbird's <c>mail.setup:</c>/GuessConfig lines), whose
    /// probes' timeouts and refusals are the search's, not a server's.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> for a failed settings search.</returns>
    public static bool SaysNoSettings(string text) => NoSettings().IsMatch(text);

    /// <summary>
    /// Returns whether a reply names the sender address as what was refused, without asking for a login.
    /// </summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> for "sender address does not match", "not owned by user" and the like.</returns>
    public static bool SaysSenderRefused(string text) => Sender().IsMatch(text) && !LoginFirst().IsMatch(text);

    /// <summary>Returns whether a reply refuses to relay.</summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> for "relay access denied" and its variants.</returns>
    public static bool SaysRelayDenied(string text) => Relay().IsMatch(text);

    private static bool NotAtRecipient(ClassifiedReply reply, MailOperationStage stage) => stage != MailOperationStage.Recipient;

    /// <summary>
    /// Returns whether a disabled account is another server's mailbox: a delivery report relayed from the recipient's
    /// server (<c>said:</c>, <c>Diagnostic-Code:</c>, <c>in reply to … DATA</c>) or a reply about "your message to"
    /// someone, and not the sender's own account (<c>your account</c>, outgoing mail); or words that say the account is
    /// the recipient's ("the recipient account is blocked", "Recipient address rejected: User disabled"), at any step.
    /// </summary>
    private static bool NamesRemoteMailbox(string text) => RemoteReport().IsMatch(text) && !OwnAccount().IsMatch(text) || RecipientsAccount().IsMatch(text);

    /// <summary>
    /// Returns whether a reply names a cause of its own (a recipient, a block list, spam, the client's HELO name) beside
    /// a bare "access denied".
    /// </summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> when the words say more than "access denied".</returns>
    public static bool NamesOtherCause(string text) => Recipient().IsMatch(text) || IpBlocked().IsMatch(text) || Spam().IsMatch(text)
        || ListedOrBanned().IsMatch(text) || HeloRejected().IsMatch(text);

    /// <summary>Returns whether a reply says the client's host is refused (Postfix's client restrictions).</summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> for "Client host rejected".</returns>
    public static bool SaysClientHostRefused(string text) => ClientHostRefused().IsMatch(text);

    /// <summary>
    /// Returns whether a reply speaks of the message's authentication (SPF, DKIM, DMARC), not the client's login.
    /// </summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> when SPF, DKIM or DMARC is named.</returns>
    public static bool NamesMessageAuthentication(string text) => MessageAuthentication().IsMatch(text);

    /// <summary>
    /// Returns whether a policy refusal names a cause that lasts until the sender changes something: a block list, a
    /// blocked or banned host (unless the block is said to be temporary), its reverse DNS, its reputation, or the
    /// message's SPF, DKIM or DMARC results (unless the check could not be made now).
    /// </summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> when such a cause is named.</returns>
    public static bool NamesLastingPolicyCause(string text)
        => (IpBlocked().IsMatch(text) && !TemporaryBlock().IsMatch(text) || ListedOrBanned().IsMatch(text) || MessageAuthentication().IsMatch(text) || LastingHostCause().IsMatch(text))
            && !PolicyCheckForNow().IsMatch(text);

    /// <summary>
    /// A block of the sending host said to be temporary ("Your IP is temporarily blocked"): it passes by itself.
    /// </summary>
    [GeneratedRegex(@"\btemporar\w* (?:blocked|banned)\b|\b(?:blocked|banned) temporarily\b|\btemporary (?:IP )?(?:block|ban)\b", Options)]
    private static partial Regex TemporaryBlock();

    /// <summary>
    /// A policy check that could not be made now, as RFC 7208's temperror (the sender's SPF record could not be looked
    /// up): "SPF Temporary Error", "Problem on SPF lookup", "SPF authentication failed with a temporary error", "unable
    /// to verify SPF policy". The check names a lasting cause, but its outcome is not known yet.
    /// </summary>
    [GeneratedRegex(@"\btemp ?error\b|\btemporary (?:error|failure)\b|\b(?:problem|error|failure) (?:on|with|in|during) (?:\w+ )?lookup\b|\blookup (?:problem|error|failure)\b|" + EnglishWords.CouldNot + @" (?:verify|check|evaluate) (?:the )?(?:sender'?s? )?(?:SPF|DKIM|DMARC)\b", Options)]
    private static partial Regex PolicyCheckForNow();

    /// <summary>
    /// Returns whether a refusal that names an address (Postfix's "Sender address rejected:", "Recipient address
    /// rejected:" before whatever restriction refused) gives as its reason the message's SPF, DKIM or DMARC results or
    /// the sending host's standing (reverse DNS, reputation, a DNS block list): then it is a policy, not the address.
    /// </summary>
    private static bool NamesHostOrMessageVerdict(string text) => MessageAuthentication().IsMatch(text) || LastingHostCause().IsMatch(text) || IpBlocked().IsMatch(text) || BlockList().IsMatch(text);

    /// <summary>
    /// Returns whether a reply is called a sender's or recipient's refusal only by the client's exception (Python's
    /// SMTPSenderRefused and SMTPRecipientsRefused are named for the command, whatever the server said: a 421 closing
    /// the service, a 451 queue file write error), not by the server's words.
    /// </summary>
    private static bool NamedRefusalOnlyByClient(ClassifiedReply reply, Regex addressWords)
        => ClientRefusalName().IsMatch(reply.Text!) && !addressWords.IsMatch(ClientRefusalName().Replace(reply.Text!, " "));

    private static bool NotAtLogin(ClassifiedReply reply, MailOperationStage stage) => stage != MailOperationStage.Authentication;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>A command refused in the session's state, named or not ("invalid in AUTHENTICATED state", "must be in AUTHENTICATED or SELECTED state").</summary>
    private const string CommandInWrongState =
        @"(?:(?:not valid|invalid(?: command)?|illegal|not allowed|not permitted) in (?:this |the current |current |\w+ )?|must be in (?:the )?\w+(?: (?:or|and) \w+)? )state\b";

    /// <summary>
    /// A command sent in a state that does not allow it (RFC 5321's 503, POP3's and IMAP's state errors).
    /// </summary>
    [GeneratedRegex(@"(?:sender|recipient|MAIL|RCPT)(?: command)? (?:is )?already (?:specified|given|sent)|(?:sender|recipient|MAIL|RCPT)(?: command)? (?:is )?not yet (?:specified|given|sent)|\bneed (?:MAIL|RCPT)\b|nested MAIL command|" + CommandInWrongState + @"|\b(?:not allowed|not permitted) now\b|in (?:an? )?invalid state|bad (?:sequence of commands|command sequence)|talk(?:ed|s)? too soon|improper (?:use of )?pipelining|(?:say|send|issue) (?:HELO|EHLO|hello)(?:/EHLO)? first|\b(?:HELO|EHLO|MAIL(?: FROM)?|RCPT(?: TO)?)(?:(?:/| or | and )(?:HELO|EHLO|MAIL(?: FROM)?|RCPT(?: TO)?))* (?:first|required|before)\b", Options)]
    private static partial Regex WrongState();

    /// <summary>Returns whether a reply says no login method is shared (the mechanism family).</summary>
    /// <param name="text">The reply text.</param>
    /// <returns><see langword="true"/> for "Unknown authentication method" and the like.</returns>
    public static bool SaysMechanismUnsupported(string text) => Mechanism().IsMatch(text);

    /// <summary>
    /// An IMAP folder that does not exist or whose name the server refuses (the mailbox step's "mailbox" is a folder;
    /// a tagged <c>NO name doesn't exist</c> there names the folder, and so does what "cannot be opened" or "could not
    /// be selected" there). RFC 5530's codes are here too for a text whose reply the parser does not find them in (one
    /// quoted inside a client's message); where it does, the response-code table reads them first.
    /// </summary>
    [GeneratedRegex(@"(?:mailbox|folder|\bNO)\b[^\n]{0,40}?\b(?:doesn'?t|does not|not) exists?\b|(?:mailbox|folder)\b[^\n]{0,40}?\b(?:" + EnglishWords.CouldNot + @"|was not|wasn't) be found\b|\b" + EnglishWords.CouldNot + @" be (?:opened|selected)\b|(?:invalid|illegal|bad) (?:mailbox|folder) name|(?:mailbox|folder) name (?:is )?(?:invalid|illegal|not valid|not allowed)|(?:unknown|no such|nonexistent|non-existent) (?:mailbox|folder)|(?:mailbox|folder) (?:\S+ )?(?:not found|unknown)|\[NONEXISTENT\]|\[TRYCREATE\]|FolderNotFoundException", Options)]
    private static partial Regex FolderMissing();

    /// <summary>
    /// An IMAP command that the folder's or the session's state does not allow: a CREATE of a folder that exists, a
    /// UIDVALIDITY that changed or is missing, IDLE where the server has none (or POP3's UIDL or TOP, which a client's
    /// "leave on server" needs), a change to a folder opened read-only, a command that needs a folder sent when none
    /// is open ("No mailbox selected"), a message expunged meanwhile ("Some of the requested messages no longer exist"),
    /// a message number or search the folder does not have ("Invalid sequence set"), a BODYSTRUCTURE or an APPENDed
    /// message's UID the client cannot make out. (The response code <c>[ALREADYEXISTS]</c> is read with the other
    /// response codes.)
    /// </summary>
    [GeneratedRegex(@"(?:mailbox|folder)\b[^\n]{0,60}?\balready exists?\b|\bcreate\b[^\n]{0,80}?\bFile exists\b|\bUID ?VALIDITY\b|\b(?:IDLE|UIDL|TOP|XTND XLST)(?: is| command)? (?:is )?not supported\b|does(?: not|n't) support (?:the )?(?:IDLE|UIDL|TOP)\b|\bread-?only (?:folder|mailbox)\b|\b(?:folder|mailbox) (?:is |was )?(?:opened |selected )?read-?only\b|\b(?:erroneous|malformed|invalid|unparsable) body ?structure\b|\bno (?:mailbox|folder) (?:is |was |has been )?(?:opened|open|selected)\b|\bmessages? no longer exists?\b|\bMessageRemovedException\b|\bmessages? (?:has been |was |were )?expunged\b|\binvalid (?:message )?sequence (?:set|number)\b|\bmessage (?:sequence )?number (?:is )?out of range\b|\binvalid search (?:criteria|key)\b|" + EnglishWords.CouldNot + @" (?:determine|find|get|read) (?:the )?(?:new )?UID\b", Options)]
    private static partial Regex MailboxStateConflict();

    /// <summary>
    /// PHP c-client's "Can't open mailbox {host:993/imap/ssl}INBOX: no such mailbox": the mailbox named in its
    /// specification (a folder, or a host written where the specification wanted one) does not exist.
    /// </summary>
    [GeneratedRegex(@"Can'?t open mailbox [^\n]{0,120}?: no such mailbox", Options)]
    private static partial Regex MailboxSpecNotOpened();

    /// <summary>
    /// The sending host's standing: its reverse DNS (not a code's pointer type, <c>Ptr{UInt8}</c>), its reputation (Cisco's
    /// SenderBase score, SBRS), a DNS block list.
    /// </summary>
    private const string HostStanding = @"reverse (?:DNS|lookup)|cannot find your (?:reverse )?host ?name|\brDNS\b|\bPTR\b(?![{<\[])|reputation|" + BlockListName + @"|spamhaus|\bSBRS\b|\bsender ?base\b";

    /// <summary>A DNS block list's kind by name: of IP addresses, domains, host names or links.</summary>
    private const string BlockListName = @"\b(?:RBL|DBL|DNSBL|RHSBL|URIBL)\b";

    [GeneratedRegex(HostStanding, Options)]
    private static partial Regex LastingHostCause();

    /// <summary>
    /// Postfix's "Recipient address rejected:" (or "Sender address rejected:") names the restriction that refused, not
    /// necessarily the address: a policy service answering at RCPT gives its policy as the reason.
    /// </summary>
    [GeneratedRegex(@"address rejected: [^\n;]{0,40}?\bpolic(?:y|ies)\b", Options)]
    private static partial Regex PolicyReason();

    [GeneratedRegex(@"\bsaid:|Diagnostic-Code:|Final-Recipient:|Remote-MTA:|in reply to (?:end of )?(?:DATA|RCPT)|SMTP error from remote (?:mail )?server|your (?:message|mail|e-?mail) to \S+ " + EnglishWords.CouldNot + @" be delivered", Options)]
    private static partial Regex RemoteReport();

    /// <summary>
    /// Words that make an account the recipient's: Postfix's "Recipient address rejected:", or the recipient's account
    /// said disabled, blocked or frozen.
    /// </summary>
    [GeneratedRegex(@"recipient address rejected:|\brecipient(?:'s)? (?:e-?mail )?(?:address|account|mailbox|user)\b[^\n.;]{0,20}?\b(?:disabled|blocked|suspended|frozen|inactive|locked|deactivated|closed)\b", Options)]
    private static partial Regex RecipientsAccount();

    [GeneratedRegex(@"\byour (?:account|user|login)\b|\b(?:sender|sending|outgoing|outbound|authenticated user)\b", Options)]
    private static partial Regex OwnAccount();

    /// <summary>
    /// SPF, DKIM or DMARC named (in capitals, unless a rule reads the words in any case), or pyspf's words for an SPF
    /// result that python-policyd-spf puts into its refusals ("domain owner discourages use of this host" for softfail,
    /// "access neither permitted nor denied" for neutral), or the SPF project's "Why?" page those refusals link to.
    /// </summary>
    private const string MessageAuthenticationWords = @"\b(?:SPF|DKIM|DMARC)\b|(?i:domain owner discourages use of this host|access neither permitted nor denied|\bopenspf\.(?:org|net)\b)";

    /// <summary>A word and the space after it, the sentence going on (a host name's dots allowed).</summary>
    private const string InSentenceWords = @"(?:[^\s。!?]*[^\s.。!?:]\s)";

    /// <summary>The OAuth SASL mechanisms: RFC 7628's OAUTHBEARER, Google's and Microsoft's XOAUTH2 (and its older XOAUTH).</summary>
    internal const string OAuthMechanismName = "(?:XOAUTH2?|OAUTHBEARER)";

    /// <summary>The SASL mechanisms that send a password or a proof of it, and POP3's APOP.</summary>
    internal const string PasswordMechanismName = @"(?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|NTLM|SCRAM-SHA-\d+(?:-PLUS)?|APOP)";

    /// <summary>A SASL mechanism or POP3's APOP, by the name servers and clients write.</summary>
    private const string MechanismName = "(?:" + PasswordMechanismName + "|GSSAPI|" + OAuthMechanismName + ")";

    /// <summary>STARTTLS, SSL or TLS named by its upper-case name, in any language's sentence.</summary>
    internal const string TlsNamed = @"(?-i:\b(?:STARTTLS|StartTLS|STLS|SSL/TLS|SSL|TLS)\b)";

    [GeneratedRegex(MessageAuthenticationWords, RegexOptions.CultureInvariant)]
    private static partial Regex MessageAuthentication();

    /// <summary>
    /// Headers a program writes before the server's reply, whatever it is: Roundcube's <c>Login failed for user against
    /// host from 192.0.2.1.</c>, PHP c-client's <c>Can not authenticate to IMAP server:</c>, Outlook's "Your outgoing
    /// (SMTP) e-mail server has reported an internal error" before "The server responded: 535 …", and System.Net.Mail's
    /// "The SMTP server requires a secure connection or the client was not authenticated." (two causes named, whichever
    /// reply follows), also as .NET prints it in other languages.
    /// </summary>
    [GeneratedRegex(@"Login failed for \S+ against \S+ from \S+?(?:\s*\([^)]*\))?\.(?=\s|$)|Can ?not authenticate to (?:IMAP|POP3?) server:|has reported an internal error\.(?=[\s\S]*The server responded:)|requires a secure connection or the client (?:was|is) not authenticated\.?|" + SecureConnectionOrNotAuthenticated, RegexOptions.CultureInvariant)]
    private static partial Regex ProgramHeader();

    /// <summary>
    /// System.Net.Mail's "The SMTP server requires a secure connection or the client was not authenticated." as .NET
    /// prints it in German, French, Spanish, Portuguese, Italian, Russian, Japanese, Korean and Chinese (both scripts).
    /// </summary>
    private const string SecureConnectionOrNotAuthenticated = @"(?i:SMTP-Server erfordert eine sichere Verbindung,? oder der Client (?:war|wurde) nicht authentifiziert"
        + @"|serveur SMTP (?:requiert|exige|nécessite) une connexion sécurisée ou le client n'(?:était|est) pas authentifié"
        + @"|servidor SMTP requiere una conexión segura o el cliente no se autenticó|servidor SMTP requer uma conexão segura ou o cliente não foi autenticado"
        + @"|server SMTP richiede una connessione protetta oppure il client non è stato autenticato"
        + @"|SMTP-серверу требуется безопасное соединение,? или клиент не прош[её]л проверку подлинности)\.?"
        + @"|SMTP サーバーにセキュリティで保護された接続が必要であるか、またはクライアントが認証されていません。?|SMTP 서버에 보안 연결이 필요하거나 클라이언트가 인증되지 않았습니다\.?"
        + @"|SMTP 服务器要求安全连接或客户端未通过身份验证。?|SMTP 伺服器需要安全(?:的)?連(?:接|線)，?或(?:是)?用戶端(?:未經|沒有通過)(?:驗證|認證|身分驗證)。?";

    /// <summary>
    /// The code (and enhanced code) that starts each continuation line of a multi-line SMTP reply (RFC 5321 §4.2.1).
    /// </summary>
    [GeneratedRegex(@"\n[ \t]*[2-5][0-9]{2}[- ](?:[245]\.[0-9]{1,3}\.[0-9]{1,3}[ \t]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationPrefix();

    /// <summary>
    /// A client log's DATA section: from the server's 354 line to the lone dot that ends the message.
    /// </summary>
    [GeneratedRegex(@"\b354\b[^\n]*\n.*?^\.\s*$", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MessageContent();

    /// <summary>
    /// A positive reply line, bare or after the marks of client logs (<c>S:</c>, <c>&lt;-</c>, swaks' <c>&lt;~</c>,
    /// <c>Got:</c>, <c>SERVER -&gt; CLIENT:</c>, nodemailer's <c>└──</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:[^\n]*?(?:\bS:|<<+|<-+|<~+\*?|<=+|-> ?CLIENT:|\bRECV:|\bGot:|\bSERVER(?: \d+)?:|\u2514\u2500\u2500))?\s*['""(]?(?:[23][0-9]{2}[ -]|\* (?:OK|CAPABILITY|PREAUTH)\b|\+OK\b|[A-Za-z]*[0-9]+ OK\b)[^\n]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SuccessLine();

    [GeneratedRegex(@"^\s*235[ -]|\bauthentication (?:succeeded|successful)\b", Options | RegexOptions.Multiline)]
    private static partial Regex SuccessfulLogin();

    /// <summary>
    /// A refusal inside a line: an SMTP 4xx/5xx code, an IMAP NO/BAD/BYE, a POP3 -ERR, a capability that refuses logins
    /// (LOGINDISABLED).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.])[45][0-9]{2}[ -]|\b(?:NO|BAD|BYE|LOGINDISABLED)\b|-ERR\b", RegexOptions.CultureInvariant)]
    private static partial Regex RefusalMark();

    [GeneratedRegex(@"(?:enter|use|input) (?:your |the |an )?authori[sz]ation code|\bapp(?:lication)?[- ]?(?:specific )?passwords?\b|with (?:2FA|two[- ]factor(?: authentication)?|2-step verification|MFA) (?:is )?(?:enabled|on)|application[- ]specific password|app(?:lication)? password (?:is )?required|parol\w* prilozheniya|InvalidSecondFactor|no=1001256\b"
        + @"|mot de passe (?:d'|d’)application|App-?Passwort|anwendungsspezifisch\w* (?:Passwort|Kennwort)|contraseña (?:de|para) (?:la )?aplicaci[óo]n|password (?:per le|per l'|dell'|delle) app|(?:senha|palavra-passe) (?:de|para|da) (?:app|aplica[çc][ãa]o)|парол\w* (?:для )?(?:\w+ )?приложени\w*|hasł\w* (?:do |dla )?aplikacji|app-?wachtwoord|uygulama (?:şifresi|parolası)|heslo (?:pro )?aplikac\w*|授权码|授權碼|(?:应用|客户端)专用密码|アプリ ?パスワード|앱 비밀번호", Options)] // the same in other languages
    private static partial Regex AppPassword();

    [GeneratedRegex(@"unusual (?:sending |sign-?in |login )?activity|suspicious (?:sign-?in|login|activity)|UnblockMe|web ?login required|log ?in (?:via|through|with) (?:(?:your|the|a) )?(?:web )?browser|(?:log ?in|sign ?in) (?:to your (?:account|mailbox) )?(?:via|through|on|at|using) (?:your|the|our) (?:web ?site|web ?mail|web interface) (?:first )?(?:to (?:unlock|verify|confirm|continue)|and (?:accept|agree|confirm|verify)|before (?:using|you use))|sign ?in (?:via|through|with) (?:(?:your|the|a) )?(?:web )?browser|must (?:log ?in|sign ?in) (?:via|through|with|using|on|at) (?:your|the|a) (?:web ?mail|web ?site|web interface)\b|WebLoginRequired|\[WEBALERT\b|log ?in to your account (?:via|through|with|in|using) (?:your|the|a) (?:web )?browser|verify your identity|verify (?:that )?it'?s (?:really )?you|use web for sending|prove (?:that )?you are not a robot"
        + @"|(?:connecter|connectez-vous|identifiez-vous) (?:via|depuis|par|avec) (?:votre |le |un )?navigateur|über (?:Ihren |den |einen )?(?:Web)?-?[Bb]rowser an|(?:sesión|acceda|acceder) (?:a través de|desde|mediante|en) (?:su |el |un )?navegador|(?:accedi|accedere) (?:tramite|dal|con) (?:il tuo |il |un )?browser|(?:login|entre|entrar|acesse) (?:pelo|através do|no) navegador|(?:войдите|зайдите|вход) (?:\S+ ){0,2}через веб-?(?:браузер|интерфейс)|(?:通过|用)(?:网页|網頁)(?:浏览器|瀏覽器)?登录|(?:网页|網頁)版?登录|(?:ウェブ|Web)ブラウザ(?:から|で)ログイン|웹 ?브라우저(?:로|에서) 로그인", Options)] // the same in other languages
    private static partial Regex WebLogin();

    [GeneratedRegex(@"(?:disabled|suspended|deactivated|blocked) (?:\w+ ){0,3}(?:because of|due to|after) (?:\w+ ){0,2}(?:suspicious|unusual) (?:sending )?activity", Options)]
    private static partial Regex DisabledForActivity();

    [GeneratedRegex(@"SmtpClientAuthentication is disabled|(?:basic|legacy) auth(?:entication)? (?:is |has been |was )?(?:disabled|blocked|turned off|switched off|deprecated|no longer (?:supported|allowed)|not (?:supported|allowed|enabled))|(?<!(?:plain ?text|clear ?text|unencrypted|insecure) )password (?:authentication|sign-?in|log ?in)s? (?:is |are |has been |was )?(?:disabled|turned off|switched off|no longer (?:supported|allowed)) for (?:your|the|this) (?:organi[sz]ation|tenant|account|domain)|security defaults policy", Options)]
    private static partial Regex BasicAuthOff();

    [GeneratedRegex(@"invalid credentials or (?:IMAP|POP3?) is disabled", Options)]
    private static partial Regex CredentialsOrProtocolOff();

    /// <summary>The login worked and the user may not act so: Exchange's "authenticated but not connected", "insufficient authorization".</summary>
    [GeneratedRegex(@"authenticated but not connected|insufficient (?:authori[sz]ation|privileges?|permissions?)\b", Options)]
    private static partial Regex LoggedInButNotAllowed();

    [GeneratedRegex(@"not enabled for (?:IMAP|POP3?|SMTP)|(?:IMAP|POP3?|SMTP)(?: access| sending| service| features?| AUTH)? (?:is |has been |was |are |have been )?(?:disabled|not enabled|switched off|turned off)(?! (?:via|over|on) (?:an? )?(?:insecure|unencrypted|non-?secure|clear-?text|plain-?text))|(?:does not|doesn't) have (?:IMAP|POP3?|SMTP) (?:access )?enabled|(?:IMAP|POP3?|SMTP)(?: access| sending| service)? (?:has not been|hasn't been|is not|isn't) (?:enabled|activated|turned on)|does not have access rights to this service|access to (?:the )?(?:requested )?service (?:is |has been )?disabled|(?:IMAP|POP3?) (?:access )?is not allowed|access (?:via|by|for|over) (?:mail (?:clients|programs)|IMAP|POP3?) (?:is |has been |was )?(?:disabled|not allowed|switched off|turned off)"
        + @"|accès (?:IMAP|POP3?|SMTP) (?:\S+ ){0,4}(?:désactivé|non activé)|(?:IMAP|POP3?|SMTP)-?(?:Zugriff|Zugang) (?:\S+ ){0,4}(?:deaktiviert|nicht aktiviert)|acceso (?:IMAP|POP3?|SMTP) (?:\S+ ){0,4}(?:deshabilitado|desactivado)|accesso (?:IMAP|POP3?|SMTP) (?:\S+ ){0,4}(?:disattivato|disabilitato)|acesso (?:IMAP|POP3?|SMTP) (?:\S+ ){0,4}(?:desativado|desactivado|desabilitado)|dostęp (?:IMAP|POP3?|SMTP) (?:\S+ ){0,3}wyłączony|доступ (?:по протоколу )?(?:IMAP|POP3?|SMTP) (?:\S+ )?(?:отключ|запрещ|не включ)\w*|(?:IMAP|POP3?|SMTP)(?:/SMTP)?(?:服务|服務)(?:未开启|未開啟|未开通|已关闭)|未开启(?:IMAP|POP3?|SMTP)|(?:IMAP|POP3?)(?:サービス|アクセス)?(?:が|は)無効|(?:IMAP|POP3?) (?:사용|접근)(?:이|가)? 비활성화"
        + @"|(?:IMAP|POP3?|SMTP)\S* (?:\S+ ){0,2}(?:ist nicht aktiviert|n'est pas activé|no está habilitado|non è abilitato|não está ativado|не включ[её]н|nie jest włączony|is niet ingeschakeld|není povolen|etkin değil)|(?:IMAP|POP3?)\s?未启用|(?:IMAP|POP3?)は有効になっていません", Options)] // the same in other languages
    private static partial Regex ProtocolOff();

    /// <summary>
    /// The base64 of <c>{"status"</c>, which XOAUTH2 servers send as the error challenge, and OAuth error words (a
    /// token refused; Microsoft Graph's <c>InvalidAuthenticationToken</c>; nodemailer's "No access token" when the token
    /// endpoint's answer held none). A token never stored is <see cref="SignInAgain"/>'s.
    /// </summary>
    [GeneratedRegex(@"authorization grant|\binvalid_grant\b|\bInvalidAuthenticationToken\b|\bno (?:OAuth2? )?access token\b|(?:access|bearer|refresh|oauth2?) token (?:is |was |has )?(?:invalid|expired|revoked|rejected)|" + EnglishWords.CouldNot + @" (?:create|get|obtain|refresh|generate) (?:a )?(?:new )?access token|eyJzdGF0dXMi|""status""\s*:\s*""(?:400|401|invalid_token|invalid_request)""|\binvalid_token\b|\bAADSTS\d+|\bID token\b|invalid (?:access |bearer |refresh |OAuth ?2? )token|\bOAUTH\w* (?:token )?(?:invalid|expired|failed)"
        + "|" + ForeignWords.Token + @"[^\n.。]{0,30}?" + ForeignWords.Expired + "|" + ForeignWords.Expired + @"[^\n.。]{0,30}?" + ForeignWords.Token, // a token expired, in other languages: "Истёк срок действия токена"
        Options)]
    private static partial Regex OAuthChallenge();

    /// <summary>
    /// A password mechanism refused in Symfony's or Swift Mailer's list of authenticators tried
    /// (<c>Authenticator "LOGIN" returned "Expected response code "235" but got code "535"</c>).
    /// </summary>
    [GeneratedRegex(@"\bAuthenticator ""?" + PasswordMechanismName + @"""? returned ""?(?:Swift_TransportException: )?Expected response code ""?235""? but got code ""?5\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordAuthenticatorRefused();

    /// <summary>
    /// A program or provider that asks the user to sign in again: "Reauthorize the account" (QNAP), "Token Validity:
    /// Invalid. Please re-authenticate" (FluentSMTP), "Token update failed. Please delete the token and obtain it again"
    /// (Sharp), "Sign to the server again, please" (Evolution); or that has no token stored yet, as before a first
    /// sign-in ("No refresh token", "Missing access token for xoauth2 account"); or whose sign-in the
    /// user or an administrator did not complete (RFC 6749's <c>access_denied</c>, "Need admin approval", "your organization's
    /// admin has not approved this app"). A grant that
    /// merely expired, with no such request, is a refused token, as the corpus labels it.
    /// </summary>
    [GeneratedRegex(@"\bre-?authori[sz]e\b|\b(?:the user|you) (?:must|needs? to|should) sign[- ]?in again\b|\bauthori[sz]ation (?:has )?expired\b|\bOAuth (?:re-?)?authori[sz]ation (?:is )?required\b|\btoken\b[^\n]{0,60}?(?:\bre-?authenticate\b|\bsign in again\b|\bobtain (?:it|a new one|a new token) again\b)|\bsign (?:in )?to (?:the )?server again\b|\b(?:must|needs? to) be re-?authenticated\b|\bno (?:valid )?(?:OAuth2? )?refresh token\b|\bno (?:OAuth2? )?access token (?:was |is )?(?:stored|saved|found)\b|\bmissing (?:OAuth2? )?(?:refresh|access) token\b|\b(?:refresh|access) token (?:is |was )?(?:missing|required|not (?:set|provided|given|stored|found|available))\b|\bdo(?:es)? not contain (?:an? )?access_?token\b|\baccess_denied\b|\bre-?authenticat(?:e|ion) (?:is )?required\b|\bneeds? (?:an? )?admin(?:istrator)? (?:approval|consent)\b|\badmin(?:istrator)? has(?: not|n't) (?:yet )?approved\b|\bnot (?:been )?approved by (?:your|the) (?:organi[sz]ation's |institution's )?admin(?:istrator)?\b", Options)]
    private static partial Regex SignInAgain();

    /// <summary>
    /// An application whose OAuth registration or settings are wrong or missing, in words: RFC 6749's description of
    /// <c>invalid_client</c> ("Client authentication failed (e.g., unknown client, …)"), a redirect URI the registration
    /// does not allow, an app Google has not verified or blocks (its sign-in page's "Access blocked: …", "This app is
    /// blocked"; not an organisation's admin, whose approval is a sign-in), OAuth settings not configured: a task for its
    /// developer or administrator.
    /// </summary>
    [GeneratedRegex(@"\bclient authentication failed \(e\.g\.|\bredirect[ _]?ur[il]\b[^\n]{0,120}?\b(?:mismatch|(?:is )?not allowed|(?:does not|doesn't) match|not registered)\b|\bhas not completed the Google verification process\b|\bAccess blocked: (?![^\n]{0,80}?\b(?:admin\w*|organi[sz]ation)\b)|\bthis app is blocked\b|\bOAuth ?2?(?:\.0)?\b[^\n.]{0,60}?\bnot (?:properly )?configured\b|\bmissing (?:required )?OAuth ?2? config", Options)]
    private static partial Regex OAuthClientSetup();

    /// <summary>
    /// Greylisting: a first delivery from an unknown sender is deferred on purpose and accepted when retried
    /// (greylistd's "is not yet authorized to deliver mail from … Please try later").
    /// </summary>
    [GeneratedRegex(@"gr[ae]y ?list|\bnot yet authori[sz]ed to deliver mail\b", Options)]
    private static partial Regex Greylisted();

    /// <summary>
    /// Providers' sending limits: bandwidth, Microsoft's submission quota (its plain QuotaExceededException is a full
    /// mailbox, the sender's own when it comes at submission), Yahoo's TS01–TS04 deferrals for volume or
    /// complaints.
    /// </summary>
    [GeneratedRegex(@"bandwidth limit|command or bandwidth|SubmissionQuotaExceededException|\[(?:IP)?TSS?0[1-4]\]|deferred due to (?:unexpected volume|user complaints)", Options)]
    private static partial Regex ProviderLimits();

    /// <summary>NetEase's reply to a login on an account whose SMTP service is not switched on.</summary>
    [GeneratedRegex(@"user has no permission", Options)]
    private static partial Regex NoPermissionAtLogin();

    /// <summary>
    /// A settings search (Outlook, Thunderbird, this library's discovery) that found nothing for the domain, or
    /// Thunderbird's account-setup log.
    /// </summary>
    [GeneratedRegex(EnglishWords.CouldNot + @" find (?:the )?settings|no settings (?:were )?found|auto ?-?detect(?:ion)? failed|\bGuessConfig\b|^mail\.setup:|\bAutoDiscoverFailed\b|\bautodiscover(?:y)?(?: protocol)? (?:has )?failed|(?:all|every) steps? (?:in|of) the autodiscover|\b(?:configuration|settings) discovery (?:has )?failed"
        + "|" + ForeignWords.Settings + @"\w{0,3}\s?" + InSentenceWords + "{0,3}" + ForeignWords.NotFound + "|" + ForeignWords.NoneFound + @"\s" + InSentenceWords + "?" + ForeignWords.Settings, // the same in other languages: "Keine Einstellungen für Domain … gefunden" (not "設定されたサーバーが見つかりません", a configured server not found)
        Options | RegexOptions.Multiline)]
    private static partial Regex NoSettings();

    /// <summary>
    /// Postfix's answer when a recipient or relay restriction list ends in <c>reject</c>, often because the client is
    /// neither in mynetworks nor logged in.
    /// </summary>
    [GeneratedRegex(@"recipient address rejected: access denied", Options)]
    private static partial Regex RecipientAccessDenied();

    /// <summary>
    /// An ACL's refusal to take mail from this client at all, at RCPT (exim's "You are not allowed to send email").
    /// </summary>
    [GeneratedRegex(@"(?:not|n't) (?:allowed|permitted|authori[sz]ed) to send (?:e-?mails?|mails?|messages?)\b(?! (?:as|on behalf|to))", Options)]
    private static partial Regex NotAllowedToSend();

    [GeneratedRegex(@"too many (?:bad|failed|invalid|unsuccessful) (?:auth\w*|login\w*|logon\w*|sign-?in\w*) attempts", Options)]
    private static partial Regex BadAttempts();

    [GeneratedRegex(@"(?:your|the|this|that|sending|sender|client|remote|from) IP(?: ad?dress)?(?:\([^\s()]{1,45}\))?(?: [^\s<@,;]+){0,5} (?:has been |is |was )?(?:temporarily |permanently )?(?:not (?:allowed|permitted|authori[sz]ed)|blocked|block ?listed|black ?listed|listed|banned|rejected|refused|filtered)|\bIP=\S+[^\n]{0,20}?\byour address (?:has been |is )?(?:blocked|block ?listed|black ?listed|banned)|(?:client|sending|remote|source) host(?: \S+)? (?:has been |is |was )?(?:blocked|block ?listed|black ?listed|banned)|mail sent from your IP address has been blocked|(?<![\w.]|\bto (?:host |server )?\[?)(?:\d{1,3}\.){3}\d{1,3}\]? (?:is |was |has been )?(?:temporarily |permanently )?(?:blocked|block ?listed|black ?listed|banned)\b|(?<![\w-])IP(?: address)? (?:is|has been|was) (?:temporarily |permanently )?(?:blocked|block ?listed|black ?listed|banned|listed (?:on|in|at|by))\b|(?<![\d.])[\[<]?(?:\d{1,3}\.){3}\d{1,3}[\]>]? (?:is|has been|was) (?:temporarily |permanently )?(?:blocked|block ?listed|black ?listed|banned|listed (?:on|in|at|by))\b|\b(?:mail|access|connections?|messages?) from (?:IP (?:address )?)?\[?(?:\d{1,3}\.){3}\d{1,3}\]? (?:is |has been |was )?(?:not (?:allowed|permitted|authori[sz]ed)|blocked|refused|rejected|denied|banned)|\binvalid (?:sending |source |client |remote )?IP\b|(?:low|poor|bad) reputation|\bspam ?(?:list|source|house)\b|\b(?:spamcop|SORBS|uceprotect|barracudacentral|abuseat|spamrats|mailspike)\b|from your IP address|blocked using|\b(?:RBL|DNSBL|DNSRBL)s?\b|not accepted from (?:this|your) IP|traffic not accepted|(?:country|region|location|geo\w*)(?: \w+)? (?:is |has been )?(?:blocked|banned|not allowed|restricted)"
        + @"|adresse IP (?:\S+ ){0,2}(?:est |a été )?(?:bloquée|bannie|refusée|interdite)|IP-Adresse (?:\S+ ){0,2}(?:wurde |ist )?(?:gesperrt|blockiert)|dirección IP (?:\S+ ){0,2}(?:ha sido |está )?bloqueada|indirizzo IP (?:\S+ ){0,2}(?:è stato |è )?bloccato|endereço IP (?:\S+ ){0,2}(?:foi |está )?bloqueado|IP-?адрес\w* (?:\S+ ){0,2}заблокирован|adres IP (?:\S+ ){0,2}(?:został |jest )?zablokowany|IP-adres (?:\S+ ){0,2}(?:is |werd )?geblokkeerd|IP (?:adresi|adresiniz) (?:\S+ )?engellendi|IP(?:地址)?(?:被|已被)(?:封禁|封锁|封鎖|屏蔽|拉黑|禁止)|IP ?アドレスが(?:ブロック|拒否)|IP 주소가 차단"
        + @"|(?<![A-Za-z])IP(?![A-Za-z])[^\n]{0,40}?(?:liste noire|schwarze[nrm]? Liste|lista negra|lista nera|черн\w* спис\w*|czarn\w* list\w*|zwarte lijst|kara liste|黑名单|黑名單|ブラックリスト|블랙리스트)", Options)] // the same in other languages
    private static partial Regex IpBlocked();

    /// <summary>
    /// Postfix's <c>smtpd_helo_restrictions</c> and their like: the name the client gave in HELO/EHLO is refused (the
    /// sending host's, not the message's).
    /// </summary>
    [GeneratedRegex(@"\bhelo command rejected|\bE?HELO (?:name |host ?name )?(?:rejected|refused|denied|not allowed)|(?:invalid|bad|forged) E?HELO(?:/EHLO)? (?:name|host ?name|greeting)|\bdisallowed (?:EHLO|HELO)\b|\b(?:EHLO|HELO) \S+ (?:is )?blocked\b|\bE?HELO\b[^\n.]{0,30}? (?:does not|doesn't|did not) match (?:the |your )?(?:IP|address|client)|\bE?HELO(?:/E?HELO)? \S+ " + EnglishWords.CouldNot + @" (?:be )?resolved?\b", Options)]
    private static partial Regex HeloRejected();

    /// <summary>
    /// An ESMTP parameter of MAIL FROM or RCPT TO refused (RFC 5321 4.1.2), or the command's own form (Postfix's usage
    /// hint "501 Syntax: MAIL FROM: &lt;address&gt;", "syntax error MAIL FROM"), not the address beside it.
    /// </summary>
    [GeneratedRegex(@"(?:unrecogni[sz]ed|unknown|unsupported|invalid|bad) (?:\w+ )?parameter\b|\bSyntax: (?:MAIL FROM|RCPT TO)\b|\bsyntax error,? (?:MAIL FROM|RCPT TO)\b(?![^\n]{0,12}\b(?:address|argument))", Options)]
    private static partial Regex ParameterOrCommandForm();

    /// <summary>
    /// A server's limit of errors in one session (Postfix's <c>smtpd_hard_error_limit</c>: "too many errors after
    /// UNKNOWN"; Exim's <c>smtp_accept_max_nonmail</c>; Dovecot's "Too many invalid commands"): the client's commands
    /// were refused or not understood. After AUTH, MAIL or RCPT the errors are those commands' refusals, read elsewhere.
    /// </summary>
    [GeneratedRegex(@"too many (?:invalid|unknown|bad|unrecogni[sz]ed|non-?mail|syntax) (?:\w+ )?(?:commands|errors)|\btoo many errors\b(?! after (?:AUTH|RCPT|MAIL)\b)(?![^\n]{0,40}\b(?:black|block)\s?list)|exceeded (?:the )?(?:bad|invalid|unknown) (?:SMTP )?command limit", Options)]
    private static partial Regex CommandErrorLimit();

    /// <summary>
    /// Returns whether "try again later" is only a program's advice after its own words for a failure that name no cause
    /// ("Something went wrong while sending the email. Please try again later.", "Failed to send email, please try
    /// again later."), with no server's reply code in the text.
    /// </summary>
    private static bool ProgramAsksToRetry(ClassifiedReply reply)
        => reply.Code is null && reply.EnhancedCode is null && ProgramRetryAdvice().IsMatch(reply.Text!);

    [GeneratedRegex(@"(?:something went wrong|there was (?:a|an) (?:problem|error|issue)|an (?:unexpected |unknown )?error (?:has )?occurred|" + EnglishWords.CouldNot + @" send)[^\n]{0,60}?[.,!;]\s*(?:please )?try again later", Options)]
    private static partial Regex ProgramRetryAdvice();

    [GeneratedRegex(@"try (?:(?:\w+ ){0,2}again )?later|retry later|come back later|try again in \d|temporar(?:il)?y (?:unavailable|failure|error|rejected|deferred|blocked|suspended|limited)|\btemporary (?:\w+ ){1,2}(?:error|failure)\b"
        + @"|稍[后後](?:再)?(?:重试|再试|尝试|重試|再試|嘗試)|(?:一段时间|一段時間|一会儿)(?:后|後|之后)?(?:再)?(?:重试|尝试|重試)|しばらく(?:時間を(?:置|お)いて|経って|して|待って)(?:から)?[^。\n]{0,12}?(?:お試し|試して|再試行|再送)|잠시 후 다시 시도" // Chinese, Japanese, Korean
        + @"|(?:попробуйте|повторите(?: попытку)?) (?:\S+ )?позже|спробуйте (?:\S+ )?пізніше|versuchen Sie es (?:\S+ ){0,2}später|später (?:erneut|nochmals|noch einmal|wieder) versuchen|(?:réessayez|réessayer|essayez|essayer) (?:\S+ )?plus tard|(?:inténtelo|inténtalo|intente|vuelva a intentarlo) (?:\S+ ){0,2}más tarde|tente (?:novamente )?mais tarde|riprova(?:re)? più tardi|spróbuj(?:cie)? (?:ponownie )?później|probeer het (?:later|straks)|daha sonra tekrar deneyin|zkuste to (?:znovu )?později", Options)] // the same in other languages
    private static partial Regex TryLater();

    [GeneratedRegex(CommandInWrongState + @"|(?:invalid|unexpected|unknown|malformed|wrong|incomplete|truncated|unrecogni[sz]ed|unrecogni[sz]able) (?:[\w-]+ ){0,2}(?:reply|response)(?! code)|\bbad (?:E?SMTP|IMAP4?|POP3?|server) (?:reply|response)\b|(?:did not|didn't) (?:respond|reply|answer) with anything (?:\w+ ){0,2}recogni[sz]ed|(?:reply|response) (?:was )?not understood|" + EnglishWords.CouldNot + @" interpret (?:the )?(?:server'?s? )?(?:reply|response)|error in (?:IMAP |POP3? )?command|" + EnglishWords.CouldNot + @" parse (?:the )?(?:command|(?:\w+ ){0,2}response|(?:status|reply|response) code)|pars(?:e|ing)[ _]?(?:error|failure)(?![\s\S]{0,120}\bJSON\b)|\bParsingException\b|\berror in \w+ parsing\b|\bunexpected (?:[\w-]+ ){0,3}(?:char(?:acter)?|whitespace|end of input)\b[^\n]{0,6}? at position \d|\bparse failed\b|\bduring parsing of\b|\bformat error in (?:\w+ )?(?:reply|response)\b|\berror (?:when |while )?parsing (?:the )?(?:\w+ )?(?:reply|response)\b|ResponseParseError|\bimapwire: expected\b|\bexpected (?:an? )?(?:SP|CRLF|atom|space|literal|list), got\b|\berror reading response: expected\b|unexpected token(?![\s\S]{0,120}\bJSON\b)|\bexpecting (?:either )?(?:'[^'\n]{1,3}'|""[^""\n]{1,3}"") (?:or|instead of)\b|weird server reply|unexpected character\b|(?:line|command) (?:is )?too long|not implemented|\bunimplemented command\b|short response|not an? (?:IMAP4?(?:rev1)?|POP3?|E?SMTP) (?:mail )?server|(?:server|response) not (?:IMAP4?(?:rev1)?|POP3?|E?SMTP) compliant|\bEX_PROTOCOL\b|protocol (?:error|violation|deviation)|\bviolates the (?:\w+ )?protocol\b|synchroni[sz]ation error|syntactically invalid|(?:invalid|not a valid) base64\b|\bbase64 (?:string |format |encoding )?(?:is )?invalid\b|invalid format for (?:plain|login|auth\w*) response|non-SMTP command|pre-greeting traffic|no (?:mailbox|folder) (?:is )?(?:currently )?selected|(?:bad|invalid) message ?(?:number|sequence|set|UID)s?\b|(?:does not|doesn't) have (?:a|any) message with|(?:command|request) (?:was )?(?:not (?:recognized|understood)|unrecognized)|syntax error|(?:unknown|unrecognized) command|-ERR invalid command|argument error|\b(?:command )?arguments? (?:are |is )?(?:invalid|not valid)\b|\bSMTPHeloError\b|invalid status code returned|status codes returned by the server did not match"
        + @"|erreur de syntaxe|Syntaxfehler|error de sintaxis|errore di sintassi|erro de sintaxe|(?:синтаксическая ошибка|ошибка синтаксиса)|błąd składni|syntaxisfout|syntaktická chyba|sözdizimi hatası|(?:语法|語法)错误|語法錯誤|構文エラー|구문 오류" // the same in other languages
        + "|" + ForeignWords.Unexpected + @"[^\n.。:;,]{0,20}?" + ForeignWords.Reply + "|" + ForeignWords.Reply + @"[^\n.。:;,]{0,20}?" + ForeignWords.Unexpected, // a reply not understood, either order ("Неизвестный ответ сервера", "réponse inattendue du serveur")
        Options)]
    private static partial Regex BadCommand();

    /// <summary>
    /// A client that could not read the server's greeting (nodemailer's "Invalid greeting from server"): a protocol
    /// fault, unless the greeting it quotes is a refusal, whose code and words say why.
    /// </summary>
    [GeneratedRegex(@"(?:incorrect|unexpected|invalid|bogus|malformed) greeting|(?:get|receive|read|obtain) (?:a )?valid greeting", Options)]
    private static partial Regex UnexpectedGreeting();

    /// <summary>
    /// A server's SASL challenge the client could not decode (UW c-client's "IMAP SERVER BUG (invalid challenge)", the
    /// same for POP3 and SMTP): the server broke the protocol, whatever the client reported after it.
    /// </summary>
    [GeneratedRegex(@"\b(?:IMAP|POP3|SMTP) SERVER BUG\b|\binvalid (?:SASL |base64 )?challenge\b(?! response)", Options)]
    private static partial Regex ChallengeNotDecoded();

    /// <summary>
    /// The server lacks what the client needs for the command: a required capability or extension (KMail's "some
    /// mandatory capabilities are missing: UIDPLUS"), a character set (IMAP's BADCHARSET in words) or an encoding.
    /// </summary>
    [GeneratedRegex(@"(?:required|mandatory|necessary|needed) (?:\w+ )?capabilit(?:y|ies)(?: [\w-]+){0,3} (?:is |are )?(?:missing|not (?:supported|available|offered|advertised))|(?:lacks|missing|(?:does not|doesn't) (?:have|support|offer)) (?:the |some |a |all )?(?:required|mandatory|necessary|needed) (?:\w+ )?capabilit|\bcapabilit(?:y|ies) (?:are )?missing\b"
        + @"|\b(?:charset|character set|encoding) (?:[\w-]+ )?(?:is |was )?(?:not supported|unsupported)|\b(?:unsupported|unknown|unhandled) (?:charset|character set|encoding)\b|(?:does not|doesn't|cannot|can't) (?:support|handle) (?:the |this )?(?:[\w-]+ )?(?:charset|character set)", Options)]
    private static partial Regex Unsupported();

    /// <summary>
    /// The message itself is malformed: a header missing or invalid, not RFC 5322, bare line feeds (RFC 3463's X.6.x
    /// words; qmail's "451 See http://pobox.com/~djb/docs/smtplf.html"), or it needs what the server does not offer
    /// (Postfix's "SMTPUTF8 is required, but was not offered by host" for a non-ASCII address).
    /// </summary>
    [GeneratedRegex(@"(?:missing|invalid|malformed|duplicate|bad|no|without) (?:[""'\w:-]+ ){0,5}(?:header|field)\b|header (?:field )?(?:is )?(?:missing|invalid|malformed|required)|\bheader (?:syntax )?error|\bheader syntax\b|\bsubject (?:line |header |field )?(?:is )?(?:mandatory|required)\b|(?:not|non)[- ](?:RFC ?(?:5322|2822|822)|compliant)|(?:not|non)[- ]RFC[- ]?compliant|RFC ?(?:5322|2822) (?:section [\d.]+ )?compliant|bare (?:LF|CR|linefeeds?|newlines?)|\bstray (?:newline|LF|CR)\b|\bsmtplf\.html\b|\bSMTPUTF8\b[^\n]{0,40}?\b(?:is required|not (?:offered|supported|advertised))\b|message (?:is )?(?:malformed|corrupt)|malformed (?:message|MIME)|8-?bit (?:data|characters?) (?:not allowed|refused)|\bNUL (?:characters?|bytes?)\b|contains NULs?\b"
        + @"|(?:failed|unable) to parse (?:the )?message\b|(?:does not|doesn't) contain (?:a |any )?body\b|\bMissingEmailContent\b|bare ?(?:LF|CR|line ?feeds?|newlines?)|lone (?:CR|LF)\b|(?:invalid|bad|broken) MIME\b|\bMIME (?:boundary|part|structure|nesting)\w* (?:\w+ ){0,2}(?:exceeded|too (?:long|deep)|invalid|malformed)|\bline length\b|lines? (?:too long|longer than)|too long lines?|8-?bit (?:data|characters?) in (?:the )?(?:headers?|subject)|non-?ASCII characters? in (?:the )?headers?|\b(?:subject|headers?)\b[^\n.]{0,20}?\b(?:contains? )?(?:invalid|illegal|forbidden) characters?|multiple addresses in (?:the )?From:? header|\b(?:characters?|syntax)\b[^\n.]{0,25}?\b(?:disallowed|not (?:permitted|allowed))\b[^\n.]{0,25}?\bheaders?\b", // Exchange's "BareLinefeedsAreIllegal", "message has lines too long", "Subject contains invalid characters"
        Options)]
    private static partial Regex MessageFormat();

    /// <summary>
    /// A client's words for an EHLO it could not complete (PHPMailer, OpenCart): a conversation fault, unlike Postfix's
    /// "Helo command rejected:" of a host name.
    /// </summary>
    [GeneratedRegex(@"rejected (?:the )?EHLO command|EHLO (?:command )?(?:was )?not accepted", Options)]
    private static partial Regex EhloNotAccepted();

    /// <summary>
    /// The server's own parts failed, not the user's login: its login service or directory cannot be reached (Postfix's
    /// "SASL: Connect to private/auth failed", "can't contact LDAP server", "connection lost to authentication server"),
    /// or a daemon stopped (a Postfix "fatal:" log line, "mail system is down"), or a table it looks addresses up in
    /// failed ("mysql:/etc/postfix/virtual.cf is unavailable", "proxy:ldap:… lookup error"). Read before the transport
    /// families: "SASL: Connect to inet:dovecot:10001 failed: Connection refused" is refused to the server, not the user.
    /// </summary>
    [GeneratedRegex(@"\bSASL: Connect to \S+ failed|\b(?:proxy:)?(?:mysql|pgsql|ldap|sqlite|memcache|tcp|socketmap):\S+ (?:is unavailable|lookup error)\b|(?:connect(?:ion)?(?: lost)? to|lost connection (?:to|with)|" + EnglishWords.CouldNot + @" (?:contact|connect to|reach)) (?:the |an? )?(?:authentication|auth|LDAP|SQL|MySQL|PostgreSQL|database|directory|passdb|userdb) (?:server|service|backend|daemon)\b|\b(?:authentication|auth) (?:backend|service|server|daemon) (?:is )?(?:unavailable|not available|not running|down)\b|\bauth(?:entication)? process (?:is )?(?:broken|died|crashed)\b|\b(?:postfix|exim|sendmail|dovecot)[\w/-]*(?:\[\d+\])?: fatal:|mail system is down", Options)]
    internal static partial Regex OwnPartsFailed();

    /// <summary>The user's name or password called wrong in words ("username or password incorrect"), not an exception's name.</summary>
    [GeneratedRegex(@"\b(?:user ?name|login|password|credentials)(?: or (?:user ?name|login|password))? (?:is |are |was |were )?(?:incorrect|wrong|invalid|not valid)\b", Options)]
    private static partial Regex WrongCredentials();

    [GeneratedRegex(@"\bSMTP(?:SenderRefused|RecipientsRefused)\b", Options)]
    private static partial Regex ClientRefusalName();

    [GeneratedRegex(@"password (?:is )?too (?:simple|weak|short|common)|password (?:does not|doesn't) meet|(?:password|credentials) (?:has |have |is |are |was |were )?(?:been )?expired|password is no longer valid|expired password|password (?:for (?:this|your) account )?(?:must|needs to) be changed|password change (?:is )?(?:required|needed)|(?:must|need to|have to) change (?:your |the )?password (?:before|to) (?:log|sign)|password transition (?:is )?(?:needed|required)|\[EXPIRED\]"
        + @"|lösenordet har gått ut" // Swedish, outside the table's languages
        + "|" + ForeignWords.Password + @"[^\n.。]{0,30}?" + ForeignWords.Expired + "|" + ForeignWords.Expired + @"[^\n.。]{0,20}?" + ForeignWords.Password // a password or the credentials named as expired, either order
        + "|" + ForeignWords.Password + @"[^\n.。]{0,30}?" + ForeignWords.NoLonger + @"[^\n.。]{0,20}?(?:" + ForeignWords.Invalid + "|" + ForeignWords.Valid + ")", // … or as no longer valid
        Options)]
    private static partial Regex Expired();

    [GeneratedRegex(@"(?:account|mailbox|user|outgoing mail|outbound mail|sending)(?: \S+){0,4} (?:has been |is |was |been )?(?:temporarily )?(?:disabled|suspended|locked|blocked|deactivated|frozen|restricted|paused)|(?:account|mailbox)(?:/\w+)? (?:has |is |was )?(?:been )?expired\b|(?:disabled|deactivated|suspended|expired) (?:due to|because of|for) (?:\w+ )?inactivity|(?:e-?mail|mail) (?:outgoing|outbound|sending) (?:has been |is )?(?:blocked|disabled|suspended)|(?:outgoing|outbound) mail suspension|\baccount (?:has been |is |was )?(?:banned|terminated)\b|\bbanned (?:the|your|this) (?:\w+ )?account\b|(?:outgoing|outbound) mail hold\b|\[CONTACTADMIN\]|account (?:is )?not (?:yet )?(?:active|activated)|\bactivate your (?:\w+ )?account\b"
        + @"|compte (?:\S+ ){0,2}(?:a été |est )?(?:désactivé|bloqué|suspendu|verrouillé)|Konto (?:\S+ ){0,2}(?:wurde |ist )?(?:gesperrt|deaktiviert)|cuenta (?:\S+ ){0,2}(?:ha sido |está )?(?:bloqueada|suspendida|desactivada|deshabilitada)|account (?:\S+ ){0,2}(?:è stato |è )?(?:sospeso|bloccato|disattivato|disabilitato)|conta (?:\S+ ){0,2}(?:foi |está )?(?:bloqueada|suspensa|desativada|desactivada)|(?:учётн|учетн)\w* запис\w* (?:\S+ ){0,2}(?:заблокирован|отключен|приостановлен)\w*|аккаунт (?:\S+ ){0,2}(?:заблокирован|отключен|приостановлен)\w*|konto (?:\S+ ){0,2}(?:zostało )?(?:zablokowane|zawieszone|wyłączone)|account (?:\S+ ){0,2}(?:is |werd )?(?:geblokkeerd|uitgeschakeld|opgeschort)|hesab\w* (?:\S+ )?(?:askıya alındı|kilitlendi|engellendi)|účet (?:\S+ )?(?:byl )?(?:zablokován|pozastaven|deaktivován)|アカウント[^\n。]{0,10}?(?:停止|ロック|無効)|(?:账号|账户|帐号|帐户|帳號|帳戶)[^\n。]{0,6}?(?:冻结|凍結|封禁|锁定|鎖定|停用|禁用)|계정(?:이)? (?:잠겼|정지|비활성|차단)"
        + @"|(?:Senden|Versand)(?: \S+){0,5} (?:deaktiviert|gesperrt)\b|l'envoi(?: \S+){0,4} (?:a été |est )?(?:temporairement )?(?:désactivé|suspendu|bloqué)|(?:desactivado|deshabilitado|suspendido|bloqueado) (?:temporalmente )?el envío|el envío(?: \S+){0,4} (?:ha sido |está )?(?:temporalmente )?(?:desactivado|deshabilitado|suspendido|bloqueado)|l'invio(?: \S+){0,4} (?:è stato |è )?(?:temporaneamente )?(?:disattivato|disabilitato|sospeso|bloccato)|o envio(?: \S+){0,4} (?:foi |está )?(?:temporariamente )?(?:desativado|desactivado|suspenso|bloqueado)", Options)] // the same in other languages; sending switched off for the account
    private static partial Regex AccountOff();

    [GeneratedRegex(@"unencrypted connection|(?:use|enable|requires?) (?:" + TlsNamed + @"|an? (?:encrypted|secure) connection) (?:to|before|when|for) (?:log ?in|sign ?in|logging in|signing in|authenticat\w+|send(?:ing)? (?:mail|e-?mail|messages))|(?:logins?|sign-?ins?|authentication) (?:is |are )?only (?:allowed|permitted|possible|accepted) (?:over|on|via|through|with) (?:an? )?(?:encrypted|secure|SSL|TLS)|only (?:accepts|allows|permits) (?:logins?|sign-?ins?|authentication|passwords?) (?:over|on|via|through|with) (?:an? )?(?:encrypted|secure|SSL|TLS)|only (?:accepts|allows|permits) (?:encrypted|secure|SSL|TLS) connections|(?:insecure|unencrypted|plain ?text|non-(?:TLS|SSL|secure|encrypted)) (?:connection|channel)s?\b|STARTTLS (?:command )?first|STARTTLS (?:is )?(?:obligatory|mandatory)|\b(?:TLS|SSL|STARTTLS|encryption) must be (?:activated|enabled|turned on|used)\b|must issue a STARTTLS|encryption (?:is )?required|(?:SSL/)?TLS (?:is )?required(?!,? but)|\b(?:TLS|SSL)(?:/SSL|/TLS)?(?:v\d)?[- ](?:connection|conversation|session) (?:is )?required|(?:authentication|log ?in|login|AUTH|USER|PASS)(?: command| \S+)? (?:requires?|needs?) (?:either )?" + TlsNamed + @"|\bonly (?:valid|allowed|available|permitted) (?:after entering|under|over|in|with|via) (?:an? )?(?:TLS|SSL|STARTTLS|secure|encrypted|security)? ?(?:mode|layer|connection)\b|(?:disabled|not allowed|not permitted) (?:on|over|via) (?:the |an? )?(?:clear|plain)-?text (?:port|connection)|\bauthenticate (?:over|on|via) (?:an? )?(?:plain|clear)-?text\b|requires? (?:an? )?(?:secure|encrypted) connection|\b(?:secure|encrypted|SSL|TLS) connection (?:is )?requie?red\b|requires? (?:TLS |SSL |STARTTLS )?encryption\b|without (?:SSL/TLS|TLS|SSL) (?:encryption )?is not allowed|\[PRIVACYREQUIRED\]|plaintext authentication (?:is )?(?:disallowed|not allowed|disabled)|(?:cleartext|clear text|plain ?text) (?:logins?|auth\w*|passwords?) (?:is |are )?(?:disabled|disallowed|not (?:allowed|permitted|supported))|(?:disallowed|disabled) plain ?text auth|insecure server advertised AUTH|\bLOGINDISABLED\b|LOGIN (?:command )?is disabled|(?<!AUTH[ =])(?-i:\bLOGIN) disabled (?:on|by) (?:this|the) server\b|\bserver forbids (?-i:LOGIN)\b|because (?:the )?connection is not encrypted|\bserver requires? " + TlsNamed + @"|disabled the LOGIN command|\bLoginDisabledError\b"
        + "|" + ForeignWords.Missing + @"[^\n.。]{0,15}?" + ForeignWords.SecureConnection + "|" + ForeignWords.Required + @"[^\n.。]{0,15}?(?:" + ForeignWords.SecureConnection + "|(?<!base64 ?)" + ForeignWords.Encrypted + "|" + TlsNamed + ")|(?:" + ForeignWords.SecureConnection + "|" + ForeignWords.Encrypted + "|" + TlsNamed + @")[^\n.。]{0,15}?(?:" + ForeignWords.Missing + "|" + ForeignWords.Required + ")" // a secure connection or encryption missing or required, either order, in other languages
        + @"|\b(?:lack|absence) of (?:an? )?(?:secure|encrypted|SSL|TLS) (?:connection|channel)\b|\bdue to (?:an? )?lack of privacy\b" // Horde's "failed due to a lack of a secure connection", RFC 5530's PRIVACYREQUIRED text
        + @"|\b(?:was|is)(?: not|n['’]t) sent over (?:an? )?(?:TLS|SSL|secure|encrypted) connection\b" // Gmail's 4.7.29 and 5.7.29: mail to it must come over TLS
        + @"|\baccepts? (?:messages|mail|connections) only (?:over|on|via|with) (?:an? )?(?:encrypted|secure|SSL|TLS)\b", // Zimbra's "Server accepts messages only on TLS connection"
        Options)]
    private static partial Regex TlsFirst();

    /// <summary>
    /// A rate limit imposed because of the message's SPF, DKIM or DMARC results or the sending host's reverse DNS
    /// (Gmail's 4.7.26, 4.7.27, 4.7.30, 4.7.40: "rate limited because SPF authentication didn't pass"; 4.7.0 and 4.7.24:
    /// a PTR or SPF record at fault, then "rate limited"): a policy the sender meets by fixing its setup, not a limit
    /// that passes by waiting. Not a limit for the volume of unsolicited mail from an "SPF domain" (4.7.28).
    /// </summary>
    [GeneratedRegex(@"\brate limited\b[^\n]{0,40}?\b(?:because|due to)\b[^\n]{0,120}?(?:" + MessageAuthenticationWords + @"|\bPTR record|\bunauthenticated\b)|\b(?:PTR|SPF) record\b[^\n]{0,200}?\brate limited\b", Options)]
    private static partial Regex LimitedForAuthentication();

    [GeneratedRegex(@"authentication (?:is )?(?:required|needed)|(?:sign|log) ?in before (?:sending|you (?:can )?send)|(?:send|issue) (?:an )?AUTH (?:command )?first|(?:must|should) (?:be )?authenticat|(?:not|un)authenticated (?:sender|user|client|relay|submission|connection|mail relay)s?\b|client was not authenticated|not authenticated|without (?:proper |prior |valid )?authentication\b|(?:does not|doesn't) have permissions? to submit (?:mail |messages )?to this server|(?:has|have) not been authenticated|(?:is |are |were |was )?not logged ?in|must (?:be )?log(?:ged)? ?in|log ?in (?:is )?required|(?<!(?:does not|doesn't|do not|don't|no longer) )requires? authentication|please authenticate|authenticate first|SMTP AUTH (?:is )?required|\bAuthenticationRequired\b|\bPOP[- ]before[- ]SMTP\b|(?:check|receive|read|get|fetch) (?:your |the )?(?:mail|e-?mail|messages) (?:first )?before sending|first check (?:your |the )?(?:mail|e-?mail|messages)\b|\b5\.7\.57\b|\b5\.7\.30\b"
        + @"|認証が必要|需要(?:身份)?(?:验证|認證|认证)|требуется (?:аутентификация|авторизация)|необходима (?:аутентификация|авторизация)|Authentifizierung (?:ist )?erforderlich|authentification (?:est )?(?:requise|n[ée]cessaire)|autenticaci[oó]n (?:es )?(?:requerida|necesaria)|autentica[çc][ãa]o (?:[ée] )?(?:necess[áa]ria|obrigat[óo]ria)|autenticazione (?:è )?(?:richiesta|necessaria)|wymagane uwierzytelnienie|vyžadováno ověření"
        + @"|se requiere autenticaci[óo]n|(?:verificatie|authenticatie) (?:is )?vereist|인증이 필요|kimlik doğrulaması gerekli|autentisering krävs", Options)] // the same in other languages
    private static partial Regex LoginFirst();

    [GeneratedRegex(@"maildrop (?:is )?busy|" + EnglishWords.CouldNot + @" (?:get (?:a |the )?)?lock\b|only one (?:connection|session)|(?:mailbox|maildrop)(?: is)? (?:already |currently )?locked|(?:mailbox|maildrop) (?:is )?(?:already |currently )?in use|already locked|too many (?:\w+ ){0,2}(?:connections?|sessions|logins|clients)\b|concurrent connections? limit|concurrency (?:limit|exceeded)|connection ?limit|\b(?:process|client)_limit \(\d+\) reached|maximum number of (?:\w+ ){0,2}(?:connections|sessions)|exceeded the number of (?:\w+ ){0,2}connections\b|\[IN-USE\]|\[INUSE\]|locked by another|in use by another|\banother (?:\w+ )?(?:connection|session|sync(?:hroni[sz]ation)?|instance) (?:is |was )?(?:already )?(?:open|active|running|in progress|established)\b|\bsecond (?:\w+ )?(?:connection|session) (?:cannot|can't|could not|may not) be (?:set up|opened|established|made)|\balready (?:an? |one )(?:e-?mail |mail |open |active )?(?:connection|session) (?:open|active|via|to|in progress|established)\b|\balready being sync(?:ed|hroni[sz]ed)\b|\bMailboxLocked|sender thread limit|concurrent (?:connections|sessions)|\b\w*max_\w*connections\b|\block (?:is )?busy\b"
        + @"|trop de connexions|zu viele (?:\w+ )?Verbindungen|demasiadas conexiones|troppe connessioni|(?:conexões|ligações) (?:em excesso|demais)|excesso de (?:conexões|ligações)|слишком много (?:\w+ )?(?:подключений|соединений|сессий)|zbyt (?:wiele|dużo) (?:\w+ )?połączeń|te veel (?:\w+ )?verbindingen|příliš mnoho (?:\S+ )?(?:připojení|spojení)|çok fazla (?:\S+ )?bağlantı|muitas (?:\S+ )?conexões|接続が多すぎ|너무 많은 (?:\S+ )?연결|för många anslutningar" // the same in other languages
        + @"|接続数(?:が|の)(?:多すぎ|上限|制限)|セッション(?:の)?(?:上限|制限)数?を?超え|同時接続数|连接数(?:过多|太多|超过|超限)|(?:连接|連線|連接)(?:过多|過多)|연결이 너무 많|연결 수(?:가)? 초과", Options)]
    private static partial Regex Connections();

    [GeneratedRegex(@"too many (?:\w+ )?(?:attempts|requests|commands)|(?:connection |sending |send |login )?frequency (?:limit(?:ed)?|exceeded)|limits? (?:for|of|on) (?:your|this|the) (?:account|user|mailbox|domain)|(?:account|user|usage) limits?(?: \w+){0,3} (?:exceeded|reached)|rate[ -]?limit|\b(?:e-?)?mail limit\b(?: \w+){0,4} (?:has been |was |is )?(?:reached|exceeded|hit)\b|too (?:many|much) (?:recent |unsent )?(?:messages|e-?mails|mails?|recipients?)\b(?! data)|too many errors|(?:too (?:many|much)|excessive) (?:login |auth\w* |logon )?failures|\bflooding (?:our|the|this) (?:\w+ )?server\b|too (?:many|much) (?:login|auth\w*|logon) errors|(?:excessive|unexpected|unusual|high) (?:sending |mail |message )?volume|(?:maximum|max) (?:number of )?(?:messages?|e-?mails?|recipients)\b(?! size| length) (?:\S+ ){0,4}(?:exceeded|reached)|(?:messages?|mails?|e-?mails?|recipients?|RCPT) per (?:session|connection) limit|\b(?:max(?:imum)?|limit of) (?:number of )?(?:messages?|mails?|e-?mails?|recipients?|RCPTs?) per (?:session|connection|message)\b|\b(?:heavy|excessive) (?:usage|use)\b|limits? (?:\w+ ){0,8}per (?:\d+ )?(?:second|minute|hour|day)s?\b|per (?:second|minute|hour|day) (?:\w+ ){0,3}limit|exceeded (?:\w+ ){0,2}(?:permitted|allowed) limits?|(?:sending|sender|message|submission|outgoing|outbound|relay|send|daily|hourly) (?:limit|quota)s?\b|(?:limit|quota) (?:of|on) (?:\w+ ){0,3}(?:messages|e-?mails|recipients)|(?:daily|hourly) (?:user |message |sending |mail )*(?:limit|quota)|(?:exceed\w*|over|reached) (?:the |your |its )?(?:\w+ ){0,2}(?:sending|send|messag\w*|mail(?:ing)?|e-?mails?|daily|hourly|hour|day|relay|outbound|outgoing|recipients?) (?:limit|quota)s?\b|bandwidth (?:limits? )?(?:exceeded|reached)|exceeded (?:the |its |your )?(?:\w+ ){0,2}bandwidth|SubmissionQuotaExceeded|SendQuota|(?:message|recipient|submission|connection) rate|throttl|\[LOGIN-DELAY\]|messages per (?:day|hour|minute)|reached (?:your|the) (?:\w+ ){0,4}limit|unexpected volume|too many (?:login|sign-?in|authentication) attempts|too many times|too (?:often|frequent\w*)|too quickly|at a rate that|(?:daily|hourly) (?:\w+ ){0,3}(?:limit|quota)|(?<!size |storage |mailbox |disk |line |length )\blimit (?:has been |was )?exceed(?:ed)?\b(?!:? (?:\w+ ){0,3}size\b)"
        + @"|(?:limit|quota) (?:of|on|for) (?:[\w-]+ ){0,6}(?:messages|e-?mails|mails|recipients|sends|requests|commands)\b|(?:limit|quota) (?:of|on|for) sending\b|exceed\w* (?:the |your |its )?(?:maximum|max|allowed|permitted) (?:number of )?(?:messages|e-?mails|mails|recipients)\b|\bmessages? (?:limit|quota)s?\b|\b(?:credits?|package) (?:limit )?exceeded\b|\bslow(?:ing)? down\b|\btoo fast\b|\bexceed\w* (?:the |your |its )?(?:login|logon|sign-?in|request|command|download|bandwidth) limits?\b|\brate (?:exceeded|reached)|\b(?:hourly|daily) rate\b|\bquota (?:will )?resets?\b" // "The limit on the number of allowed outgoing messages was exceeded", "Please slow down"
        + @"|\b\d[\d,.]* (?:messages?|e-?mails?|mails?|recipients?|sends?) ?(?:/|per|an?|each|every) ?(?:\d+ )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|24 ?hours?)\b" // "limited to 100 messages / hour", "5 recipients per 5 minutes"
        + @"|\b(?:number|total|count) of (?:\w+ ){0,2}(?:recipients|RCPTs?|messages|e-?mails)(?: \w+)? (?:\w+ ){0,3}(?:reached|exceeded|achieved|hit|over) (?:the |its |a )?(?:maximum|max|limit|threshold)|\b(?:number|total|count) of (?:\w+ ){0,2}(?:recipients|RCPTs?|messages|e-?mails) (?:has been |was |is )?exceeded\b|\b(?:RCPT|recipients?) (?:count )?limit (?:reached|exceeded|hit)\b|\b(?:messages?|e-?mails?|mails?|sends?) count (?:exceeded|limit)" // "the total of RCPTs is achieved the maximum threshold"
        + @"|(?:exceed\w*|reached) (?:the )?(?:[\w-]+ ){0,6}per (?:second|minute|hour|day)\b|(?:sent|send\w*|mails?|messages?|e-?mails?|recipients?) (?:[\w.-]+ ){0,8}(?:(?:in|within|during) the (?:last|past) (?:\d+ |few )?(?:seconds?|minutes?|hours?|days?)\b|(?:in|within|during|over) (?:an?|one|any|each|the) (?:rolling )?(?:\d+[- ]?)?(?:seconds?|minutes?|hours?|days?)[- ]period\b)" // a count over a period: "exceeded the allowed recipients per day", cPanel's "exceeded the max defers and failures per hour", "you sent too many mails in the last 10 minutes", "sent emails within a 24-hours period"
        + @"|w ciągu ostatniej (?:godziny|doby|minuty)|nell'ultima ora|nelle ultime \d+ ore|in der letzten (?:Stunde|Minute)|in den letzten \d+ (?:Minuten|Stunden)|en la última hora|(?:dans|au cours de) la dernière heure"
        + @"|numero eccessivo di (?:messaggi|e-?mail|invii)|(?:superato|raggiunto) (?:il )?limite (?:\w+ ){0,2}(?:invio|messaggi|e-?mail)|limite (?:\w+ )?(?:di|d') ?invio"
        + @"|limit\w* (?:\w+ ){0,3}wysy[łl]an\w*|limit\w* wysy[łl]ki|(?:denní|hodinov\w*|odesílací) (?:\w+ )?kvót\w*|denní limit|每日(?:发送|發送)限制|일일 (?:\S+ )?한도|limit (?:\w+ )?odesl\w*"
        + @"|(?:Versand|Sende)-?(?:limit|kontingent|quote)|(?:zu viele|zuviele) (?:\w+ )?(?:Nachrichten|E-?Mails|Mails)"
        + @"|límite (?:\w+ )?de (?:envío|mensajes|correos)|demasiados (?:mensajes|correos)|limite d'envoi|quota d'envoi|trop de (?:messages|courriels|mails)|limite (?:\w+ )?de envio|excedeu o limite"
        + @"|лимит\w* (?:\w+ ){0,2}(?:отправк\w*|писем|сообщений)|превышен\w* (?:\w+ ){0,2}лимит|слишком много (?:писем|сообщений)"
        + @"|verzendlimiet|te veel (?:berichten|e-?mails)|sändningsgräns|för många (?:meddelanden|e-?postmeddelanden)|gönderim (?:sınırı|limiti)|çok fazla (?:e-?posta|ileti|mesaj)|(?:발송|전송) (?:한도|제한)"
        + @"|zu viele (?:\S+ ){0,2}(?:Versuche|Anmeldeversuche|Anfragen)|trop de (?:\S+ ){0,2}(?:tentatives|requêtes)|demasiados (?:\S+ ){0,2}(?:intentos|solicitudes)|troppi (?:\S+ ){0,2}(?:tentativi|richieste)|(?:muitas|demasiadas) (?:\S+ ){0,2}(?:tentativas|solicitações)|слишком много (?:\S+ ){0,2}(?:попыток|запросов)|zbyt (?:wiele|dużo) (?:\S+ ){0,2}(?:prób|żądań)|te veel (?:\S+ ){0,2}\w*(?:pogingen|verzoeken)|przekroczono (?:\S+ ){0,3}liczbę (?:\S+ ){0,2}prób|(?:登录|登入|登錄)失败(?:太多|过多)|失敗し(?:過ぎ|すぎ)|시도 횟수(?:를|가)? 초과|příliš mnoho (?:\S+ ){0,2}(?:pokusů|požadavků)|çok fazla (?:\S+ ){0,3}(?:deneme|istek|girişim)|(?:尝试|嘗試|请求|請求)次数?(?:过多|太多)|試行回数が(?:多すぎ|上限)|시도 (?:횟수가 )?너무 많" // too many attempts, in other languages
        + @"|送信(?:数|件数)?の?(?:上限|制限)|发送(?:频率|数量|次数)?(?:过于频繁|过快|超过?限制|超限|上限)|發送(?:頻率|數量|次數)?(?:過於頻繁|過快|超過?限制|上限)|发信(?:频率|数量)|超(?:出|过)了?限(?:额|定)", // the same in the languages providers gloss their replies in
        Options)]
    private static partial Regex Rate();


    [GeneratedRegex(@"\bbanned\b|block ?list|black ?list|\blisted\b", Options)]
    private static partial Regex ListedOrBanned();

    [GeneratedRegex(@"\b(?:block|black) ?list(?:ed)?\b|" + BlockListName, Options)]
    private static partial Regex BlockList();

    /// <summary>
    /// Spam said of who sends (a spam sender, source or network, a spammer, a host that sent spam, the sending
    /// behaviour): their reputation.
    /// </summary>
    [GeneratedRegex(@"\bspam (?:senders?|sources?|hosts?|domains?|IPs?|servers?|origins?|networks?|gangs?|operations?)\b|\bspammers?\b|\bspamm?ing\b|(?:source|origin) of (?:\w+ )?spam|(?:known|suspected|confirmed) (?:to (?:send|be sending) )?spam\b|(?:sends?|sent|sending|send out) (?:\w+ ){0,2}spam\b|spam (?:from|originating from|coming from) (?:your|this|the) (?:IP|host|server|domain|network)|\b(?:spam|sending|mailing) behaviou?r\b|\bbehaviou?r spam\b", Options)]
    private static partial Regex SpamSource();

    /// <summary>
    /// Whether the only spam a reply names is the reason for a rule ("to best protect our users from spam"): the text is
    /// scanned again only when such a reason is there.
    /// </summary>
    private static bool SpamNamedOnlyAsRationale(string text)
        => SpamRationale().IsMatch(text) && !Spam().IsMatch(SpamRationale().Replace(text, " "));

    /// <summary>
    /// Spam named as the reason a policy exists, not as a verdict on the message: Gmail's "To best protect our users
    /// from spam and phishing, the message has been blocked" after a failed SPF check, "To reduce the amount of spam
    /// sent to Gmail" after a malformed header.
    /// </summary>
    [GeneratedRegex(@"\b(?:protect|reduce|prevent|fight|combat)\b[^\n.;]{0,40}?\bspam\b(?: and phishing)?(?: sent to \w+)?", Options)]
    private static partial Regex SpamRationale();

    /// <summary>
    /// A verdict on a message's content: the message or its content called spam, junk or unsolicited.
    /// </summary>
    [GeneratedRegex(@"(?:message|mail|e-?mail|content|body)\b[^\n.;]{0,40}?\b(?:spam|junk|unsolicited)\b|\b(?:spam|junk)(?:my)? (?:message|mail|e-?mail|content|score|filter|rules?)|\bas (?:spam|junk)\b|like (?:spam|junk)\b|\bconsider(?:s|ed)?\s+(?:(?:it|this|that|the message|your message)\s+)?(?:to\s+be\s+|as\s+)?(?:spam|junk)\b", Options)]
    private static partial Regex SpamVerdict();

    /// <summary>
    /// Exchange's words for a TLS session that failed with the remote server, inside its own relay summary: the
    /// Schannel status ("451 4.4.0 Security status IllegalMessage", "InvalidToken") or "TLS negotiation failed with error …".
    /// </summary>
    [GeneratedRegex(@"\bSecurity status (?:IllegalMessage|InvalidToken|AlgorithmMismatch|MessageAltered|DecryptFailure|IncompleteMessage|InternalError|UnsupportedFunction)\b|\bTLS negotiation failed\b", Options)]
    private static partial Regex ExchangeTlsStatus();

    /// <summary>Exchange's status for the remote server's certificate in its relay summary (<c>[Message=CertificateExpired …]</c>).</summary>
    [GeneratedRegex(@"\[Message=Certificate(?:Expired|Revoked|NotValidYet|NameMismatch|Untrusted\w*)\b", Options)]
    private static partial Regex ExchangeCertificateStatus();

    /// <summary>A TLS version the server no longer accepts (Microsoft's and others' TLS 1.0/1.1 retirement).</summary>
    [GeneratedRegex(@"TLS ?(?:v?1\.[01]|version)|(?:SSL|TLS) (?:protocol )?versions? (?:is |are )?not supported|upgrade (?:\w+ ){0,3}to (?:support )?TLS ?1\.[23]", Options)]
    private static partial Regex OldTls();

    [GeneratedRegex(@"(?<![@.])\b(?:spam|junk)\b(?![@.]\w)|OutboundSpam|unsolicited|inappropriate (?:words|content|language)|(?:message|mail|e-?mail) content (?:was |is )?(?:rejected|denied|refused|blocked|not accepted)|\bcontent reject|\bvirus\b|\bmalware\b|message (?:was |has been )?filtered|\b(?:URIBL|SURBL|dspam|rspamd|SpamAssassin)\b|\b(?:hits|score)=-?\d+(?:\.\d+)? required=\d|\bbulk (?:mail|e-?mail)\b(?! senders?\b)|mass[- ]?mail(?:er|ing)\b|(?:blocked|rejected|refused) (?:because of|because|due to|for) (?:its |the |the message'?s? |this message'?s? )?(?:banned |forbidden |prohibited |suspicious |dangerous )?content\b|\bDT:SPM\b|\bid=[\w-]+ - (?:INFECTED|BANNED)\b|message is suspicious|suspicious (?:content|message|links)|\bphishing\b|attachment (?:type |extension |file )?(?:\S+ )?(?:that |which )?(?:is |was |has been )?(?:not allowed|not permitted|disallowed|forbidden|prohibited|blocked)|(?:forbidden|prohibited|blocked|dangerous|banned) (?:attachment|file) (?:type|extension|name)s?\b|\b(?:blocked|disallowed|rejected|unsafe) attachments?\b|\bfile (?:type|extension|name)s? (?:\S+ ){0,2}(?:is |are |was )?(?:not allowed|not permitted|disallowed|forbidden|prohibited|blocked)\b|(?:illegal|forbidden|prohibited|dangerous|banned) attachments?\b"
        + @"|\b(?:message|mail|e-?mail)\b[^\n]{0,30}?\b(?:rejected|blocked|refused|denied|stopped) by (?:\S+ ){0,3}anti-?spam\b" // "Your message was blocked by NetEase AntiSpam+" (a host blocked by one is its standing)
        + @"|\bspam(?:filter|u|ov\w+)\b|\bfiltr\w* spam|спам|垃圾(?:邮件|郵件)|スパム|迷惑メール|스팸", Options)] // the corpus guide: a forbidden attachment type is a verdict on the message
    private static partial Regex Spam();

    [GeneratedRegex(@"not authori[sz]ed to perform\b", Options)]
    private static partial Regex NotAuthorizedToPerform();

    [GeneratedRegex(@"rcpthosts|\bI cannot deliver mail for\b|\brelay(?:ing)? attempt (?:from|by) [^\n]{0,120}?\b(?:rejected|denied|refused|blocked)\b|(?:allowed|permitted) to be relayed|relayed thr(?:ough|u)|unauthori[sz]ed relay(?:ing)?\b|relay(?:ing)?\)?(?: access| operation| request| attempt| service| traffic)? (?:is |was )?(?:denied|not permitted|prohibited|not allowed|disallowed|refused|rejected|blocked)(?! as\b)|(?:unable|not allowed|not permitted|not authori[sz]ed|not configured) to relay|we do not relay|(?:" + EnglishWords.CouldNot + @"|may not|will not|won't|would not|wouldn't|does not|doesn't|did not|didn't) relay\b|\b(?:as|not) an? (?:open )?relay\b|relay not permitted|(?:required|needed|credentials) for relay(?:ing)?\b|no relaying|RelayDenied|relay access|denies relay(?:ing)?|(?:does not|doesn't|not) allow relay(?:ing)?|local (?:users?|recipients?) only|not a gateway\b|relay(?:ing)? (?:[\w.-]+ ){0,4}without (?:SMTP )?auth\w*"
        + @"|relais (?:\w+ )?(?:refusé|interdit|non autorisé)|relayage (?:\w+ )?(?:refusé|interdit)|(?:Relaying|Weiterleitung) (?:\w+ )?(?:verweigert|nicht erlaubt|abgelehnt)|(?:retransmisión|reenvío|relay) (?:\w+ )?(?:denegad[oa]|no permitid[oa])|(?:relay|inoltro) (?:\w+ )?(?:negato|non consentito|non permesso)" // the same in other languages
        + @"|(?:retransmissão|reencaminhamento|relay) (?:\w+ )?(?:negad[oa]|não permitid[oa])|(?:пересылка|релей|ретрансляция) (?:\S+ )?(?:запрещен\w*|не разрешен\w*)|中継(?:は|が)?(?:拒否|許可されていません)|リレー(?:は|を)?拒否|(?:不允许|拒绝)中继|中继(?:被拒绝|不允许)|不允許(?:轉送|中繼)|릴레이(?:가|를)? 거부|ne relaie pas|(?:no|não) retransmit\w*|(?:不会|不能|无法)中继|中継しません|릴레이하지 않", Options)]
    private static partial Regex Relay();

    [GeneratedRegex(@"(?:relay(?:ing)?|send(?:ing)?) (?:is )?(?:denied|not permitted|not allowed|disallowed) as\b|(?:sender|from) (?:address |domain )?(?:must|does not|doesn't) match|(?:from|sender) address must use|(?:sender|from) (?:address )?(?:must|should|has to) be (?:the )?same|(?:from|sender|envelope) address(?:es)? (?:is |are )?not (?:\w+ ){0,3}(?:yours|your (?:\w+ )?address(?:es)?|owned|registered)|(?:not (?:allowed|authori[sz]ed|permitted)|permissions?) to send (?:e-?mail |mail )?(?:as|on behalf of)\b|(?:e-?mail )?address (?:is )?not verified|SMTPSenderRefused|(?:for|in) (?:the )?sender address|(?:incorrect|invalid|bad|wrong|unknown) sender|sender (?:\w+ )?(?:is )?(?:incorrect|invalid|not valid|mismatch|not (?:allowed|permitted|authori[sz]ed))|sender address rejected|not owned by (?:auth(?:ori[sz]ed)? )?user|SendAs\w*Denied|send as (?:this sender|permission)|sender(?: address)? (?:is |has been |was )?(?:not allowed|rejected|denied|refused|blocked)|blocked senders?\b|(?:sender|from)(?: address)?:? domain (?:is )?(?:invalid|not found|does not exist)|(?:unconfigured|unverified|unknown|invalid|unauthori[sz]ed) sending domain|(?:sending|sender|from)(?:/sender)? domain (?:is )?not (?:configured|verified|allowed)|(?:from|sender) address (?:is )?(?:not (?:allowed|verified|permitted)|invalid)|\b5\.7\.60\b"
        + @"|domain of (?:the )?sender(?: address)?|\b(?:from|sender)(?: address)?:? ?(?:domain )?must resolve\b|\bunresolvable (?:\S+ ){0,2}(?:from|sender|envelope)(?: address)? domain\b|\bsender(?:'s)? (?:address |domain )?(?:\S+ )?(?:does not|doesn't) exist|unauthori[sz]ed (?:use of (?:the )?)?(?:envelope )?sender|sender (?:domain |address )?(?:is )?unknown|sender address syntax|syntax error in (?:the )?sender(?:'s)? address\b|\bsender(?:'s)? (?:address |e-?mail )?domain (?:\S+ )?(?:does not have|doesn't have|has no) (?:any |an? )?(?:MX|DNS|A|address)\b"  // sendmail's "Domain of sender address … does not exist", "unauthorized sender", "Unauthorized use of sender address"
        + @"|(?:sender|from)(?: address)? (?:is )?not (?:the )?same as|\b(?:sender|from)\b[^\n]{0,80}? must (?:match|be the same as|belong to) (?:your |the )?(?:authenticat\w*|log(?:ged)? ?in)\b|(?:originator|sender|from)(?: e-?mail)? address (?:does not|doesn't|did not) match|\bnull sender\b" // a sender other than the login; the empty sender <> of bounces
        + @"|return (?:mail |e-?mail )?address (?:was |is )?invalid" // Thunderbird's own words for a refused MAIL FROM
        + @"|not (?:authori[sz]ed|allowed|permitted) to send (?:mail |e-?mail |messages )?(?:from|as) (?:that|this|the|your) (?:e-?mail |sender )?address" // SendGrid's "You are not authorized to send from that email address"
        + @"|not (?:allowed|permitted) in (?:the )?(?:header From|From:? header)" // a domain refused in the From header
        + @"|(?:sender|from)(?: account| address)? (?:does not|doesn't) conform with (?:the )?authenticat", // Alibaba's "MAIL FROM doesn't conform with authentication"
        Options)]
    private static partial Regex Sender();

    /// <summary>A sender verification (Exim's callout to the sender's domain) that failed.</summary>
    [GeneratedRegex(@"sender verif\w* failed", Options)]
    private static partial Regex SenderVerifyFailed();

    // A recipient refused, also in the words of Gmail's and Exchange's bounces ("… because the address couldn't be found,
    // or is unable to receive mail", "The email address you entered couldn't be found", "The recipient's e-mail address
    // was not found in the recipient's e-mail system", "user wasn't found at …", "No se pudo encontrar la dirección de
    // correo electrónico que escribiste").
    [GeneratedRegex(@"(?:(?<!sender['’]s )e-?mail address(?: you entered)?|because the address) (?:" + EnglishWords.CouldNot + @" be|was not) found|\S wasn['’]t found at \S|"
        + @"SMTPRecipientsRefused|no valid recipients\b|\b(?:due to|because of) invalid address(?:\(es\)|es)?|\ball recipients (?:are|were) invalid\b|\bfollowing (?:recipient )?addresses (?:are|were) invalid\b|(?:recipient|addressee|user)(?: name)? (?:is |was )?not recogni[sz]ed|too many hops|hop count exceeded|mail(?:ing)? loop|routing loop|loops back to myself|user unknown|addressee unknown|does not like recipient|invalid mailbox|mailbox \S+ (?:is )?unavailable|(?:user|recipient|address|mailbox) (?:does not|doesn't|did not|didn't) have an? (?:\S+ )?(?:account|mailbox)|unknown (?:user|recipient)|no such (?:user|mailbox|recipient|address)|recipient address rejected|mail[- ]?box (?:not found|unavailable|does not exist|is unavailable)|no (?:such )?mail[- ]?box (?:was )?found|(?:address|recipient|rcpt|user|mailbox)(?: <[^>\s]*>)? does not exist|invalid recipient|recipient(?: address)? (?:was|has been) (?:rejected|refused)|unrouteable address|recipient (?:\w+ )?(?:not (?:found|valid|allowed|in)|rejected|unknown|invalid|prohibited)|RecipientNotFound|banned recipient|delivery not authori[sz]ed|RESOLVER\.ADR|recipient (?:\w+ )?unsubscribed|\bsuppression list\b|\b(?:recipient|address)(?: address)? (?:was |is |has been )?suppressed\b|\bbadrcptto\b|(?:recipient(?:'s)? |destination )?domain(?: \S+)? (?:not found|does not exist|doesn't exist)|bad recipient|recipient (?:address )?syntax|syntax error in (?:the )?recipient(?:'s)? address\b|unverified address|verify (?:the )?(?:recipient )?address|account (?:\w+ ){0,5}does not exist|\be-?mail(?: address)? (?:does not|doesn't|not) exists?\b|address unknown|unknown address|(?:permission|not allowed|not authori[sz]ed) to send to (?:it|this (?:recipient|group|address)|the recipient)|restricted (?:recipient|group)|(?:address|recipient|mailbox|user|account|e-?mail)\b[^\n.;]{0,60}?\b(?:is )?no longer (?:valid|active|available|in use|exists?)\b|\bnot an? (?:valid|known|local) (?:recipient|user|mailbox|address)\b|\bnot in the form required for an? e-?mail address\b|\bplease (?:provide|enter|specify) a valid (?:e-?mail )?address\b|(?:recipient|rcpt|mailbox|user|address)\b[^\n.;]{0,60}?\b(?:doesn'?t|dosn'?t|does not|not) exists?\b"
        + @"|destinataire (?:\S+ )?(?:inconnu|introuvable|inexistant)|(?:adresse|utilisateur) (?:\S+ )?(?:inconnue?|inexistante?)|adresse n'existe pas|Empfänger(?:adresse)? (?:\S+ )?(?:unbekannt|existiert nicht|nicht gefunden)|(?:Benutzer|Adresse) (?:\S+ )?(?:unbekannt|existiert nicht)|unbekannter (?:Empfänger|Benutzer)|destinatario (?:\S+ )?(?:desconocido|sconosciuto|inesistente|no existe|non esiste)|(?:usuario|dirección|utente|indirizzo) (?:\S+ )?(?:desconocid[oa]|sconosciut[oa]|inexistente|inesistente|no existe|non esiste)|no se pudo encontrar la dirección de correo|destinatário (?:\S+ )?(?:desconhecido|inexistente|não existe)|(?:usuário|utilizador|endereço) (?:\S+ )?(?:desconhecido|inexistente|não existe)|получател\w* (?:\S+ )?(?:не найден|не существует|неизвестен)|(?:пользовател|адрес|ящик)\w* (?:\S+ ){0,2}не существует|нет такого (?:пользователя|адреса|ящика)|несуществующ\w* (?:адрес|ящик|пользовател)|(?:adresat|odbiorca|użytkownik) (?:\S+ )?(?:nie istnieje|nieznany)|nieznany (?:adresat|odbiorca|użytkownik)|(?:příjemce|uživatel|adresa) (?:\S+ )?neexistuje|(?:ontvanger|gebruiker) (?:\S+ )?(?:onbekend|bestaat niet)|onbekende (?:ontvanger|gebruiker)|(?:mottagaren|användaren|adressen) (?:\S+ )?(?:finns inte|är okänd)|(?:alıcı|kullanıcı) (?:\S+ )?bulunamadı|(?:宛先|メールアドレス|ユーザー|アカウント)[^\n。]{0,15}?(?:存在しません|見つかりません)|(?:收件人|用户|用戶|邮箱|郵箱|帐户|账户|帳號)[^\n。]{0,6}?不存在|查无此人|无此用户|(?:받는 사람|수신자|사용자|메일 주소)[^\n.]{0,15}?(?:찾을 수 없|존재하지 않)|존재하지 않는 (?:사용자|주소|계정|메일)", Options)] // the same in other languages
    private static partial Regex Recipient();

    /// <summary>
    /// A server response longer than the client's own limit (Python imaplib's <c>_MAXLINE</c>, Ruby net-imap's
    /// <c>max_response_size</c>): the client gave up reading, no message was refused for its size; so too a command
    /// line or literal longer than the server's limit (Dovecot's "command or literal size is too large").
    /// </summary>
    [GeneratedRegex(@"\bgot more than \d+ bytes|ResponseTooLargeError|\bmax_response_size\b|\bcommand or literal size (?:is )?too large", Options)]
    private static partial Regex ResponseOverClientLimit();

    [GeneratedRegex(@"\bTOOBIG\b|size of (?:the )?(?:\w+ ){0,2}(?:message|attachments?|e-?mail)s? (?:is )?(?:above|over|exceeds|beyond) (?:the )?(?:\w+ )?(?:limit|maximum)|message (?:size|too (?:big|large))|(?:attachment|message)s? (?:is |are )?too long\b|size (?:exceeds|exceeded|limit)|too (?:big|large)|exceed(?:s|ed)? (?:the )?(?:maximum |fixed )?(?:allowed |permitted )?(?:message )?size|message length exceeds|more than \d+ bytes|(?:longer|larger|bigger) than the (?:maximum|max|largest) (?:message )?size|(?:message|attachment|e-?mail)s? (?:is |are |was |were )?(?:larger|bigger) than (?:the )?(?:\w+ ){0,2}(?:server|system|provider|limit|maximum|allowed)|(?:larger|bigger) than (?:the )?(?:server|provider)(?:'s)? (?:\w+ )?(?:limit|maximum|allows)|MaxSubmissionExceeded"
        + @"|サイズ[^\n。]{0,20}?(?:制限|上限)[^\n。]{0,6}?(?:越え|超え|超過)|크기가[^\n.]{0,20}?(?:초과|넘었)|(?:邮件|信件|消息)(?:大小|尺寸|长度)超|слишком (?:больш\w+) (?:письмо|сообщение)|Nachricht (?:\S+ ){0,2}zu gro(?:ß|ss)|message (?:est )?trop (?:grand|volumineux)|mensaje (?:es )?demasiado grande|mensagem (?:é )?(?:grande demais|muito grande)|messaggio (?:è )?troppo grande|wiadomo[śs][ćc] (?:jest )?(?:zbyt|za) du[żz]a|zpráva (?:je )?příliš velká"
        + @"|(?:письмо|сообщение) (?:\S+ )?слишком (?:больш\w+|велик\w*)|bericht (?:is )?te groot|meddelandet (?:är )?för stort|(?:[İi]leti|mesaj)(?:nin)?(?: boyutu)? çok büyük|zpráva (?:\S+ )?překročila (?:\S+ )?limit|サイズが大きすぎ|(?:メッセージ|メール)が大きすぎ|(?:메시지|메일)(?:가|의 크기가)? 너무 큽|(?:邮件|郵件|信件)(?:过大|太大|過大)"
        + @"|(?:length|size) of (?:the )?(?:DATA|message|mail|e-?mail)(?: content| body)? (?:\w+ ){0,3}(?:reached|exceeded|achieved|over|above) (?:the )?(?:maximum|max|limit|threshold)" // "the length of DATA content is achieved the maximum threshold"
        + @"|(?:maximum|max) size of (?:the )?(?:message|mail|e-?mail) (?:was |is |has been )?(?:reached|exceeded)|taille limite du message (?:est )?(?:atteinte|dépassée)" // Orange's "Taille limite du message atteinte. Maximum size of the message reached."
        + @"|\bmaximum (?:message )?size of (?:an? )?(?:\w+ )?message (?:has been |was |is )?exceeded" // Exchange's "Maximum size of appendable message has been exceeded"
        + @"|\blimit exceeded:? (?:\w+ ){0,3}size\b" // Google Apps Script's "Limit Exceeded: Email Body Size"
        + @"|(?:メール|メッセージ)の(?:容量|サイズ|大きさ)が[^\n。]{0,20}?(?:制限|上限)[^\n。]{0,12}?(?:超過|超え)"
        + "|(?<size>" + ForeignWords.Size + ")(?<!" + ForeignWords.Mailbox + @"[^\n.。]{0,20}\k<size>)(?:(?!" + ForeignWords.Mailbox + @")[^\n.。]){0,60}" + ForeignWords.Exceeds // not a mailbox's size: looked behind once a size word is found, not at every position
        + "|" + ForeignWords.Exceeds + @"(?:(?!" + ForeignWords.Mailbox + @")[^\n.。]){0,30}" + ForeignWords.Size, // a size named as exceeded, either order, not a mailbox's
        Options)]
    private static partial Regex Size();

    /// <summary>
    /// A mailbox or folder said to be full or over its quota (not a sending quota, which names no mailbox), Microsoft's
    /// QuotaExceededException (its SubmissionQuotaExceededException is the sending limit), and a delivery agent that could
    /// not write the message into a mailbox file because the file reached its size limit ("File too large", EFBIG).
    /// </summary>
    [GeneratedRegex(@"(?<!Submission)QuotaExceededException\b|(?:mail[ -]?box|folder|in ?box|mail ?drop|mail ?dir)(?: \S+){0,2} (?:is |was )?(?:full|over ?(?:its )?quota)\b|\baccount (?:is )?full\b|\[OVERQUOTA\]|storage allocation|(?:mail[ -]?box|in ?box|recipient|account)(?: \S+){0,2} (?:is |has |have )?(?:run |ran |running )?out of (?:storage|(?:disk |storage |mailbox )?space)\b|(?:mail[ -]?box|in ?box) (?:storage|space|size|quota|capacity) (?:has been |is |was )?(?:exceeded|used up)\b|(?:mail[ -]?box|in ?box) (?:has )?exceed(?:s|ed)? (?:the |its )?(?:size |storage )?(?:limit|quota)|(?:recipient|user|mail[ -]?box)(?:'?s)? (?:storage|disk ?space) (?:is )?full\b|(?:recipient|user|mail[ -]?box)(?:'?s)? (?:disk |storage )?quota (?:limit )?(?:is |has been |was )?(?:exceeded|reached|full)\b|\b(?:append|writ\w*) (?:the )?(?:message|mail)\b[^\n]{0,120}?\bFile too large\b|(?:mail[ -]?box|mail ?dir|disk ?space|storage) (?:size |space )?(?:quota ?limit|quota|limit) (?:has been |is )?(?:exceeded|reached|full)|(?:overdrawn|exhausted|exceeded|used up) (?:\w+ ){0,3}(?:disk ?space|storage(?: space)?|mailbox (?:space|quota|size))|(?:does not|doesn't) have enough (?:disk |storage |mailbox )?space|(?:mail[ -]?box|in ?box)(?: \S+){0,2} (?:has )?no (?:more )?(?:space|room|storage)(?: left)?\b|too many (?:messages|e-?mails|mails) (?:on (?:the )?server|in (?:the |this |their |his |her )?(?:mail ?box|in ?box|folder))|\bnumber of (?:messages|e-?mails|mails) in (?:the |this )?(?:recipient'?s? )?(?:mail ?box|in ?box) (?:has )?exceed|(?:邮箱|信箱|收件人)(?:空间|容量)?(?:不足|已满)"
        + @"|(?:メールボックス|(?<!(?:メール|メッセージ)の)容量)[^\n。]{0,12}?(?:いっぱい|オーバー|超過)|容量(?:が)?不足|ящик\w* (?:\S+ ){0,3}(?:переполнен|заполнен)|Postfach (?:\S+ ){0,3}(?:voll|überfüllt)\b|bo[iî]te (?:\S+ ){0,5}pleine|buz[oó]n (?:\S+ ){0,3}llen[oa]|caixa (?:\S+ ){0,4}(?:cheia|lotada)|casella (?:\S+ ){0,4}piena|skrzynk\w* (?:\S+ ){0,3}(?:pe[łl]na|przepe[łl]niona)|schránka (?:\S+ ){0,3}(?:plná|přeplněna)"
        + @"|(?:mailbox|postvak|postbus)(?: \S+){0,3} (?:is )?vol\b|(?:brevlådan|postlådan|inkorgen) (?:är )?full|posta kutusu (?:\S+ )?dolu|(?:郵箱|信箱|郵件信箱)(?:空間|容量)?(?:不足|已滿)|(?:메일함|편지함|사서함)(?:이|의 용량이)? (?:가득|꽉)"
        + @"|hộp thư (?:\S+ ){0,4}(?:đã )?đầy|kotak (?:surat|masuk) (?:\S+ )?(?:sudah )?penuh|postafiók\w* (?:\S+ )?megtelt|(?:θυρίδα|γραμματοκιβώτιο) (?:\S+ ){0,3}(?:είναι )?(?:πλήρης|πλήρες|γεμάτ\w+)|postkasse\w* (?:\S+ )?(?:er )?(?:fuld|full)|postilaatikko (?:\S+ )?on täynnä|căsuța (?:poștală|de e-mail) (?:\S+ )?(?:este )?plină|صندوق البريد (?:\S+ )?ممتلئ|תיבת הדואר (?:\S+ )?מלאה|กล่องจดหมาย\S*เต็ม" // the same in the languages providers gloss their replies in
        + "|" + ForeignWords.Mailbox + @"[^\n.。]{0,30}?" + ForeignWords.Exceeds, // a mailbox named over its limit
        Options)]
    private static partial Regex MailboxFullWords();

    [GeneratedRegex(@"\b(?:sender|account|user|client|IP)(?: address)? (?:is |has been |was )?throttled\b", Options)]
    private static partial Regex SenderThrottled();

    [GeneratedRegex(@"(?:(?-i:\b(?:BYE|NO))|\babort:|\bByeResponseError:?)\s+System Error\b", Options)]
    private static partial Regex ImapSystemError();

    [GeneratedRegex(@"storage allocation|folder (?:is )?full|over ?quota|quota (?:limit )?(?:is |has been |was )?(?:exceed(?:ed|s)?|full|violation)|\bquota\b[^\n.]{0,40}? (?:is |has been |was )?(?:exhausted|used up)\b|mailbox (?:is )?full|insufficient (?!system)(?:storage|space|disk)|\[OVERQUOTA\]|storage (?:limit|quota|full)|exceeded (?:its|the|his|her|their|your) (?:\w+ )?quota"
        + "|" + ForeignWords.Quota + @"[^\n.。]{0,40}?" + ForeignWords.Exceeds + "|" + ForeignWords.Exceeds + @"[^\n.。]{0,30}?" + ForeignWords.Quota, // the same in other languages
        Options)]
    private static partial Regex Quota();

    [GeneratedRegex(HostStanding + "|" + MessageAuthenticationWords + @"|administrative prohibition|" + ClientHostRefusal + @"|" + FilterRefusal + @"|white ?list|allow ?list|block ?list|black ?list|polic(?:y|ies)\b|access denied|\bspoof(?:ed|ing)?\b|\bbanned\b|not accepted from this IP|envelope blocked|unauthenticated e-?mail (?:is )?not accepted from this domain", Options)]
    private static partial Regex Policy();

    /// <summary>Postfix's client restrictions: the client's host itself is refused, whoever logs in from it.</summary>
    private const string ClientHostRefusal = "client host rejected";

    /// <summary>
    /// The message refused by a filter, a rule or an access control list of the receiving side (XMail's "Rejected by
    /// SMTP Message Filter", Exim's "closed by DROP in ACL", "matches the filter rule"); not a connection that a firewall's
    /// rule blocks, which is a connection not made.
    /// </summary>
    private const string FilterRefusal = @"(?<!\b(?:connection|communication)\b[^\n.]{0,60})\b(?:rejected|blocked|refused|denied|dropped|discarded|closed) by (?:an? |the |our )?(?:DROP in |deny in )?(?:[\w-]+ ){0,3}(?:filter(?:s|ing)?|rules?|ACL)\b|\bmatch(?:es|ed)? (?:up )?(?:to )?(?:an? |the )?(?:[\w-]+ ){0,2}(?:filter|blocking|block) rule";

    [GeneratedRegex(ClientHostRefusal, Options)]
    private static partial Regex ClientHostRefused();

    [GeneratedRegex(@"local error(?!: SSL)|mail transport unavailable|error in processing|insufficient system (?:storage|resources)|mail system (?:is )?full|shutting down|(?:going|shutting) down|too busy|temporary (?:local )?problem|(?:temporary|internal) (?:system|server) (?:problem|error|failure)|(?:service|server)(?:s|\(s\))? (?:is |are )?(?:currently |temporarily )?(?:not available|unavailable)|(?:server|service|system|agent) (?:is )?(?:currently )?busy|(?:\bout of|\bno|not enough|insufficient|low)(?: free)? disk space\b|\bno space left on (?:the )?(?:device|disk|server)\b|\bENOSPC\b|\bdisk (?:is )?full\b|disk space (?:has )?(?:dropped|fallen) below|not accepting (?:any |new )?(?:connections|mail|messages)(?! from)|maintenance|\[UNAVAILABLE\]|\[SYS/TEMP\]|\[SERVERBUG\]|insufficient system resources|system (?:is )?not accepting|internal (?:server )?error|temporary ?authentication ?failure|\btemp(?:orary|\.)? (?:DNS|resolver|name ?server) (?:error|failure)\b|unable to authenticate at present"
        + @"|(?:service|serveur) (?:\S+ )?(?:temporairement |momentanément )?(?:indisponible|non disponible)|(?:Dienst|Server|Service) (?:\S+ )?(?:vorübergehend |zurzeit |derzeit )?nicht verfügbar|(?:servicio|servidor) (?:\S+ )?(?:temporalmente )?no (?:está )?disponible|(?:servizio|server) (?:\S+ )?(?:temporaneamente )?non disponibile|(?:serviço|servidor) (?:\S+ )?(?:temporariamente )?indisponível|(?:сервис|служба|сервер) (?:\S+ )?(?:временно )?(?:недоступ|не доступ)\w*|(?:usługa|serwer) (?:\S+ )?(?:chwilowo |tymczasowo )?(?:niedostępn|nie jest dostępn)\w*|(?:služba|server) (?:\S+ )?(?:dočasně )?(?:nedostupn\w*|není k dispozici)|(?:service|server|dienst) (?:\S+ )?(?:tijdelijk )?niet beschikbaar|(?:hizmet|sunucu) (?:\S+ )?(?:geçici olarak )?(?:kullanılamıyor|uygun değil)|サービスは?(?:利用|使用)できません|(?:サービス|サーバー?)[^\n。]{0,10}?一時的に(?:利用できません|停止)|(?:服务|服務)器?(?:暂时|暫時)?(?:不可用|无法使用|無法使用)|서비스를 (?:일시적으로 )?사용할 수 없"
        + @"|(?:服务器|伺服器|系统|系統)(?:繁忙|忙碌)|サーバー?が?(?:混雑|混み合って|ビジー)|서버가? (?:사용 중|혼잡)|serveur (?:\S+ )?(?:occupé|surchargé)|Server (?:\S+ )?(?:ausgelastet|überlastet)|servidor (?:\S+ )?(?:ocupado|sobrecargado|sobrecarregado)|server (?:\S+ )?(?:occupato|sovraccarico|overbelast|bezet|přetížen)|сервер (?:\S+ )?(?:перегружен|занят)|serwer (?:\S+ )?(?:przeciążony|zajęty)|sunucu (?:\S+ )?(?:meşgul|yoğun)" // the same in other languages; a busy server
        + "|" + ForeignWords.Temporarily + @"[^\n.。]{0,12}?" + ForeignWords.Unavailable + "|" + ForeignWords.Maintenance // out of service for now, or for maintenance
        + "|" + ForeignWords.Temporary + @"\w*\s?(?:\S+\s)??" + ForeignWords.Error + "|" + ForeignWords.Error + @"\w*\s(?:\S+\s)??" + ForeignWords.Temporary
        + @"|almacenamiento del sistema insuficiente|yetersiz sistem saklama", // a temporary error; RFC 5321's "insufficient system storage"
        Options)]
    private static partial Regex Unavailable();

    /// <summary>Ruby's <c>Net::SMTPServerBusy</c>, which names only the class of a reply (4xx), not its cause.</summary>
    [GeneratedRegex(@"\bSMTPServerBusy\b", Options)]
    private static partial Regex RubyServerBusy();

    /// <summary>Ruby's <c>Net::SMTPSyntaxError</c>, raised for the replies 500 to 509: the server did not understand a command.</summary>
    [GeneratedRegex(@"\bSMTPSyntaxError\b", Options)]
    private static partial Regex RubySyntaxError();

    [GeneratedRegex(@"no such login method|no way to authenticate|\bno advertised (?:auth\w* )?types\b|unsupported authentication package|encrypted passwords?|none of the authentication (?:methods|mechanisms)|authentication methods? (?:\w+ ){0,6}(?:(?:are |is )?not|aren'?t|isn'?t) supported|no (?:mutually |commonly )?(?:compatible|acceptable|matching|recogni[sz]ed|supported|usable|suitable|known) (?:authentication|auth|SASL)|unrecognized authentication type|AUTH(?:ENTICATE)? (?:extension |command )?(?:is )?not (?:supported|available|offered|found|enabled)|no (?:supported |usable |suitable |common )?" + EnglishWords.ProtocolNamed + @"(?:authentication|AUTH|SASL) (?:methods?|mechanisms?|types?) (?:could be |was |were |is |are )?(?:found|available|offered|supported|acceptable)|(?:auth(?:entication)? )?mechanism (?:is )?(?:not support(?:ed)?\b|unsupported|unknown|not available)|no (?:supported|suitable|common) authentication|mechanism (?:is )?too weak|authentication (?:is )?not (?:enabled|available|supported)|no (?:usable|suitable) (?:auth\w* )?mech\w*|\bauthentication\b[^\n.;]{0,30}?\bnot offered\b|no (?:authentication |auth |SASL )?mech\w* supported|(?:unknown|unsupported|unrecogni[sz]ed|invalid|wrong) " + EnglishWords.ProtocolNamed + @"(?:authentication|auth|SASL|login) (?:method|type|mechanism|scheme)s?|stronger authentication|no authenticators? (?:available|found)|" + EnglishWords.CouldNot + @" find an? authenticator supported by|authentication requires SASL"
        + @"|(?:unknown|unsupported|unrecogni[sz]ed|invalid|disallowed|unavailable) (?:SASL |AUTH\w* )?mechanisms?\b|\bno (?:worthy )?mechs? (?:found|available)|\bno (?:AUTH |SASL |authentication )?mechanisms? (?:is |are )?available|\bno (?:usable |supported |common )?(?:authentication|auth|SASL) methods\b|\bSASL_NOMECH\b|using 0 possible authenticators|no login methods supported|\bOAuth ?2?(?:\.0)?\b[^\n.]{0,30}?\bnot (?:supported|available)\b|\b(?:AUTH )?" + MechanismName + @" (?:is )?not supported|can'?t do secure authentication|missing (?:\w+ ){0,2}capability:? AUTH\b|missing_requirement\W[^}\n]{0,80}?\Wauth\b|required for GSSAPI" // Cyrus SASL's words (Postfix, sendmail, Courier): "no mechanism available: No worthy mechs found"
        + @"|(?:mechanism|(?:auth\w*|SASL|login) (?:method|type))(?:s|\(s\))?(?: [""'<]?[\w-]+[>""']?)? (?:is |are )?(?:not (?:supported|available|enabled|allowed|permitted|advertised|offered|implemented)|unsupported|unknown|disabled)" // a mechanism named and refused: "Mechanism PLAIN is not supported", "authentication method \"CRAM-MD5\" is not supported"
        + @"|(?:does not|doesn'?t|do not|don'?t) (?:support|allow|offer) (?:the )?(?:(?:[""']?[\w-]+[""']? (?:or |and |/ ?)?){0,3}(?:authentication|auth|SASL|login) (?:method|mechanism|type|scheme)s?|[""']?" + MechanismName + @"[""']?(?: (?:authentication|auth|SASL))?\b)" // "The server does not support LOGIN authentication method", SMS Backup+'s "Server does not support XOAUTH" (a mechanism named alone), Evolution's "SMTP server … does not support PLAIN authentication"
        + @"|\bnot supported any of the (?:authentication |SASL )?mechanisms\b|(?:does not?|doesn'?t) support (?:[^\s.]+ ){0,4}(?:authentication|auth)\b" // Manuel Lemos' PHP smtp class (pfSense and others): "it is not supported any of the authentication mechanisms required by the server"
        + @"|no (?:form|kind|type|method) of (?:authori[sz]ation|authentication|login) (?:is )?(?:supported|available)|\bserver (?:does not|doesn't) require (?:any )?authentication|" + EnglishWords.CouldNot + @" find (?:a |any )?(?:usable|suitable|supported|common|compatible) (?:authentication|auth|SASL) (?:method|mechanism)|\brequested (?:auth\w* )?type (?:is )?not available\b|" + EnglishWords.CouldNot + @" use (?:this|the|that) (?:auth\w*|SASL|login) (?:type|method|mechanism)" // emailjs; "535 Unable to use this auth type"; swaks's "Auth not attempted, requested type not available"
        + @"|(?:did not|didn't|does not|doesn't|do not|don't) advertise (?:any |an? |the )?(?:supported |usable )?(?:authentication|AUTH)\b|" + EnglishWords.CouldNot + @" (?:detect|find|found) (?:a |any )?(?:supported |suitable |common )?(?:authentication|authori[sz]ation|auth|login) (?:mechanism|method)|(?:authentication|authori[sz]ation|auth|login) (?:mechanisms?|methods?) could not be found" // swaks's "Host did not advertise authentication"
        + "|" + ForeignWords.NotSupported + @"[^\n.。:;]{0,40}?" + ForeignWords.Authentication + "|" + ForeignWords.Authentication + @"[^\n.。:;,]{0,25}?" + ForeignWords.NotSupported // authentication not supported, in other languages: "ne prend pas en charge l'authentification de base"
        + @"|(?-i:\b(?:USER|APOP)\b)(?: command)? (?:is )?not supported|\bcommand (?-i:USER|APOP) (?:is )?not supported" // a POP3 login command the server lacks (NeoMutt's "Command USER is not supported by server")
        + @"|(?-i:\b(?:USER|APOP|AUTH)\b)[^\n.。:;,]{0,40}?" + "(?:" + ForeignWords.NotSupported + "|" + ForeignWords.Unavailable + ")|" + ForeignWords.NotSupported + @"[^\n.。:;,]{0,20}?(?-i:\b(?:USER|APOP|AUTH)\b)" // the same in other languages ("SMTP AUTH が利用できません")
        + "|" + ForeignWords.AuthenticationMethod + @"[^\n.。]{0,40}?" + ForeignWords.NoneFound + "|" + ForeignWords.NoneFound + @"[^\n.。]{0,40}?" + ForeignWords.AuthenticationMethod // no method of authentication found or supported
        + @"|(?:(?:benötigt|erfordert|verlangt) keine |ne (?:requiert|nécessite|demande) pas d['’]|no requiere |não (?:requer|exige) |non richiede |не требует |nie wymaga )" + ForeignWords.Authentication + "|認証(?:が)?不要" // a server that does not require authentication, in other languages
        + @"|\bLoginBadMethodException\b|\bAUTH(?:entication)? (?:is )?(?:not (?:allowed|enabled|permitted)|only allowed on)\b|\bAPOP (?:time ?stamp|challenge)\b[^\n.]{0,20}?\bnot found\b|\bAUTH(?: command)?\b[^\n,;]{0,80}?(?:\bnot (?:advertised|implemented|recogni[sz]ed|supported|available)|\bun(?:implemented|recogni[sz]ed|supported))\b|\bAUTH\b[^\n]{0,10} (?:used|sent) when not advertised|\bcommand (?:unknown|not recogni[sz]ed|unrecogni[sz]ed|not implemented):? (?:'AUTH'|""AUTH""|AUTH\b(?![ \t]+\S))", // the AUTH command itself unknown: "500 command \"AUTH\" not recognized", "503 AUTH command used when not advertised", "Command unknown: 'AUTH'" (not a whole AUTH line quoted back: its form may be what was refused)
        Options)]
    private static partial Regex Mechanism();

    [GeneratedRegex(@"log ?in to (?:the )?server [^\n]{0,80}? failed|incorrect authentication|wrong (?:user ?name|login|credentials)|bad (?:user ?name|login)\b|invalid user\b|could ?n[o']t authenticate|can ?not authenticate|unable to authenticate|\bauthori[sz]ation failure on \S+@|\bserver denied (?:the )?authentication\b|\blog ?in to [\w.-]+ failed\b|\bAUTH [\w-]+ failed\b|\bno authentication type succeeded\b|\bauthentication to \S+ failed\b|\bauthenticaion failed\b|\b(?:user ?name|login|account name) (?:and|or|/) password for \S+ (?:is|are) (?:incorrect|wrong|invalid)|\b" + EnglishWords.CouldNot + @" log ?in\b|attempt to log ?in\b[^\n.]{0,60}? (?:was )?unsuccessful|\b(?:IMAP|SMTP|POP3?) authentication error\b|\bauthentication error\W{1,5}(?:please )?check your (?:user ?name|login|credentials|password)|\bcan no longer authenticate\b|failed to authenticate(?! (?:the )?(?:server|peer|remote|certificate)| on (?:the )?\w+ server\b)|reject\w* (?:the |your )?(?:credentials|login|password)|(?:password|credentials) (?:is |was |were )?(?:incorrect|wrong|invalid|rejected)|auth(?:entication)?[ _]?(?:failed|fail\b|unsuccessful|failure|credentials invalid)|auth(?:entication)? (?:was )?rejected(?!, see inner exception| because the remote party)|invalid (?:credentials|user ?name|login|password)|bad (?:credentials|password)|username and password not accepted|(?:password|credentials|log ?in) (?:was |were )?not accepted|incorrect (?:user ?name|password|login)|login (?:failed|failure|incorrect|denied|refused|rejected)|logon failure|AUTHENTICATE failed|\[AUTHENTICATIONFAILED\]|wrong password|\[AUTH\] "
        + @"|[ée]chec de l'(?:authentification|identification)|(?:identifiant|nom d'utilisateur|mot de passe)[^\n.]{0,30}?(?:incorrect|invalide|erron[ée])|(?:Anmeldung|Authentifizierung) (?:ist )?fehlgeschlagen|(?:Benutzername|Passwort|Kennwort|Zugangsdaten|Anmeldedaten)[^\n.]{0,30}?(?:falsch|ungültig|nicht korrekt)|(?:error|fallo) de autenticaci[óo]n|autenticaci[óo]n fallida|(?:usuario|contraseña)[^\n.]{0,30}?(?:incorrect|inválid|erróne)|autenticazione (?:non riuscita|fallita)|errore di autenticazione|(?:nome utente|password)[^\n.]{0,30}?(?:errat[ie]|non (?:validi?|corrett[ie]))|falha (?:na|de) autentica[çc][ãa]o|erro de autentica[çc][ãa]o|(?:usuário|utilizador|senha|palavra-passe)[^\n.]{0,30}?(?:incorret|inválid|errad)|ошибка (?:аутентификации|авторизации)|(?:неверн|неправильн)\w* (?:логин|пароль|имя пользователя|учетные данные)|невірн\w* (?:логін|пароль)|помилка автентифікації|(?:nieprawidłow|błędn)\w* (?:login|hasło|nazwa użytkownika|dane logowania)|uwierzytelnianie nie powiodło się|błąd uwierzytelniania|ověření selhalo|přihlášení selhalo|(?:nesprávné|neplatné) (?:uživatelské jméno|heslo)|(?:verificatie|authenticatie|aanmelden) mislukt|(?:onjuist|ongeldig|verkeerd)\w* (?:gebruikersnaam|wachtwoord)|(?:autentisering|inloggning)(?:en)? misslyckades|(?:felaktigt|fel) (?:användarnamn|lösenord)|kimlik doğrulama(?:sı)? başarısız|(?:kullanıcı adı|şifre|parola)[^\n.]{0,30}?(?:hatalı|yanlış|geçersiz)|認証に失敗|認証エラー|ログインに失敗|(?:ユーザー名|パスワード)[^\n。]{0,20}?(?:正しくありません|間違って)|(?<!证书|證書|憑證)(?:认证|認證|验证|驗證)失[败敗]|登录失败|登入失敗|(?:用户名|密码|账号|帳號|密碼)[^\n。]{0,10}?(?:错误|錯誤|不正确)|인증(?:에|이)? 실패|로그인(?:에|이)? 실패|(?:아이디|비밀번호|사용자 이름|암호)[^\n.]{0,20}?(?:잘못|올바르지 않|일치하지 않)" // the same in other languages
        + "|" + ForeignWords.Password + @"[^\n.。]{0,40}?(?:" + ForeignWords.Wrong + "|" + ForeignWords.Invalid + ")|(?:" + ForeignWords.Wrong + "|" + ForeignWords.Invalid + @")[^\n.。]{0,40}?" + ForeignWords.Password // a password or the credentials called wrong, either order, in any language of the word lists
        + "|" + ForeignWords.Authentication + NotBeforeOtherAuthentication + @"[^\n.。]{0,30}(?:" + ForeignWords.Failed + "|" + ForeignWords.Error + ")" + NotAfterOtherAuthentication // authentication named as failed, not a temporary failure, a secure connection's, a certificate's or a mechanism's
        + "|" + ForeignWords.Authentication + "(?<=(?:" + ForeignWords.Failed + "|" + ForeignWords.Error + "|" + ForeignWords.CouldNot + @")[^\n.。]{0,30}" + ForeignWords.Authentication + ")" + NotBeforeOtherAuthentication + NotAfterOtherAuthentication, // … either order (the failure looked for behind the word, where one is found)
        Options)]
    private static partial Regex BadCredentials();

    [GeneratedRegex(@"\[AUTHORIZATIONFAILED\]|not authori[sz]ed|\[NOPERM\]|permission denied"
        + @"|permission refusée|keine (?:Berechtigung|Zugriffsrechte)|Berechtigung verweigert|permiso denegado|permesso negato|permissão negada|недостаточно прав|нет (?:прав|разрешения) (?:на|для)|brak uprawnień|geen toestemming|(?:没有|沒有)权限|沒有權限|权限不足|權限不足|権限がありません|アクセス権がありません|권한이 없", Options)] // the same in other languages
    private static partial Regex NotAuthorized();

    /// <summary>
    /// A message given up after its time in a queue ran out (RFC 3463's X.4.7 in words, X.400's Maximum-Time-Expired).
    /// </summary>
    [GeneratedRegex(@"\b(?:envelope|message|delivery|queue|lifetime|retry time)(?: time)? (?:has )?expired\b|\bMaximum-Time-Expired\b|expired (?:in|on|after [^\n]{0,30} in) (?:the )?(?:mail )?queue|(?:too long|too old) (?:in|on) (?:the )?queue|(?:in|on) (?:the )?queue too long|(?:maximum|max) (?:queue|delivery) (?:time|lifetime)|retry (?:time|period) (?:exceeded|expired)|could not be delivered (?:with)?in (?:the last )?\d+ (?:days?|hours?)|retry time not reached for any host after a long failure period|cannot send message for \d+ (?:days?|hours?)", Options)]
    private static partial Regex DeliveryExpired();

    /// <summary>
    /// Time ran out, in plain words ("timed out", "timeout", "deadline exceeded", PHP's "maximum execution time of 120
    /// seconds exceeded", "the server did not answer in time"; not a setting such as <c>timeout=30</c>).
    /// </summary>
    [GeneratedRegex(@"timed[ -]?out|\b(?:Soft)?TimeLimitExceeded\b|\btime[- ]?out\b(?!\s*[=:]?\s*-?\d)|(?:deadline|execution time)(?: of [^\n]{1,30}?)? (?:has )?(?:elapsed|expired|exceeded)|\bmissed (?:the |an? )?(?:\w+ )?deadline\b|\b(?:did not|didn't|failed to|could not) (?:answer|respond|reply) in time\b", Options)]
    internal static partial Regex TimedOut();

    /// <summary>A server that ended an idle session by its timer (IMAP's <c>BYE Autologout</c>, an inactivity timer).</summary>
    [GeneratedRegex(@"idle for too long|\bautologout\b|(?:for|due to|because of|after) (?:\w+ ){0,3}inactivity|inactivity (?:timeout|timer)|idle (?:session |connection )?time-?out|(?:session|connection) (?:was |has been )?idle too long", Options)]
    private static partial Regex IdleLogout();

    /// <summary>
    /// A session the server no longer knows (<c>BYE Session expired</c>) or a connection it ended for its age (Gmail's
    /// "421 4.7.0 Connection expired, try reconnecting"): the client must connect and log in again.
    /// </summary>
    [GeneratedRegex(@"\b(?:session|connection) (?:has )?expired\b", Options)]
    private static partial Regex SessionExpired();

    /// <summary>A client's guess at possible causes ("this may occur if …"), not a server's statement of what happened.</summary>
    [GeneratedRegex(@"\b(?:may|might|can) (?:occur|happen)\b|possible causes?\b", Options)]
    private static partial Regex Hedged();

    [GeneratedRegex(@"connection\]?:? (?:has (?:been )?)?(?:lost|closed|reset|dropped|broken|ended)\b|closing (?:transmission )?(?:channel|connection)(?! #?\d| to the server using)|disconnected|^(?:\S+: )?\S+ BYE\b|^(?:\S+: )?\* BYE\b", Options | RegexOptions.Multiline)]
    private static partial Regex Closed();

    /// <summary>
    /// Words that make a failed authentication something other than a refused login, in other languages: a temporary
    /// failure, a secure connection's or a certificate's check, a mechanism.
    /// </summary>
    private const string OtherAuthentication =
        "(?:" + ForeignWords.Temporary + "|" + ForeignWords.Temporarily + "|" + ForeignWords.Secure + "|" + ForeignWords.Certificate
        + @"|механизм|механізм|mechani|mécanisme|mecanism|meccanism|metod|método|méthode|methode|方式|方法|메커니즘|방식)";

    /// <summary>
    /// Here no word of <see cref="OtherAuthentication"/> begins within the phrase's last 60 characters (checked where a
    /// match ends, so the words' long list is not tried at every character of a text).
    /// </summary>
    private const string NotAfterOtherAuthentication = "(?<!" + OtherAuthentication + @"[^\n.。]{0,60})";

    /// <summary>Here none begins within the next ten characters.</summary>
    private const string NotBeforeOtherAuthentication = @"(?![^\n.。]{0,10}" + OtherAuthentication + ")";

    private sealed record Rule(MailProblemKind Kind, Regex Pattern, MailProblemKind[]? AlsoPossible = null, Func<ClassifiedReply, MailOperationStage, bool>? When = null);
}
