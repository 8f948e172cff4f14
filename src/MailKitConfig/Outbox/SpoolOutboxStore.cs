using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>
/// The outbox on one machine: a spool directory. A message's content is written Maildir-style to <c>tmp/</c>, flushed
/// to disk and renamed into <c>msg/</c>; its record, and every later change of it, is a line in the append-only
/// <c>journal</c> (<see cref="SpoolJournal"/>). A change is acknowledged only once it is on disk, and concurrent changes
/// share one flush (group commit), so durability costs a flush per batch, not per message. A crash at any point leaves
/// either the old or the new state, never a half-written one.
/// </summary>
/// <remarks>
/// <para>Claims live in memory only: a message claimed but not started is still queued on disk, so after a crash it
/// is simply sent. The start of a transfer is written to disk before the message's data goes to a connection; a message
/// found so after a restart is <see cref="MailOutboxStatus.DeliveryUnknown"/>.</para>
/// <para>One process at a time: the store holds an exclusive lock on <c>lock</c> in the directory.</para>
/// </remarks>
internal sealed class SpoolOutboxStore : IMailOutboxStore, IDisposable
{
    private const string Content = ".eml";

    /// <summary>The largest content read into memory at once to be sent (as the PostgreSQL store's default).</summary>
    private const long MemoryContentLimit = 256 * 1024;

    private readonly string root;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim opening = new(1, 1);
    private readonly object sync = new();
    private readonly Dictionary<string, MailOutboxEntry> entries = new(StringComparer.Ordinal);
    private readonly SortedSet<string> queued = new(StringComparer.Ordinal); // ids start with the time they were queued
    private readonly List<MailOutboxEntry> abandoned = [];
    private SpoolJournal? journal;
    private FileStream? lockFile;

    /// <summary>Initializes a new instance of the <see cref="SpoolOutboxStore"/> class; the directory is opened on first use.</summary>
    /// <param name="options">The outbox options (the spool directory).</param>
    /// <param name="time">The clock.</param>
    public SpoolOutboxStore(IOptions<MailOutboxOptions> options, TimeProvider time)
    {
        root = Path.GetFullPath(options.Value.SpoolDirectory);
        this.time = time;
    }

    /// <summary>Gets how many times the journal was flushed to disk since the spool was opened (for tests).</summary>
    internal int JournalFlushes => journal?.Flushes ?? 0;

    private string Tmp => Path.Combine(root, "tmp");

    private string Messages => Path.Combine(root, "msg");

