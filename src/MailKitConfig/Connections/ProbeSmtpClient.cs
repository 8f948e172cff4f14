using MailKit;
using MailKit.Net.Smtp;

namespace MailKitConfig;

/// <summary>An SMTP client that can ask the server about an envelope without sending a message (MAIL FROM, RCPT TO, RSET).</summary>
/// <param name="logger">The protocol logger.</param>
internal sealed class ProbeSmtpClient(IProtocolLogger logger) : SmtpClient(logger)
{
    /// <summary>Sends one command and returns the reply.</summary>
    /// <param name="command">The command line, without CRLF.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The server's reply.</returns>
    public Task<SmtpResponse> CommandAsync(string command, CancellationToken cancellationToken)
        => SendCommandAsync(command + "\r\n", cancellationToken);
}
