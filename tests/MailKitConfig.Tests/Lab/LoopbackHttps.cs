using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MailKitConfig.Tests.Lab;

/// <summary>What the tests' in-process HTTPS servers share: a certificate of their own, and clients that reach them on loopback under real host names and trust that certificate alone.</summary>
internal static class LoopbackHttps
{
    /// <summary>Creates a self-signed server certificate (with its key, usable by the TLS layer on every platform), valid from yesterday for a week.</summary>
    /// <param name="subject">The subject, e.g. <c>CN=oauth.lab.test</c>.</param>
    /// <param name="hostNames">The host names it is for.</param>
    /// <param name="address">An IP address it is for too, if any.</param>
    /// <returns>The certificate; the caller disposes it.</returns>
    public static X509Certificate2 CreateCertificate(string subject, IEnumerable<string> hostNames, IPAddress? address = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in hostNames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            names.AddDnsName(name);
        }

        if (address is not null)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    /// <summary>Opens a connection to a loopback port, whatever host name the request was for (the connect callback of the servers' HTTP handlers).</summary>
    /// <param name="port">The server's port.</param>
    /// <param name="cancellationToken">Cancels the connect.</param>
    /// <returns>The connection.</returns>
    public static async ValueTask<Stream> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        return new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>TLS options of a client that trusts one server certificate alone (and keeps the host name check).</summary>
    /// <param name="certificate">The server's certificate.</param>
    /// <returns>The options.</returns>
    public static SslClientAuthenticationOptions TrustOnly(X509Certificate2 certificate)
        => new() { RemoteCertificateValidationCallback = (_, presented, _, errors) => CertificateTrust.ChainsTo(certificate, presented, errors) };
}
