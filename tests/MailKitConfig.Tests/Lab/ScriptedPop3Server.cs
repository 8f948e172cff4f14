using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace MailKitConfig.Tests.Lab;

/// <summary>
/// A small POP3 server on loopback for what Dovecot cannot be made to do: it speaks RFC 1939 (USER/PASS, STAT, LIST,
/// RETR, TOP, DELE, NOOP, RSET, QUIT) and RFC 2449 CAPA, but offers no UIDL and answers it as an unknown command,
/// as old servers do. Plain text, one connection at a time; deletions take effect at QUIT.
/// </summary>
internal sealed class ScriptedPop3Server : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<byte[]> messages = [];
    private readonly List<string> commands = [];
    private readonly string user;
    private readonly string password;
    private readonly Task serving;

    /// <summary>Initializes a new instance of the <see cref="ScriptedPop3Server"/> class and starts listening.</summary>
    /// <param name="user">The only user name it accepts.</param>
    /// <param name="password">Its password.</param>
    public ScriptedPop3Server(string user, string password)
    {
        this.user = user;
        this.password = password;
        listener.Start();
        serving = ServeAsync();
    }

    /// <summary>Gets the port it listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Gets the commands clients sent (PASS without its argument).</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    /// <summary>Adds a message to the maildrop.</summary>
    /// <param name="message">The message.</param>
    public void Add(MimeMessage message)
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        using var bytes = new MemoryStream();
        message.WriteTo(format, bytes);
        lock (messages)
        {
            messages.Add(bytes.ToArray());
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await serving.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    /// <summary>Serves one session at a time; a session that fails (the client hung up) ends, and the next is accepted.</summary>
    private Task ServeAsync() => listener.ServeEachAsync(
        async socket =>
        {
            try
            {
                await using var stream = new NetworkStream(socket, ownsSocket: true);
                await SessionAsync(stream);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                // the client hung up, or the server stops
            }
        },
        stop.Token);

    private async Task SessionAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        List<byte[]> drop;
        lock (messages)
        {
            drop = [.. messages];
        }

        var deleted = new HashSet<int>();
        var loggedIn = false;
        string? name = null;
        await WriteAsync(stream, "+OK POP3 ready (no UIDL)\r\n");
        while (await reader.ReadLineAsync(stop.Token) is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var verb = parts.Length > 0 ? parts[0].ToUpperInvariant() : string.Empty;
            lock (commands)
            {
                commands.Add(verb == "PASS" ? "PASS" : line);
            }

            int Index(int at) => parts.Length > at && int.TryParse(parts[at], CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= drop.Count && !deleted.Contains(n - 1) ? n - 1 : -1;
            switch (verb)
            {
                case "CAPA":
                    await WriteAsync(stream, "+OK Capability list follows\r\nUSER\r\nTOP\r\n.\r\n");
                    break;
                case "USER":
                    name = parts.Length > 1 ? parts[1] : null;
                    await WriteAsync(stream, "+OK\r\n");
                    break;
                case "PASS":
                    loggedIn = name == user && line.Length > 5 && line[5..] == password;
                    await WriteAsync(stream, loggedIn ? "+OK Logged in.\r\n" : "-ERR [AUTH] Authentication failed.\r\n");
                    break;
                case "QUIT":
                    if (loggedIn)
                    {
                        lock (messages)
                        {
                            foreach (var index in deleted.OrderDescending())
                            {
                                messages.Remove(drop[index]);
                            }
                        }
                    }

                    await WriteAsync(stream, "+OK Logging out.\r\n");
                    return;
                case var _ when !loggedIn:
                    await WriteAsync(stream, "-ERR Unknown command.\r\n");
                    break;
                case "STAT":
                    var live = Enumerable.Range(0, drop.Count).Where(i => !deleted.Contains(i)).ToList();
                    await WriteAsync(stream, $"+OK {live.Count} {live.Sum(i => drop[i].Length)}\r\n");
                    break;
                case "LIST" when parts.Length == 1:
                    var list = new StringBuilder("+OK\r\n");
                    for (var i = 0; i < drop.Count; i++)
                    {
                        if (!deleted.Contains(i))
                        {
                            list.Append(CultureInfo.InvariantCulture, $"{i + 1} {drop[i].Length}\r\n");
                        }
                    }

                    await WriteAsync(stream, list.Append(".\r\n").ToString());
                    break;
                case "LIST" when Index(1) is var listed and >= 0:
                    await WriteAsync(stream, $"+OK {listed + 1} {drop[listed].Length}\r\n");
                    break;
                case "RETR" when Index(1) is var retrieved and >= 0:
                    await WriteAsync(stream, $"+OK {drop[retrieved].Length} octets\r\n");
                    await WriteMultilineAsync(stream, drop[retrieved], int.MaxValue);
                    break;
                case "TOP" when Index(1) is var top and >= 0 && parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var bodyLines) && bodyLines >= 0:
                    await WriteAsync(stream, "+OK\r\n");
                    await WriteMultilineAsync(stream, drop[top], bodyLines);
                    break;
                case "DELE" when Index(1) is var doomed and >= 0:
                    deleted.Add(doomed);
                    await WriteAsync(stream, "+OK Marked to be deleted.\r\n");
                    break;
                case "RSET":
                    deleted.Clear();
                    await WriteAsync(stream, "+OK\r\n");
                    break;
                case "NOOP":
                    await WriteAsync(stream, "+OK\r\n");
                    break;
                case "RETR" or "TOP" or "DELE" or "LIST":
                    await WriteAsync(stream, "-ERR There's no message with that number.\r\n");
                    break;
                default: // UIDL among them
                    await WriteAsync(stream, "-ERR Unknown command: " + verb + "\r\n");
                    break;
            }
        }
    }

    /// <summary>Writes a message, or its header and the first lines of its body (TOP), dot-stuffed and ended with ".".</summary>
    private async Task WriteMultilineAsync(NetworkStream stream, byte[] message, int bodyLines)
    {
        var text = Encoding.Latin1.GetString(message);
        var lines = text.Split("\r\n");
        if (lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var output = new StringBuilder();
        var inBody = false;
        var bodyWritten = 0;
        foreach (var line in lines)
        {
            if (inBody && bodyWritten++ >= bodyLines)
            {
                break;
            }

            output.Append(line.StartsWith('.') ? "." + line : line).Append("\r\n");
            inBody |= line.Length == 0;
        }

        await stream.WriteAsync(Encoding.Latin1.GetBytes(output.Append(".\r\n").ToString()), stop.Token);
    }

    private async Task WriteAsync(NetworkStream stream, string text)
        => await stream.WriteAsync(Encoding.ASCII.GetBytes(text), stop.Token);
}
