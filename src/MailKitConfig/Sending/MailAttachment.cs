using MimeKit;

namespace MailKitConfig;

/// <summary>A file attached to a message, read from a stream while the message is sent (never loaded whole into memory).</summary>
public sealed class MailAttachment
{
    /// <summary>Initializes a new instance of the <see cref="MailAttachment"/> class.</summary>
    /// <param name="fileName">The file name shown to the recipient; any Unicode text, without a directory.</param>
    /// <param name="content">The content, read from its current position; the caller keeps ownership and disposes it after sending.</param>
    /// <param name="contentType">The MIME type, e.g. <c>application/pdf</c>; <see langword="null"/> detects it from the file name.</param>
    /// <exception cref="ArgumentException">The file name is empty or contains a control character, or the content type is malformed.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public MailAttachment(string fileName, Stream content, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (MailAddressParser.ContainsControlCharacter(fileName))
        {
            throw new ArgumentException("The attachment's file name must not contain line breaks or other control characters.", nameof(fileName));
        }

        if (!content.CanRead)
        {
            throw new ArgumentException("The attachment's content stream must be readable.", nameof(content));
        }

        contentType ??= MimeTypes.GetMimeType(fileName);
        if (!MimeKit.ContentType.TryParse(contentType, out _))
        {
            throw new ArgumentException($"'{contentType}' is not a valid MIME type such as application/pdf.", nameof(contentType));
        }

        FileName = fileName;
        Content = content;
        ContentType = contentType;
    }

    /// <summary>Gets the file name shown to the recipient.</summary>
    public string FileName { get; }

    /// <summary>Gets the content stream.</summary>
    public Stream Content { get; }

    /// <summary>Gets the MIME type.</summary>
    public string ContentType { get; }
}
