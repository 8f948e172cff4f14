using MimeKit;
using MimeKit.Utils;

namespace MailKitConfig;

/// <summary>Builds the MIME message and the SMTP envelope from an <see cref="OutgoingMessage"/>, refusing anything that could inject headers.</summary>
internal static class MailMessageComposer
{
    /// <summary>Composes the message.</summary>
    /// <param name="account">The sending account (already validated).</param>
    /// <param name="message">What to send.</param>
    /// <param name="now">The Date of the message.</param>
    /// <returns>The message and its envelope.</returns>
    /// <exception cref="ArgumentException">A field of <paramref name="message"/> is invalid.</exception>
    public static ComposedMessage Compose(MailAccountSettings account, OutgoingMessage message, DateTimeOffset now)
    {
        var from = message.From is null
            ? new MailboxAddress(account.DisplayName ?? string.Empty, account.Address)
            : ParseSingle(message.From, nameof(message.From));

        var subject = message.Subject ?? string.Empty;
        if (MailAddressParser.ContainsControlCharacter(subject.Replace('\t', ' ')))
        {
            throw new ArgumentException("Subject: the subject must not contain line breaks or other control characters.", nameof(message));
        }

        var mime = new MimeMessage { Date = now, Subject = subject };
        mime.MessageId = MimeUtils.GenerateMessageId(from.Domain);
        mime.From.Add(from);
        mime.To.AddRange(ParseAll(message.To, nameof(message.To)));
        mime.Cc.AddRange(ParseAll(message.Cc, nameof(message.Cc)));
        var bcc = ParseAll(message.Bcc, nameof(message.Bcc));
        var replyTo = message.ReplyTo ?? account.ReplyTo;
        if (replyTo is not null)
        {
            mime.ReplyTo.AddRange(Parse(replyTo, nameof(message.ReplyTo)));
        }

        var envelope = mime.To.Mailboxes.Concat(mime.Cc.Mailboxes).Concat(bcc);
        if (account.HiddenCopyToSelf)
        {
            envelope = envelope.Append(new MailboxAddress(string.Empty, account.Address));
        }

        var recipients = envelope.DistinctBy(m => m.Address, StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0)
        {
            throw new ArgumentException("The message has no recipient: add at least one address to To, Cc or Bcc.", nameof(message));
        }

        mime.Body = CreateBody(message);
        return new ComposedMessage(mime, from, recipients);
    }

    private static MimeEntity CreateBody(OutgoingMessage message)
    {
        var text = message.TextBody is null ? null : CreateTextPart("plain", message.TextBody);
        var html = message.HtmlBody is null ? null : CreateTextPart("html", message.HtmlBody);
        MimeEntity body = (text, html) switch
        {
            (not null, not null) => new MultipartAlternative { text, html },
            (not null, null) => text,
            (null, not null) => html,
            _ => CreateTextPart("plain", string.Empty),
        };

        if (message.Attachments.Count == 0)
        {
            return body;
        }

        var mixed = new Multipart("mixed") { body };
        foreach (var attachment in message.Attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(attachment.Content),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.FileName,
            });
        }

        return mixed;
    }

    /// <summary>Creates a UTF-8 text part in a 7-bit safe encoding, so every server relays it unchanged.</summary>
    private static TextPart CreateTextPart(string subtype, string content)
    {
        var part = new TextPart(subtype);
        part.SetText("utf-8", content);
        part.ContentTransferEncoding = part.GetBestEncoding(EncodingConstraint.SevenBit);
        return part;
    }

    private static MailboxAddress ParseSingle(string text, string field)
    {
        var list = Parse(text, field);
        return list.Count == 1 ? list[0] : throw new ArgumentException($"{field}: '{text}' must be exactly one address.", field);
    }

    private static List<MailboxAddress> ParseAll(IEnumerable<string> entries, string field)
        => entries.SelectMany(entry => Parse(entry, field)).ToList();

    private static List<MailboxAddress> Parse(string text, string field)
        => MailAddressParser.TryParseList(text, out var list, out var error)
            ? list
            : throw new ArgumentException($"{field}: {MailAddressParser.Describe("the address", error)}", field);
}
