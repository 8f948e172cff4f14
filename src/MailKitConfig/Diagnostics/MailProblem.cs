using System.Globalization;

namespace MailKitConfig;

/// <summary>
/// A classified failure: what went wrong (<see cref="Kind"/>), whether trying again later can help, the codes found in
/// the server's reply, and what the user can do, in the user's language.
/// </summary>
public sealed class MailProblem
{
    internal MailProblem(MailFailure failure, ClassifiedReply reply, MailProblemKind kind, IReadOnlyList<MailProblemKind> alsoPossible, string? provider, bool isTransient, CultureInfo culture, IReadOnlyList<string>? details = null)
    {
        RetryAfter = RetryAdvice.Suggest(kind, isTransient, reply);
        Details = details ?? [];
        Failure = failure;
        Reply = reply;
        Kind = kind;
        AlsoPossible = failure.CredentialKind is null ? alsoPossible : alsoPossible.Where(k => k != MailProblemKind.AuthenticationRequired).ToList(); // it logged in
        Provider = provider;
        IsTransient = isTransient;
        Culture = culture;
        var situation = HintSituation.Of(kind, failure, reply);
        Title = ProblemCatalog.Title(kind, culture, situation);
        var hints = ProblemCatalog.Hints(kind, failure.Protocol, provider, culture, situation);
        if (situation == "NameMismatch" && HintSituation.CertificateNames(failure, reply) is { Count: > 0 } names)
        {
            hints = [ProblemCatalog.Format(culture, "CertificateInvalid.NameMismatch.Names", string.Join(", ", names)), .. hints];
        }

        Hints = hints;
        AlsoPossibleCauses = AlsoPossible.Select(k => ProblemCatalog.AlsoPossible(k, culture)).ToList();
        SuggestedChange = SettingsRemedy.Suggest(this);
        var stage = ProblemCatalog.Text($"Stage.{Stage}", culture);
        var protocol = failure.Protocol.ToString().ToUpperInvariant();
        Summary = failure is { Host: { } host, Port: { } port }
            ? ProblemCatalog.Format(culture, "Detail.StepFailed", protocol, stage, host, port)
            : ProblemCatalog.Format(culture, "Detail.StepFailedNoHost", protocol, stage);
    }

    /// <summary>Gets what went wrong.</summary>
    public MailProblemKind Kind { get; }

    /// <summary>Gets a value indicating whether the same operation may succeed later without any change.</summary>
    public bool IsTransient { get; }

    /// <summary>
    /// Gets how long to wait before trying the same operation again, for transient problems: the wait the server
    /// names, or one that fits the kind (a sending limit at least a minute, an hour for a daily limit); <see langword="null"/>
    /// when the problem is not transient.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets the protocol spoken.</summary>
    public MailProtocol Protocol => Failure.Protocol;

    /// <summary>
    /// Gets the step that failed. A sender refusal that arrives at <c>RCPT TO</c> (servers that check the sender
    /// against the login there, e.g. Postfix's "not owned by user") is reported as the sender step it is about.
    /// </summary>
    public MailOperationStage Stage => Kind == MailProblemKind.SenderRejected && Failure.Stage == MailOperationStage.Recipient ? MailOperationStage.Sender : Failure.Stage;

    /// <summary>Gets the SMTP reply code found in the reply (e.g. 535), if any.</summary>
    public int? ReplyCode => Reply.Code;

    /// <summary>Gets the RFC 3463 enhanced status code found in the reply (e.g. <c>5.7.8</c>), if any.</summary>
    public string? EnhancedStatusCode => Reply.EnhancedCode;

    /// <summary>Gets the IMAP/POP3 response code found in the reply (e.g. <c>AUTHENTICATIONFAILED</c>, <c>SYS/TEMP</c>), if any.</summary>
    public string? ResponseCode => Reply.ResponseCode;

    /// <summary>Gets the server reply the classification is based on, as found in the input text, if any.</summary>
    public string? ServerReply => Reply.Text;

