namespace MailKitConfig;

/// <summary>The mechanical fixes: the paired port and security mode (587 STARTTLS ↔ 465 TLS, 143 ↔ 993, 110 ↔ 995), encryption, login.</summary>
internal static class SettingsRemedy
{
    /// <summary>Suggests a settings change for a problem, when one follows from the problem and the settings used.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The change, or <see langword="null"/>.</returns>
    public static MailSettingsChange? Suggest(MailProblem problem)
    {
        var failure = problem.Failure;
        if (problem.Kind == MailProblemKind.AuthenticationRequired && failure.CredentialKind is null)
        {
            return new MailSettingsChange(failure.Protocol, null, RequiresLogin: true, ProblemCatalog.Text("Remedy.Login", problem.Culture));
        }

        if (failure is not { Host: { } host, Port: { } port, Security: { } security })
        {
            return null;
        }

        var endpoint = new ServerEndpoint(host, port, security);
        var alternative = problem.Kind switch
        {
            MailProblemKind.WrongSecurityMode => Paired(failure.Protocol, endpoint),
            MailProblemKind.TlsHandshakeFailed when IsStandardPort(failure.Protocol, port) => Paired(failure.Protocol, endpoint),
            MailProblemKind.EncryptionRequired when security is MailSecurity.None or MailSecurity.StartTlsWhenAvailable => endpoint with { Security = MailSecurity.StartTlsRequired },
            _ => null,
        };

        return alternative is null || alternative == endpoint
            ? null
            : new MailSettingsChange(failure.Protocol, alternative, RequiresLogin: false, ProblemCatalog.Format(problem.Culture, "Remedy.Endpoint", alternative.Port, ProblemCatalog.Text($"Security.{alternative.Security}", problem.Culture)));
    }

    /// <summary>The other standard way to reach the same service: the paired port, or on a non-standard port the other security mode.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="endpoint">The settings that failed.</param>
    /// <returns>The alternative.</returns>
    public static ServerEndpoint Paired(MailProtocol protocol, ServerEndpoint endpoint) => (protocol, endpoint.Port) switch
    {
        (MailProtocol.Smtp, 587 or ServerEndpoint.SmtpRelayPort) => endpoint with { Port = 465, Security = MailSecurity.ImplicitTls },
        (MailProtocol.Smtp, 465) => endpoint with { Port = 587, Security = MailSecurity.StartTlsRequired },
        (MailProtocol.Imap, 143) => endpoint with { Port = 993, Security = MailSecurity.ImplicitTls },
        (MailProtocol.Imap, 993) => endpoint with { Port = 143, Security = MailSecurity.StartTlsRequired },
        (MailProtocol.Pop3, 110) => endpoint with { Port = 995, Security = MailSecurity.ImplicitTls },
        (MailProtocol.Pop3, 995) => endpoint with { Port = 110, Security = MailSecurity.StartTlsRequired },
        _ => endpoint with { Security = endpoint.Security == MailSecurity.ImplicitTls ? MailSecurity.StartTlsRequired : MailSecurity.ImplicitTls },
    };

    private static bool IsStandardPort(MailProtocol protocol, int port) => (protocol, port) is
        (MailProtocol.Smtp, ServerEndpoint.SmtpRelayPort or 465 or 587) or (MailProtocol.Imap, 143 or 993) or (MailProtocol.Pop3, 110 or 995);
}
