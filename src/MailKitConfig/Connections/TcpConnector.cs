using System.Net;
using System.Net.Sockets;

namespace MailKitConfig;

/// <summary>Opens TCP connections: each address of a host is tried in turn by the runtime (<see cref="Socket.ConnectAsync(IPAddress[], int, CancellationToken)"/>).</summary>
internal static class TcpConnector
{
    /// <summary>Resolves a host with the system's resolver and connects to the first of its addresses that answers.</summary>
    /// <param name="host">The host name or IP address.</param>
    /// <param name="port">The port.</param>
    /// <param name="cancellationToken">Cancels the lookup and the connection.</param>
    /// <returns>The connected socket; the caller owns it.</returns>
    /// <exception cref="SocketException">The host does not resolve, or no address accepts the connection.</exception>
    public static async Task<Socket> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        return await ConnectAsync(addresses, port, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Connects to the first of the addresses that answers.</summary>
    /// <param name="addresses">The addresses, in the order to try them.</param>
    /// <param name="port">The port.</param>
    /// <param name="cancellationToken">Cancels the connection.</param>
    /// <returns>The connected socket; the caller owns it.</returns>
    /// <exception cref="SocketException">No address accepts the connection.</exception>
    public static async Task<Socket> ConnectAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
    {
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        // A dual-mode socket reaches IPv4 and IPv6 addresses alike; without IPv6 the socket is IPv4 only. Nagle's
        // algorithm stays on, as with MailKit's own connect: with TCP_NODELAY the reply to the EHLO after STARTTLS
        // often waited ~40 ms more (the benchmark's `connect` table).
        var socket = Socket.OSSupportsIPv6 ? new Socket(SocketType.Stream, ProtocolType.Tcp) : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(Socket.OSSupportsIPv6 ? addresses : addresses.Where(a => a.AddressFamily == AddressFamily.InterNetwork).ToArray(), port, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
