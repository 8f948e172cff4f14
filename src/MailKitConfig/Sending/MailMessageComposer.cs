using MimeKit;
using MimeKit.Utils;

namespace MailKitConfig;

/// <summary>Builds the MIME message and the SMTP envelope from an <see cref="OutgoingMessage"/>, refusing anything that could inject headers.</summary>
internal static class MailMessageComposer
{
    /// <summary>Printable ASCII with tabs and line breaks: text that needs no transfer encoding (when its lines are short).</summary>
    private static readonly System.Buffers.SearchValues<char> SevenBitText = System.Buffers.SearchValues.Create(
        "\t\r\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>
    /// Composes the message, then opens its attachments for this send operation (every field is checked before any
    /// content is read; a stream that cannot seek is copied to a temporary file, see <see cref="MailAttachment"/>).
    /// </summary>
    /// <param name="account">The sending account (already validated).</param>
    /// <param name="message">What to send.</param>
    /// <param name="now">The Date of the message.</param>
    /// <param name="cancellationToken">Cancels the copy of an attachment read from a stream that cannot seek.</param>
    /// <returns>The message and its envelope; dispose it after sending to close the attachments opened here.</returns>
    /// <exception cref="ArgumentException">A field of <paramref name="message"/> is invalid.</exception>
    public static async ValueTask<ComposedMessage> ComposeAsync(MailAccountSettings account, OutgoingMessage message, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var from = message.From is null
            ? new MailboxAddress(account.DisplayName ?? string.Empty, account.Address)
            : ParseSingle(message.From, nameof(message.From));

        var subject = message.Subject ?? string.Empty;
        if (MailAddressParser.ContainsControlCharacter(subject.Replace('\t', ' ')))
        {
            throw new ArgumentException(ProblemCatalog.Current("Message.SubjectControlCharacters"), nameof(message));
        }

        // Built from its first headers: the parameterless constructor would first make a Date, a Message-Id (from the
        // machine's name) and empty From and Subject headers, only for them to be replaced here (about 5 µs a message).
        IEnumerable<Header> first =
        [
            new Header(HeaderId.Date, DateUtils.FormatDate(now)),
            new Header(HeaderId.MessageId, $"<{MimeUtils.GenerateMessageId(from.Domain)}>"),
            new Header(HeaderId.MimeVersion, "1.0"),
        ];
        var mime = new MimeMessage(first) { Subject = subject };
        mime.From.Add(from);
        var to = ParseAll(message.To, nameof(message.To));
        var cc = ParseAll(message.Cc, nameof(message.Cc));
        var bcc = ParseAll(message.Bcc, nameof(message.Bcc));
        mime.To.AddRange(to);
        mime.Cc.AddRange(cc);
        var replyTo = message.ReplyTo ?? account.ReplyTo;
        if (replyTo is not null)
        {
            mime.ReplyTo.AddRange(Parse(replyTo, nameof(message.ReplyTo), []));
        }

        var envelope = new List<MailboxAddress>(to.Count + cc.Count + bcc.Count + 1);
        envelope.AddRange(to);
        envelope.AddRange(cc);
        envelope.AddRange(bcc);
        if (account.HiddenCopyToSelf)
        {
            envelope.Add(new MailboxAddress(string.Empty, account.Address));
        }

        var recipients = envelope.Count > 1 ? envelope.DistinctBy(m => m.Address, StringComparer.OrdinalIgnoreCase).ToList() : envelope;
        if (recipients.Count == 0)
        {
            throw new ArgumentException(ProblemCatalog.Current("Message.NoRecipient"), nameof(message));
        }

        CheckLinkedResources(message);
        var files = new List<(MimePart Part, MailAttachment Attachment)>();
        mime.Body = CreateBody(message, files);
        var opened = new List<Stream>(files.Count);
        try
        {
            foreach (var (part, attachment) in files)
            {
                var content = await attachment.OpenContentAsync(cancellationToken).ConfigureAwait(false);
                opened.Add(content);
                part.Content = new MimeContent(content);
            }
        }
        catch
        {
            opened.ForEach(s => s.Dispose());
            throw;
        }

        return new ComposedMessage(mime, from, recipients, bcc, opened);
    }

    /// <summary>Checks a message built by the caller and finds its envelope (From or Sender; To, Cc and Bcc).</summary>
    /// <param name="account">The sending account; its address is the sender when the message has none.</param>
    /// <param name="message">The caller's message; not changed.</param>
    /// <returns>The message with its envelope; the caller keeps owning the message.</returns>
    /// <exception cref="ArgumentException">A header contains a bare line break, or the message has no recipient.</exception>
    public static ComposedMessage Envelope(MailAccountSettings account, MimeMessage message)
    {
        foreach (var header in message.Headers.Concat(message.BodyParts.SelectMany(p => p.Headers)))
        {
            if (IsInjected(header.RawValue))
            {
                throw new ArgumentException(ProblemCatalog.Current("Message.HeaderLineBreak", header.Field), nameof(message));
            }
        }

        var sender = message.Sender ?? message.From.Mailboxes.FirstOrDefault() ?? new MailboxAddress(account.DisplayName ?? string.Empty, account.Address);
        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes)
            .DistinctBy(m => m.Address, StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0)
        {
            throw new ArgumentException(ProblemCatalog.Current("Message.NoRecipient"), nameof(message));
        }

        foreach (var mailbox in recipients.Append(sender))
        {
            if (!MailAddressParser.TryParseAddress(mailbox.Address, out _, out var error))
            {
                throw new ArgumentException(MailAddressParser.Describe(ProblemCatalog.Current("Subject.Address"), error), nameof(message));
            }
        }

        return ComposedMessage.FromCaller(message, sender, recipients);
    }

