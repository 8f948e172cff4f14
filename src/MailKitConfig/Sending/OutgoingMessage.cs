namespace MailKitConfig;

/// <summary>A message to send: recipients, subject, bodies and attachments.</summary>
/// <remarks>
/// Every recipient entry may hold one address or several separated by commas or semicolons, each optionally with a
/// name: <c>ann@example.com; "Bob B." &lt;bob@example.com&gt;</c>. Internationalized domains and quoted local parts
/// are accepted. A semicolon separates addresses (as in Outlook), so RFC 5322 group syntax
/// (<c>Team: a@example.com;</c>) is read as its members, without the group's name.
/// Addresses are checked when the message is sent; a bad address or a line break in any header field fails the send
/// before anything is transmitted.
/// </remarks>
public sealed class OutgoingMessage
{
    /// <summary>Gets or sets the From address (with an optional name); <see langword="null"/> uses the account's address and display name.</summary>
    /// <remarks>The account's login must be allowed to send as this address.</remarks>
    public string? From { get; set; }

    /// <summary>Gets the primary recipients.</summary>
    public IList<string> To { get; } = [];

    /// <summary>Gets the recipients of a visible copy.</summary>
    public IList<string> Cc { get; } = [];

    /// <summary>Gets the recipients of a hidden copy; they do not appear in the message's headers.</summary>
    public IList<string> Bcc { get; } = [];

    /// <summary>Gets or sets where replies go; <see langword="null"/> uses <see cref="MailAccountSettings.ReplyTo"/>.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>Gets or sets the subject; any Unicode text without line breaks.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Gets or sets the plain-text body.</summary>
    public string? TextBody { get; set; }

    /// <summary>Gets or sets the HTML body; links are kept, and a plain-text alternative is generated when <see cref="TextBody"/> is not set.</summary>
    public string? HtmlBody { get; set; }

    /// <summary>Gets the pictures shown inside the HTML body, each with a <see cref="MailAttachment.ContentId"/> the body refers to as <c>cid:</c>.</summary>
    public IList<MailAttachment> LinkedResources { get; } = [];

    /// <summary>Gets the attachments, in order.</summary>
    public IList<MailAttachment> Attachments { get; } = [];
}
