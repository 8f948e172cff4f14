using System.Net;
using System.Net.Sockets;

namespace MailKitConfig.Tests.Connections;

/// <summary>The TCP connections the library opens itself (the connection factory and the implicit-TLS probe).</summary>
public class TcpConnectorTests
{
    [Test]
    public async Task A_connection_keeps_Nagles_algorithm_on_as_MailKits_own_connect_does()
    {
        // With TCP_NODELAY a STARTTLS + AUTH connection to Postfix took about 3× raw MailKit's time: the reply to the
        // EHLO after STARTTLS often waited ~40 ms more (the benchmark's `connect` table).
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepting = listener.AcceptSocketAsync();

        using var socket = await TcpConnector.ConnectAsync("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, CancellationToken.None);
        using var accepted = await accepting;

        socket.Connected.Should().BeTrue();
        socket.NoDelay.Should().BeFalse();
    }
}
