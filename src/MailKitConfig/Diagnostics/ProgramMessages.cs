using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace MailKitConfig;

/// <summary>
/// Other programs' own error messages that name a cause, in every language they ship: Thunderbird's dialogs
/// (<c>thunderbird-messages.json</c>, copied from its localisation files by <c>eng/thunderbird-messages.cs</c>); the C
/// library's, GLib's and GnuTLS's network errors that programs on Linux print in the user's language
/// (<c>system-messages.json</c>, copied from their translations by <c>eng/system-messages.cs</c>); and Windows' and
/// .NET's connection and certificate errors that programs on Windows print in the user's language
/// (<c>windows-messages.json</c>, copied from public texts that print them, each seen at least twice: Windows' message
/// tables are not published); PHPMailer's, Roundcube's and Horde's sign-in and connection errors as PHP applications
/// and webmail show them (<c>php-messages.json</c>); mail clients' own — mutt's, msmtp's and mpop's, Evolution's,
/// Geary's, Claws Mail's, Sylpheed's, KMail's and KDE's KIO's, GNOME Online Accounts', Balsa's, GNU Mailutils'
/// (<c>mail-client-messages.json</c>); Qt's socket and TLS
/// errors, as KMail and other Qt programs show them (<c>qt-messages.json</c>); Thunderbird for Android's
/// notifications of a login or certificate refused (<c>thunderbird-android-messages.json</c>); Android's Email app's
/// settings check (<c>android-email-messages.json</c>); Mailspring's account and sending errors
/// (<c>mailspring-messages.json</c>); Zimbra's web client's (<c>zimbra-messages.json</c>); SOGo's login and send
/// errors (<c>sogo-messages.json</c>); and SnappyMail's login and connection notifications
/// (<c>snappymail-messages.json</c>); the last nine copied from their translations like the C library's.
/// People paste these texts in their own language; a message is read for what the program shows it for, not by a
/// translation of its words. A text matches a message when it holds the message's sentences with anything in place of
/// the placeholders (a host, a user name), compared without case, accents, quotation marks or differences of spacing.
/// </summary>
internal static partial class ProgramMessages
{
    private static readonly string[] ResourceNames =
    [
        "MailKitConfig.Diagnostics.thunderbird-messages.json",
        "MailKitConfig.Diagnostics.system-messages.json",
        "MailKitConfig.Diagnostics.windows-messages.json",
        "MailKitConfig.Diagnostics.php-messages.json",
        "MailKitConfig.Diagnostics.mail-client-messages.json",
        "MailKitConfig.Diagnostics.qt-messages.json",
        "MailKitConfig.Diagnostics.thunderbird-android-messages.json",
        "MailKitConfig.Diagnostics.android-email-messages.json",
        "MailKitConfig.Diagnostics.mailspring-messages.json",
        "MailKitConfig.Diagnostics.zimbra-messages.json",
        "MailKitConfig.Diagnostics.sogo-messages.json",
        "MailKitConfig.Diagnostics.snappymail-messages.json",
        "MailKitConfig.Diagnostics.nextcloud-mail-messages.json",
        "MailKitConfig.Diagnostics.deltachat-messages.json",
        "MailKitConfig.Diagnostics.cypht-messages.json",
    ];

    /// <summary>The longest a placeholder's value may be (a host name is at most 253 characters).</summary>
    private const int PlaceholderLength = 260;

