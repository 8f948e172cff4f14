using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Sending;

/// <summary>
/// How the pool replaces a connection after <see cref="MailSendingOptions.MaxMessagesPerConnection"/>, against a
/// scripted SMTP server on loopback that can hold its greeting and its answer to QUIT: the goodbye is said off the
/// senders' path, the replacement is opened while the last messages go out on the old connection, as many messages
/// ahead as the measured connect time needs at the connection's pace, and the pool's size still holds.
/// </summary>
public class ConnectionReplacementTests
{
    [Test]
    public async Task A_send_does_not_wait_for_the_goodbye_of_the_connection_it_retired()
    {
        var clock = new FakeTimeProvider(); // the QUIT timeout never runs out on its own
        await using var services = Services(clock, o => o.MaxMessagesPerConnection = 2);
        await using var server = new ScriptedSmtpServer { HoldQuit = true }; // disposed first: it answers the held QUIT
        var sender = services.GetRequiredService<IMailSender>();

        await sender.SendAsync(server.Account(), Message(1));
        await sender.SendAsync(server.Account(), Message(2)).WaitAsync(Bound); // the connection's last message: it is retired
        await server.QuitReceived.WaitAsync(Bound);

        server.QuitsAnswered.Should().Be(0, "the server has not answered QUIT, yet the send returned");
        await sender.SendAsync(server.Account(), Message(3)).WaitAsync(Bound);
        server.MessagesPerConnection[0].Should().Be(2);
        server.MessagesPerConnection.Sum().Should().Be(3);
    }

