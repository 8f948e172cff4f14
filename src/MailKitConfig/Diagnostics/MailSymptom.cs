namespace MailKitConfig;

/// <summary>Complaints that are not a server's failure but a setting of the application, with their own hints.</summary>
public enum MailSymptom
{
    /// <summary>Nothing appears in the Sent folder or the Inbox.</summary>
    NoMailSentOrReceived,

    /// <summary>Copies of outgoing messages arrive as incoming mail.</summary>
    CopiesArriveAsIncoming,
}
