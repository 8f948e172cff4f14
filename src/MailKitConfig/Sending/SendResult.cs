namespace MailKitConfig;

/// <summary>What the SMTP server accepted.</summary>
/// <param name="MessageId">The Message-ID of the sent message, without angle brackets.</param>
/// <param name="Recipients">The envelope recipients (To, Cc, Bcc and the hidden copy to self), each once.</param>
/// <param name="ServerResponse">The server's final reply, e.g. <c>2.0.0 Ok: queued as 4Xk2</c>.</param>
public sealed record SendResult(string MessageId, IReadOnlyList<string> Recipients, string ServerResponse);
