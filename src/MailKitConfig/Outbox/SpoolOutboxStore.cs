using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>
/// The outbox on one machine: a spool directory written Maildir-style. A message's content and record are written to
/// <c>tmp/</c>, flushed to disk, then renamed into <c>msg/</c> (content) and <c>new/</c> (record of a message not yet
/// final); a final record moves to <c>cur/</c>. Renames are atomic and directories are flushed after them, so a crash
/// at any point leaves either the old or the new state, never a half-written one.
/// </summary>
/// <remarks>
/// <para>Claims live in memory only: a message claimed but not started is still queued on disk, so after a crash it
/// is simply sent. The start of a transfer is written to disk before the first byte goes to the server; a message
/// found so after a restart is <see cref="MailOutboxStatus.DeliveryUnknown"/>.</para>
/// <para>One process at a time: the store holds an exclusive lock on <c>lock</c> in the directory.</para>
/// </remarks>
internal sealed partial class SpoolOutboxStore : IMailOutboxStore, IDisposable
{
    private const string Content = ".eml";
    private const string Record = ".json";

    private readonly string root;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, MailOutboxEntry> entries = new(StringComparer.Ordinal);
    private readonly List<MailOutboxEntry> abandoned = [];
    private FileStream? lockFile;

    /// <summary>Initializes a new instance of the <see cref="SpoolOutboxStore"/> class; the directory is opened on first use.</summary>
    /// <param name="options">The outbox options (the spool directory).</param>
    /// <param name="time">The clock.</param>
    public SpoolOutboxStore(IOptions<MailOutboxOptions> options, TimeProvider time)
    {
        root = Path.GetFullPath(options.Value.SpoolDirectory);
        this.time = time;
    }

    private string Tmp => Path.Combine(root, "tmp");

    private string Messages => Path.Combine(root, "msg");

    private string New => Path.Combine(root, "new");

    private string Cur => Path.Combine(root, "cur");

