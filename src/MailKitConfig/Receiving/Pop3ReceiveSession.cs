using MailKit.Net.Pop3;
using MimeKit;

namespace MailKitConfig;

/// <summary>Receives from a POP3 maildrop over an open, logged-in connection, tracking messages by UIDL.</summary>
internal sealed class Pop3ReceiveSession : MailboxSession<Pop3Client>
{
    public Pop3ReceiveSession(MailConnection<Pop3Client> connection, ReceiveContext context)
        : base(connection, context)
    {
        Name("pop3", "INBOX");
    }

    /// <summary>Receives what arrived since the last poll, and deletes what the options say should go.</summary>
    /// <param name="result">The receive's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when every new message was handed over (deletions take effect at QUIT).</returns>
    public async Task PollAsync(MailReceiveResult result, CancellationToken cancellationToken)
    {
        var client = Connection.Client;
        var firstRun = (State ??= await LoadAsync(cancellationToken).ConfigureAwait(false)) is null;
        var state = State ??= new MailReceiveState();
        try
        {
            var count = client.Count;
            var hasUidl = client.Capabilities.HasFlag(Pop3Capabilities.UIDL);
            if (!hasUidl)
            {
                Context.Logger.NoUidl(LogName);
                result.AddWarning(ProblemCatalog.Current("Receive.NoUidl"));
            }

            var sizes = count == 0 ? [] : await client.GetMessageSizesAsync(cancellationToken).ConfigureAwait(false);
            var ids = count == 0 ? [] : hasUidl ? await client.GetMessageUidsAsync(cancellationToken).ConfigureAwait(false) : await FingerprintsAsync(sizes, cancellationToken).ConfigureAwait(false);
            var now = Context.Time.GetUtcNow();
            for (var index = 0; index < count; index++)
            {
                var id = ids[index];
                if (state.AcceptedUidls.TryGetValue(id, out var acceptedAt))
                {
                    await DeleteIfDueAsync(index, acceptedAt, now, cancellationToken).ConfigureAwait(false);
                }
                else if (firstRun && Context.Options.Start == MailReceiveStart.NewMessages)
                {
                    state.Retries[id] = new MailReceiveRetry { Parked = true, LastError = "in the mailbox before the first receive" };
                }
                else if (state.Retries.GetValueOrDefault(id) is not { Parked: true })
                {
                    await ReceiveOneAsync(state, index, id, sizes[index], result, cancellationToken).ConfigureAwait(false);
                }
            }

            if (hasUidl)
            {
                // Forget messages no longer on the server (the state would grow forever otherwise).
                var present = ids.ToHashSet(StringComparer.Ordinal);
                foreach (var gone in state.AcceptedUidls.Keys.Where(k => !present.Contains(k)).ToList())
                {
                    state.AcceptedUidls.Remove(gone);
                }

                foreach (var gone in state.Retries.Keys.Where(k => !present.Contains(k)).ToList())
                {
                    state.Retries.Remove(gone);
                }
            }

            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsServerFailure(ex, cancellationToken))
        {
            throw Fail(ex, "reading the maildrop failed");
        }
    }

    private async Task ReceiveOneAsync(MailReceiveState state, int index, string id, int size, MailReceiveResult result, CancellationToken cancellationToken)
    {
        var client = Connection.Client;
        var large = size > Context.Settings.LargeMessageSize;
        var filter = Context.Options.Filter;
        MimeMessage? message = null;
        HeaderList headers;
        if ((large || filter.NeedsHeaders) && client.Capabilities.HasFlag(Pop3Capabilities.Top))
        {
            headers = await client.GetMessageHeadersAsync(index, cancellationToken).ConfigureAwait(false); // TOP n 0
        }
        else
        {
            message = await client.GetMessageAsync(index, cancellationToken).ConfigureAwait(false);
            headers = message.Headers;
        }

        bool? hasAttachments = message is null ? null : message.Attachments.Any();
        if (!filter.Passes(headers, size, hasAttachments))
        {
            result.Skipped++;
            state.Retries[id] = new MailReceiveRetry { Parked = true, LastError = "skipped by the filter" };
            await SaveAfterMessageAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        FileStream? file = null;
        try
        {
            var key = new MailMessageKey(Context.Account.Address, MailProtocol.Pop3, "INBOX", 0, 0, id);
            var mail = new ReceivedMail(key, size, headers, message, async token =>
            {
                file = TemporaryFile.Create();
                using (var stream = await client.GetStreamAsync(index, headersOnly: false, token).ConfigureAwait(false))
                {
                    await stream.CopyToAsync(file, token).ConfigureAwait(false);
                }

                file.Position = 0;
                return await MimeMessage.LoadAsync(file, persistent: true, token).ConfigureAwait(false);
            });
            if (await HandAsync(id, mail, result, cancellationToken).ConfigureAwait(false))
            {
                var now = Context.Time.GetUtcNow();
                state.AcceptedUidls[id] = now;
                await SaveAfterMessageAsync(cancellationToken).ConfigureAwait(false);
                await DeleteIfDueAsync(index, now, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await SaveAfterMessageAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Deletes an accepted message when the options say so (DELE takes effect at QUIT; until then, and if the connection drops, the state keeps it from being handed over again).</summary>
    private async Task DeleteIfDueAsync(int index, DateTimeOffset acceptedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = Context.Options;
        if (options.AfterAccept == MailAfterAccept.Delete || (options.DeleteFromServerAfter is { } after && now - acceptedAt >= after))
        {
            await Connection.Client.DeleteMessageAsync(index, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>On a server without UIDL: a fingerprint of each message's Message-Id and size (read with TOP).</summary>
    private async Task<IList<string>> FingerprintsAsync(IList<int> sizes, CancellationToken cancellationToken)
    {
        var ids = new List<string>(sizes.Count);
        for (var index = 0; index < sizes.Count; index++)
        {
            var headers = Connection.Client.Capabilities.HasFlag(Pop3Capabilities.Top)
                ? await Connection.Client.GetMessageHeadersAsync(index, cancellationToken).ConfigureAwait(false)
                : (await Connection.Client.GetMessageAsync(index, cancellationToken).ConfigureAwait(false)).Headers;
            ids.Add("fp:" + MessageFingerprint.Of(headers, sizes[index]));
        }

        return ids;
    }
}
