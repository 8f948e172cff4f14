namespace MailKitConfig;

/// <summary>
/// The descriptions the IANA registry of SMTP enhanced status codes gives its codes (RFC 3463, 3886, 4468, 4954, 5248,
/// 6531, 6710, 7293, 7372, 7505, 8689), which many servers and bounces print in place of the number or beside a bare
/// reply code ("550 Bad destination mailbox address", "Diagnostic-Code: smtp; 552 Mailbox full"). A description is
/// read as its code would be, where the reply gives no enhanced code of its own. Left out: the "other or undefined"
/// descriptions of each subject (X.n.0), which name no cause; those of a success or a note (X.1.5 "Destination
/// address valid", X.1.9, X.3.6, X.6.4); and the shortest, whose words programs use for other things (X.4.2 "Bad
/// connection", X.4.4 "Unable to route", X.5.1 "Invalid command", X.5.2 "Syntax error").
/// </summary>
internal static class EnhancedStatusDescriptions
{
    private static readonly (string SubjectDetail, string Description)[] Registry =
    [
        ("1.1", "Bad destination mailbox address"),
        ("1.2", "Bad destination system address"),
        ("1.3", "Bad destination mailbox address syntax"),
        ("1.4", "Destination mailbox address ambiguous"),
        ("1.6", "Destination mailbox has moved, No forwarding address"),
        ("1.7", "Bad sender's mailbox address syntax"),
        ("1.8", "Bad sender's system address"),
        ("1.10", "Recipient address has null MX"),
        ("2.1", "Mailbox disabled, not accepting messages"),
        ("2.2", "Mailbox full"),
        ("2.3", "Message length exceeds administrative limit"),
        ("2.4", "Mailing list expansion problem"),
        ("3.1", "Mail system full"),
        ("3.2", "System not accepting network messages"),
        ("3.3", "System not capable of selected features"),
        ("3.4", "Message too big for system"),
        ("3.5", "System incorrectly configured"),
        ("4.1", "No answer from host"),
        ("4.3", "Directory server failure"),
        ("4.5", "Mail system congestion"),
        ("4.6", "Routing loop detected"),
        ("4.7", "Delivery time expired"),
        ("5.3", "Too many recipients"),
        ("5.4", "Invalid command arguments"),
        ("5.5", "Wrong protocol version"),
        ("5.6", "Authentication Exchange line is too long"),
        ("6.1", "Media not supported"),
        ("6.2", "Conversion required and prohibited"),
        ("6.3", "Conversion required but not supported"),
        ("6.5", "Conversion Failed"),
        ("6.6", "Message content not available"),
        ("6.7", "Non-ASCII addresses not permitted for that sender/recipient"),
        ("6.8", "UTF-8 string reply is required, but not permitted by the SMTP client"),
        ("6.9", "UTF-8 header message cannot be transferred to one or more recipients"),
        ("7.1", "Delivery not authorized, message refused"),
        ("7.2", "Mailing list expansion prohibited"),
        ("7.3", "Security conversion required but not possible"),
        ("7.4", "Security features not supported"),
        ("7.5", "Cryptographic failure"),
        ("7.6", "Cryptographic algorithm not supported"),
        ("7.7", "Message integrity failure"),
        ("7.8", "Authentication credentials invalid"),
        ("7.9", "Authentication mechanism is too weak"),
        ("7.10", "Encryption Needed"),
        ("7.11", "Encryption required for requested authentication mechanism"),
        ("7.12", "A password transition is needed"),
        ("7.13", "User Account Disabled"),
        ("7.14", "Trust relationship required"),
        ("7.15", "Priority Level is too low"),
        ("7.16", "Message is too big for the specified priority"),
        ("7.17", "Mailbox owner has changed"),
        ("7.18", "Domain owner has changed"),
        ("7.19", "RRVS test cannot be completed"),
        ("7.20", "No passing DKIM signature found"),
        ("7.21", "No acceptable DKIM signature found"),
        ("7.22", "No valid author-matched DKIM signature found"),
        ("7.23", "SPF validation failed"),
        ("7.24", "SPF validation error"),
        ("7.25", "Reverse DNS validation failed"),
        ("7.26", "Multiple authentication checks failed"),
        ("7.27", "Sender address has null MX"),
        ("7.28", "Mail flood detected"),
        ("7.29", "ARC validation failure"),
        ("7.30", "REQUIRETLS support required"),
    ];

    /// <summary>
    /// The subject and detail (<c>1.1</c>) of the first registry description in a text, as a phrase of its own: not
    /// inside a longer word or name, and ending the text or followed by a space or a mark ("Mailbox full" counts in
    /// "552 Mailbox full", not in "Mailbox fullness"). The longest description that matches wins ("Bad destination mailbox
    /// address syntax" over "Bad destination mailbox address").
    /// </summary>
    public static string? SubjectDetailOf(string text)
    {
        string? found = null;
        var length = 0;
        foreach (var (subjectDetail, description) in Registry)
        {
            if (description.Length > length && Contains(text, description))
            {
                (found, length) = (subjectDetail, description.Length);
            }
        }

        return found;
    }

    private static bool Contains(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end]) && text[end] != '-'))
            {
                return true;
            }
        }

        return false;
    }
}
