namespace MailKitConfig;

/// <summary>Lets at most a number of messages start per interval (a sliding window), shared by all connections of a pool.</summary>
/// <param name="limit">How many messages per interval.</param>
/// <param name="interval">The interval.</param>
/// <param name="time">The clock.</param>
internal sealed class SendRateLimiter(int limit, TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly Queue<long> starts = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private long newest = long.MinValue;

    /// <summary>Gets the interval the limit counts in.</summary>
    public TimeSpan Interval => interval;

    /// <summary>Waits until another message may start, and counts it.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the message may start.</returns>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetTimestamp();
                while (starts.Count > 0 && time.GetElapsedTime(starts.Peek(), now) >= interval)
                {
                    starts.Dequeue();
                }

                if (starts.Count < limit)
                {
                    starts.Enqueue(now);
                    Volatile.Write(ref newest, now);
                    return;
                }

                await Task.Delay(interval - time.GetElapsedTime(starts.Peek(), now), time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Gets how long until no counted message is within the interval any more (zero or less when none is).</summary>
    /// <returns>The time until the limiter forgets its last message.</returns>
    public TimeSpan QuietIn()
    {
        var last = Volatile.Read(ref newest);
        return last == long.MinValue ? TimeSpan.Zero : interval - time.GetElapsedTime(last);
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();
}
