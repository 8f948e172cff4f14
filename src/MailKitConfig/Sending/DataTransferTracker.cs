using MailKit;

namespace MailKitConfig;

/// <summary>
/// Follows how much of a message MailKit has handed to the connection during DATA (or BDAT), to tell a failure that
/// cannot have delivered the message from one after which the server may have accepted it.
/// </summary>
/// <remarks>
/// MailKit writes the end of the data (<c>CRLF.CRLF</c>) only after every byte of the message has passed through the
/// progress stream, so while fewer bytes than the message's size were reported the server cannot have seen the end.
/// Dot-stuffing only adds bytes, which makes the check err on the safe side.
/// </remarks>
internal sealed class DataTransferTracker : ITransferProgress
{
    private long transferred;
    private long size = -1;

    /// <summary>Gets a value indicating whether any byte of the message was handed to the connection.</summary>
    public bool Started => Volatile.Read(ref transferred) > 0;

    /// <inheritdoc />
    public void Report(long bytesTransferred, long totalSize)
    {
        Volatile.Write(ref size, totalSize);
        Volatile.Write(ref transferred, bytesTransferred);
    }

    /// <inheritdoc />
    public void Report(long bytesTransferred) => Volatile.Write(ref transferred, bytesTransferred);

    /// <summary>Returns whether the end of the message may have reached the server.</summary>
    /// <param name="measure">Measures the message when MailKit did not report its size (the server has no SIZE extension).</param>
    /// <returns><see langword="true"/> when the whole message was handed over, or any of it when its size cannot be known.</returns>
    public async ValueTask<bool> EndMayHaveBeenSentAsync(Func<ValueTask<long>> measure)
    {
        var written = Volatile.Read(ref transferred);
        var total = Volatile.Read(ref size);
        if (total < 0 && written > 0)
        {
            total = await measure().ConfigureAwait(false);
        }

        return total >= 0 ? written >= total : written > 0;
    }
}
