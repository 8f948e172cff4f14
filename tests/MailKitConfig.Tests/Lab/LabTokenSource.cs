using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MailKitConfig.Tests.Lab;

/// <summary>Issues RS256 JWT access tokens that the lab's Dovecot validates with the lab's public key.</summary>
/// <param name="oauth">The lab's OAuth settings.</param>
/// <param name="lifetime">How long a token is valid; negative for an expired one.</param>
internal sealed class LabTokenSource(LabOAuth oauth, TimeSpan lifetime) : IOAuthTokenSource
{
    /// <summary>Gets how many tokens were issued.</summary>
    public int Issued { get; private set; }

    /// <inheritdoc />
    public ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken)
    {
        Issued++;
        var now = DateTimeOffset.UtcNow;
        var header = new Dictionary<string, object> { ["alg"] = oauth.Algorithm, ["typ"] = "JWT", ["kid"] = oauth.KeyId };
        var claims = new Dictionary<string, object>
        {
            ["iss"] = oauth.Issuer,
            ["sub"] = login,
            ["email"] = login,
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime).ToUnixTimeSeconds(),
        };
        var signed = $"{Encode(JsonSerializer.SerializeToUtf8Bytes(header))}.{Encode(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        using var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(oauth.PrivateKeyPath));
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return ValueTask.FromResult($"{signed}.{Encode(signature)}");
    }

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