    /// <summary>How many characters of an anchor index it (a text whose anchor is shorter is not read).</summary>
    internal const int KeyLength = 4;

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"'`´«»‹›“”„‟‘’‚‛「」『』");

    private static readonly Lazy<IReadOnlyList<ProgramMessageFile>> Files = new(Load);

    private static readonly Lazy<Func<string, (MailProblemKind Kind, MailProblemKind[] AlsoPossible)?>> Default = new(
        () => MatcherOf([.. Files.Value.Select(f => f with { Messages = [.. f.Messages.Where(m => !m.ReadLast)] })]));

    private static readonly Lazy<Func<string, (MailProblemKind Kind, MailProblemKind[] AlsoPossible)?>> Last = new(
        () => MatcherOf([.. Files.Value.Select(f => f with { Messages = [.. f.Messages.Where(m => m.ReadLast)] })]));

    private static readonly Lazy<Func<string, (MailProblemKind Kind, MailProblemKind[] AlsoPossible)?>> ForNow = new(
        () => MatcherOf([.. Files.Value.Select(f => f with { Messages = [.. f.Messages.Where(m => m.ForNow)] })]));

    /// <summary>Finds the program's message a text holds.</summary>
    /// <param name="text">The error text.</param>
    /// <returns>The message's kind and the other kinds it may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Default.Value(text);
    }

    /// <summary>
    /// Finds the message a text holds of a program that names what failed in its own words and leaves the cause to the
    /// words after them (PHPMailer's "SMTP Error: Could not connect to SMTP host." before "Connection timed out"): to
    /// be read only where nothing else in the text names a cause.
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns>The message's kind and the other kinds it may mean, or <see langword="null"/>.</returns>
    public static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? MatchLast(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Last.Value(text);
    }

    /// <summary>
    /// Returns whether a text holds a message that says its failure is for now (the C library's "Temporary failure in
    /// name resolution").
    /// </summary>
    /// <param name="text">The error text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool SaysForNow(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ForNow.Value(text) is not null;
    }

    /// <summary>
    /// Makes the reader of a set of messages. Words that two messages of different kinds share name neither cause (a
    /// translation may use one sentence for a connection that timed out and one that was interrupted): they are left out.
    /// </summary>
    /// <param name="files">The messages.</param>
    /// <returns>What <see cref="Match(string)"/> does with them.</returns>
    internal static Func<string, (MailProblemKind Kind, MailProblemKind[] AlsoPossible)?> MatcherOf(params IReadOnlyList<ProgramMessageFile> files)
    {
        var index = files.SelectMany(f => f.Messages)
            .SelectMany(m => m.Texts.Values.Select(t => (Text: Normalize(t), Message: m)))
            .GroupBy(p => p.Text)
            .Where(g => g.Select(p => p.Message.Kind).Distinct().Count() == 1)
            .Select(g => (Pattern: PatternOf(g.Key), g.Key.Length, g.First().Message))
            .Where(p => p.Pattern.Anchor.Length >= KeyLength) // shorter, it says too little to be read on its own
            .GroupBy(p => KeyOf(p.Pattern.Anchor))
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Length) // where one message's words begin another's, the longer says more
                    .Select(p => (p.Pattern, p.Message.Kind, AlsoPossible: (MailProblemKind[])[.. p.Message.AlsoPossible ?? []]))
                    .ToArray());
        return text => Match(Normalize(text), index);
    }

    /// <summary>Reads the data (for tests of it).</summary>
    /// <returns>The messages as the data files hold them, Thunderbird's first.</returns>
    internal static IReadOnlyList<ProgramMessageFile> Load() => [.. ResourceNames.Select(Load)];

    private static ProgramMessageFile Load(string resourceName)
    {
        using var stream = typeof(ProgramMessages).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");
        return JsonSerializer.Deserialize(stream, ProgramMessageJsonContext.Default.ProgramMessageFile)
            ?? throw new InvalidDataException($"The embedded resource {resourceName} is empty.");
    }

    /// <summary>
    /// A text as the messages are compared: lower case, without accents or quotation marks (translations and pasted
    /// dialogs differ in both), every run of white space one space.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to compare.</returns>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || QuotationMarks.Contains(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The pattern of a message's text: its words as they are, a space optional (pasted dialogs lose and gain them),
    /// a placeholder any run of non-space characters, or none. A text that ends with a placeholder ("Failed to
    /// connect to server %S.") ends there: its value must look like a host or user name and be followed by the end of
    /// the sentence, so that "Failed to connect to server: Connection refused" is not taken for it.
    /// </summary>
    /// <param name="text">The message's text, normalised.</param>
    /// <returns>The pattern.</returns>
    internal static MessagePattern PatternOf(string text)
    {
        var pieces = Placeholder().Split(SentenceEnd().Replace(text, string.Empty));
        var pattern = new StringBuilder();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                pattern.Append(i == pieces.Length - 1 && pieces[i].Trim().Length == 0
                    ? string.Create(CultureInfo.InvariantCulture, $@"[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.@_+\-]{{0,{PlaceholderLength}}}?(?:[.!?։।。！？](?=\s|$)|$)")
                    : string.Create(CultureInfo.InvariantCulture, $@"\S{{0,{PlaceholderLength}}}?"));
            }

            foreach (var c in pieces[i])
            {
                pattern.Append(c == ' ' ? " ?" : Regex.Escape(c.ToString()));
            }
        }

        var anchor = pieces.Select(p => p.Trim()).MaxBy(p => p.Length)!;
        var reach = pieces.Sum(p => p.Length) + ((pieces.Length - 1) * (PlaceholderLength + 1));
        return new MessagePattern(new Regex(pattern.ToString(), RegexOptions.CultureInvariant), anchor, reach);
    }

    /// <summary>
    /// Reads a normalised text once, whatever the number of messages and languages and however long the text: the
    /// patterns are indexed by the first characters of their anchors, and a pattern is tried only where its anchor
    /// stands, on as much of the text around it as a match can reach.
    /// </summary>
    private static (MailProblemKind Kind, MailProblemKind[] AlsoPossible)? Match(
        string normal, Dictionary<ulong, (MessagePattern Pattern, MailProblemKind Kind, MailProblemKind[] AlsoPossible)[]> index)
    {
        for (var at = 0; at + KeyLength <= normal.Length; at++)
        {
            if (!index.TryGetValue(KeyOf(normal.AsSpan(at)), out var candidates))
            {
                continue;
            }

            foreach (var (pattern, kind, alsoPossible) in candidates)
            {
                if (normal.AsSpan(at).StartsWith(pattern.Anchor, StringComparison.Ordinal) && pattern.IsMatchAround(normal, at))
                {
                    return (kind, alsoPossible);
                }
            }
        }

        return null;
    }

    /// <summary>The first <see cref="KeyLength"/> characters of a text, as one number.</summary>
    private static ulong KeyOf(ReadOnlySpan<char> text)
        => text[0] | ((ulong)text[1] << 16) | ((ulong)text[2] << 32) | ((ulong)text[3] << 48);

    /// <summary>
    /// The messages' placeholders: Thunderbird's <c>%S</c>, <c>%s</c>, <c>%1$S</c>; C programs' <c>%d</c> (a port);
    /// KDE's <c>%1</c>.
    /// </summary>
    [GeneratedRegex(@"%(?:\d+\$)?[sSd]|%\d", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>The punctuation that ends the last sentence, which pasted texts often lose.</summary>
    [GeneratedRegex(@"[.!?։।。！？:;\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

}

/// <summary>The pattern of one of the programs' messages.</summary>
/// <param name="Regex">The pattern, on a normalised text.</param>
/// <param name="Anchor">Its longest run of plain words, which a text must hold for it to match.</param>
/// <param name="Reach">The longest text it can match.</param>
internal sealed record MessagePattern(Regex Regex, string Anchor, int Reach)
{
    /// <summary>
    /// Returns whether the pattern matches around the place of the text where its anchor stands. Only the text within
    /// its reach is read, and one character more: a match that ends where that part ends, before the text does, is not
    /// taken (the end of the part is not the end of the text a message may end with).
    /// </summary>
    /// <param name="normal">The normalised text.</param>
    /// <param name="at">Where the anchor stands.</param>
    /// <returns><see langword="true"/> when the pattern matches there.</returns>
    public bool IsMatchAround(string normal, int at)
    {
        var start = Math.Max(0, at - Reach);
        var end = Math.Min(normal.Length, at + Reach + 1);
        foreach (var match in Regex.EnumerateMatches(normal.AsSpan(start, end - start)))
        {
            if (start + match.Index + match.Length < end || end == normal.Length)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A data file of <see cref="ProgramMessages"/>.</summary>
/// <param name="Source">The localisation files, with their commit or package version, the texts were copied from.</param>
/// <param name="Messages">The messages.</param>
internal sealed record ProgramMessageFile(string Source, IReadOnlyList<ProgramMessage> Messages);

/// <summary>
/// One of a program's messages and what it means, as the classifier reads it (the file's <c>file</c>,
/// <c>sentences</c>, <c>note</c>, <c>code</c> and <c>seen</c> are for the copying script and the reader of the data).
/// </summary>
/// <param name="Name">
/// Its key in the program's localisation file (for the C library and GLib, its English text; for Windows, its error's name).
/// </param>
/// <param name="Kind">The problem it names.</param>
/// <param name="AlsoPossible">Other problems it may mean.</param>
/// <param name="Texts">Its text in each language, by the language's folder or tag.</param>
/// <param name="English">Its English text, where the name is not (the classifier's own rules read English).</param>
/// <param name="ForNow">Whether it says the failure is for now, as its English words do (a lookup that failed now).</param>
/// <param name="ReadLast">
/// Whether it says what failed and leaves the cause to the words after it
/// (see <see cref="ProgramMessages.MatchLast(string)"/>).
/// </param>
internal sealed record ProgramMessage(
    string Name,
    MailProblemKind Kind,
    IReadOnlyList<MailProblemKind>? AlsoPossible,
    IReadOnlyDictionary<string, string> Texts,
    string? English = null,
    bool ForNow = false,
    bool ReadLast = false);

/// <summary>Reads <c>thunderbird-messages.json</c> without reflection (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ProgramMessageFile))]
internal sealed partial class ProgramMessageJsonContext : JsonSerializerContext;