    /// <summary>Gets the provider recognised from the host or the reply (e.g. <c>Gmail</c>, <c>Microsoft</c>, <c>Yandex</c>, <c>MailRu</c>), if any.</summary>
    public string? Provider { get; }

    /// <summary>Gets the culture of <see cref="Title"/>, <see cref="Hints"/> and <see cref="AlsoPossibleCauses"/>.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets a one-sentence description of the problem.</summary>
    public string Title { get; }

    /// <summary>Gets one sentence that says which step failed and where, in <see cref="Culture"/>, e.g. "SMTP login at smtp.example.com:587 failed."</summary>
    public string Summary { get; }

    /// <summary>Gets what the user can do, most likely fix first (provider- and protocol-specific advice before general advice).</summary>
    public IReadOnlyList<string> Hints { get; }

    /// <summary>Gets other kinds the same reply is known to mean, for ambiguous replies (e.g. Microsoft's <c>535 5.7.3</c>).</summary>
    public IReadOnlyList<MailProblemKind> AlsoPossible { get; }

    /// <summary>Gets <see cref="AlsoPossible"/> in words.</summary>
    public IReadOnlyList<string> AlsoPossibleCauses { get; }

    /// <summary>Gets the facts behind a problem that no single reply explains, e.g. for <see cref="MailProblemKind.SettingsNotFound"/> which entries of which sources were refused and why; empty for most problems.</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>Gets a concrete settings change that may fix the problem (e.g. port 465 with implicit TLS), if one exists.</summary>
    public MailSettingsChange? SuggestedChange { get; }

    internal MailFailure Failure { get; }

    /// <summary>Gets the signal that decided <see cref="Kind"/>.</summary>
    internal ClassificationBasis Basis { get; init; }

    internal ClassifiedReply Reply { get; }

    /// <summary>Returns the same problem described in another language.</summary>
    /// <param name="culture">The culture, e.g. <c>ru-RU</c>; languages without translation fall back to English.</param>
    /// <returns>The problem with texts in <paramref name="culture"/>.</returns>
    public MailProblem Localize(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new MailProblem(Failure, Reply, Kind, AlsoPossible, Provider, IsTransient, culture, Details) { Basis = Basis };
    }

    /// <summary>Creates a problem that is not a server's failure (e.g. discovery's), with the facts behind it.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="protocol">The protocol concerned.</param>
    /// <param name="isTransient">Whether trying again may help.</param>
    /// <param name="provider">The provider id, if known.</param>
    /// <param name="details">The facts behind the problem.</param>
    /// <param name="culture">The language of the texts.</param>
    /// <returns>The problem.</returns>
    internal static MailProblem Of(MailProblemKind kind, MailProtocol protocol, bool isTransient, string? provider, IReadOnlyList<string> details, CultureInfo culture)
        => new(new MailFailure(protocol, MailOperationStage.Other) { Provider = provider }, ClassifiedReply.None, kind, [], provider, isTransient, culture, details);

    /// <summary>
    /// Serialises the problem to one JSON object: <c>kind</c>, <c>transient</c>, <c>protocol</c>, <c>stage</c>,
    /// <c>replyCode</c>, <c>enhancedCode</c>, <c>responseCode</c>, <c>provider</c>, <c>decidedBy</c> (the signal that
    /// decided the kind: <c>Exception</c>, <c>TransportText</c>, <c>ProviderPhrase</c>, <c>Keywords</c>,
    /// <c>EnhancedCode</c>, <c>ReplyCode</c>, <c>Step</c>, …), <c>title</c>, <c>hints</c>,
    /// <c>details</c>, <c>alsoPossible</c>, <c>suggestedChange</c>, <c>retryAfterSeconds</c>, <c>serverReply</c>, <c>culture</c>.
    /// </summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = false) => CheckReportWriter.ProblemToJson(this, indented);

    /// <summary>Returns the title, the details (indented) and the hints, one per line.</summary>
    /// <returns>A text for the user.</returns>
    public override string ToString()
        => Title + string.Concat(Details.Select(d => Environment.NewLine + "  " + d)) + string.Concat(Hints.Select(h => Environment.NewLine + "- " + h));
}
