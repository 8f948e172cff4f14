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
    private readonly List<Socket> open = [];
    private readonly StringBuilder clientText = new();
    private readonly Task accepting;
    private int attempts;
    private int relaying;
    private int mostRelaying;

    /// <summary>Initializes a new instance of the <see cref="TcpRelay"/> class and starts listening.</summary>
    /// <param name="upstreamPort">The lab port to relay to.</param>
    public TcpRelay(int upstreamPort)
    {
        this.upstreamPort = upstreamPort;
        listener.Start();
        accepting = listener.ServeEachAsync(RelayAsync, stop.Token);
    }

    /// <summary>Gets the port the relay listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Gets how many connections the relay accepted and relayed.</summary>
    public int Connections { get; private set; }

    /// <summary>Gets the most connections relayed at once: counted from the client's connect until either side closes.</summary>
    public int MostOpen => Volatile.Read(ref mostRelaying);

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
            foreach (var socket in open)
            {
                try
                {
                    socket.LingerState = new LingerOption(true, 0); // RST, not FIN
                }
                catch (ObjectDisposedException)
                {
                    // that side closed already
                }

                socket.Dispose();
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

    /// <summary>Relays one accepted connection (the next is accepted once the upstream connection is open).</summary>
    private async Task RelayAsync(Socket downstream)
    {
        Interlocked.Increment(ref attempts);
        if (Refuse)
        {
            downstream.LingerState = new LingerOption(true, 0);
            downstream.Dispose();
            return;
        }

        var now = Interlocked.Increment(ref relaying);
        for (var most = Volatile.Read(ref mostRelaying); now > most; most = Volatile.Read(ref mostRelaying))
        {
            Interlocked.CompareExchange(ref mostRelaying, now, most);
        }

        var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort);
        lock (open)
        {
            Connections++;
            open.Add(downstream);
            open.Add(upstream);
        }

        var up = PumpAsync(downstream, upstream, clientText);
        var down = PumpAsync(upstream, downstream, null);
        _ = Task.WhenAny(up, down).ContinueWith(_ => Interlocked.Decrement(ref relaying), TaskScheduler.Default); // the first side to close ends it
    }

    private static async Task PumpAsync(Socket a, Socket b, StringBuilder? record)
    {
        try
        {
            await using var from = new NetworkStream(a, ownsSocket: false);
            await using var to = new NetworkStream(b, ownsSocket: false);
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
