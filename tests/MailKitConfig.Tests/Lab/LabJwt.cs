using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MailKitConfig.Tests.Lab;

/// <summary>RS256 JWT access tokens the lab's Dovecot validates with the lab's public key (flat, few claims: see the lab notes).</summary>
internal static class LabJwt
{
    /// <summary>Signs a token for a mailbox.</summary>
    /// <param name="oauth">The lab's issuer, key id and private key.</param>
    /// <param name="email">The mailbox the token is for (Dovecot compares it with the login).</param>
    /// <param name="expires">When it expires.</param>
    /// <returns>The compact JWT.</returns>
    public static string Sign(LabOAuth oauth, string email, DateTimeOffset expires)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new Dictionary<string, object> { ["alg"] = oauth.Algorithm, ["typ"] = "JWT", ["kid"] = oauth.KeyId };
        var claims = new Dictionary<string, object>
        {
            ["iss"] = oauth.Issuer,
            ["sub"] = email,
            ["email"] = email,
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        var signed = $"{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        using var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(oauth.PrivateKeyPath));
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signed}.{Base64Url.EncodeToString(signature)}";
    }
}
