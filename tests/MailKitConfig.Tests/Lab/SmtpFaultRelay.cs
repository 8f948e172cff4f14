using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MailKitConfig.Tests.Lab;

/// <summary>What the relay does with one client connection.</summary>
internal enum RelayFault
{
    /// <summary>Forwards everything both ways.</summary>
    None,

    /// <summary>Greets with <c>421 4.3.2</c> and closes, without contacting the server.</summary>
    Greet421,

    /// <summary>Resets the connection when the client sends <c>DATA</c>, before forwarding it.</summary>
    CutAtDataCommand,

    /// <summary>Resets the connection after forwarding <see cref="SmtpFaultRelay.CutAfterBytes"/> bytes of the message data (never its end).</summary>
    CutDuringData,

    /// <summary>Forwards the whole message including the final dot, waits for the server's reply, then resets the client instead of relaying it.</summary>
    CutAfterFinalDot,

    /// <summary>Forwards the whole message including the final dot, then relays nothing more to the client (which waits for a reply that never comes).</summary>
    HoldAfterFinalDot,

    /// <summary>Relays nothing more to the client once it sent <c>DATA</c> (the client waits for the <c>354</c> that never comes).</summary>
    HoldAtDataCommand,

    /// <summary>Relays the first message, then resets the connection when the client sends <c>MAIL FROM</c> again, before forwarding it (a server that closed a used connection between messages).</summary>
    ResetAtSecondMail,
}

/// <summary>
/// An in-process TCP relay in front of the lab's plain SMTP port (Postfix, no TLS, so the relay can read the
/// conversation) that breaks chosen connections at chosen points of the SMTP dialogue.
/// </summary>
internal sealed class SmtpFaultRelay : IAsyncDisposable
{
    private static readonly byte[] EndOfData = "\r\n.\r\n"u8.ToArray();

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<int, RelayFault> plan;
    private readonly int upstreamPort;
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource finalDot = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource dataCommand = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Task> sessions = [];
    private readonly Task accepting;
    private int connections;
    private int openSessions;
    private int dataCommands;
    private int hiddenSizeLines;

    /// <summary>Initializes a new instance of the <see cref="SmtpFaultRelay"/> class and starts listening.</summary>
    /// <param name="plan">The fault for each connection, by its number from 1.</param>
    public SmtpFaultRelay(Func<int, RelayFault> plan)
    {
        this.plan = plan;
        upstreamPort = LabEnvironment.Current.Ports.Smtp;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>Gets or sets a value indicating whether the relay hides the server's SIZE extension (so the client does not measure messages in advance).</summary>
    public bool HideSize { get; set; }

    /// <summary>Gets how many SIZE lines the relay removed from EHLO replies.</summary>
    public int HiddenSizeLines => Volatile.Read(ref hiddenSizeLines);

    /// <summary>Gets or sets how many data bytes <see cref="RelayFault.CutDuringData"/> forwards.</summary>
    public int CutAfterBytes { get; set; } = 64 * 1024;

    /// <summary>Gets the port the relay listens on (127.0.0.1).</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Gets how many connections clients opened.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Gets how many client connections are open now.</summary>
    public int OpenSessions => Volatile.Read(ref openSessions);

    /// <summary>Gets a task that completes when a client's final dot has been forwarded to the server.</summary>
    public Task FinalDotForwarded => finalDot.Task;

    /// <summary>Gets a task that completes when a client has sent <c>DATA</c>.</summary>
    public Task DataCommandSeen => dataCommand.Task;

    /// <summary>Gets how many DATA commands clients sent (one per attempted message transfer).</summary>
    public int DataCommands => Volatile.Read(ref dataCommands);

    /// <summary>Creates a send-only account whose SMTP server is this relay (no TLS, no login).</summary>
    /// <param name="address">The sender address.</param>
    /// <returns>The account.</returns>
    public MailAccountSettings Account(string address) => new()
    {
        Address = address,
        DisplayName = "Relay " + address.Split('@')[0],
        Usage = MailUsage.Send,
        Smtp = new ServerEndpoint("127.0.0.1", Port, MailSecurity.None),
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await Task.WhenAll([accepting, .. sessions]).ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private Task AcceptAsync() => listener.AcceptEachAsync(
        client =>
        {
            var fault = plan(Interlocked.Increment(ref connections));
            lock (sessions)
            {
                sessions.Add(RelayAsync(client, fault));
            }
        },
        stop.Token);

    private async Task RelayAsync(Socket client, RelayFault fault)
    {
        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        Interlocked.Increment(ref openSessions);
        try
        {
            if (fault == RelayFault.Greet421)
            {
                await client.SendAsync("421 4.3.2 Too busy, try again later\r\n"u8.ToArray(), stop.Token);
                client.Shutdown(SocketShutdown.Both);
                client.Close();
                return;
            }

            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort, stop.Token);
            var session = new Session(this, client, upstream, fault);
            await Task.WhenAny(session.ClientToServerAsync(stop.Token), session.ServerToClientAsync(stop.Token));
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // one side went away; close both
        }
        finally
        {
            Reset(client);
            Interlocked.Decrement(ref openSessions);
        }
    }

    /// <summary>One relayed connection.</summary>
    private sealed class Session(SmtpFaultRelay relay, Socket client, Socket upstream, RelayFault fault)
    {
        private readonly StringBuilder line = new();
        private readonly byte[] tail = new byte[EndOfData.Length];
        private bool inData;
        private long dataBytes;
        private int mailCommands;
        private volatile bool finalDotForwarded;
        private volatile bool dataSeen;

        public async Task ClientToServerAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[16 * 1024];
            while (true)
            {
                var read = await client.ReceiveAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    upstream.Shutdown(SocketShutdown.Send);
                    return;
                }

                var forward = inData ? Data(buffer.AsSpan(0, read)) : Commands(buffer.AsSpan(0, read));
                if (forward < 0)
                {
                    Reset(client);
                    Reset(upstream);
                    return;
                }

                await upstream.SendAsync(buffer.AsMemory(0, forward), cancellationToken);
                if (finalDotForwarded)
                {
                    relay.finalDot.TrySetResult();
                }

                if (forward < read)
                {
                    Reset(client);
                    Reset(upstream);
                    return;
                }
            }
        }