    /// <summary>A CR or LF that neither starts a folded continuation line (followed by a space or tab) nor ends the header.</summary>
    private static bool IsInjected(byte[] raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var next = raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n' ? i + 2 : raw[i] == '\n' ? i + 1 : -1;
            if (raw[i] == '\r' && next < 0)
            {
                return true; // a bare CR
            }

            if (next >= 0 && next < raw.Length && raw[next] is not ((byte)' ' or (byte)'\t'))
            {
                return true;
            }

            if (next > i + 1)
            {
                i++;
            }
        }

        return false;
    }

    private static void CheckLinkedResources(OutgoingMessage message)
    {
        foreach (var resource in message.LinkedResources)
        {
            if (string.IsNullOrWhiteSpace(resource.ContentId) || MailAddressParser.ContainsControlCharacter(resource.ContentId) || resource.ContentId.AsSpan().IndexOfAny("<> \"") >= 0)
            {
                throw new ArgumentException($"LinkedResources: '{resource.FileName}' needs a ContentId without spaces, quotes or angle brackets, which the HTML body refers to as cid:ContentId.", nameof(message));
            }
        }

        if (message.LinkedResources.Count > 0 && message.HtmlBody is null)
        {
            throw new ArgumentException("LinkedResources: pictures shown inside the body need an HtmlBody that refers to them.", nameof(message));
        }

        if (message.LinkedResources.Count > 1 && message.LinkedResources.GroupBy(r => r.ContentId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"LinkedResources: the ContentId '{duplicate.Key}' is used twice.", nameof(message));
        }
    }

    private static MimeEntity CreateBody(OutgoingMessage message, List<(MimePart Part, MailAttachment Attachment)> files)
    {
        var textBody = message.TextBody ?? (message.HtmlBody is null ? null : HtmlToPlainText.Convert(message.HtmlBody));
        var text = textBody is null ? null : CreateTextPart("plain", textBody);
        MimeEntity? html = message.HtmlBody is null ? null : CreateTextPart("html", message.HtmlBody);
        if (html is not null && message.LinkedResources.Count > 0)
        {
            var related = new MultipartRelated { html };
            foreach (var resource in message.LinkedResources)
            {
                var part = CreateFilePart(resource, ContentDisposition.Inline, files);
                part.ContentId = resource.ContentId;
                related.Add(part);
            }

            html = related;
        }

        MimeEntity body = (text, html) switch
        {
            (not null, not null) => new MultipartAlternative { text, html },
            (not null, null) => text,
            _ => CreateTextPart("plain", string.Empty),
        };

        if (message.Attachments.Count == 0)
        {
            return body;
        }

        var mixed = new Multipart("mixed") { body };
        foreach (var attachment in message.Attachments)
        {
            mixed.Add(CreateFilePart(attachment, ContentDisposition.Attachment, files));
        }

        return mixed;
    }

    /// <summary>Creates the part of a file, whose content is opened once the whole message has been checked.</summary>
    private static MimePart CreateFilePart(MailAttachment attachment, string disposition, List<(MimePart Part, MailAttachment Attachment)> files)
    {
        var part = new MimePart(ContentType.Parse(attachment.ContentType))
        {
            ContentDisposition = new ContentDisposition(disposition),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachment.FileName,
        };
        files.Add((part, attachment));
        return part;
    }

    /// <summary>
    /// Creates a UTF-8 text part in a 7-bit safe encoding, so every server relays it unchanged. Printable ASCII text
    /// is 7-bit already; its encoding is left to MailKit, which checks the line lengths when it prepares the message
    /// for sending anyway, so the text is scanned once, not twice.
    /// </summary>
    private static TextPart CreateTextPart(string subtype, string content)
    {
        var part = new TextPart(subtype);
        part.SetText("utf-8", content);
        if (content.AsSpan().ContainsAnyExcept(SevenBitText))
        {
            part.ContentTransferEncoding = part.GetBestEncoding(EncodingConstraint.SevenBit);
        }

        return part;
    }

    private static MailboxAddress ParseSingle(string text, string field)
    {
        var list = Parse(text, field, []);
        return list.Count == 1 ? list[0] : throw new ArgumentException(ProblemCatalog.Current("Message.NotOneAddress", field, text), field);
    }

    private static List<MailboxAddress> ParseAll(IList<string> entries, string field)
    {
        var result = new List<MailboxAddress>(entries.Count);
        foreach (var entry in entries)
        {
            Parse(entry, field, result);
        }

        return result;
    }

    /// <summary>Parses an entry of one or more addresses (see <see cref="MailAddressParser.Split"/>) and adds them to <paramref name="result"/>.</summary>
    /// <returns><paramref name="result"/>.</returns>
    private static List<MailboxAddress> Parse(string text, string field, List<MailboxAddress> result)
    {
        if (MailAddressParser.ContainsControlCharacter(text))
        {
            throw new ArgumentException($"{field}: {MailAddressParser.Describe(ProblemCatalog.Current("Subject.AddressInField"), ProblemCatalog.Current("Address.ControlCharacters"))}", field);
        }

        var parts = 0;
        foreach (var part in MailAddressParser.Split(text))
        {
            AddParsed(part, field, result);
            parts++;
        }

        if (parts == 0)
        {
            AddParsed(text, field, result); // an empty entry: the parser says so
        }

        return result;
    }

    private static void AddParsed(string part, string field, List<MailboxAddress> result)
        => result.AddRange(MailAddressParser.TryParseList(part, out var list, out var error)
            ? list
            : throw new ArgumentException($"{field}: {MailAddressParser.Describe(ProblemCatalog.Current("Subject.AddressInField"), error)}", field));
}
