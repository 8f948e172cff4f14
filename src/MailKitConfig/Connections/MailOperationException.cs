namespace MailKitConfig;

/// <summary>
/// Thrown when a conversation with a mail server fails: which protocol, server and step, and what the server answered.
/// </summary>
/// <remarks>
/// <see cref="ServerReply"/> is the server's last reply, verbatim (also when MailKit reports a shorter text), so the
/// failure can be explained to the user. Neither the message nor any property ever contains a password or a token.
/// The original exception (from MailKit, the socket or TLS layer) is the <see cref="Exception.InnerException"/>.
/// </remarks>
public class MailOperationException : Exception
{
    private MailProblem? problem;

    /// <summary>Initializes a new instance of the <see cref="MailOperationException"/> class.</summary>
    /// <param name="message">What failed, in a sentence.</param>
    /// <param name="protocol">The protocol spoken.</param>
    /// <param name="stage">The step that failed.</param>
    /// <param name="host">The server's host name.</param>
    /// <param name="port">The server's port.</param>
    /// <param name="serverReply">The server's last reply, if it sent one.</param>
    /// <param name="replyCode">The SMTP reply code of that reply, if any.</param>
    /// <param name="innerException">The exception that reported the failure.</param>
    public MailOperationException(string message, MailProtocol protocol, MailOperationStage stage, string host, int port, string? serverReply, int? replyCode, Exception? innerException)
        : base(message, innerException)
    {
        Protocol = protocol;
        Stage = stage;
        Host = host;
        Port = port;
        ServerReply = serverReply;
        ReplyCode = replyCode;
    }

    /// <summary>Gets the protocol spoken.</summary>
    public MailProtocol Protocol { get; }

    /// <summary>Gets the step that failed.</summary>
    public MailOperationStage Stage { get; }

    /// <summary>Gets the server's host name.</summary>
    public string Host { get; }

    /// <summary>Gets the server's port.</summary>
    public int Port { get; }

    /// <summary>Gets the server's last reply, verbatim (possibly several lines), or <see langword="null"/> when it sent none.</summary>
    /// <example><c>535 5.7.8 Error: authentication failed: (reason unavailable)</c>, <c>A0002 NO [AUTHENTICATIONFAILED] Authentication failed.</c></example>
    public string? ServerReply { get; }

    /// <summary>Gets the SMTP reply code (e.g. 535), or <see langword="null"/> for IMAP, POP3 or when there was no reply.</summary>
    public int? ReplyCode { get; }

    /// <summary>
    /// Gets the address the SMTP server refused: the sender (<see cref="MailOperationStage.Sender"/>) or the recipient
    /// (<see cref="MailOperationStage.Recipient"/>) named in the refused <c>MAIL FROM</c> or <c>RCPT TO</c>; otherwise
    /// <see langword="null"/>. It is never part of <see cref="Exception.Message"/>, which may be logged.
    /// </summary>
    public string? RefusedMailbox { get; init; }

    /// <summary>Gets how many attempts were made before the operation gave up (1 when it was not retried).</summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>Gets the failure classified, with hints for the user in the current UI culture.</summary>
    /// <remarks>Use <see cref="MailProblem.Localize"/> for another language.</remarks>
    public MailProblem Problem => problem ??= MailProblemClassifier.Classify(MailFailure.From(this));

    /// <summary>Gets the security mode of the connection, when the library knows it.</summary>
    internal MailSecurity? Security { get; init; }

    /// <summary>Gets a value indicating whether a probe found that the port expects implicit TLS although the connection did not use it.</summary>
    internal bool PortSpeaksImplicitTls { get; init; }

    /// <summary>Gets the server certificate seen before the failure, if any (for the settings check).</summary>
    internal TlsCertificateInfo? Certificate { get; init; }

    /// <summary>Gets the kind of credentials used to log in; <see langword="null"/> when the client did not log in.</summary>
    internal MailCredentialKind? Credentials { get; init; }
}
