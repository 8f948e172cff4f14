using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;

namespace MailKitConfig;

/// <summary>Receives from one IMAP folder over an open, logged-in connection: incremental by UID, in batches of one FETCH each.</summary>
internal sealed class ImapReceiveSession : MailboxSession<ImapClient>
{
    /// <summary>
    /// The size of one partial FETCH when a large message is downloaded into a file. MailKit reads each FETCH into a
    /// MimeKit <c>MemoryBlockStream</c>, whose 2 KiB blocks come from a shared pool that keeps at most 200 of them
    /// (400 KiB): a chunk within that reuses the pooled blocks, a 1 MiB chunk allocated most of itself afresh (46 MiB
    /// allocated for a 51 MB message, against 16 MiB with 256 KiB).
    /// </summary>
    internal const int DownloadChunk = 256 * 1024;

    private IMailFolder folder = null!;
    private IMailFolder? moveTo;

    public ImapReceiveSession(MailConnection<ImapClient> connection, ReceiveContext context)
        : base(connection, context)
    {
    }

    /// <summary>Gets the folder read.</summary>
    public IMailFolder Folder => folder;

    private MailReceiveOptions Options => Context.Options;

    /// <summary>Whether accepted messages stay in the folder, so that they must be recognised after a UIDVALIDITY change.</summary>
    private bool MessagesStay => Options.AfterAccept is MailAfterAccept.Leave or MailAfterAccept.MarkSeen;

    /// <summary>Finds the folder (by name, special use, or the inbox) and names the mailbox.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the folder is known.</returns>
    public async Task FindFolderAsync(CancellationToken cancellationToken)
    {
        var client = Connection.Client;
        try
        {
            folder = Options.Folder is { } name ? await client.GetFolderAsync(name, cancellationToken).ConfigureAwait(false)
                : Options.SpecialFolder is { } special ? FindSpecial(client, special)
                : client.Inbox;
        }
        catch (FolderNotFoundException ex)
        {
            throw Connection.Fail(MailOperationStage.Mailbox, ex, $"the folder '{Options.Folder}' does not exist");
        }
        catch (Exception ex) when (IsServerFailure(ex, cancellationToken))
        {
            throw Fail(ex, "the folder could not be found");
        }

        Name("imap", folder.FullName);
    }

    /// <summary>Receives what arrived since the last poll.</summary>
    /// <param name="result">The receive's result.</param>
    /// <param name="folderOpen">Whether the folder is open already (watching): then no STATUS shortcut is needed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when every new message was handed over.</returns>
    public async Task PollAsync(MailReceiveResult result, bool folderOpen, CancellationToken cancellationToken)
    {
        result.Folder = folder.FullName;
        State ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!folderOpen)
            {
                if (State is { UidNext: > 0 } known && known.PendingActions.Count == 0 && !known.Retries.Values.Any(r => !r.Parked))
                {
                    // A poll with no new mail: one STATUS, whatever the folder's size.
                    await folder.StatusAsync(StatusItems.UidNext | StatusItems.UidValidity, cancellationToken).ConfigureAwait(false);
                    if (folder.UidValidity == known.UidValidity && folder.UidNext?.Id == known.UidNext)
                    {
                        return;
                    }
                }

                await OpenAsync(cancellationToken).ConfigureAwait(false);
            }

