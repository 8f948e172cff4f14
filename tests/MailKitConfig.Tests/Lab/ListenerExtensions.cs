using System.Net.Sockets;

namespace MailKitConfig.Tests.Lab;

/// <summary>The accept loop of the tests' own small servers.</summary>
internal static class ListenerExtensions
{
    /// <summary>Accepts connections and hands each to <paramref name="accepted"/> until the listener stops or the token is cancelled.</summary>
    /// <param name="listener">The started listener.</param>
    /// <param name="accepted">Takes each accepted socket (and owns it).</param>
    /// <param name="cancellationToken">Ends the loop.</param>
    /// <returns>A task that completes when the loop ended.</returns>
    public static Task AcceptEachAsync(this TcpListener listener, Action<Socket> accepted, CancellationToken cancellationToken)
        => listener.ServeEachAsync(
            socket =>
            {
                accepted(socket);
                return Task.CompletedTask;
            },
            cancellationToken);

    /// <summary>
    /// Accepts connections one at a time: hands each to <paramref name="serve"/> and accepts the next when it finished,
    /// until the listener stops or the token is cancelled (a failure of <paramref name="serve"/> ends the loop with it).
    /// </summary>
    /// <param name="listener">The started listener.</param>
    /// <param name="serve">Takes each accepted socket (and owns it).</param>
    /// <param name="cancellationToken">Ends the loop.</param>
    /// <returns>A task that completes when the loop ended.</returns>
    public static async Task ServeEachAsync(this TcpListener listener, Func<Socket, Task> serve, CancellationToken cancellationToken)
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped (a loop that comes back after Stop() finds the listener not listening)
            }

            await serve(socket);
        }
    }
}
