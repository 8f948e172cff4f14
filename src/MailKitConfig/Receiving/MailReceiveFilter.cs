using MimeKit;

namespace MailKitConfig;

/// <summary>Conditions on a message's headers and size, checked before its body is downloaded; empty conditions pass everything.</summary>
public sealed class MailReceiveFilter
{
    /// <summary>Gets the senders to receive from: full addresses (<c>orders@example.com</c>) or domains (<c>@example.com</c>); empty for any sender.</summary>
    public ICollection<string> From { get; } = new List<string>();

    /// <summary>Gets or sets text the subject must contain (case-insensitive); <see langword="null"/> for any subject.</summary>
    public string? SubjectContains { get; set; }

    /// <summary>Gets or sets whether messages must have (<see langword="true"/>) or must not have (<see langword="false"/>) attachments; <see langword="null"/> for either.</summary>
    public bool? HasAttachments { get; set; }

    /// <summary>Gets or sets the largest message size in bytes; <see langword="null"/> for any size.</summary>
    public long? MaxSize { get; set; }

    /// <summary>Gets a value indicating whether any condition is set.</summary>
    internal bool IsEmpty => From.Count == 0 && SubjectContains is null && HasAttachments is null && MaxSize is null;

    /// <summary>Gets a value indicating whether the conditions need the message's headers.</summary>
    internal bool NeedsHeaders => From.Count > 0 || SubjectContains is not null || HasAttachments is not null;

    /// <summary>Checks a message.</summary>
    /// <param name="headers">Its headers.</param>
    /// <param name="size">Its size in bytes.</param>
    /// <param name="hasAttachments">Whether it has attachments, or <see langword="null"/> when unknown (not checked then).</param>
    /// <returns>Whether it passes.</returns>
    internal bool Passes(HeaderList? headers, long size, bool? hasAttachments)
    {
        if (MaxSize is { } max && size > max)
        {
            return false;
        }

        if (HasAttachments is { } wanted && hasAttachments is { } has && wanted != has)
        {
            return false;
        }

        if (SubjectContains is { } text && (headers?[HeaderId.Subject] is not { } subject || !subject.Contains(text, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return From.Count == 0 || (headers?[HeaderId.From] is { } from && InternetAddressList.TryParse(from, out var senders)
            && senders.Mailboxes.Any(m => From.Any(f => f.StartsWith('@')
                ? m.Address.EndsWith(f, StringComparison.OrdinalIgnoreCase)
                : string.Equals(m.Address, f, StringComparison.OrdinalIgnoreCase))));
    }
}
