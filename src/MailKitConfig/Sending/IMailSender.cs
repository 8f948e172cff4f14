namespace MailKitConfig;

/// <summary>Sends mail through an account's SMTP server.</summary>
public interface IMailSender
{
    /// <summary>Composes a message and sends it from the account.</summary>
    /// <param name="account">The sending account; must be valid and include <see cref="MailUsage.Send"/>.</param>
    /// <param name="message">The message to compose.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the server accepted.</returns>
    /// <exception cref="MailSettingsException">The account settings are invalid.</exception>
    /// <exception cref="ArgumentException">The message is invalid (a bad address, a line break in a header, no recipient); nothing was sent.</exception>
    /// <exception cref="MailOperationException">The server could not be reached, refused the login, a sender or recipient, or the message.</exception>
    Task<SendResult> SendAsync(MailAccountSettings account, OutgoingMessage message, CancellationToken cancellationToken = default);
}
