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
    public static async Task AcceptEachAsync(this TcpListener listener, Action<Socket> accepted, CancellationToken cancellationToken)
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

            accepted(socket);
        }
    }
}
