using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// The situation within a kind that changes what the user should do first: which check the certificate failed, a
/// refused or silent port 25, a relay refused although the client logged in. Hints for a situation come first
/// (<c>{Kind}.{Situation}.Hints</c> in the hint catalogue).
/// </summary>
internal static partial class HintSituation
{
    /// <summary>The client logged in and was still refused as if it had not: advice to turn sign-in on would mislead.</summary>
    public const string LoggedIn = "LoggedIn";

    /// <summary>
    /// A limit met at sign-in (too many login attempts): the kind's general and provider hints are about sending limits.
    /// </summary>
    public const string Login = "Login";

    /// <summary>The most certificate names shown.</summary>
    private const int MaxNames = 5;

    /// <summary>
    /// Returns which of the kind's other hints a situation keeps below its own: a situation replaces those that would
    /// contradict it (advice to turn sign-in on after a login; a provider's sending limits for a limit met at sign-in).
    /// </summary>
    /// <param name="situation">The situation, or <see langword="null"/>.</param>
    /// <returns>The provider's and the general hints for most; the provider's only for <see cref="LoggedIn"/>; none for <see cref="Login"/>.</returns>
    public static KeptHints Keeps(string? situation) => situation switch
    {
        LoggedIn => KeptHints.Provider,
        Login => KeptHints.None,
        _ => KeptHints.Provider | KeptHints.General,
    };

    /// <summary>Finds the situation of a problem.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="failure">The failure.</param>
    /// <param name="reply">The reply.</param>
    /// <returns>The situation's name, or <see langword="null"/>.</returns>
    public static string? Of(MailProblemKind kind, MailFailure failure, ClassifiedReply reply) => kind switch
    {
        CertificateInvalid => (failure.Certificate is { } seen ? OfCertificate(seen) : null) ?? OfCertificate(Text(failure, reply)),
        ConnectionRefused or MailProblemKind.Timeout when failure.Protocol == MailProtocol.Smtp && failure.Port == ServerEndpoint.SmtpRelayPort => "Port25",
        RelayDenied or AuthenticationRequired when failure.CredentialKind is not null => LoggedIn,
        RateLimited when failure.Stage == MailOperationStage.Authentication => Login,
        _ => null,
    };

    /// <summary>Finds the names a certificate holds, when the failure's text lists them (MailKit, Node.js, Python, Go).</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="reply">The reply.</param>
    /// <returns>The names, at most five; empty when none are given.</returns>
    public static IReadOnlyList<string> CertificateNames(MailFailure failure, ClassifiedReply reply)
    {
        if (failure.Certificate is { Names.Count: > 0 } seen)
        {
            return seen.Names.Take(MaxNames).ToList();
        }

        var text = Text(failure, reply);
        var listed = NamesListed().Match(text);
        if (!listed.Success)
        {
            return [];
        }

        var names = listed.Groups["names"].Value;
        var cut = names.IndexOf(", not ", StringComparison.Ordinal); // Go: "valid for a, b, not c"
        return HostName().Matches(cut < 0 ? names : names[..cut])
            .Select(m => m.Value.TrimEnd('.'))
            .Where(n => !string.Equals(n, failure.Host, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxNames)
            .ToList();
    }

    /// <summary>The situation from the certificate seen and this library's verdict on it: the facts, before any text.</summary>
    private static string? OfCertificate(TlsCertificateInfo certificate)
    {
        bool Has(X509ChainStatusFlags flag) => certificate.ChainStatus.Contains(flag.ToString());
        return certificate.Errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) ? "NameMismatch"
            : certificate.OnlyRevocationUnknown ? "Revocation"
            : Has(X509ChainStatusFlags.UntrustedRoot) || Has(X509ChainStatusFlags.PartialChain) ? "UntrustedRoot"
            : Has(X509ChainStatusFlags.NotTimeValid) ? "Expired"
            : null;
    }

    private static string? OfCertificate(string text)
        => NameMismatch().IsMatch(text) ? "NameMismatch"
            : UntrustedRoot().IsMatch(text) ? "UntrustedRoot"
            : Expired().IsMatch(text) ? "Expired"
            : RevocationUnknown().IsMatch(text) ? "Revocation"
            : null;

    private static string Text(MailFailure failure, ClassifiedReply reply)
        => string.Join("\n", new[] { MailProblemClassifier.ExceptionWords(failure), reply.Text }.OfType<string>()); // the reply was cleaned when it was read

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"NameMismatch|altnames|ALTNAME|name mismatch|did not match (?:any of )?the names? given|subject alternative|doesn't match|does not match (?:the )?(?:certificate|host)|not valid for|certificate is valid for|No name matching", Options)]
    private static partial Regex NameMismatch();

    [GeneratedRegex(@"UntrustedRoot|PartialChain|self[- _]signed|SELF_SIGNED|local issuer|issuer certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unknown (?:certificate )?authority|PKIX|certification path|trust anchor|not trusted|untrusted", Options)]
    private static partial Regex UntrustedRoot();

    [GeneratedRegex(@"expired|NotTimeValid|not yet valid", Options)]
    private static partial Regex Expired();

    [GeneratedRegex(@"revocation|\bCRL\b|\bOCSP\b", Options)]
    private static partial Regex RevocationUnknown();

    /// <summary>Where a text lists the certificate's names, up to the end of the text.</summary>
    [GeneratedRegex(@"(?:in the server's SSL certificate|cert's altnames:|doesn't match (?:either of )?|certificate is valid for|Subject Alternative Names?:?)(?<names>.*)", Options | RegexOptions.Singleline)]
    private static partial Regex NamesListed();

    [GeneratedRegex(@"(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}

/// <summary>The hints of a kind that a situation keeps below its own (<see cref="HintSituation.Keeps"/>).</summary>
[Flags]
internal enum KeptHints
{
    /// <summary>Only the situation's own hints.</summary>
    None = 0,

    /// <summary>The provider's hints for the kind.</summary>
    Provider = 1,

    /// <summary>The protocol's and the general hints for the kind.</summary>
    General = 2,
}
