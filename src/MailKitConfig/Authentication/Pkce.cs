using System.Security.Cryptography;
using System.Text;
using Duende.IdentityModel;

namespace MailKitConfig;

/// <summary>A PKCE pair (RFC 7636): a random verifier kept in the app and its S256 challenge sent in the request.</summary>
/// <param name="Verifier">The code verifier: 43 characters of base64url from 32 random bytes.</param>
/// <param name="Challenge">BASE64URL(SHA256(verifier)).</param>
internal sealed record Pkce(string Verifier, string Challenge)
{
    /// <summary>The challenge method.</summary>
    public const string Method = "S256";

    /// <summary>Creates a new pair.</summary>
    /// <returns>The pair.</returns>
    public static Pkce Create()
    {
        var verifier = CryptoRandom.CreateUniqueId(32, CryptoRandom.OutputFormat.Base64Url);
        return new Pkce(verifier, ChallengeOf(verifier));
    }

    /// <summary>Computes the S256 challenge of a verifier.</summary>
    /// <param name="verifier">The verifier.</param>
    /// <returns>The challenge.</returns>
    public static string ChallengeOf(string verifier)
        => Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Returns the method; never the verifier.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => "Pkce S256 (hidden)";
}
