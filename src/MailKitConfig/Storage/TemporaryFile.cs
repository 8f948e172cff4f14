using System.Buffers;

namespace MailKitConfig;

/// <summary>
/// Temporary files for mail content that must be read more than once or is too big for memory: a random name in the
/// system's temporary directory, created new (never an existing file or a link planted there), readable and writable
/// only by this user (on Unix; Windows gives the user's own temporary directory), shared with no other handle, and
/// deleted when the stream is disposed.
/// </summary>
internal static class TemporaryFile
{
    private const int BufferSize = 81920;

    /// <summary>Creates an empty temporary file, open for reading and writing; disposing the stream deletes it.</summary>
    /// <returns>The file's stream.</returns>
    public static FileStream Create()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
            BufferSize = BufferSize,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // mail: nobody else reads it
        }

        return new FileStream(Path.Combine(Path.GetTempPath(), $"mailkitconfig-{Guid.NewGuid():N}.tmp"), options);
    }

    /// <summary>Copies a stream from its current position to its end into a new temporary file.</summary>
    /// <param name="source">The stream to copy; read forwards only, not disposed.</param>
    /// <param name="maxLength">The most bytes copied; a longer source is not copied further.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The copy, positioned at its start (disposing it deletes it); <see langword="null"/> when the source is longer than <paramref name="maxLength"/> (nothing is left on disk then).</returns>
    public static async Task<FileStream?> CopyAsync(Stream source, long maxLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var file = Create();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long length = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > maxLength)
                {
                    await file.DisposeAsync().ConfigureAwait(false);
                    return null;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
