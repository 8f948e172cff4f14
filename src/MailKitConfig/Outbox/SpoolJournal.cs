using System.Buffers;
using System.Text.Json;

namespace MailKitConfig;

/// <summary>
/// The spool's record of every message: an append-only file of JSON lines, one per change (the whole record, or the
/// deletion of a purged message), the last line of a message winning. Concurrent changes share one flush to disk
/// (group commit): a change is handed to the one writer (a thread of its own while the journal is open), which writes
/// every change waiting at that moment and flushes the file once; each caller's task completes when its change is on
/// disk. A batch that adds messages first flushes the content directory, so a record is never on disk before its
/// content's name.
/// </summary>
/// <remarks>
/// A crash can leave half a line at the end (never flushed, so never acknowledged): reading skips it, and opening
/// rewrites the file without it. The file is rewritten (atomically) with one line per message when it holds more
/// than twice as many lines as messages, and at least <see cref="CompactAfter"/>.
/// </remarks>
internal sealed class SpoolJournal : IDisposable
{
    /// <summary>The fewest lines after which the journal is rewritten.</summary>
    internal const int CompactAfter = 4096;

    private readonly string path;
    private readonly string temporaryDirectory;
    private readonly string contentDirectory;
    private readonly Dictionary<string, byte[]> live;
    private readonly object sync = new();
    private readonly Thread writer;
    private List<Change> pending = [];
    private bool disposed;
    private IOException? broken;
    private FileStream stream;
    private long committedLength;
    private int lines;

    private SpoolJournal(string path, string temporaryDirectory, string contentDirectory, Dictionary<string, byte[]> live)
    {
        this.path = path;
        this.temporaryDirectory = temporaryDirectory;
        this.contentDirectory = contentDirectory;
        this.live = live;
        stream = OpenForAppending();
        writer = new Thread(Commit) { IsBackground = true, Name = "MailKitConfig outbox journal" };
        writer.Start();
    }

    /// <summary>Gets how many times the file was flushed to disk since it was opened (for tests).</summary>
    internal int Flushes { get; private set; }

    /// <summary>Reads the journal, lets the caller settle what a crash left behind, and rewrites it with one line per message.</summary>
    /// <param name="path">The journal's path.</param>
    /// <param name="temporaryDirectory">Where the rewrite is written before it is renamed into place.</param>
    /// <param name="contentDirectory">The directory flushed before records of new messages are written.</param>
    /// <param name="settle">Turns each record read into the record to keep (e.g. a transfer in progress into delivery unknown).</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The journal, open for appending, and the records it holds.</returns>
    public static async Task<(SpoolJournal Journal, List<MailOutboxEntry> Entries)> OpenAsync(string path, string temporaryDirectory, string contentDirectory, Func<MailOutboxEntry, MailOutboxEntry> settle, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, MailOutboxEntry>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            for (var start = 0; start < content.Length;)
            {
                var length = content.AsSpan(start).IndexOf((byte)'\n') is var end and >= 0 ? end : content.Length - start;
                var line = Parse(content.AsSpan(start, length));
                start += length + 1;
                switch (line)
                {
                    case { Entry: { } entry }:
                        entries[entry.Id] = entry;
                        break;
                    case { Purged: { } id }:
                        entries.Remove(id);
                        break;
                }
            }
        }

