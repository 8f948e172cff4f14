namespace MailKitConfig;

/// <summary>Turns an address and a secret into verified SMTP/IMAP/POP3 settings.</summary>
/// <remarks>
/// Sources, by priority: built-in provider presets, MX records of a known provider, Mozilla autoconfig (the domain's
/// own file, its well-known URL, the ISPDB), RFC 6186 SRV records, Microsoft Autodiscover v2, and guessing. They run
/// concurrently; the highest-priority source that finds settings wins as soon as no higher-priority source is still
/// pending; the whole call obeys one deadline.
/// </remarks>
public interface IMailAccountConfigurator
{
    /// <summary>Finds and verifies settings for an address.</summary>
    /// <param name="request">The address, the credentials and what the account is for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings, their source, hints and the trace; a failure is described in the result, not thrown.</returns>
    /// <exception cref="ArgumentException">The address is not a valid email address, or verification is asked for without credentials.</exception>
    Task<MailConfigurationResult> ConfigureAsync(MailConfigurationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Finds candidate servers without logging in (what a form shows before a password exists).</summary>
    /// <param name="address">The email address.</param>
    /// <param name="usage">What the account is for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unverified result: candidates, source, provider and its hints before login.</returns>
    /// <exception cref="ArgumentException">The address is not a valid email address.</exception>
    Task<MailConfigurationResult> FindCandidatesAsync(string address, MailUsage usage = MailUsage.SendAndReceive, CancellationToken cancellationToken = default);

    /// <summary>Verifies settings entered by hand, the same way discovered ones are.</summary>
    /// <param name="settings">The settings; must be valid and have credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result: the settings when every server accepted the login, otherwise the classified problem.</returns>
    /// <exception cref="MailSettingsException">The settings are invalid.</exception>
    Task<MailConfigurationResult> VerifyAsync(MailAccountSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Finds a working alternative for settings that stopped working, keeping the servers that still work.</summary>
    /// <param name="existing">The current settings.</param>
    /// <param name="credentials">New credentials, or <see langword="null"/> to keep the existing ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result with the merged settings.</returns>
    /// <exception cref="MailSettingsException">The settings are invalid.</exception>
    Task<MailConfigurationResult> ReconfigureAsync(MailAccountSettings existing, MailCredentials? credentials = null, CancellationToken cancellationToken = default);
}