    /// <inheritdoc />
    public async Task<MailOutboxEntry> AddAsync(MailOutboxEntry entry, Func<Stream, CancellationToken, Task> writeContent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(writeContent);
        var spool = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var content = ContentPath(Checked(entry.Id));
        var size = await AtomicFile.WriteAsync(content, writeContent, cancellationToken, Tmp, syncDirectory: false).ConfigureAwait(false);
        var stored = entry with { Size = size };
        try
        {
            await spool.AppendAsync(stored, contentAdded: true).ConfigureAwait(false); // flushes msg/ first, shared with concurrent enqueues
        }
        catch
        {
            File.Delete(content);
            throw;
        }

        lock (sync)
        {
            Set(stored);
        }

        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailOutboxEntry>> RecoverAbandonedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        lock (sync)
        {
            var found = abandoned.ToList();
            abandoned.Clear();
            return found;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailOutboxEntry>> ClaimAsync(string account, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        lock (sync)
        {
            var claimed = queued.Select(id => entries[id])
                .Where(e => (e.NextAttempt ?? e.Created) <= now && string.Equals(e.Account, account, StringComparison.OrdinalIgnoreCase))
                .Take(max)
                .Select(e => e with { Status = MailOutboxStatus.Sending, Attempts = e.Attempts + 1 })
                .ToList();
            claimed.ForEach(Set); // in memory only: on disk the message stays queued until its transfer starts
            return claimed;
        }
    }

    /// <inheritdoc />
    public async Task<bool> MarkTransferStartedAsync(string id, CancellationToken cancellationToken)
    {
        var spool = await OpenAsync(cancellationToken).ConfigureAwait(false);
        MailOutboxEntry entry;
        lock (sync)
        {
            entry = entries[id] with { TransferInProgress = true };
        }

        await spool.AppendAsync(entry).ConfigureAwait(false);
        lock (sync)
        {
            Set(entry);
        }

        return true; // one process per spool: a claim is never taken over
    }

    /// <inheritdoc />
    /// <remarks>A small message (up to <see cref="MemoryContentLimit"/>) is read whole at once; a larger one is streamed from its file.</remarks>
    public Task<Stream> OpenContentAsync(string id, CancellationToken cancellationToken)
    {
        var file = new FileStream(ContentPath(Checked(id)), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (file.Length > MemoryContentLimit)
        {
            return Task.FromResult<Stream>(file);
        }

        using (file)
        {
            var content = new byte[file.Length];
            file.ReadExactly(content); // one read(2), without a hop to another thread as an asynchronous read of a file takes
            return Task.FromResult<Stream>(new MemoryStream(content, writable: false));
        }
    }

    /// <inheritdoc />
    public async Task<bool> UpdateAsync(MailOutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var spool = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await spool.AppendAsync(entry).ConfigureAwait(false);
        lock (sync)
        {
            Set(entry);
        }

        if (entry.Status == MailOutboxStatus.Sent)
        {
            File.Delete(ContentPath(entry.Id)); // not needed any more; a deletion lost in a crash is repeated on opening
        }

        return true;
    }

    /// <inheritdoc />
    public async Task<MailOutboxEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        lock (sync)
        {
            return entries.GetValueOrDefault(id);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailOutboxEntry>> ListAsync(MailOutboxStatus? status, int max, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        lock (sync)
        {
            return entries.Values.Where(e => status is null || e.Status == status).OrderBy(e => e.Id, StringComparer.Ordinal).Take(max).ToList();
        }
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken)
    {
        var spool = await OpenAsync(cancellationToken).ConfigureAwait(false);
        List<string> old;
        lock (sync)
        {
            old = entries.Values.Where(e => e.IsFinal && e.Completed < completedBefore).Select(e => e.Id).ToList();
        }

        if (old.Count == 0)
        {
            return 0;
        }

        await spool.AppendPurgedAsync(old).ConfigureAwait(false);
        lock (sync)
        {
            old.ForEach(id => entries.Remove(id));
        }

        old.ForEach(id => File.Delete(ContentPath(id)));
        return old.Count;
    }

    /// <summary>Closes the journal and releases the directory's lock.</summary>
    public void Dispose()
    {
        journal?.Dispose();
        lockFile?.Dispose();
        opening.Dispose();
    }

    private static string Checked(string id)
        => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit) ? id : throw new ArgumentException($"'{id}' is not an outbox message id.", nameof(id));

    private string ContentPath(string id) => Path.Combine(Messages, id + Content);

    /// <summary>Keeps a record in memory, and the queue of messages waiting in id order.</summary>
    private void Set(MailOutboxEntry entry)
    {
        entries[entry.Id] = entry;
        if (entry.Status == MailOutboxStatus.Queued)
        {
            queued.Add(entry.Id);
        }
        else
        {
            queued.Remove(entry.Id);
        }
    }

    /// <summary>Opens the spool once: locks it, clears <c>tmp/</c>, reads the journal and settles what a crash left behind.</summary>
    private async Task<SpoolJournal> OpenAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref journal) is { } open)
        {
            return open;
        }

        await opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (journal is not null)
            {
                return journal;
            }

            foreach (var directory in new[] { root, Tmp, Messages })
            {
                Directory.CreateDirectory(directory);
            }

            try
            {
                lockFile ??= new FileStream(Path.Combine(root, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException ex)
            {
                throw new IOException(ProblemCatalog.Current("Outbox.SpoolInUse", root), ex);
            }

            foreach (var file in Directory.EnumerateFiles(Tmp))
            {
                File.Delete(file); // never renamed into place: not stored
            }

            var (opened, found) = await SpoolJournal.OpenAsync(Path.Combine(root, "journal"), Tmp, Messages, Settle, cancellationToken).ConfigureAwait(false);
            lock (sync)
            {
                found.ForEach(Set);
            }

            foreach (var path in Directory.EnumerateFiles(Messages, "*" + Content))
            {
                var kept = entries.GetValueOrDefault(Path.GetFileNameWithoutExtension(path));
                if (kept is null || kept.Status == MailOutboxStatus.Sent)
                {
                    File.Delete(path); // its record was never committed (the enqueue did not return), or it was sent
                }
            }

            Volatile.Write(ref journal, opened);
            return opened;
        }
        finally
        {
            opening.Release();
        }
    }

    /// <summary>What a record read on opening becomes: a transfer in progress (its sender stopped) is delivery unknown, and reported once; a claim is queued again.</summary>
    private MailOutboxEntry Settle(MailOutboxEntry entry)
    {
        if (!entry.TransferInProgress)
        {
            return entry.Status == MailOutboxStatus.Sending ? entry with { Status = MailOutboxStatus.Queued } : entry;
        }

        var unknown = entry with
        {
            Status = MailOutboxStatus.DeliveryUnknown,
            TransferInProgress = false,
            Completed = time.GetUtcNow(),
            LastFailure = new MailOutboxFailure(MailProblemKind.ConnectionBroken, false, MailProtocol.Smtp, MailOperationStage.Data, "The sending process stopped while the message was being transferred; the server may have accepted it, so it was not sent again."),
        };
        lock (sync)
        {
            abandoned.Add(unknown);
        }

        return unknown;
    }
}

/// <summary>The spool's record format (source-generated, no reflection).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, IgnoreReadOnlyProperties = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SpoolJournalLine))]
internal sealed partial class SpoolJson : JsonSerializerContext;
