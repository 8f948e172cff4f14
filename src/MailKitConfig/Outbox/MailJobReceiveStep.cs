using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>The job's receiving half: <see cref="IMailReceiver"/> with the handlers of <see cref="MailJobOptions.Handlers"/>.</summary>
/// <param name="receiver">Receives the mail.</param>
/// <param name="options">The job options (handlers, receive options).</param>
/// <param name="receiveLock">Makes receiving for an account exclusive among servers; optional.</param>
internal sealed class MailJobReceiveStep(IMailReceiver receiver, IOptionsMonitor<MailJobOptions> options, IMailReceiveLock? receiveLock = null) : IMailJobReceiver
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

        if (receiveLock is null)
        {
            return await ReceiveAsync(account, current, handlers, cancellationToken).ConfigureAwait(false);
        }

        var lease = await receiveLock.TryAcquireAsync(account.Address, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return null; // another server receives for this account now
        }

        await using (lease.ConfigureAwait(false))
        {
            using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            try
            {
                return await ReceiveAsync(account, current, handlers, held.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException("Receiving stopped: this server lost the account's receive lock (its database connection broke); another server may take over.", ex);
            }
        }
    }

    private async Task<int?> ReceiveAsync(MailAccountSettings account, MailJobOptions current, List<MailReceiveHandler> handlers, CancellationToken cancellationToken)
    {
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
