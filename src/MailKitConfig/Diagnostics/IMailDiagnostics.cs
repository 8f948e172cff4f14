namespace MailKitConfig;

/// <summary>"Check settings": runs every step of connecting to an account's servers and explains what fails.</summary>
public interface IMailDiagnostics
{
    /// <summary>
    /// Checks each configured server of the account (SMTP, IMAP, POP3 in parallel) step by step: DNS, TCP, TLS,
    /// greeting, capabilities, STARTTLS, login and a harmless verification; never logs in more than once per server.
    /// </summary>
    /// <param name="account">The account; must be valid.</param>
    /// <param name="options">How to check; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The report; failures are in the report, not thrown.</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    Task<MailCheckReport> CheckAsync(MailAccountSettings account, MailCheckOptions? options = null, CancellationToken cancellationToken = default);
}
