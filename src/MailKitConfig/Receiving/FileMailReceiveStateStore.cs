using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MailKitConfig;

/// <summary>
/// Keeps each mailbox's receive state in a JSON file of its own in a directory, written atomically: a temporary file
/// is written and flushed to disk, then renamed over the old one and the directory flushed, so a crash or a power
/// loss at any point leaves the old or the new state, never a mix.
/// </summary>
public sealed class FileMailReceiveStateStore : IMailReceiveStateStore
{
    private readonly string directory;

    /// <summary>Initializes a new instance of the <see cref="FileMailReceiveStateStore"/> class.</summary>
    /// <param name="directory">The directory of the state files; created when missing.</param>
    public FileMailReceiveStateStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.directory = Path.GetFullPath(directory);
    }

    /// <summary>Gets the file a mailbox's state is kept in.</summary>
    /// <param name="mailbox">The mailbox's name.</param>
    /// <returns>The full path: the directory and a hash of the name (names contain addresses and characters that file names cannot).</returns>
    public string PathOf(string mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return Path.Combine(directory, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(mailbox)), 0, 16).ToLowerInvariant() + ".json");
    }

    /// <inheritdoc />
    public async Task<MailReceiveState?> LoadAsync(string mailbox, CancellationToken cancellationToken)
    {
        var path = PathOf(mailbox);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16384, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var state = await JsonSerializer.DeserializeAsync(stream, MailReceiveState.JsonTypeInfo, cancellationToken).ConfigureAwait(false);
                return state is not null && state.Mailbox == mailbox ? state
                    : throw new InvalidDataException($"The receive state file {path} belongs to another mailbox.");
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"The receive state file {path} is not valid: {ex.Message}", ex);
            }
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(string mailbox, MailReceiveState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var path = PathOf(mailbox);
        Directory.CreateDirectory(directory);
        state.Mailbox = mailbox;
        await AtomicFile.WriteAsync(path, (stream, token) => JsonSerializer.SerializeAsync(stream, state, MailReceiveState.JsonTypeInfo, token), cancellationToken).ConfigureAwait(false);
    }
}
