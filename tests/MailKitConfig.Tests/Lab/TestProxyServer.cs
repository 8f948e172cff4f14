using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MailKitConfig.Tests.Lab;

/// <summary>
/// A small in-process proxy for tests: HTTP CONNECT and SOCKS5 (no authentication, or user name/password per RFC 1929).
/// It resolves names ending in <c>.test</c> to 127.0.0.1, relays bytes both ways, and records every tunnel it opened.
/// </summary>
internal sealed class TestProxyServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private readonly NetworkCredential? required;

    private TestProxyServer(bool socks, NetworkCredential? required)
    {
        this.required = required;
        listener.Start();
        Address = new Uri($"{(socks ? "socks5" : "http")}://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        accepting = listener.AcceptEachAsync(socket => _ = Task.Run(() => ServeAsync(socket, socks)), stop.Token);
    }

    /// <summary>Gets the proxy's address for <see cref="MailProxy"/>.</summary>
    public Uri Address { get; }

    /// <summary>Gets the tunnels opened, as <c>host:port</c> (and <c>user@</c> when one authenticated).</summary>
    public ConcurrentQueue<string> Tunnels { get; } = new();

    /// <summary>Gets the HTTP requests received, as their method and target (<c>CONNECT host:port</c>), whether or not a tunnel opened.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static TestProxyServer StartHttp() => new(socks: false, required: null);

    public static TestProxyServer StartSocks5(NetworkCredential? required = null) => new(socks: true, required);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;

        stop.Dispose();
    }

    private async Task ServeAsync(Socket client, bool socks)
    {
        await using (var stream = new NetworkStream(client, ownsSocket: true))
        {
            try
            {
                var (host, port, user) = socks ? await SocksHandshakeAsync(stream) : await ConnectHandshakeAsync(stream);
                if (host is null)
                {
                    return;
                }

                using var target = new TcpClient();
                await target.ConnectAsync(host.EndsWith(".test", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1" : host, port, stop.Token);
                Tunnels.Enqueue((user is null ? string.Empty : user + "@") + $"{host}:{port}");
                await (socks
                    ? stream.WriteAsync(new byte[] { 5, 0, 0, 1, 0, 0, 0, 0, 0, 0 }, stop.Token)
                    : stream.WriteAsync("HTTP/1.1 200 Connection established\r\n\r\n"u8.ToArray(), stop.Token));
                var upstream = target.GetStream();
                await Task.WhenAny(stream.CopyToAsync(upstream, stop.Token), upstream.CopyToAsync(stream, stop.Token));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // a side closed the tunnel
            }
        }
    }

    private async Task<(string? Host, int Port, string? User)> ConnectHandshakeAsync(NetworkStream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1)
        {
            header.Append((char)one[0]);
        }

        var request = header.ToString().Split(' ');
        if (request.Length >= 2)
        {
            Requests.Enqueue($"{request[0]} {request[1]}");
        }

        if (request.Length < 2 || request[0] != "CONNECT")
        {
            await stream.WriteAsync("HTTP/1.1 405 Method Not Allowed\r\n\r\n"u8.ToArray());
            return (null, 0, null);
        }

        var target = request[1];
        var colon = target.LastIndexOf(':');
        return (target[..colon], int.Parse(target[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), null);
    }

    private async Task<(string? Host, int Port, string? User)> SocksHandshakeAsync(NetworkStream stream)
    {
        var greeting = await ReadAsync(stream, 2);
        var methods = await ReadAsync(stream, greeting[1]);
        string? user = null;
        if (required is null)
        {
            await stream.WriteAsync(new byte[] { 5, 0 });
        }
        else
        {
            if (!methods.Contains((byte)2))
            {
                await stream.WriteAsync(new byte[] { 5, 0xFF });
                return (null, 0, null);
            }

            await stream.WriteAsync(new byte[] { 5, 2 });
            var version = await ReadAsync(stream, 2);
            user = Encoding.UTF8.GetString(await ReadAsync(stream, version[1]));
            var passwordLength = await ReadAsync(stream, 1);
            var password = Encoding.UTF8.GetString(await ReadAsync(stream, passwordLength[0]));
            var ok = user == required.UserName && password == required.Password;
            await stream.WriteAsync(new byte[] { 1, (byte)(ok ? 0 : 1) });
            if (!ok)
            {
                return (null, 0, null);
            }
        }

        var request = await ReadAsync(stream, 4);
        string host = request[3] switch
        {
            1 => new IPAddress(await ReadAsync(stream, 4)).ToString(),
            3 => Encoding.ASCII.GetString(await ReadAsync(stream, (await ReadAsync(stream, 1))[0])),
            _ => new IPAddress(await ReadAsync(stream, 16)).ToString(),
        };
        var port = await ReadAsync(stream, 2);
        return (host, (port[0] << 8) | port[1], user);
    }

    private static async Task<byte[]> ReadAsync(NetworkStream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer);
        return buffer;
    }
}
