namespace MailKitConfig;

/// <summary>The signal that decided a problem's kind: the strongest evidence the classifier found, in the order it reads them.</summary>
internal enum ClassificationBasis
{
    /// <summary>Not classified from a failure (restored, or built by discovery).</summary>
    None,

    /// <summary>The connection broke after the whole message had been sent: delivery is unknown.</summary>
    DeliveryUnknown,

    /// <summary>The exception's type or socket error number.</summary>
    Exception,

    /// <summary>A settings search's own words.</summary>
    SettingsSearch,

    /// <summary>
    /// One of Thunderbird's, the C library's, GLib's, Windows' or .NET's own messages, in any of their languages (see
    /// <c>thunderbird-messages.json</c>, <c>system-messages.json</c> and <c>windows-messages.json</c>).
    /// </summary>
    ProgramMessage,

    /// <summary>A transport family in another program's error text (error names and numbers, TLS and certificate words).</summary>
    TransportText,

    /// <summary>What the text shows of the endpoint the program was set to (another protocol's server, a mailbox string with the wrong security).</summary>
    ConfiguredEndpoint,

    /// <summary>The capabilities the server offered at login.</summary>
    Capabilities,

    /// <summary>A refusal of the envelope to a client that did not log in.</summary>
    UnauthenticatedEnvelope,

    /// <summary>A refused OAuth login.</summary>
    OAuthLogin,

    /// <summary>The provider data's meaning of the reply.</summary>
    ProviderData,

    /// <summary>A provider's phrase.</summary>
    ProviderPhrase,

    /// <summary>A reply that is not a refusal at a step that expected one.</summary>
    NonRefusal,

    /// <summary>The IMAP or POP3 response code.</summary>
    ResponseCode,

    /// <summary>General words of the reply.</summary>
    Keywords,

    /// <summary>A Microsoft mail program's error number: Outlook's (<c>0x800CCC0E</c>), CDO for Windows' (<c>0x80040213</c>).</summary>
    ClientErrorNumber,

    /// <summary>The RFC 3463 enhanced status code.</summary>
    EnhancedCode,

    /// <summary>The reply code and the step.</summary>
    ReplyCode,

    /// <summary>The step alone.</summary>
    Step,
}
