namespace MailKitConfig.PostgreSql;

/// <summary>
/// A message's content on its way into or out of the database: kept in memory up to a limit, beyond it in a temporary
/// file that only this user can read and that is deleted when the buffer is closed. So a large message is never held
/// whole in memory, and the stream is seekable (MimeKit loads a message with references into it instead of copies).
/// </summary>
internal sealed class ContentBuffer : Stream
{
    private readonly long memoryLimit;
    private Stream inner = new MemoryStream();

    /// <summary>Initializes a new instance of the <see cref="ContentBuffer"/> class.</summary>
    /// <param name="memoryLimit">The most bytes kept in memory.</param>
    public ContentBuffer(long memoryLimit) => this.memoryLimit = memoryLimit;

    /// <summary>Gets a value indicating whether the content went to a temporary file.</summary>
    public bool IsInFile => inner is FileStream;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => inner.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => inner.Read(buffer);

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    /// <inheritdoc />
    public override void SetLength(long value) => inner.SetLength(value);

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        MakeRoom(buffer.Length);
        inner.Write(buffer);
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        MakeRoom(buffer.Length);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Moves the content to a temporary file when the next write would pass the memory limit.</summary>
    private void MakeRoom(int count)
    {
        if (inner is not MemoryStream memory || memory.Position + count <= memoryLimit)
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous, BufferSize = 81920 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // mail: nobody else reads it
        }

        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"mailkitconfig-{Guid.NewGuid():N}.eml"), options);
        var position = memory.Position;
        memory.Position = 0;
        memory.CopyTo(file);
        file.Position = position;
        memory.Dispose();
        inner = file;
    }
}
