using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MailKitConfig;

/// <summary>
/// Receives the authorization response on <c>http://127.0.0.1:port/</c> (RFC 8252 section 7.3): one request with
/// <c>code</c> or <c>error</c> ends the wait; other requests (a browser's favicon) get 404. A request line longer than
/// <see cref="MaxRequestLength"/> bytes is refused.
/// </summary>
internal sealed class LoopbackRedirect : IDisposable
{
    /// <summary>The most bytes read of one request's head.</summary>
    public const int MaxRequestLength = 16 * 1024;

    private readonly TcpListener listener;

    private LoopbackRedirect(TcpListener listener)
    {
        this.listener = listener;
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        RedirectUri = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Gets the redirect URI to send in the request.</summary>
    public Uri RedirectUri { get; }

    /// <summary>Starts listening on 127.0.0.1.</summary>
    /// <param name="port">The port, or 0 for a random free one.</param>
    /// <returns>The listener.</returns>
    public static LoopbackRedirect Start(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return new LoopbackRedirect(listener);
    }

    /// <summary>Waits for the authorization response and answers the browser.</summary>
    /// <param name="cancellationToken">Cancels the wait (timeout or caller).</param>
    /// <returns>The query parameters of the redirect.</returns>
    public async Task<IReadOnlyDictionary<string, string>> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            await using var stream = client.GetStream();
            var target = await ReadTargetAsync(stream, cancellationToken).ConfigureAwait(false);
            var query = target is null ? null : ParseQuery(target);
            if (query is null || !(query.ContainsKey("code") || query.ContainsKey("error")))
            {
                await RespondAsync(stream, "404 Not Found", ProblemCatalog.Current("OAuth.PageNotFound"), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var page = ProblemCatalog.Current(query.ContainsKey("code") ? "OAuth.PageSignedIn" : "OAuth.PageNotSignedIn");
            await RespondAsync(stream, "200 OK", page, cancellationToken).ConfigureAwait(false);
            return query;
        }
    }

    public void Dispose() => listener.Stop();

    /// <summary>Reads the request line's target (e.g. <c>/?code=…&amp;state=…</c>) of a GET; <see langword="null"/> for anything else.</summary>
    private static async Task<string?> ReadTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestLength];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }
        }

        var head = Encoding.ASCII.GetString(buffer, 0, length);
        var line = head.Split("\r\n", 2)[0].Split(' ');
        return line.Length == 3 && line[0] == "GET" && line[1].StartsWith('/') ? line[1] : null;
    }

    private static Dictionary<string, string>? ParseQuery(string target)
    {
        var question = target.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return null;
        }

        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in target[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            query.TryAdd(name, value);
        }

        return query;
    }

    private static async Task RespondAsync(NetworkStream stream, string status, string text, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(ProblemCatalog.Current("OAuth.PageTitle"))}</title></head><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>");
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n");
        await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
