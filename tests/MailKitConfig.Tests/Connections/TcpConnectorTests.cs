using System.Net;
using System.Net.Sockets;

namespace MailKitConfig.Tests.Connections;

/// <summary>The TCP connections the library opens itself (the connection factory and the implicit-TLS probe).</summary>
public class TcpConnectorTests
{
    [TestCase(MailProtocol.Smtp, false)]
    [TestCase(MailProtocol.Imap, true)]
    [TestCase(MailProtocol.Pop3, true)]
    public async Task SMTP_keeps_Nagles_algorithm_on_and_IMAP_and_POP3_send_small_writes_at_once(MailProtocol protocol, bool noDelay)
    {
        // With TCP_NODELAY a STARTTLS + AUTH connection to Postfix took about 3× raw MailKit's time: the reply to the
        // EHLO after STARTTLS often waited ~40 ms more (the benchmark's `connect` table). With Nagle's algorithm on,
        // receiving a 50 MB message over IMAP allocated more than the message's size (ReceiveImapTests).
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepting = listener.AcceptSocketAsync();

        using var socket = await TcpConnector.ConnectAsync("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, CancellationToken.None);
        using var accepted = await accepting;
        TcpConnector.TuneFor(socket, protocol);

        socket.Connected.Should().BeTrue();
        socket.NoDelay.Should().Be(noDelay);
    }
}
