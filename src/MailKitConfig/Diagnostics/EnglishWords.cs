namespace MailKitConfig;

/// <summary>
/// English words that many rules share, one pattern per meaning, as <see cref="ForeignWords"/> holds them for other
/// languages. Patterns are matched case-insensitively.
/// </summary>
internal static class EnglishWords
{
    /// <summary>Could not, cannot, unable to or failed to (do what follows).</summary>
    public const string CouldNot = @"(?:could ?n[o'’]t|can(?:no| no|['’])t|unable to|not able to|failed to)";

    /// <summary>
    /// The optional name of a mail protocol, or "mail", before the noun it qualifies ("SMTP host", "IMAP server",
    /// "mail server"), with its trailing space.
    /// </summary>
    public const string ProtocolNamed = @"(?:(?:SMTP|IMAP|POP3?|mail) )?";
}
