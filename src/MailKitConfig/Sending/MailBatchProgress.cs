namespace MailKitConfig;

/// <summary>Progress of a batch, reported after each message (or recipient).</summary>
/// <param name="Completed">How many messages are done, whatever their outcome.</param>
/// <param name="Total">How many messages the batch has.</param>
/// <param name="Sent">How many the server accepted so far.</param>
/// <param name="Latest">The outcome of the message just completed.</param>
public sealed record MailBatchProgress(int Completed, int Total, int Sent, MailSendOutcome Latest);
