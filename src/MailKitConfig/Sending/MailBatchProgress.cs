namespace MailKitConfig;

/// <summary>Progress of a batch, reported after each message (or recipient).</summary>
/// <param name="Completed">How many messages are done, whatever their outcome.</param>
/// <param name="Total">How many messages (or recipients) the batch has, when the caller gave a collection (or a sequence whose count is known without enumerating it, such as a <c>Select</c> over a list); <see langword="null"/> for a sequence that is enumerated as the batch goes (e.g. one read from a database or made with <c>yield</c>).</param>
/// <param name="Sent">How many the server accepted so far.</param>
/// <param name="Latest">The outcome of the message just completed.</param>
public sealed record MailBatchProgress(int Completed, int? Total, int Sent, MailSendOutcome Latest);
