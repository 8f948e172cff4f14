namespace MailKitConfig;

/// <summary>Lets at most a number of messages start per interval (a sliding window), shared by all connections of an account.</summary>
/// <param name="limit">How many messages per interval.</param>
/// <param name="interval">The interval.</param>
/// <param name="time">The clock.</param>
internal sealed class SendRateLimiter(int limit, TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly Queue<long> starts = new();
    private readonly SemaphoreSlim gate = new(1, 1);

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

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();
}
