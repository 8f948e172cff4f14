using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace MailKitConfig;

/// <summary>What the TLS handshake showed of the server's certificate, for the settings check.</summary>
/// <param name="Subject">The certificate's subject.</param>
/// <param name="Issuer">The certificate's issuer.</param>
/// <param name="NotAfter">When the certificate expires (UTC).</param>
/// <param name="Errors">What the system found wrong before this library's own trust rules.</param>
/// <param name="ChainStatus">The chain problems the system found, e.g. <c>UntrustedRoot</c>.</param>
internal sealed record TlsCertificateInfo(string Subject, string Issuer, DateTime NotAfter, SslPolicyErrors Errors, IReadOnlyList<string> ChainStatus)
{
    /// <summary>Describes a certificate seen in a handshake.</summary>
    /// <param name="certificate">The server's certificate.</param>
    /// <param name="chain">The chain the system built.</param>
    /// <param name="errors">The system's verdict.</param>
    /// <returns>The description.</returns>
    public static TlsCertificateInfo From(X509Certificate certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        using var full = new X509Certificate2(certificate);
        var status = chain?.ChainStatus.Select(s => s.Status.ToString()).Distinct().ToList() ?? [];
        return new TlsCertificateInfo(full.Subject, full.Issuer, full.NotAfter.ToUniversalTime(), errors, status);
    }

    /// <summary>Returns whether the certificate expires within a span from now (a server to renew soon).</summary>
    /// <param name="span">The span, e.g. 30 days.</param>
    /// <param name="now">The current time.</param>
    /// <returns><see langword="true"/> when it expires before <paramref name="now"/> + <paramref name="span"/>.</returns>
    public bool ExpiresWithin(TimeSpan span, DateTimeOffset now) => NotAfter < now.UtcDateTime + span;

    /// <summary>Returns a one-line description.</summary>
    /// <returns>Subject, issuer and expiry.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Subject}, issued by {Issuer}, valid until {NotAfter:yyyy-MM-dd}");
}
