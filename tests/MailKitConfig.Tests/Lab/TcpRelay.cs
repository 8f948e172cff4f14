using System.Net;
using System.Net.Sockets;

namespace MailKitConfig.Tests.Lab;

/// <summary>An in-process TCP relay to a lab port (TLS passes through untouched) that can cut every open connection, as a dropped network would.</summary>
internal sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int upstreamPort;
    private readonly CancellationTokenSource stop = new();
    private readonly List<TcpClient> open = [];
    private readonly Task accepting;

    /// <summary>Initializes a new instance of the <see cref="TcpRelay"/> class and starts listening.</summary>
    /// <param name="upstreamPort">The lab port to relay to.</param>
    public TcpRelay(int upstreamPort)
    {
        this.upstreamPort = upstreamPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>Gets the port the relay listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Gets how many connections the relay accepted.</summary>
    public int Connections { get; private set; }

    /// <summary>Resets every open connection (both sides).</summary>
    public void CutAll()
    {
        lock (open)
        {
            foreach (var client in open)
            {
                if (client.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0); // RST, not FIN
                }

                client.Dispose();
            }

            open.Clear();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        CutAll();
        await accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient downstream;
            try
            {
                downstream = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort);
            lock (open)
            {
                Connections++;
                open.Add(downstream);
                open.Add(upstream);
            }

            _ = PumpAsync(downstream.GetStream(), upstream.GetStream(), downstream, upstream);
            _ = PumpAsync(upstream.GetStream(), downstream.GetStream(), upstream, downstream);
        }
    }

    private static async Task PumpAsync(NetworkStream from, NetworkStream to, TcpClient a, TcpClient b)
    {
        try
        {
            await from.CopyToAsync(to);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
        }
        finally
        {
            a.Dispose();
            b.Dispose();
        }
    }
}
