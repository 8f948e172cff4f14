using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace MailKitConfig;

/// <summary>Recognises a message without its UID: a hash of its Message-Id, Date and size (stable when a folder is rebuilt).</summary>
internal static class MessageFingerprint
{
    /// <summary>The headers a fingerprint is made of.</summary>
    public static readonly HeaderId[] Headers = [HeaderId.MessageId, HeaderId.Date];

    /// <summary>Computes the fingerprint.</summary>
    /// <param name="headers">The message's headers (at least <see cref="Headers"/>).</param>
    /// <param name="size">The message's size in bytes as the server reports it.</param>
    /// <returns>A short string (128 bits of SHA-256, base64).</returns>
    public static string Of(HeaderList? headers, long size)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{headers?[HeaderId.MessageId]?.Trim()}\n{headers?[HeaderId.Date]?.Trim()}\n{size}");
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }
}
