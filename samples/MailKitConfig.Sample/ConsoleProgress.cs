namespace MailKitConfig.Sample;

/// <summary>
/// Shows progress on the console at once, one report at a time (<see cref="Progress{T}"/> would post to the thread pool
/// and could print lines out of order or after the result).
/// </summary>
/// <typeparam name="T">The progress value.</typeparam>
/// <param name="show">Prints one report.</param>
internal sealed class ConsoleProgress<T>(Action<T> show) : IProgress<T>
{
    private readonly Lock sync = new();

    /// <inheritdoc />
    public void Report(T value)
    {
        lock (sync)
        {
            show(value);
        }
    }
}
