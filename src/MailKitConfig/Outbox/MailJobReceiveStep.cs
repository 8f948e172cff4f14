using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>The job's receiving half: <see cref="IMailReceiver"/> with the handlers of <see cref="MailJobOptions.Handlers"/>.</summary>
/// <param name="receiver">Receives the mail.</param>
/// <param name="options">The job options (handlers, receive options).</param>
internal sealed class MailJobReceiveStep(IMailReceiver receiver, IOptionsMonitor<MailJobOptions> options) : IMailJobReceiver
{
    /// <inheritdoc />
    public async Task<int?> ReceiveAsync(MailAccountSettings account, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        var handlers = current.Handlers.ToList();
        if (handlers.Count == 0)
        {
            return null; // nobody would see the messages: leave them on the server
        }

        var result = await receiver.ReceiveAsync(
            account,
            async (message, token) =>
            {
                foreach (var handler in handlers)
                {
                    await handler(message, token).ConfigureAwait(false);
                }
            },
            current.Receive,
            cancellationToken).ConfigureAwait(false);
        return result.Accepted;
    }
}
