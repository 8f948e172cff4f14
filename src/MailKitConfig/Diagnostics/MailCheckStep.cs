namespace MailKitConfig;

/// <summary>One step of the settings check.</summary>
/// <param name="Kind">The step.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Detail">What it found, e.g. the addresses, the greeting, the login methods; or why it was skipped.</param>
/// <param name="ServerReply">The server's reply at this step, verbatim, if any.</param>
/// <param name="Problem">The classified failure, for a failed or warned step.</param>
public sealed record MailCheckStep(MailCheckStepKind Kind, MailCheckOutcome Outcome, TimeSpan Duration, string? Detail, string? ServerReply, MailProblem? Problem);
