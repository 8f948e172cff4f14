using System.Net.Security;
using System.Net.Sockets;

namespace MailKitConfig;

/// <summary>
/// Finds out whether a port speaks implicit TLS, after a plain connection waited in vain for a greeting: a TLS
/// server answers a ClientHello with its certificate. The certificate is only observed and then rejected; nothing
/// else is sent, so no secret can leak to an untrusted server.
/// </summary>
internal static class ImplicitTlsProbe
{
    /// <summary>Connects again and starts a TLS handshake.</summary>
    /// <param name="host">The server's host name.</param>
    /// <param name="port">The port that did not greet.</param>
    /// <param name="timeout">How long the probe may take.</param>
    /// <param name="time">The clock of the timeout.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns><see langword="true"/> when the server presented a certificate, i.e. the port expects implicit TLS.</returns>
    public static async Task<bool> SpeaksImplicitTlsAsync(string host, int port, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var certificateSeen = false;
        using var deadline = new CancellationTokenSource(timeout, time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var socket = await TcpConnector.ConnectAsync(host, port, limit.Token).ConfigureAwait(false);
            await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false, (_, certificate, _, _) =>
            {
                certificateSeen = certificate is not null;
                return false;
            });
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, limit.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or System.Security.Authentication.AuthenticationException && !cancellationToken.IsCancellationRequested)
        {
            // Expected: the handshake is refused by the callback above (TLS port) or fails/times out (plain port).
        }

        return certificateSeen;
    }
}