        public async Task ServerToClientAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[16 * 1024];
            while (true)
            {
                var read = await upstream.ReceiveAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    client.Shutdown(SocketShutdown.Send);
                    return;
                }

                if ((finalDotForwarded && fault == RelayFault.HoldAfterFinalDot) || (dataSeen && fault == RelayFault.HoldAtDataCommand))
                {
                    continue; // the client never hears the server again
                }

                if (finalDotForwarded && fault == RelayFault.CutAfterFinalDot)
                {
                    Reset(client); // the server has accepted (or refused) the message; the client never hears of it
                    Reset(upstream);
                    return;
                }

                if (relay.HideSize)
                {
                    var text = System.Text.Encoding.ASCII.GetString(buffer, 0, read);
                    var hidden = System.Text.RegularExpressions.Regex.Replace(text, "250-SIZE[^\r\n]*\r\n", _ =>
                    {
                        Interlocked.Increment(ref relay.hiddenSizeLines);
                        return string.Empty;
                    });
                    await client.SendAsync(System.Text.Encoding.ASCII.GetBytes(hidden), cancellationToken);
                    continue;
                }

                await client.SendAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        /// <summary>Follows the command lines; returns how many bytes to forward, or -1 to reset now.</summary>
        private int Commands(ReadOnlySpan<byte> bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                var c = (char)bytes[i];
                if (c != '\n')
                {
                    line.Append(c);
                    continue;
                }

                if (line.ToString().StartsWith("MAIL FROM:", StringComparison.OrdinalIgnoreCase) && ++mailCommands > 1 && fault == RelayFault.ResetAtSecondMail)
                {
                    return -1;
                }

                if (string.Equals(line.ToString().TrimEnd('\r'), "DATA", StringComparison.OrdinalIgnoreCase))
                {
                    Interlocked.Increment(ref relay.dataCommands);
                    dataSeen = true;
                    relay.dataCommand.TrySetResult();
                    if (fault == RelayFault.CutAtDataCommand)
                    {
                        return -1;
                    }

                    inData = true;
                    var rest = Data(bytes[(i + 1)..]);
                    return rest < 0 ? -1 : i + 1 + rest;
                }

                line.Clear();
            }

            return bytes.Length;
        }

        /// <summary>Counts the message data and finds its end; returns how many bytes to forward.</summary>
        private int Data(ReadOnlySpan<byte> bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (fault == RelayFault.CutDuringData && dataBytes >= relay.CutAfterBytes)
                {
                    return i;
                }

                dataBytes++;
                tail.AsSpan(1).CopyTo(tail);
                tail[^1] = bytes[i];
                if (tail.AsSpan().SequenceEqual(EndOfData))
                {
                    inData = false;
                    line.Clear();
                    finalDotForwarded = true;
                    return i + 1 + Commands(bytes[(i + 1)..]);
                }
            }

            return bytes.Length;
        }
    }
}
