using System.Text;
using MailKit;

namespace MailKitConfig;

/// <summary>
/// A MailKit protocol logger that keeps what failure reports and the settings check need: the server's last reply,
/// the last refusal since the current operation began (MailKit sends RSET after a refused SMTP command, whose
/// <c>250</c> would otherwise hide the refusal, and drops server text in some paths, e.g. POP3 login failures), and,
/// when asked, a timed transcript in which passwords, tokens and AUTH payloads are redacted.
/// </summary>
internal sealed class ProtocolTranscript : IProtocolLogger
{
    private const int MaxReplyLength = 4096;
    private const int MaxEntryLength = 1024;
    private const int MaxEntries = 400;
    private const string Redacted = "********";

    // The reply as decoded so far, chunk by chunk, at most MaxReplyLength characters; LastReply is made from it only when
    // asked (MailKit reports every chunk of every reply, and a pooled connection sends thousands of messages).
    private readonly char[] reply = new char[MaxReplyLength];
    private int replyLength;
    private string? lastReply;
    private readonly List<TranscriptEntry>? entries;
    private readonly TimeProvider time;
    private readonly long startedAt;
    private bool clientSpokeLast;
    private string? refusal;

    /// <summary>Initializes a new instance of the <see cref="ProtocolTranscript"/> class.</summary>
    /// <param name="keepTranscript">Whether to keep every line (redacted) with its time; otherwise only the replies a failure needs.</param>
    /// <param name="time">The clock for the transcript's times.</param>
    public ProtocolTranscript(bool keepTranscript = false, TimeProvider? time = null)
    {
        entries = keepTranscript ? [] : null;
        this.time = time ?? TimeProvider.System;
        startedAt = this.time.GetTimestamp();
    }

    /// <inheritdoc />
    public IAuthenticationSecretDetector? AuthenticationSecretDetector { get; set; }

    /// <summary>Gets the server's reply to the last client command (or its greeting), or <see langword="null"/>.</summary>
    public string? LastReply => replyLength == 0 ? null : lastReply ??= new string(TrimmedReply);

    /// <summary>
    /// Gets the reply that best explains a failure of the current operation: the last refusal (SMTP 4xx/5xx, POP3
    /// <c>-ERR</c>, IMAP <c>NO</c>/<c>BAD</c>) since <see cref="BeginOperation"/>, otherwise the last reply.
    /// </summary>
    public string? ReplyForFailure => LastReply is { } last && ClassifiedReply.IsRefusalLine(last) ? last : refusal ?? LastReply;

    /// <summary>Gets the transcript (empty unless it was asked for): what each side sent and when, secrets redacted.</summary>
    public IReadOnlyList<TranscriptEntry> Entries => entries ?? [];

    /// <summary>Gets a value indicating whether the client reported a connection (MailKit does so once the socket is open).</summary>
    public bool Connected { get; private set; }

    /// <summary>Gets a value indicating whether the server has sent anything.</summary>
    public bool ServerSpoke { get; private set; }

    /// <summary>Gets the time elapsed since the transcript was created.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(startedAt);

    /// <summary>Marks the start of an operation, forgetting refusals of earlier ones.</summary>
    public void BeginOperation() => refusal = null;

    /// <inheritdoc />
    public void LogConnect(Uri uri)
    {
        ClearReply();
        clientSpokeLast = false;
        refusal = null;
        Connected = true;
        Add(TranscriptSide.Connect, uri.ToString());
    }

    /// <inheritdoc />
    public void LogClient(byte[] buffer, int offset, int count)
    {
        if (!clientSpokeLast && replyLength > 0 && ClassifiedReply.IsRefusalLine(TrimmedReply))
        {
            refusal = LastReply;
        }

        clientSpokeLast = true;
        if (entries is not null)
        {
            Add(TranscriptSide.Client, RedactSecrets(buffer, offset, count));
        }
    }

    /// <inheritdoc />
    public void LogServer(byte[] buffer, int offset, int count)
    {
        ServerSpoke = true;
        if (clientSpokeLast)
        {
            ClearReply();
            clientSpokeLast = false;
        }

        var room = MaxReplyLength - replyLength;
        if (room > 0 && count > 0)
        {
            // Each chunk is decoded on its own, as before; UTF-8 never yields more characters than bytes, so it fits.
            replyLength += Encoding.UTF8.GetChars(buffer.AsSpan(offset, Math.Min(count, room)), reply.AsSpan(replyLength));
            lastReply = null;
        }

        if (entries is not null)
        {
            Add(TranscriptSide.Server, Encoding.UTF8.GetString(buffer, offset, Math.Min(count, MaxEntryLength)));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>Gets the reply without its final line break(s), as <see cref="LastReply"/> shows it.</summary>
    private ReadOnlySpan<char> TrimmedReply => reply.AsSpan(0, replyLength).TrimEnd("\r\n");

    private void ClearReply()
    {
        replyLength = 0;
        lastReply = null;
    }

    private string RedactSecrets(byte[] buffer, int offset, int count)
    {
        var secrets = AuthenticationSecretDetector?.DetectSecrets(buffer, offset, count) ?? [];
        var text = new StringBuilder();
        var position = offset;
        foreach (var secret in secrets.OrderBy(s => s.StartIndex))
        {
            text.Append(Encoding.UTF8.GetString(buffer, position, secret.StartIndex - position)).Append(Redacted);
            position = secret.StartIndex + secret.Length;
        }

        text.Append(Encoding.UTF8.GetString(buffer, position, offset + count - position));
        return text.Length > MaxEntryLength ? text.ToString(0, MaxEntryLength) + "…" : text.ToString();
    }

    private void Add(TranscriptSide side, string text)
    {
        if (entries is not null && entries.Count < MaxEntries)
        {
            entries.Add(new TranscriptEntry(Elapsed, side, text.TrimEnd('\r', '\n')));
        }
    }
}

/// <summary>Who wrote a transcript entry.</summary>
internal enum TranscriptSide
{
    /// <summary>The connection was opened.</summary>
    Connect,

    /// <summary>The client (this library).</summary>
    Client,

    /// <summary>The server.</summary>
    Server,
}

/// <summary>One entry of a protocol transcript.</summary>
/// <param name="At">The time since the transcript began.</param>
/// <param name="Side">Who wrote it.</param>
/// <param name="Text">What was written; secrets redacted, long data cut.</param>
internal sealed record TranscriptEntry(TimeSpan At, TranscriptSide Side, string Text);
