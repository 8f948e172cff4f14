namespace MailKitConfig;

/// <summary>A mail server to connect to: host name, port and how the connection is protected.</summary>
/// <param name="Host">The host name or IP address of the server, e.g. <c>smtp.example.com</c>.</param>
/// <param name="Port">The TCP port, 1 to 65535, e.g. 587.</param>
/// <param name="Security">How the connection is protected.</param>
/// <remarks>The endpoint is checked by <see cref="MailAccountSettings.Validate"/>, not by this constructor.</remarks>
public sealed record ServerEndpoint(string Host, int Port, MailSecurity Security)
{
    /// <summary>Returns the security a port implies when none is given: implicit TLS on 465, 993 and 995, otherwise STARTTLS (required).</summary>
    /// <param name="port">The port.</param>
    /// <returns>The security.</returns>
    public static MailSecurity DefaultSecurity(int port) => port is 465 or 993 or 995 ? MailSecurity.ImplicitTls : MailSecurity.StartTlsRequired;

    /// <summary>SMTP's relay port, where mail servers hand mail to each other and no client logs in (RFC 5321).</summary>
    internal const int SmtpRelayPort = 25;

    /// <summary>Returns <c>host:port (security)</c>.</summary>
    /// <returns>A short description of the endpoint.</returns>
    public override string ToString() => $"{Host}:{Port} ({Security})";
}
