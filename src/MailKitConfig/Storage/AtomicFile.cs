using System.Runtime.InteropServices;

namespace MailKitConfig;

/// <summary>
/// Writes files so that a crash at any point leaves either the old content or the new, never a mix: the content goes
/// to a temporary file, which is flushed to disk (<c>fsync</c>) and renamed into place (atomic), and the directory is
/// flushed so that the rename itself survives a power loss. Used by the outbox's spool, the receive state store and
/// the OAuth token store.
/// </summary>
internal static partial class AtomicFile
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Writes a file atomically and durably.</summary>
    /// <param name="path">The file's final path; an existing file there is replaced.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="cancellationToken">Cancels the write; the old file (if any) stays then.</param>
    /// <param name="temporaryDirectory">Where the temporary file is written (on the same file system); <see langword="null"/> for the file's own directory.</param>
    /// <param name="syncDirectory"><see langword="false"/> when the caller flushes the directory itself, e.g. once for several files (<see cref="SyncDirectory"/>); the rename is durable only after that.</param>
    /// <param name="unixMode">The file's permissions on Unix (e.g. owner-only for a secret), set when the temporary file is created, so the content is never readable by others; <see langword="null"/> for the default (the process's umask).</param>
    /// <returns>The size of the written file in bytes.</returns>
    public static async Task<long> WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken, string? temporaryDirectory = null, bool syncDirectory = true, UnixFileMode? unixMode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(temporaryDirectory ?? directory, $"{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        long size;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = BufferSize, Options = FileOptions.Asynchronous };
            if (unixMode is { } mode && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = mode;
            }

            var file = new FileStream(temporary, options);
            await using (file.ConfigureAwait(false))
            {
                await write(file, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true); // writes what is buffered and flushes it to disk before the rename makes it the file
                size = file.Length;
            }

            File.Move(temporary, path, overwrite: true); // rename(2): atomic replacement
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        if (syncDirectory)
        {
            SyncDirectory(directory);
        }

        return size;
    }

    /// <summary>Flushes a directory's entries (creations, renames, deletions) to disk; a no-op where the system does not need it.</summary>
    /// <param name="directory">The directory.</param>
    /// <exception cref="IOException">The directory cannot be opened or flushed.</exception>
    public static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS journals renames; a directory cannot be opened for flushing there
        }

        var fd = Native.Open(directory, 0);
        if (fd < 0)
        {
            throw new IOException($"Cannot open the directory {directory} to flush it (error {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Native.FSync(fd) != 0)
            {
                throw new IOException($"Cannot flush the directory {directory} to disk (error {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Native.Close(fd);
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
