using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace MailKitConfig;

/// <summary>
/// An SMTP client that measures a message only when the server needs its size (<c>SIZE=</c>), and can measure it
/// later when a failure needs to know how much was sent.
/// </summary>
/// <param name="logger">The protocol logger.</param>
internal sealed class SendingSmtpClient(IProtocolLogger logger) : SmtpClient(logger)
{
    private FormatOptions? deferredOptions;
    private MimeMessage? deferredMessage;

    /// <summary>
    /// Measures the message for <c>SIZE=</c>. When the server has no SIZE extension MailKit would measure only for the
    /// progress report, which serialises every message twice; the measurement is then deferred to
    /// <see cref="MeasureDeferredAsync"/>, which runs only after a failure.
    /// </summary>
    /// <param name="options">The formatting options MailKit sends with.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The size in bytes, or -1 when not measured now.</returns>
    protected override Task<long> GetSizeAsync(FormatOptions options, MimeMessage message, CancellationToken cancellationToken)
    {
        if (!Capabilities.HasFlag(SmtpCapabilities.Size))
        {
            (deferredOptions, deferredMessage) = (options, message);
            return Task.FromResult(-1L);
        }

        return base.GetSizeAsync(options, message, cancellationToken);
    }

    /// <summary>Measures the last message whose measurement was deferred, exactly as MailKit formats it for sending.</summary>
    /// <param name="message">The message that was being sent.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The size in bytes, or -1 when it cannot be known.</returns>
    public async ValueTask<long> MeasureDeferredAsync(MimeMessage message, CancellationToken cancellationToken)
        => ReferenceEquals(deferredMessage, message) && deferredOptions is { } options
            ? await base.GetSizeAsync(options, message, cancellationToken).ConfigureAwait(false)
            : -1;

    /// <summary>
    /// Lets go of the message whose measurement was deferred, once its send has ended: a connection that waits in the
    /// pool must not keep the caller's message and its attachments alive.
    /// </summary>
    public void ForgetDeferred() => (deferredOptions, deferredMessage) = (null, null);
}
