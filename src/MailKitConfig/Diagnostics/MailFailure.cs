namespace MailKitConfig;

/// <summary>What is known about a failure, as input for <see cref="MailProblemClassifier"/>.</summary>
/// <param name="Protocol">The protocol spoken.</param>
/// <param name="Stage">The step that failed.</param>
/// <remarks>
/// <see cref="ReplyText"/> may be the server's raw reply (several lines) or another program's error text with the
/// reply inside, e.g. <c>SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')</c> or a
/// <c>System.Net.Mail.SmtpException</c> message; the classifier finds the reply in it.
/// </remarks>
public sealed record MailFailure(MailProtocol Protocol, MailOperationStage Stage)
{
    /// <summary>Gets the server's reply, or an error text containing it.</summary>
    public string? ReplyText { get; init; }

    /// <summary>Gets the exception that reported the failure (MailKit's, the socket's, the TLS layer's), if any.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Gets the server's host name, if known; used to recognise the provider.</summary>
    public string? Host { get; init; }

    /// <summary>Gets the server's port, if known; used to recognise a wrong security mode and to suggest a fix.</summary>
    public int? Port { get; init; }

    /// <summary>Gets the security mode that was used, if known.</summary>
    public MailSecurity? Security { get; init; }

    /// <summary>Gets the provider, if already known (e.g. <c>Gmail</c>, <c>Microsoft</c>, <c>Yandex</c>, <c>MailRu</c>).</summary>
    public string? Provider { get; init; }

    /// <summary>Gets a value indicating whether the port was found to expect implicit TLS although the client did not speak it (a probe after a missing greeting).</summary>
    public bool PortSpeaksImplicitTls { get; init; }

    /// <summary>Gets the kind of credentials used to log in, or <see langword="null"/> when the client did not log in.</summary>
    public MailCredentialKind? CredentialKind { get; init; }

    /// <summary>
    /// Gets a value indicating whether the whole message had reached the server when the failure happened, so that it
    /// may have been delivered (<see cref="MailDeliveryUnknownException"/>); such a failure is never transient.
    /// </summary>
    public bool DeliveryUnknown { get; init; }

    /// <summary>Gets the server certificate seen in the TLS handshake, with this library's verdict on it, if any.</summary>
    internal TlsCertificateInfo? Certificate { get; init; }

    /// <summary>Describes a <see cref="MailOperationException"/> thrown by this library.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The failure, with the server's reply, the endpoint and the credentials used.</returns>
    public static MailFailure From(MailOperationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new MailFailure(exception.Protocol, exception.Stage)
        {
            ReplyText = exception.ServerReply,
            Exception = exception.InnerException,
            Host = exception.Host,
            Port = exception.Port,
            Security = exception.Security,
            CredentialKind = exception.Credentials,
            PortSpeaksImplicitTls = exception.PortSpeaksImplicitTls,
            DeliveryUnknown = exception is MailDeliveryUnknownException,
            Certificate = exception.Certificate,
        };
    }
}
