using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MailKitConfig.Tests.Lab;

/// <summary>An in-process TCP relay to a lab port (TLS passes through untouched) that can cut every open connection, as a dropped network would.</summary>
internal sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int upstreamPort;
    private readonly CancellationTokenSource stop = new();
    private readonly List<TcpClient> open = [];
    private readonly StringBuilder clientText = new();
    private readonly Task accepting;
    private int attempts;

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

    /// <summary>Gets how many connections the relay accepted and relayed.</summary>
    public int Connections { get; private set; }

    /// <summary>Gets how many connections clients opened, including those refused.</summary>
    public int Attempts => Volatile.Read(ref attempts);

    /// <summary>Gets or sets a value indicating whether new connections are closed at once instead of relayed (a server that is down).</summary>
    public bool Refuse { get; set; }

    /// <summary>Gets what clients sent so far, as ASCII (readable on a plain-text port only).</summary>
    public string ClientText
    {
        get
        {
            lock (clientText)
            {
                return clientText.ToString();
            }
        }
    }

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

            Interlocked.Increment(ref attempts);
            if (Refuse)
            {
                downstream.Client.LingerState = new LingerOption(true, 0);
                downstream.Dispose();
                continue;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort);
            lock (open)
            {
                Connections++;
                open.Add(downstream);
                open.Add(upstream);
            }

            _ = PumpAsync(downstream.GetStream(), upstream.GetStream(), downstream, upstream, clientText);
            _ = PumpAsync(upstream.GetStream(), downstream.GetStream(), upstream, downstream, null);
        }
    }

    private static async Task PumpAsync(NetworkStream from, NetworkStream to, TcpClient a, TcpClient b, StringBuilder? record)
    {
        try
        {
            var buffer = new byte[16384];
            int read;
            while ((read = await from.ReadAsync(buffer)) > 0)
            {
                if (record is not null)
                {
                    lock (record)
                    {
                        record.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    }
                }

                await to.WriteAsync(buffer.AsMemory(0, read));
            }
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