    [Test]
    public async Task A_retired_connection_counts_against_the_pool_size_until_its_goodbye_ends_at_the_latest_after_the_quit_timeout()
    {
        var clock = new FakeTimeProvider();
        await using var services = Services(clock, o =>
        {
            o.MaxConnectionsPerAccount = 1;
            o.MaxMessagesPerConnection = 1;
        });
        await using var server = new ScriptedSmtpServer { HoldQuit = true };
        var sender = services.GetRequiredService<IMailSender>();

        await sender.SendAsync(server.Account(), Message(1)).WaitAsync(Bound);
        await server.QuitReceived.WaitAsync(Bound);
        var second = sender.SendAsync(server.Account(), Message(2));
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(300)));

        second.IsCompleted.Should().BeFalse("the retired connection still counts until it is closed");
        server.Connections.Should().Be(1, "MaxConnectionsPerAccount = 1 holds while a connection is replaced");
        clock.Advance(TimeSpan.FromSeconds(5)); // the QUIT timeout: the goodbye is given up, the connection dropped
        await second.WaitAsync(Bound);
        server.Connections.Should().Be(2);
    }

    [Test]
    public async Task The_replacement_is_opened_while_the_last_messages_go_out_on_the_old_connection()
    {
        var clock = new FakeTimeProvider();
        await using var server = new ScriptedSmtpServer();
        await using var services = Services(clock, o => o.MaxMessagesPerConnection = 10);
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();

        for (var i = 1; i <= 10; i++)
        {
            await sender.SendAsync(server.Account(), Message(i));
        }

        var pool = sender.PoolFor(server.Account());
        await WaitUntilAsync(() => pool.IdleCount == 1 && server.QuitsAnswered == 1);
        server.Connections.Should().Be(2, "the replacement was opened before the first connection's limit was reached");
        server.MessagesPerConnection.Should().Equal(10, 0);

        await sender.SendAsync(server.Account(), Message(11));

        server.Connections.Should().Be(2, "the 11th message found its connection ready");
        server.MessagesPerConnection.Should().Equal(10, 1);
    }

    [Test]
    public async Task The_replacement_starts_as_many_messages_ahead_as_twice_the_measured_connect_time_takes_at_the_senders_pace()
    {
        var clock = new FakeTimeProvider();
        var greeting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new ScriptedSmtpServer { BeforeGreeting = connection => connection == 0 ? greeting.Task : Task.CompletedTask };
        await using var services = Services(clock, o => o.MaxMessagesPerConnection = 40);
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();

        var first = sender.SendAsync(server.Account(), Message(1));
        await WaitUntilAsync(() => server.Connections == 1);
        clock.Advance(TimeSpan.FromMilliseconds(100)); // the first connection takes 100 ms to open
        greeting.SetResult();
        await first.WaitAsync(Bound);
        for (var i = 2; i <= 19; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(10)); // a message every 10 ms
            await sender.SendAsync(server.Account(), Message(i));
        }

        server.Connections.Should().Be(1, "21 messages are left: more than 2 × 100 ms at 10 ms a message");
        clock.Advance(TimeSpan.FromMilliseconds(10));
        await sender.SendAsync(server.Account(), Message(20));

        await WaitUntilAsync(() => server.Connections == 2); // 20 left: the replacement has 200 ms
        server.MessagesPerConnection.Should().Equal(20, 0);
    }

    [Test]
    public async Task A_send_that_finds_the_replacement_still_connecting_waits_for_it_instead_of_opening_another()
    {
        var clock = new FakeTimeProvider();
        var greeting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new ScriptedSmtpServer { BeforeGreeting = connection => connection == 1 ? greeting.Task : Task.CompletedTask };
        await using var services = Services(clock, o => o.MaxMessagesPerConnection = 2);
        var sender = services.GetRequiredService<IMailSender>();
        await sender.SendAsync(server.Account(), Message(1)).WaitAsync(Bound);
        await sender.SendAsync(server.Account(), Message(2)).WaitAsync(Bound); // the first connection's last: its replacement starts connecting
        await WaitUntilAsync(() => server.Connections == 2);

        var third = sender.SendAsync(server.Account(), Message(3));
        await Task.WhenAny(third, Task.Delay(TimeSpan.FromMilliseconds(300)));

        third.IsCompleted.Should().BeFalse("the replacement has not been greeted yet");
        server.Connections.Should().Be(2, "the send waits for the replacement that started connecting before it");
        greeting.SetResult();
        await third.WaitAsync(Bound);
        server.Connections.Should().Be(2);
        server.MessagesPerConnection.Should().Equal(2, 1);
    }

    [Test]
    public async Task A_slow_senders_replacement_starts_only_one_message_ahead()
    {
        var clock = new FakeTimeProvider();
        await using var server = new ScriptedSmtpServer();
        await using var services = Services(clock, o => o.MaxMessagesPerConnection = 10);
        var sender = services.GetRequiredService<IMailSender>();

        for (var i = 1; i <= 8; i++)
        {
            await sender.SendAsync(server.Account(), Message(i));
            clock.Advance(TimeSpan.FromSeconds(5)); // a message every 5 s, the connect takes no time on this clock
        }

        server.Connections.Should().Be(1, "a replacement opened earlier would wait idle for many seconds");
        await sender.SendAsync(server.Account(), Message(9));

        await WaitUntilAsync(() => server.Connections == 2);
        server.MessagesPerConnection.Should().Equal(9, 0);
    }

    [Test]
    public async Task No_replacement_is_opened_in_advance_when_the_pool_has_no_room_for_it()
    {
        var clock = new FakeTimeProvider();
        await using var server = new ScriptedSmtpServer();
        await using var services = Services(clock, o =>
        {
            o.MaxConnectionsPerAccount = 1;
            o.MaxMessagesPerConnection = 10;
        });
        var sender = services.GetRequiredService<IMailSender>();

        for (var i = 1; i <= 10; i++)
        {
            await sender.SendAsync(server.Account(), Message(i));
        }

        server.Connections.Should().Be(1, "a replacement opened in advance would be a second connection");
        for (var i = 11; i <= 15; i++)
        {
            await sender.SendAsync(server.Account(), Message(i));
        }

        server.MessagesPerConnection.Should().Equal(10, 5);
    }

    [TestCase("421 4.7.0 Maximum message count per session reached", true)] // Amazon SES, then it closes the connection
    [TestCase("452 4.4.5 Maximum number of messages per session exceeded", false)] // Stalwart, the connection stays open
    public async Task With_the_defaults_a_server_that_ends_sessions_after_5_messages_gets_the_6th_on_a_new_connection_at_once_and_then_connections_of_5(string reply, bool closes)
    {
        var clock = new FakeTimeProvider(); // never advanced: a retry delay would never end
        await using var server = new ScriptedSmtpServer { SessionLimit = 5, LimitReply = reply, CloseAtLimit = closes };
        await using var services = Services(clock, _ => { });
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();

        var results = await SendInTurnAsync(sender, server, 17);

        results.Select(r => r.Attempts).Should().Equal([1, 1, 1, 1, 1, 2, .. Enumerable.Repeat(1, 11)], "only the 6th message met the limit");
        server.Refusals.Should().Be(1, "after the first refusal the pool replaces its connections before the server's limit");
        server.MessagesPerConnection.Sum().Should().Be(17, "every message was sent once, none twice");
        server.MessagesPerConnection.Take(2).Should().Equal(5, 5);
        server.MessagesPerConnection.Should().OnlyContain(n => n <= 5);
        sender.PoolFor(server.Account()).MessageLimit.Should().Be(5);
    }

    [TestCase("452 4.2.2 Mailbox full", false)] // the recipient's quota, not the session's
    [TestCase("450 4.2.0 Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/", false)] // Postfix with postgrey
    [TestCase("451 4.7.1 Please try again later", false)]
    [TestCase("452 4.4.5 Maximum number of messages per session exceeded", true)] // Stalwart, when it refuses at RCPT
    public async Task A_recipient_refused_on_a_used_connection_and_taken_by_a_new_one_teaches_a_limit_only_when_the_reply_names_the_session(string reply, bool learns)
    {
        var clock = new FakeTimeProvider(); // never advanced: a retry delay would never end
        await using var server = new ScriptedSmtpServer { SessionLimit = 2, LimitReply = reply, LimitAtRecipient = true };
        await using var services = Services(clock, _ => { });
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();

        var results = await SendInTurnAsync(sender, server, 3);

        results.Select(r => r.Attempts).Should().Equal([1, 1, 2], "the 3rd was refused on the used connection and sent at once on a new one");
        server.MessagesPerConnection.Should().Equal(2, 1);
        sender.PoolFor(server.Account()).MessageLimit.Should().Be(learns ? 2 : null, "a refused recipient that another connection happens to accept (a greylist, a full mailbox) says nothing about the session");
    }

    [Test]
    public async Task A_connection_the_server_closed_between_messages_is_replaced_at_once_without_learning_a_limit()
    {
        var clock = new FakeTimeProvider();
        await using var server = new ScriptedSmtpServer { SessionLimit = 3, CloseAtLimit = true }; // closes silently at the 4th MAIL FROM
        await using var services = Services(clock, _ => { });
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();

        var results = await SendInTurnAsync(sender, server, 5);

        results.Select(r => r.Attempts).Should().Equal(1, 1, 1, 2, 1);
        server.MessagesPerConnection.Should().Equal(3, 2);
        sender.PoolFor(server.Account()).MessageLimit.Should().BeNull("a closed connection may have been an idle timeout or a fault, not a limit");
    }

    [Test]
    public async Task A_refusal_that_a_new_connection_gets_too_is_no_session_limit_and_is_retried_as_usual()
    {
        var clock = new FakeTimeProvider();
        await using var server = new ScriptedSmtpServer { RefuseAfterMessages = 2, LimitReply = "451 4.7.1 Slow down" }; // e.g. a rate limit, on any connection
        await using var services = Services(clock, o => o.MaxRetryAttempts = 0);
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();
        await sender.SendAsync(server.Account(), Message(1)).WaitAsync(Bound);
        await sender.SendAsync(server.Account(), Message(2)).WaitAsync(Bound);

        var failure = await FluentActions.Awaiting(() => sender.SendAsync(server.Account(), Message(3)).WaitAsync(Bound)).Should().ThrowAsync<MailOperationException>();

        failure.Which.Attempts.Should().Be(2, "one at once on a new connection, no retry allowed after it");
        failure.Which.ReplyCode.Should().Be(451);
        server.Connections.Should().Be(2);
        sender.PoolFor(server.Account()).MessageLimit.Should().BeNull();
    }

    [Test]
    public async Task A_connection_waiting_in_the_pool_keeps_no_message_it_sent_alive()
    {
        await using var server = new ScriptedSmtpServer(); // offers no SIZE, so the message's measurement is deferred
        await using var services = Services(new FakeTimeProvider(), _ => { });
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();

        var attachment = await SendWithAttachmentAsync(sender, server);
        await Task.Yield(); // off the stack that completed the send, whose frames still hold the helper's state
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        sender.PoolFor(server.Account()).IdleCount.Should().Be(1, "the connection waits in the pool for the next message");
        attachment.IsAlive.Should().BeFalse("a sent message and its attachments belong to the caller, not to an idle connection");
    }

    private static TimeSpan Bound => TimeSpan.FromSeconds(30);

    private static ServiceProvider Services(FakeTimeProvider clock, Action<MailSendingOptions> sending)
        => new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddMailModule()
            .ConfigureSending(sending)
            .Services.BuildServiceProvider();

    private static OutgoingMessage Message(int i) => new() { Subject = $"Message {i}", TextBody = "x", To = { "ann@example.com" } };

    /// <summary>Sends a message with an attachment read from a stream, and returns a weak reference to that stream.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> SendWithAttachmentAsync(SmtpMailSender sender, ScriptedSmtpServer server)
    {
        var content = new MemoryStream(new byte[100_000]);
        var message = Message(1);
        message.Attachments.Add(new MailAttachment("report.bin", content));
        await sender.SendAsync(server.Account(), message).WaitAsync(Bound);
        return new WeakReference(content);
    }

    /// <summary>Sends messages 1 to <paramref name="count"/> one after another to the scripted server.</summary>
    private static async Task<List<SendResult>> SendInTurnAsync(SmtpMailSender sender, ScriptedSmtpServer server, int count)
    {
        var results = new List<SendResult>();
        for (var i = 1; i <= count; i++)
        {
            results.Add(await sender.SendAsync(server.Account(), Message(i)).WaitAsync(Bound));
        }

        return results;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should hold within 30 s");
            await Task.Delay(10);
        }
    }

    /// <summary>A minimal SMTP server (no TLS, no AUTH) that counts connections and messages and can hold its answer to QUIT.</summary>
    private sealed class ScriptedSmtpServer : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly TaskCompletionSource quitReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource quitReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<int> messages = [];
        private readonly List<Task> sessions = [];
        private readonly Task accepting;
        private int quitsAnswered;
        private int refusals;

        public ScriptedSmtpServer()
        {
            listener.Start();
            accepting = AcceptAsync();
        }

        /// <summary>Gets or sets a value indicating whether QUIT is answered only after <see cref="ReleaseQuit"/>.</summary>
        public bool HoldQuit { get; init; }

        /// <summary>Gets or sets after how many messages on one connection the server refuses MAIL FROM with <see cref="LimitReply"/> (or closes the connection without a word when that is null).</summary>
        public int? SessionLimit { get; init; }

        /// <summary>Gets or sets after how many messages in all (on any connection) every MAIL FROM is refused with <see cref="LimitReply"/>.</summary>
        public int? RefuseAfterMessages { get; init; }

        /// <summary>Gets or sets the reply to a MAIL FROM (or RCPT TO, see <see cref="LimitAtRecipient"/>) beyond a limit.</summary>
        public string? LimitReply { get; init; }

        /// <summary>Gets or sets a value indicating whether a limit is met at RCPT TO instead of MAIL FROM.</summary>
        public bool LimitAtRecipient { get; init; }

        /// <summary>Gets or sets a value indicating whether the server closes the connection at <see cref="SessionLimit"/> (after <see cref="LimitReply"/>, if any).</summary>
        public bool CloseAtLimit { get; init; }

        /// <summary>Gets how many MAIL FROM commands were refused or met a closed connection.</summary>
        public int Refusals => Volatile.Read(ref refusals);

        /// <summary>Gets or sets what the server waits for before it greets, given the connection's number from 0; nothing when null.</summary>
        public Func<int, Task>? BeforeGreeting { get; init; }

        public Task QuitReceived => quitReceived.Task;

        public int QuitsAnswered => Volatile.Read(ref quitsAnswered);

        public int Connections
        {
            get
            {
                lock (messages)
                {
                    return messages.Count;
                }
            }
        }

        public List<int> MessagesPerConnection
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        public MailAccountSettings Account() => new()
        {
            Address = "office@example.com",
            Usage = MailUsage.Send,
            Smtp = new ServerEndpoint("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, MailSecurity.None),
        };

        public void ReleaseQuit() => quitReleased.TrySetResult();

        public async ValueTask DisposeAsync()
        {
            ReleaseQuit();
            await stop.CancelAsync();
            listener.Stop();
            await accepting;
            Task[] running;
            lock (sessions)
            {
                running = [.. sessions];
            }

            await Task.WhenAll(running);
            stop.Dispose();
        }

        private bool AtLimit(int index)
        {
            lock (messages)
            {
                return messages[index] >= SessionLimit || messages.Sum() >= RefuseAfterMessages;
            }
        }

        private Task AcceptAsync() => listener.AcceptEachAsync(
            socket =>
            {
                int index;
                lock (messages)
                {
                    index = messages.Count;
                    messages.Add(0);
                }

                lock (sessions)
                {
                    sessions.Add(ServeAsync(socket, index));
                }
            },
            stop.Token);

        private async Task ServeAsync(Socket socket, int index)
        {
            try
            {
                using var stream = new NetworkStream(socket, ownsSocket: true);
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                if (BeforeGreeting is { } before)
                {
                    await before(index).WaitAsync(stop.Token);
                }

                await writer.WriteLineAsync("220 scripted.test ESMTP");
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250 scripted.test");
                            break;
                        case "MAIL" or "RCPT" when verb == (LimitAtRecipient ? "RCPT" : "MAIL") && AtLimit(index):
                            Interlocked.Increment(ref refusals);
                            if (LimitReply is { } refusal)
                            {
                                await writer.WriteLineAsync(refusal);
                            }

                            if (CloseAtLimit || LimitReply is null)
                            {
                                return;
                            }

                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 go ahead");
                            while (await reader.ReadLineAsync(stop.Token) is { } data && data != ".")
                            {
                            }

                            lock (messages)
                            {
                                messages[index]++;
                            }

                            await writer.WriteLineAsync("250 2.0.0 queued");
                            break;
                        case "QUIT":
                            quitReceived.TrySetResult();
                            if (HoldQuit)
                            {
                                await quitReleased.Task.WaitAsync(stop.Token);
                            }

                            Interlocked.Increment(ref quitsAnswered);
                            await writer.WriteLineAsync("221 bye");
                            return;
                        default:
                            await writer.WriteLineAsync("250 ok");
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // the client went away, or the server stops
            }
        }
    }
}
