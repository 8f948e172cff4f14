using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace MailKitConfig.Tests.Lab;

/// <summary>Certificate checks for the tests' own clients: trust exactly one root, keep the host name check.</summary>
internal static class CertificateTrust
{
    /// <summary>Returns whether a presented certificate matches the host and chains to the given root (and nothing else).</summary>
    /// <param name="root">The only trusted root.</param>
    /// <param name="presented">The server's certificate.</param>
    /// <param name="errors">The system's verdict (only a name mismatch is decisive here).</param>
    /// <returns><see langword="true"/> when trusted.</returns>
    public static bool ChainsTo(X509Certificate2 root, X509Certificate? presented, SslPolicyErrors errors)
    {
        if (presented is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(presented);
        return chain.Build(leaf);
    }
}
