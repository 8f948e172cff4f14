using System.Globalization;
using System.Runtime.CompilerServices;
using MimeKit;
using MimeKit.IO;

namespace MailKitConfig;

/// <summary>
/// A file attached to a message, or a picture shown inside its HTML body. The content is read from its source while
/// the message is sent, never loaded whole into memory.
/// </summary>
/// <remarks>
/// <para>A file (<see cref="FromFile"/>) or bytes (<see cref="FromBytes"/>) can be read any number of times, so a
/// failed attempt can be retried and the Sent copy saved. A seekable stream is read from the position it had when
/// the attachment was created, every time. A stream that cannot seek (a network response, a pipe, a compressing
/// stream) is copied once, when the message is sent, to a temporary file that only the current user can read and that
/// is deleted when the send is over, also when it fails; retries and the Sent copy read that file. Such a stream is
/// therefore read only once: sending it again (the same attachment, or another one made with the same stream) fails
/// with an <see cref="ArgumentException"/>; and
/// a stream longer than 512 MiB (far above what mail servers accept) is refused with an
/// <see cref="ArgumentException"/>.</para>
/// </remarks>
public sealed class MailAttachment
{
    private readonly string? path;
    private readonly byte[]? bytes;
    private readonly Stream? stream;
    private readonly long streamStart;

    /// <summary>The streams that cannot seek which a send has read (to its temporary copy), held weakly: such a stream is read once, whichever attachment wraps it.</summary>
    private static readonly ConditionalWeakTable<Stream, object> ReadOnce = new();

    /// <summary>Initializes a new instance of the <see cref="MailAttachment"/> class that reads a stream.</summary>
    /// <param name="fileName">The file name shown to the recipient; any Unicode text, without a directory.</param>
    /// <param name="content">The content, read from its current position; the caller keeps ownership and disposes it after sending.</param>
    /// <param name="contentType">The MIME type, e.g. <c>application/pdf</c>; <see langword="null"/> detects it from the file name.</param>
    /// <exception cref="ArgumentException">The file name is empty or contains a control character, the stream cannot be read, or the content type is malformed.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public MailAttachment(string fileName, Stream content, string? contentType = null)
        : this(fileName, contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The attachment's content stream must be readable.", nameof(content));
        }

        stream = content;
        streamStart = content.CanSeek ? content.Position : 0;
    }

    private MailAttachment(string fileName, string? contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (MailAddressParser.ContainsControlCharacter(fileName))
        {
            throw new ArgumentException("The attachment's file name must not contain line breaks or other control characters.", nameof(fileName));
        }

        contentType ??= MimeTypes.GetMimeType(fileName);
        if (!MimeKit.ContentType.TryParse(contentType, out _) || MailAddressParser.ContainsControlCharacter(contentType))
        {
            throw new ArgumentException($"'{contentType}' is not a valid MIME type such as application/pdf.", nameof(contentType));
        }

        FileName = fileName;
        ContentType = contentType;
    }

    private MailAttachment(string fileName, string? contentType, string path)
        : this(fileName, contentType) => this.path = path;

    private MailAttachment(string fileName, string? contentType, byte[] bytes)
        : this(fileName, contentType) => this.bytes = bytes;

    /// <summary>
    /// The most bytes of a stream that cannot seek copied to a temporary file: 512 MiB, far above what mail servers
    /// accept in one message (providers allow 20–150 MB), so that a stream without end cannot fill the disk.
    /// </summary>
    internal const long MaxCopiedStreamLength = 512L * 1024 * 1024;

    /// <summary>Gets the file name shown to the recipient.</summary>
    public string FileName { get; }

    /// <summary>Gets the MIME type.</summary>
    public string ContentType { get; }

    /// <summary>
    /// Gets or sets the Content-ID that the HTML body refers to as <c>cid:</c><em>ContentId</em>, for a picture in
    /// <see cref="OutgoingMessage.LinkedResources"/>; <see langword="null"/> for an ordinary attachment.
    /// </summary>
    /// <example><c>new MailAttachment("logo.png", stream) { ContentId = "logo" }</c> with <c>&lt;img src="cid:logo"&gt;</c>.</example>
    public string? ContentId { get; set; }

    /// <summary>Gets the caller's stream the content is read from (which two sends must not read at the same time), or <see langword="null"/> for a file or bytes.</summary>
    internal Stream? CallerStream => stream;

    /// <summary>Creates an attachment read from a file each time the message is written.</summary>
    /// <param name="path">The file's path; it must exist.</param>
    /// <param name="fileName">The name shown to the recipient; <see langword="null"/> uses the file's name.</param>
    /// <param name="contentType">The MIME type; <see langword="null"/> detects it from the name.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The name or content type is invalid.</exception>
    public static MailAttachment FromFile(string path, string? fileName = null, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The attachment file '{full}' does not exist.", full);
        }

        return new MailAttachment(fileName ?? Path.GetFileName(full), contentType, full);
    }

    /// <summary>Creates an attachment from bytes in memory (for small generated files such as a report rendered to PDF).</summary>
    /// <param name="fileName">The name shown to the recipient.</param>
    /// <param name="content">The content; not copied, so it must not change until the message is sent.</param>
    /// <param name="contentType">The MIME type; <see langword="null"/> detects it from the name.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException">The name or content type is invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static MailAttachment FromBytes(string fileName, byte[] content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(fileName, contentType, content);
    }

    /// <summary>
    /// Opens the content for one send operation (all its attempts and the Sent copy): a file or bytes as they are, a
    /// seekable stream from its start position, a stream that cannot seek copied to a temporary file first.
    /// </summary>
    /// <param name="cancellationToken">Cancels the copy of a stream that cannot seek.</param>
    /// <returns>A seekable stream, which the caller disposes (a temporary copy is deleted then).</returns>
    /// <exception cref="ArgumentException">A stream that cannot seek was read by an earlier send, or is longer than <see cref="MaxCopiedStreamLength"/>.</exception>
    internal async ValueTask<Stream> OpenContentAsync(CancellationToken cancellationToken)
    {
        if (path is not null)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }

        if (bytes is not null)
        {
            return new MemoryStream(bytes, writable: false);
        }

        if (stream!.CanSeek)
        {
            return new BoundStream(stream, streamStart, -1, leaveOpen: true);
        }

        if (!ReadOnce.TryAdd(stream, FileName))
        {
            throw new ArgumentException($"The attachment '{FileName}' is read from a stream that cannot seek, which an earlier send has read already; create the attachment again with the content, or use a file, bytes or a seekable stream.");
        }

        return await TemporaryFile.CopyAsync(stream, MaxCopiedStreamLength, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The attachment '{FileName}' is read from a stream that cannot seek and is longer than {MaxCopiedStreamLength / (1024 * 1024)} MiB, the most that is copied to a temporary file for retries and the Sent copy; attach it as a file instead."));
    }

    /// <summary>Makes an attachment that reads a stream that cannot seek into one that reads a temporary copy of it, for several messages.</summary>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>This attachment when its content can be read again; otherwise the copy and its file, which the caller disposes (deleting the file).</returns>
    internal async ValueTask<(MailAttachment Attachment, Stream? Copy)> ToRereadableAsync(CancellationToken cancellationToken)
    {
        if (stream is null || stream.CanSeek)
        {
            return (this, null);
        }

        var copy = await OpenContentAsync(cancellationToken).ConfigureAwait(false);
        return (new MailAttachment(FileName, copy, ContentType) { ContentId = ContentId }, copy);
    }
}