        var settled = entries.Values.Select(settle).ToList();
        var live = settled.ToDictionary(e => e.Id, Serialize, StringComparer.Ordinal);
        await WriteAllAsync(path, temporaryDirectory, live.Values, cancellationToken).ConfigureAwait(false);
        return (new SpoolJournal(path, temporaryDirectory, contentDirectory, live), settled);
    }

    /// <summary>Records a message's record durably.</summary>
    /// <param name="entry">The record.</param>
    /// <param name="contentAdded">Whether the message's content was just renamed into the content directory (which must be flushed first).</param>
    /// <returns>A task that completes when the record is on disk.</returns>
    public Task AppendAsync(MailOutboxEntry entry, bool contentAdded = false)
        => AppendAsync([new Change(entry.Id, Serialize(entry), contentAdded, Purged: false)]);

    /// <summary>Records durably that messages were deleted.</summary>
    /// <param name="ids">The messages' ids.</param>
    /// <returns>A task that completes when the deletion is on disk.</returns>
    public Task AppendPurgedAsync(IEnumerable<string> ids)
        => AppendAsync(ids.Select(id => new Change(id, JsonSerializer.SerializeToUtf8Bytes(new SpoolJournalLine { Purged = id }, SpoolJson.Default.SpoolJournalLine), ContentAdded: false, Purged: true)).ToList());

    /// <summary>Closes the file; changes still waiting are written first.</summary>
    public void Dispose()
    {
        lock (sync)
        {
            disposed = true;
            Monitor.Pulse(sync);
        }

        writer.Join(); // it writes what waits, closes the file and ends
    }

    private static byte[] Serialize(MailOutboxEntry entry) => JsonSerializer.SerializeToUtf8Bytes(new SpoolJournalLine { Entry = entry }, SpoolJson.Default.SpoolJournalLine);

    private static SpoolJournalLine? Parse(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(line, SpoolJson.Default.SpoolJournalLine);
        }
        catch (JsonException)
        {
            return null; // the unflushed end of a write cut by a crash: it was never acknowledged
        }
    }

    private static Task<long> WriteAllAsync(string path, string temporaryDirectory, IEnumerable<byte[]> records, CancellationToken cancellationToken)
        => AtomicFile.WriteAsync(
            path,
            async (file, token) =>
            {
                foreach (var record in records)
                {
                    await file.WriteAsync(record, token).ConfigureAwait(false);
                    file.WriteByte((byte)'\n');
                }
            },
            cancellationToken,
            temporaryDirectory);

    private FileStream OpenForAppending()
    {
        var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
        committedLength = file.Length;
        lines = live.Count;
        return file;
    }

    private Task AppendAsync(List<Change> changes)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (broken is not null)
            {
                throw new IOException($"The outbox spool's journal {path} could not be repaired after a failed write; the spool accepts changes again once it is reopened (the process restarted).", broken);
            }

            foreach (var change in changes)
            {
                pending.Add(change with { Done = done });
            }

            Monitor.Pulse(sync); // the writer takes it with the next batch
        }

        return done.Task;
    }

    /// <summary>The one writer, on a thread of its own (it blocks in fsync(2)): writes and flushes what is waiting, batch after batch, until the journal is closed.</summary>
    private void Commit()
    {
        while (true)
        {
            List<Change> batch;
            lock (sync)
            {
                while (pending.Count == 0)
                {
                    if (disposed)
                    {
                        stream.Dispose();
                        return;
                    }

                    Monitor.Wait(sync);
                }

                batch = pending;
                pending = [];
            }

            var waiting = batch.Select(c => c.Done!).Distinct().ToList();
            try
            {
                Write(batch);
                waiting.ForEach(d => d.TrySetResult());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Undo(ex);
                waiting.ForEach(d => d.TrySetException(ex));
                continue;
            }

            if (lines > Math.Max(CompactAfter, 2 * live.Count))
            {
                Compact();
            }
        }
    }

    private void Write(List<Change> batch)
    {
        if (batch.Exists(c => c.ContentAdded))
        {
            AtomicFile.SyncDirectory(contentDirectory);
        }

        var buffer = new ArrayBufferWriter<byte>(batch.Sum(c => c.Line.Length + 1));
        foreach (var change in batch)
        {
            buffer.Write(change.Line);
            buffer.Write("\n"u8);
        }

        stream.Write(buffer.WrittenSpan);
        stream.Flush(flushToDisk: true);
        Flushes++;
        committedLength += buffer.WrittenCount;
        lines += batch.Count;
        foreach (var change in batch)
        {
            if (change.Purged)
            {
                live.Remove(change.Id);
            }
            else
            {
                live[change.Id] = change.Line;
            }
        }
    }

    /// <summary>Cuts off a batch that failed to be written (e.g. a full disk), so that the next batch starts on a line of its own.</summary>
    private void Undo(Exception failure)
    {
        try
        {
            stream.SetLength(committedLength);
        }
        catch (IOException)
        {
            // The next batch would continue the broken line. Reopening reads up to its end and skips it.
            lock (sync)
            {
                broken = new IOException("A write to the outbox spool's journal failed and could not be undone.", failure);
            }
        }
    }

    private void Compact()
    {
        try
        {
            WriteAllAsync(path, temporaryDirectory, live.Values.ToList(), CancellationToken.None).GetAwaiter().GetResult(); // on the writer's own thread
            stream.Dispose();
            stream = OpenForAppending();
        }
        catch (IOException)
        {
            // compaction saves space only; the journal as it is stays valid
        }
    }

    /// <summary>A change waiting to be written.</summary>
    private sealed record Change(string Id, byte[] Line, bool ContentAdded, bool Purged)
    {
        public TaskCompletionSource? Done { get; init; }
    }
}

/// <summary>One line of the spool's journal: a message's record, or the deletion of a purged message.</summary>
internal sealed class SpoolJournalLine
{
    /// <summary>Gets or sets the record.</summary>
    public MailOutboxEntry? Entry { get; set; }

    /// <summary>Gets or sets the id of a deleted message.</summary>
    public string? Purged { get; set; }
}
