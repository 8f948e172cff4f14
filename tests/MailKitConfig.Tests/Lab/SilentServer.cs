using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace MailKitConfig.Tests.Lab;

/// <summary>A server on loopback that accepts every connection and then says nothing: a server that hangs before its greeting or its TLS handshake.</summary>
internal sealed class SilentServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<Socket> accepted = new();
    private readonly Task accepting;

    /// <summary>Initializes a new instance of the <see cref="SilentServer"/> class, listening at once.</summary>
    public SilentServer()
    {
        listener.Start();
        accepting = listener.AcceptEachAsync(accepted.Enqueue, stop.Token);
    }

    /// <summary>Gets the port it listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Gets a loopback port nothing listens on (taken and released at once): a connection to it is refused.</summary>
    /// <returns>The port.</returns>
    public static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Stops listening and closes every connection it held.</summary>
    /// <returns>A task that completes when the server stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        while (accepted.TryDequeue(out var socket))
        {
            socket.Dispose();
        }

        stop.Dispose();
    }
}
