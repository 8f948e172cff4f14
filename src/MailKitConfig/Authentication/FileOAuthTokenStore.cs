using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MailKitConfig;

/// <summary>
/// The default token store: one JSON file per account in a directory only the current user may open (mode 0700, files
/// 0600 on Linux and macOS; on Windows the user's local application data, which other users cannot read). File names
/// are a hash of the address, so the directory listing shows no addresses. Writes are atomic and durable (a temporary
/// file, flushed to disk and renamed), so a crash never leaves a rotated refresh token half-written or lost.
/// </summary>
public sealed class FileOAuthTokenStore : IOAuthTokenStore
{
    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Initializes a new instance of the <see cref="FileOAuthTokenStore"/> class.</summary>
    /// <param name="directory">The directory; created when missing.</param>
    public FileOAuthTokenStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = directory;
    }

    /// <summary>Gets the directory the grants are kept in.</summary>
    public string Directory { get; }

    /// <summary>Gets the default directory: <c>MailKitConfig/oauth</c> in the user's local application data.</summary>
    public static string DefaultDirectory => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "MailKitConfig", "oauth");

    /// <inheritdoc />
    public async ValueTask<OAuthGrant?> LoadAsync(string account, CancellationToken cancellationToken)
    {
        var path = PathOf(account);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        var stored = await JsonSerializer.DeserializeAsync(stream, GrantJsonContext.Default.StoredGrant, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"The token file {path} is empty.");
        return new OAuthGrant(stored.Account, stored.Profile, stored.Issuer, new Uri(stored.TokenEndpoint), stored.Scopes, stored.RefreshToken) { ClientId = stored.ClientId };
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(OAuthGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        CreateDirectory();
        var stored = new StoredGrant(grant.Account, grant.Profile, grant.Issuer, grant.TokenEndpoint.AbsoluteUri, grant.Scopes, grant.RefreshToken) { ClientId = grant.ClientId };
        await AtomicFile.WriteAsync(PathOf(grant.Account), (stream, token) => JsonSerializer.SerializeAsync(stream, stored, GrantJsonContext.Default.StoredGrant, token), cancellationToken, unixMode: FileMode).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(string account, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(account));
        return ValueTask.CompletedTask;
    }

    private void CreateDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, DirectoryMode);
            File.SetUnixFileMode(Directory, DirectoryMode); // also when it existed with wider rights
        }
    }

    private string PathOf(string account)
    {
        ArgumentException.ThrowIfNullOrEmpty(account);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(account.Trim().ToLowerInvariant()));
        return Path.Combine(Directory, Convert.ToHexString(hash, 0, 16).ToLowerInvariant() + ".json");
    }

    /// <summary>The file's content.</summary>
    internal sealed record StoredGrant(string Account, string Profile, string Issuer, string TokenEndpoint, IReadOnlyList<string> Scopes, string RefreshToken)
    {
        /// <summary>Gets the client id the refresh token belongs to; absent in files written before it was recorded.</summary>
        public string? ClientId { get; init; }
    }
}

/// <summary>Reads and writes token files without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FileOAuthTokenStore.StoredGrant))]
internal sealed partial class GrantJsonContext : JsonSerializerContext;
