namespace MailKitConfig;

/// <summary>
/// Wraps a caller's stream that cannot seek so that MimeKit (which rewinds content before and after writing it) can
/// send it once: rewinding is harmless until the first byte is read; reading again after that fails instead of
/// sending a truncated file.
/// </summary>
/// <param name="source">The caller's stream; not disposed here.</param>
/// <param name="fileName">The attachment's name, for the error.</param>
internal sealed class ReadOnceStream(Stream source, string fileName) : Stream
{
    private long position;
    private bool rewoundAfterUse;
    private bool consumed;
    private bool reachedEnd;

    /// <summary>Gets a value indicating whether any byte has been read from the source.</summary>
    public bool Consumed => consumed;

    /// <summary>Gets a value indicating whether the source has been read to its end.</summary>
    public bool ReachedEnd => reachedEnd;

    /// <summary>Gets the attachment's name.</summary>
    public string FileName => fileName;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException($"The length of the attachment '{fileName}' is not known before it is sent.");

    /// <inheritdoc />
    public override long Position
    {
        get => position;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        ThrowIfRewound();
        var read = source.Read(buffer);
        position += read;
        consumed |= read > 0;
        reachedEnd |= read == 0 && buffer.Length > 0;
        return read;
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfRewound();
        var read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        position += read;
        consumed |= read > 0;
        reachedEnd |= read == 0 && buffer.Length > 0;
        return read;
    }

    /// <summary>Accepts only a rewind to the start; after bytes were read, a rewind makes the next read fail.</summary>
    /// <param name="offset">Must be 0.</param>
    /// <param name="origin">Must be <see cref="SeekOrigin.Begin"/>.</param>
    /// <returns>0.</returns>
    public override long Seek(long offset, SeekOrigin origin)
    {
        if (offset != 0 || origin != SeekOrigin.Begin)
        {
            throw new NotSupportedException($"The attachment '{fileName}' is read from a stream that cannot seek.");
        }

        rewoundAfterUse |= position > 0;
        position = 0;
        return 0;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void ThrowIfRewound()
    {
        if (rewoundAfterUse)
        {
            throw new IOException($"The attachment '{fileName}' was read from a stream that cannot be rewound; it cannot be read a second time.");
        }
    }
}