            await ReadAsync(result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsServerFailure(ex, cancellationToken))
        {
            throw Fail(ex, $"reading the folder '{folder.FullName}' failed");
        }
    }

    /// <summary>Opens the folder: read-only when accepted messages are left as they are.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the folder is open.</returns>
    public Task OpenAsync(CancellationToken cancellationToken)
        => folder.OpenAsync(Options.AfterAccept == MailAfterAccept.Leave ? FolderAccess.ReadOnly : FolderAccess.ReadWrite, cancellationToken);

    private static IMailFolder FindSpecial(ImapClient client, SpecialFolder special)
        => (client.Capabilities & (ImapCapabilities.SpecialUse | ImapCapabilities.XList)) != 0 && client.GetFolder(special) is { } found ? found
            : throw new FolderNotFoundException(special.ToString());

    private async Task ReadAsync(MailReceiveResult result, CancellationToken cancellationToken)
    {
        var uidNextAtOpen = folder.UidNext?.Id ?? 0;
        var state = await StartAsync(result, uidNextAtOpen, cancellationToken).ConfigureAwait(false);
        if (state.PendingActions.Count > 0)
        {
            await ApplyAfterAcceptAsync(state.PendingActions.Select(u => new UniqueId(state.UidValidity, u)).ToList(), cancellationToken).ConfigureAwait(false);
            state.PendingActions.Clear();
            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        var candidates = await FetchCandidatesAsync(state, cancellationToken).ConfigureAwait(false);
        for (var start = 0; start < candidates.Count; start += Context.Settings.BatchSize)
        {
            var batch = candidates.GetRange(start, Math.Min(Context.Settings.BatchSize, candidates.Count - start));
            var last = start + batch.Count >= candidates.Count; // the save below records the last batch
            await ReceiveBatchAsync(state, batch, result, saveAfter: !last, cancellationToken).ConfigureAwait(false);
        }

        if (state.RecheckBelowUid != 0 && state.LastUid + 1 >= state.RecheckBelowUid)
        {
            state.RecheckBelowUid = 0;
        }

        state.UidNext = Math.Max(uidNextAtOpen, state.LastUid + 1);
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the state on the first receive, or starts over after a UIDVALIDITY change.</summary>
    private async Task<MailReceiveState> StartAsync(MailReceiveResult result, uint uidNext, CancellationToken cancellationToken)
    {
        if (uidNext == 0 && folder.Count > 0)
        {
            // The server did not say UIDNEXT on SELECT: the highest UID is the last message's.
            var last = await folder.FetchAsync(folder.Count - 1, folder.Count - 1, MessageSummaryItems.UniqueId, cancellationToken).ConfigureAwait(false);
            uidNext = last.Count > 0 ? last[0].UniqueId.Id + 1 : 1;
        }

        var lastUid = uidNext > 0 ? uidNext - 1 : 0;
        if (State is null)
        {
            State = new MailReceiveState { UidValidity = folder.UidValidity, LastUid = Options.Start == MailReceiveStart.All ? 0 : lastUid };
            if (Options.Start == MailReceiveStart.Unseen)
            {
                foreach (var uid in await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken).ConfigureAwait(false))
                {
                    State.Retries[Id(uid.Id)] = new MailReceiveRetry();
                }
            }

            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (State.UidValidity != folder.UidValidity)
        {
            Context.Logger.UidValidityChanged(LogName, State.UidValidity, folder.UidValidity);
            result.AddWarning(ProblemCatalog.Current("Receive.UidValidityChanged", State.UidValidity, folder.UidValidity));
            State.UidValidity = folder.UidValidity;
            State.RecheckBelowUid = uidNext;
            State.LastUid = 0;
            State.UidNext = 0;
            State.Retries.Clear();
            State.PendingActions.Clear(); // their UIDs mean nothing now; the messages are recognised by fingerprint instead
            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        return State;
    }

    /// <summary>
    /// Lists the messages to hand over: those to retry and those above the last UID, with their sizes; with headers only
    /// for filters and after a UIDVALIDITY change (the server reads every message's file for them; otherwise the
    /// fingerprints of accepted messages come from the headers fetched with the message).
    /// </summary>
    private async Task<List<IMessageSummary>> FetchCandidatesAsync(MailReceiveState state, CancellationToken cancellationToken)
    {
        var filter = Options.Filter;
        var items = MessageSummaryItems.UniqueId | MessageSummaryItems.Size | (filter.HasAttachments is null ? 0 : MessageSummaryItems.BodyStructure);
        var request = filter.NeedsHeaders ? new FetchRequest(items) { Headers = HeaderSet.All }
            : state.RecheckBelowUid != 0 ? new FetchRequest(items) { Headers = new HeaderSet(MessageFingerprint.Headers) }
            : new FetchRequest(items);

        var candidates = new List<IMessageSummary>();
        var retry = state.Retries.Where(r => !r.Value.Parked).Select(r => new UniqueId(state.UidValidity, uint.Parse(r.Key, CultureInfo.InvariantCulture))).ToList();
        if (retry.Count > 0)
        {
            candidates.AddRange(await folder.FetchAsync(retry, request, cancellationToken).ConfigureAwait(false));
            foreach (var gone in retry.Where(u => !candidates.Any(c => c.UniqueId == u)))
            {
                state.Retries.Remove(Id(gone.Id)); // deleted by someone else meanwhile: nothing left to hand over
            }
        }

        if (state.LastUid < uint.MaxValue - 1)
        {
            var range = new UniqueIdRange(new UniqueId(state.UidValidity, state.LastUid + 1), UniqueId.MaxValue);
            var fresh = await folder.FetchAsync(range, request, cancellationToken).ConfigureAwait(false);
            candidates.AddRange(fresh.Where(s => s.UniqueId.Id > state.LastUid)); // "n:*" always returns the last message
        }

        candidates.Sort((a, b) => a.UniqueId.Id.CompareTo(b.UniqueId.Id));
        return candidates;
    }

    private async Task ReceiveBatchAsync(MailReceiveState state, List<IMessageSummary> batch, MailReceiveResult result, bool saveAfter, CancellationToken cancellationToken)
    {
        var accepted = new List<UniqueId>();
        var small = new Dictionary<UniqueId, IMessageSummary>();
        var large = new List<IMessageSummary>();
        var recheck = state.RecheckBelowUid != 0 ? state.Fingerprints.ToHashSet(StringComparer.Ordinal) : null;
        foreach (var summary in batch)
        {
            var size = (long)(summary.Size ?? 0);
            if (recheck is not null && summary.UniqueId.Id < state.RecheckBelowUid && recheck.Contains(MessageFingerprint.Of(summary.Headers, size)))
            {
                Context.Logger.Recognised(LogName, summary.UniqueId.Id);
                Advance(state, summary.UniqueId.Id);
            }
            else if (!Options.Filter.Passes(summary.Headers, size, summary.Body is null ? null : summary.Attachments.Any()))
            {
                result.Skipped++;
                state.Retries.Remove(Id(summary.UniqueId.Id));
                Advance(state, summary.UniqueId.Id);
            }
            else if (size > Context.Settings.LargeMessageSize)
            {
                large.Add(summary);
            }
            else
            {
                small.Add(summary.UniqueId, summary);
            }
        }

        if (small.Count > 0)
        {
            // One FETCH of BODY.PEEK[] for the whole batch; each message is parsed and handed over as it arrives.
            await ((ImapFolder)folder).GetStreamsAsync(small.Keys.ToList(), async (_, _, uid, stream, token) =>
            {
                var message = await MimeMessage.LoadAsync(stream, token).ConfigureAwait(false);
                await ReceiveOneAsync(state, small[uid], message.Headers, message, accepted, result, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var summary in large)
        {
            var headers = Options.Filter.NeedsHeaders && summary.Headers is { } fetched ? fetched : await folder.GetHeadersAsync(summary.UniqueId, cancellationToken).ConfigureAwait(false);
            await ReceiveOneAsync(state, summary, headers, null, accepted, result, cancellationToken).ConfigureAwait(false);
        }

        if (accepted.Count > 0 && Options.AfterAccept != MailAfterAccept.Leave)
        {
            if (Unsaved)
            {
                // The acceptances and their pending actions are recorded before the server acts on them: a message moved
                // or deleted must not be one whose acceptance a crash could still undo.
                await SaveAsync(cancellationToken).ConfigureAwait(false);
            }

            await ApplyAfterAcceptAsync(accepted, cancellationToken).ConfigureAwait(false);
            state.PendingActions.Clear();
        }

        if (saveAfter)
        {
            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReceiveOneAsync(MailReceiveState state, IMessageSummary summary, HeaderList headers, MimeMessage? message, List<UniqueId> accepted, MailReceiveResult result, CancellationToken cancellationToken)
    {
        var uid = summary.UniqueId;
        var size = (long)(summary.Size ?? 0);
        var key = new MailMessageKey(Context.Account.Address, MailProtocol.Imap, folder.FullName, state.UidValidity, uid.Id, null);
        FileStream? file = null;
        try
        {
            var mail = new ReceivedMail(key, size, headers, message, message is not null ? null : async token =>
            {
                file = TemporaryFile.Create();
                return await DownloadAsync(uid, file, token).ConfigureAwait(false);
            });
            if (await HandAsync(Id(uid.Id), mail, result, cancellationToken).ConfigureAwait(false))
            {
                if (Options.AfterAccept != MailAfterAccept.Leave)
                {
                    accepted.Add(uid);
                    state.PendingActions.Add(uid.Id);
                }

                if (MessagesStay && Context.Settings.MaxRememberedMessages > 0)
                {
                    Remember(state, MessageFingerprint.Of(summary.Headers ?? headers, size));
                }
            }

            Advance(state, uid.Id);
            await SaveAfterMessageAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Downloads a large message in partial FETCHes into a file and parses it from there (its parts stay in the file).</summary>
    private async Task<MimeMessage> DownloadAsync(UniqueId uid, FileStream file, CancellationToken cancellationToken)
    {
        try
        {
            for (var offset = 0; ; offset += DownloadChunk)
            {
                var before = file.Length;
                using (var chunk = await folder.GetStreamAsync(uid, offset, DownloadChunk, cancellationToken).ConfigureAwait(false))
                {
                    await chunk.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                }

                if (file.Length - before < DownloadChunk)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (IsServerFailure(ex, cancellationToken))
        {
            throw Fail(ex, $"downloading message {uid.Id} failed");
        }

        file.Position = 0;
        return await MimeMessage.LoadAsync(file, persistent: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyAfterAcceptAsync(IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        switch (Options.AfterAccept)
        {
            case MailAfterAccept.MarkSeen:
                await folder.StoreAsync(uids, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Silent = true }, cancellationToken).ConfigureAwait(false);
                break;
            case MailAfterAccept.Move:
                moveTo ??= await Connection.Client.GetFolderAsync(Options.MoveToFolder!, cancellationToken).ConfigureAwait(false);
                await folder.MoveToAsync(uids, moveTo, cancellationToken).ConfigureAwait(false);
                break;
            case MailAfterAccept.Delete:
                await folder.StoreAsync(uids, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Deleted) { Silent = true }, cancellationToken).ConfigureAwait(false);
                if (Connection.Client.Capabilities.HasFlag(ImapCapabilities.UidPlus))
                {
                    await folder.ExpungeAsync(uids, cancellationToken).ConfigureAwait(false); // UID EXPUNGE: only these messages
                }
                else
                {
                    await folder.ExpungeAsync(cancellationToken).ConfigureAwait(false); // without UIDPLUS: every message flagged \Deleted
                }

                break;
        }
    }

    private void Remember(MailReceiveState state, string fingerprint)
    {
        state.Fingerprints.Add(fingerprint);
        var excess = state.Fingerprints.Count - Context.Settings.MaxRememberedMessages;
        if (excess > 0)
        {
            state.Fingerprints.RemoveRange(0, excess);
        }
    }

    private static void Advance(MailReceiveState state, uint uid) => state.LastUid = Math.Max(state.LastUid, uid);

    private static string Id(uint uid) => uid.ToString(CultureInfo.InvariantCulture);
}
