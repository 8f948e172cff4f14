using MimeKit;

namespace MailKitConfig;

/// <summary>A message handed to the application: its stable key, size and headers, and the whole message on demand.</summary>
/// <remarks>
/// Messages up to <see cref="MailReceivingOptions.LargeMessageSize"/> arrive whole with their batch. Larger ones are
/// downloaded only when <see cref="GetMessageAsync"/> is called, into a temporary file that the parsed message reads
/// from (attachments are streams over that file, see <see cref="MimePart.Content"/>), so a large message does not
/// occupy its size in memory. The file is deleted once the handler returns.
/// </remarks>
public sealed class ReceivedMail
{
    private readonly Func<CancellationToken, Task<MimeMessage>> download;
    private MimeMessage? message;

    internal ReceivedMail(MailMessageKey key, long size, HeaderList headers, MimeMessage? message, Func<CancellationToken, Task<MimeMessage>>? download)
    {
        Key = key;
        Size = size;
        Headers = headers;
        this.message = message;
        this.download = download ?? (_ => Task.FromResult(message ?? throw new InvalidOperationException("The message has no body source.")));
    }

    /// <summary>Gets the stable key: the same as long as the message's acceptance is not recorded.</summary>
    public MailMessageKey Key { get; }

    /// <summary>Gets the message's size in bytes as the server reports it.</summary>
    public long Size { get; }

    /// <summary>Gets the message's headers.</summary>
    public HeaderList Headers { get; }

    /// <summary>Gets a value indicating whether the whole message is already here (it is downloaded on demand otherwise).</summary>
    public bool IsDownloaded => message is not null;

    /// <summary>Gets the whole message, downloading it first when it is large.</summary>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The parsed message; valid until the handler returns.</returns>
    /// <exception cref="MailOperationException">The download failed.</exception>
    public async Task<MimeMessage> GetMessageAsync(CancellationToken cancellationToken = default)
        => message ??= await download(cancellationToken).ConfigureAwait(false);
}
