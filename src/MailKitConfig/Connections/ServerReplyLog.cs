using System.Text;
using System.Text.RegularExpressions;
using MailKit;

namespace MailKitConfig;

/// <summary>
/// A MailKit protocol logger that keeps the server's replies a failure report needs: the last reply, and the last
/// refusal since the current operation began (MailKit sends RSET after a refused SMTP command, whose <c>250</c> would
/// otherwise hide the refusal, and drops server text in some paths, e.g. POP3 login failures).
/// Client lines, which may hold secrets, are never kept.
/// </summary>
internal sealed partial class ServerReplyLog : IProtocolLogger
{
    private const int MaxReplyLength = 4096;

    private readonly StringBuilder reply = new();
    private bool clientSpokeLast;
    private string? refusal;

    /// <inheritdoc />
    public IAuthenticationSecretDetector? AuthenticationSecretDetector { get; set; }

    /// <summary>Gets the server's reply to the last client command (or its greeting), or <see langword="null"/>.</summary>
    public string? LastReply => reply.Length == 0 ? null : reply.ToString().TrimEnd('\r', '\n');

    /// <summary>
    /// Gets the reply that best explains a failure of the current operation: the last refusal (SMTP 4xx/5xx, POP3
    /// <c>-ERR</c>, IMAP <c>NO</c>/<c>BAD</c>) since <see cref="BeginOperation"/>, otherwise the last reply.
    /// </summary>
    public string? ReplyForFailure => LastReply is { } last && IsRefusal(last) ? last : refusal ?? LastReply;

    /// <summary>Marks the start of an operation, forgetting refusals of earlier ones.</summary>
    public void BeginOperation() => refusal = null;

    /// <inheritdoc />
    public void LogConnect(Uri uri)
    {
        reply.Clear();
        clientSpokeLast = false;
        refusal = null;
    }

    /// <inheritdoc />
    public void LogClient(byte[] buffer, int offset, int count)
    {
        if (!clientSpokeLast && LastReply is { } last && IsRefusal(last))
        {
            refusal = last;
        }

        clientSpokeLast = true;
    }

    /// <inheritdoc />
    public void LogServer(byte[] buffer, int offset, int count)
    {
        if (clientSpokeLast)
        {
            reply.Clear();
            clientSpokeLast = false;
        }

        var room = MaxReplyLength - reply.Length;
        if (room > 0)
        {
            reply.Append(Encoding.UTF8.GetString(buffer, offset, Math.Min(count, room)));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static bool IsRefusal(string reply) => RefusalPattern().IsMatch(reply);

    /// <summary>A line of an SMTP 4xx/5xx reply (pipelined replies arrive together), a POP3 <c>-ERR</c>, or an IMAP <c>NO</c>/<c>BAD</c>.</summary>
    [GeneratedRegex(@"^(?:[45][0-9]{2}(?:[ -]|\r?$)|-ERR\b|\S+ (?:NO|BAD)\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex RefusalPattern();
}
