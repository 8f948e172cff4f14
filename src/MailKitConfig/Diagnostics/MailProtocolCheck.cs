namespace MailKitConfig;

/// <summary>The check of one server of an account (SMTP, IMAP or POP3).</summary>
public sealed class MailProtocolCheck
{
    internal MailProtocolCheck(MailProtocol protocol, ServerEndpoint endpoint, IReadOnlyList<MailCheckStep> steps, IReadOnlyList<string> transcript, MailProtocolCheck? alternative, MailSettingsChange? verifiedFix)
    {
        Protocol = protocol;
        Endpoint = endpoint;
        Steps = steps;
        Transcript = transcript;
        Alternative = alternative;
        VerifiedFix = verifiedFix;
    }

    /// <summary>Gets the protocol checked.</summary>
    public MailProtocol Protocol { get; }

    /// <summary>Gets the server checked.</summary>
    public ServerEndpoint Endpoint { get; }

    /// <summary>Gets the steps, in order; after a failed step the rest are skipped.</summary>
    public IReadOnlyList<MailCheckStep> Steps { get; }

    /// <summary>Gets a value indicating whether no step failed.</summary>
    public bool Succeeded => Steps.All(s => s.Outcome != MailCheckOutcome.Failed);

    /// <summary>Gets the problem of the failed step, if any.</summary>
    public MailProblem? Problem => Steps.FirstOrDefault(s => s.Outcome == MailCheckOutcome.Failed)?.Problem;

    /// <summary>Gets the conversation with the server, one entry per line group, with passwords, tokens and AUTH payloads redacted.</summary>
    public IReadOnlyList<string> Transcript { get; }

    /// <summary>Gets the check of the paired setting that was tried after a mechanical failure (e.g. 465 TLS after 587 STARTTLS), if any.</summary>
    public MailProtocolCheck? Alternative { get; }

    /// <summary>Gets a settings change that the check verified to work, if the server failed and an alternative worked.</summary>
    public MailSettingsChange? VerifiedFix { get; }
}
