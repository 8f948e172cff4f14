using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace MailKitConfig;

/// <summary>
/// Accepts a server certificate that the system trusts, or one that chains to a root in
/// <see cref="MailConnectionOptions.TrustedRootCertificates"/>; a host name mismatch is never accepted.
/// </summary>
internal sealed class ServerCertificateValidator(MailConnectionOptions options)
{
    /// <summary>The callback given to a TLS client (e.g. the OAuth endpoints' HTTP handler).</summary>
    /// <param name="sender">The TLS stream.</param>
    /// <param name="certificate">The server's certificate.</param>
    /// <param name="chain">The chain the system built.</param>
    /// <param name="errors">What the system found wrong.</param>
    /// <returns><see langword="true"/> when the certificate is trusted.</returns>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        => Check(certificate, chain, errors).Trusted;

    /// <summary>Decides whether a certificate is trusted and, when it is not, which checks failed by this library's rules.</summary>
    /// <param name="certificate">The server's certificate.</param>
    /// <param name="chain">The chain the system built.</param>
    /// <param name="errors">What the system found wrong.</param>
    /// <returns>
    /// The verdict and the chain problems that decided it: with <see cref="MailConnectionOptions.TrustedRootCertificates"/>
    /// those of the chain built to those roots (e.g. only <c>RevocationStatusUnknown</c> for a company CA whose revocation
    /// list cannot be fetched), otherwise the system's.
    /// </returns>
    public (bool Trusted, IReadOnlyList<X509ChainStatusFlags> ChainStatus) Check(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var system = chain?.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct().ToList() ?? [];
        if (errors == SslPolicyErrors.None)
        {
            return (true, []);
        }

        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null || options.TrustedRootCertificates.Count == 0)
        {
            return (false, system);
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(options.TrustedRootCertificates);
        custom.ChainPolicy.RevocationMode = options.CheckCertificateRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        var trusted = custom.Build(leaf);
        return (trusted, trusted ? [] : custom.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct().ToList());
    }
}
