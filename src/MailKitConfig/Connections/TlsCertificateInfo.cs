using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace MailKitConfig;

/// <summary>What the TLS handshake showed of the server's certificate, for the settings check.</summary>
/// <param name="Subject">The certificate's subject.</param>
/// <param name="Issuer">The certificate's issuer.</param>
/// <param name="NotAfter">When the certificate expires (UTC).</param>
/// <param name="Errors">What the system found wrong before this library's own trust rules.</param>
/// <param name="ChainStatus">
/// The chain problems that decided the verdict, e.g. <c>UntrustedRoot</c>: with trusted roots of the library's options,
/// those of the chain built to them; otherwise the system's.
/// </param>
/// <param name="Names">The host names and addresses the certificate holds (its subject alternative names, else its common name).</param>
internal sealed record TlsCertificateInfo(string Subject, string Issuer, DateTime NotAfter, SslPolicyErrors Errors, IReadOnlyList<string> ChainStatus, IReadOnlyList<string> Names)
{
    /// <summary>The most names kept; a certificate for many sites lists hundreds.</summary>
    private const int MaxNames = 20;

    /// <summary>Describes a certificate seen in a handshake.</summary>
    /// <param name="certificate">The server's certificate.</param>
    /// <param name="errors">The system's verdict.</param>
    /// <param name="chainStatus">The chain problems that decided the verdict.</param>
    /// <returns>The description.</returns>
    public static TlsCertificateInfo From(X509Certificate certificate, SslPolicyErrors errors, IReadOnlyList<X509ChainStatusFlags> chainStatus)
    {
        using var full = new X509Certificate2(certificate);
        var status = chainStatus.Select(s => s.ToString()).Distinct().ToList();
        return new TlsCertificateInfo(full.Subject, full.Issuer, full.NotAfter.ToUniversalTime(), errors, status, NamesOf(full));
    }

    /// <summary>Gets whether the certificate failed only because its revocation could not be checked (no CRL or OCSP answer).</summary>
    public bool OnlyRevocationUnknown
        => (Errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None && ChainStatus.Count > 0
            && ChainStatus.All(s => s is nameof(X509ChainStatusFlags.RevocationStatusUnknown) or nameof(X509ChainStatusFlags.OfflineRevocation));

    private static List<string> NamesOf(X509Certificate2 certificate)
    {
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(e => e.EnumerateDnsNames().Concat(e.EnumerateIPAddresses().Select(a => a.ToString())))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxNames)
            .ToList();
        return names.Count > 0 ? names : [certificate.GetNameInfo(X509NameType.DnsName, forIssuer: false)];
    }

    /// <summary>Returns whether the certificate expires within a span from now (a server to renew soon).</summary>
    /// <param name="span">The span, e.g. 30 days.</param>
    /// <param name="now">The current time.</param>
    /// <returns><see langword="true"/> when it expires before <paramref name="now"/> + <paramref name="span"/>.</returns>
    public bool ExpiresWithin(TimeSpan span, DateTimeOffset now) => NotAfter < now.UtcDateTime + span;

    /// <summary>Describes the certificate in a language.</summary>
    /// <param name="culture">The language.</param>
    /// <returns>Subject, issuer and expiry.</returns>
    public string Describe(CultureInfo culture) => ProblemCatalog.Format(culture, "Detail.Certificate", Subject, Issuer, NotAfter);

    /// <summary>Returns a one-line description in English.</summary>
    /// <returns>Subject, issuer and expiry.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
