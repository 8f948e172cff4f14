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

        // A dual-mode socket reaches IPv4 and IPv6 addresses alike; without IPv6 the socket is IPv4 only.
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

    /// <summary>Sets whether a mail connection's small writes leave at once (<c>TCP_NODELAY</c>), by what was measured per protocol.</summary>
    /// <param name="socket">The connected socket.</param>
    /// <param name="protocol">The protocol spoken on it.</param>
    /// <remarks>
    /// SMTP keeps Nagle's algorithm on, as MailKit's own connect does: with <c>TCP_NODELAY</c> Postfix's reply to the EHLO
    /// after STARTTLS often came ~40 ms late, and a connection cost 3.4 times raw MailKit's (the benchmark's
    /// <c>connect</c> table). IMAP and POP3 keep sending small commands at once, as they did before that measurement
    /// (nothing measured shows Nagle's algorithm helps them).
    /// </remarks>
    public static void TuneFor(Socket socket, MailProtocol protocol) => socket.NoDelay = protocol != MailProtocol.Smtp;
}