    /// <inheritdoc />
    public async Task<MailOutboxEntry> AddAsync(MailOutboxEntry entry, Func<Stream, CancellationToken, Task> writeContent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(writeContent);
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var temporary = Path.Combine(Tmp, entry.Id + Content);
        long size;
        try
        {
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                await writeContent(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
                size = file.Length;
            }

            File.Move(temporary, Path.Combine(Messages, entry.Id + Content));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        SyncDirectory(Messages);
        var stored = entry with { Size = size };
        WriteRecord(stored, New);
        await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            entries[stored.Id] = stored;
        }
        finally
        {
            gate.Release();
        }

        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailOutboxEntry>> RecoverAbandonedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var found = abandoned.ToList();
            abandoned.Clear();
            return found;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailOutboxEntry>> ClaimAsync(string account, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var claimed = entries.Values
                .Where(e => e.Status == MailOutboxStatus.Queued && (e.NextAttempt ?? e.Created) <= now && string.Equals(e.Account, account, StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .Take(max)
                .Select(e => e with { Status = MailOutboxStatus.Sending, Attempts = e.Attempts + 1 })
                .ToList();
            claimed.ForEach(e => entries[e.Id] = e); // in memory only: on disk the message stays queued until its transfer starts
            return claimed;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> MarkTransferStartedAsync(string id, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var entry = entries[id] with { TransferInProgress = true };
            WriteRecord(entry, New);
            entries[id] = entry;
            return true; // one process per spool: a claim is never taken over
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public Task<Stream> OpenContentAsync(string id, CancellationToken cancellationToken)
        => Task.FromResult<Stream>(new FileStream(Path.Combine(Messages, Checked(id) + Content), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan));

    /// <inheritdoc />
    public async Task<bool> UpdateAsync(MailOutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Persist(entry);
            entries[entry.Id] = entry;
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<MailOutboxEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return entries.GetValueOrDefault(id);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailOutboxEntry>> ListAsync(MailOutboxStatus? status, int max, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return entries.Values.Where(e => status is null || e.Status == status).OrderBy(e => e.Id, StringComparer.Ordinal).Take(max).ToList();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var old = entries.Values.Where(e => e.IsFinal && e.Completed < completedBefore).ToList();
            foreach (var entry in old)
            {
                File.Delete(Path.Combine(Messages, entry.Id + Content));
                File.Delete(Path.Combine(Cur, entry.Id + Record));
                entries.Remove(entry.Id);
            }

            return old.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Releases the directory's lock.</summary>
    public void Dispose()
    {
        lockFile?.Dispose();
        gate.Dispose();
    }

    /// <summary>Flushes a directory's entries (renames, deletions) to disk; a no-op where the system does not need it.</summary>
    /// <param name="directory">The directory.</param>
    internal static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS journals renames; a directory cannot be opened for flushing there
        }

        var fd = Native.Open(directory, 0);
        if (fd < 0)
        {
            throw new IOException($"Cannot open the spool directory {directory} to flush it (error {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Native.FSync(fd) != 0)
            {
                throw new IOException($"Cannot flush the spool directory {directory} to disk (error {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    private static string Checked(string id)
        => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit) ? id : throw new ArgumentException($"'{id}' is not an outbox message id.", nameof(id));

    private static MailOutboxEntry? ReadRecord(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), SpoolJson.Default.MailOutboxEntry);
        }
        catch (JsonException)
        {
            return null; // cannot happen after an atomic rename; a file edited by hand is skipped, not fatal
        }
    }

    private void WriteRecord(MailOutboxEntry entry, string directory)
    {
        var temporary = Path.Combine(Tmp, $"{entry.Id}.{Environment.CurrentManagedThreadId}.{Guid.NewGuid():N}{Record}");
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(file, entry, SpoolJson.Default.MailOutboxEntry);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(directory, entry.Id + Record), overwrite: true);
        SyncDirectory(directory);
    }

    /// <summary>Writes a record where its status belongs: <c>new/</c> while it is not final, <c>cur/</c> once it is (the content of a sent message is deleted).</summary>
    private void Persist(MailOutboxEntry entry)
    {
        if (!entry.IsFinal)
        {
            WriteRecord(entry, New);
            return;
        }

        WriteRecord(entry, Cur);
        File.Delete(Path.Combine(New, entry.Id + Record));
        SyncDirectory(New);
        if (entry.Status == MailOutboxStatus.Sent)
        {
            File.Delete(Path.Combine(Messages, entry.Id + Content));
        }
    }

    /// <summary>Opens the spool once: locks it, clears <c>tmp/</c>, loads the records and settles what a crash left behind.</summary>
    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref lockFile) is not null)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (lockFile is not null)
            {
                return;
            }

            foreach (var directory in new[] { root, Tmp, Messages, New, Cur })
            {
                Directory.CreateDirectory(directory);
            }

            FileStream locked;
            try
            {
                locked = new FileStream(Path.Combine(root, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException ex)
            {
                throw new IOException($"The outbox spool {root} is in use by another process; give each process its own spool directory, or share an outbox between processes with MailKitConfig.PostgreSql.", ex);
            }

            Load();
            Volatile.Write(ref lockFile, locked);
        }
        finally
        {
            gate.Release();
        }
    }

    private void Load()
    {
        foreach (var file in Directory.EnumerateFiles(Tmp))
        {
            File.Delete(file); // never renamed into place: not stored
        }

        foreach (var path in Directory.EnumerateFiles(Cur, "*" + Record))
        {
            if (ReadRecord(path) is { } entry)
            {
                entries[entry.Id] = entry;
            }
        }

        foreach (var path in Directory.EnumerateFiles(New, "*" + Record))
        {
            var entry = ReadRecord(path);
            if (entry is null || entries.ContainsKey(entry.Id))
            {
                File.Delete(path); // the final record was written before the crash; this one was about to be removed
                continue;
            }

            if (entry.TransferInProgress)
            {
                var unknown = entry with
                {
                    Status = MailOutboxStatus.DeliveryUnknown,
                    TransferInProgress = false,
                    Completed = time.GetUtcNow(),
                    LastFailure = new MailOutboxFailure(MailProblemKind.ConnectionBroken, false, MailProtocol.Smtp, MailOperationStage.Data, "The sending process stopped while the message was being transferred; the server may have accepted it, so it was not sent again."),
                };
                Persist(unknown);
                entries[entry.Id] = unknown;
                abandoned.Add(unknown);
            }
            else
            {
                entries[entry.Id] = entry with { Status = MailOutboxStatus.Queued };
            }
        }

        foreach (var path in Directory.EnumerateFiles(Messages, "*" + Content))
        {
            if (!entries.ContainsKey(Path.GetFileNameWithoutExtension(path)))
            {
                File.Delete(path); // its record was never committed: the enqueue did not return
            }
        }
    }

    /// <summary>The calls that flush a directory on Unix.</summary>
    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        public static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static partial int FSync(int fd);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        public static partial int Close(int fd);
    }
}

/// <summary>The spool's record format (source-generated, no reflection).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, IgnoreReadOnlyProperties = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MailOutboxEntry))]
internal sealed partial class SpoolJson : JsonSerializerContext;
