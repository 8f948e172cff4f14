using System.Net;
using System.Net.Sockets;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Connections;

/// <summary>How failures to open a connection are reported, against raw TCP servers on loopback that misbehave.</summary>
public class ConnectFailureTests
{
    [Test]
    public async Task A_reset_before_the_greeting_is_reported_as_the_same_step_every_time()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var stop = new CancellationTokenSource();
        var resetting = ResetEveryConnectionAsync(listener, stop.Token);
        using var services = new ServiceCollection().AddMailModule().ConfigureSending(o => o.MaxRetryAttempts = 0).Services.BuildServiceProvider();
        var sender = services.GetRequiredService<IMailSender>();
        var account = new MailAccountSettings
        {
            Address = "office@example.com",
            Usage = MailUsage.Send,
            Smtp = new ServerEndpoint("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, MailSecurity.None),
        };
        var stages = new List<MailOperationStage>();

        for (var i = 0; i < 30; i++)
        {
            var failure = await FluentActions.Awaiting(() => sender.SendAsync(account, new OutgoingMessage { Subject = "x", TextBody = "x", To = { "ann@example.com" } }))
                .Should().ThrowAsync<MailOperationException>();
            stages.Add(failure.Which.Stage);
        }

        await stop.CancelAsync();
        listener.Stop();
        await resetting;
        stages.Distinct().Should().Equal([MailOperationStage.Greeting], "the TCP connection was open; the server dropped it before greeting");
    }

    [Test]
    public async Task A_server_trickling_its_greeting_cannot_stretch_the_connect_timeout()
    {
        var clock = new FakeTimeProvider();
        await using var server = new SilentServer(trickle: true);
        using var services = Services(clock, o => o.MaxRetryAttempts = 0);
        var sender = services.GetRequiredService<IMailSender>();

        var send = sender.SendAsync(server.Account(), Message());
        await WaitUntilAsync(() => server.BytesSent > 20 || send.IsCompleted); // the client has long seen its connection stand
        clock.Advance(TimeSpan.FromSeconds(15));

        var failure = (await FluentActions.Awaiting(() => send.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<MailOperationException>()).Which;
        failure.Stage.Should().Be(MailOperationStage.Capabilities, "the server had started to speak");
        failure.Problem.Kind.Should().Be(MailProblemKind.Timeout);
        failure.Message.Should().Contain("connect timeout of 15 s");
    }

    [Test]
    public async Task With_the_defaults_a_silent_server_fails_a_send_within_the_documented_31_seconds()
    {
        var clock = new FakeTimeProvider();
        await using var server = new SilentServer(trickle: false);
        using var services = Services(clock);
        var sender = services.GetRequiredService<IMailSender>();
        var started = clock.GetTimestamp();

        var send = sender.SendAsync(server.Account(), Message());
        await AdvanceUntilDoneAsync(clock, send);

        var failure = (await FluentActions.Awaiting(() => send).Should().ThrowAsync<MailOperationException>()).Which;
        var elapsed = clock.GetElapsedTime(started);
        // 15 s (the implicit-TLS probe runs alongside, from 1.5 s) + 1 s delay + 15 s (README); the clock moves in 50 ms steps while the sockets work, which can add a little.
        elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(31)).And.BeLessThan(TimeSpan.FromSeconds(32.5));
        failure.Attempts.Should().Be(2, "a connect timeout is retried once by default");
        failure.Stage.Should().Be(MailOperationStage.Greeting);
        failure.Problem.Kind.Should().Be(MailProblemKind.Timeout);
        server.Connections.Should().Be(3, "two attempts and one implicit-TLS probe (on the first attempt only)");
    }

    [Test]
    public async Task A_send_timeout_bounds_the_whole_send()
    {
        var clock = new FakeTimeProvider();
        await using var server = new SilentServer(trickle: false);
        using var services = Services(clock, o => o.SendTimeout = TimeSpan.FromSeconds(8));
        var sender = services.GetRequiredService<IMailSender>();
        var started = clock.GetTimestamp();

        var send = sender.SendAsync(server.Account(), Message());
        await AdvanceUntilDoneAsync(clock, send);

        var failure = (await FluentActions.Awaiting(() => send).Should().ThrowAsync<MailOperationException>()).Which;
        clock.GetElapsedTime(started).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(8)).And.BeLessThan(TimeSpan.FromSeconds(9));
        failure.Problem.Kind.Should().Be(MailProblemKind.Timeout);
        failure.Message.Should().Contain("send timeout of 8 s");
    }

    private static ServiceProvider Services(FakeTimeProvider clock, Action<MailSendingOptions>? sending = null)
        => new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddMailModule()
            .ConfigureSending(o => sending?.Invoke(o))
            .Services.BuildServiceProvider();

    private static OutgoingMessage Message() => new() { Subject = "x", TextBody = "x", To = { "ann@example.com" } };

    /// <summary>Moves the fake clock in small steps, letting the real sockets work between them, until the task ends.</summary>
    private static async Task AdvanceUntilDoneAsync(FakeTimeProvider clock, Task task)
    {
        for (var step = 0; step < 2400 && !task.IsCompleted; step++)
        {
            await Task.WhenAny(task, Task.Delay(10));
            clock.Advance(TimeSpan.FromMilliseconds(50));
        }

        await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10)));
        task.IsCompleted.Should().BeTrue("the send should end within two minutes of the fake clock");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"the condition should hold within 30 s");
            await Task.Delay(10);
        }
    }

    private static Task ResetEveryConnectionAsync(TcpListener listener, CancellationToken cancellationToken)
        => listener.AcceptEachAsync(
            socket =>
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            },
            cancellationToken);

    /// <summary>A TCP server on loopback that accepts connections and then says nothing, or trickles its greeting one byte every 20 ms, never ending the line.</summary>
    private sealed class SilentServer : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly List<Socket> accepted = [];
        private readonly Task accepting;
        private readonly bool trickle;
        private int connections;
        private int bytesSent;

        public SilentServer(bool trickle)
        {
            this.trickle = trickle;
            listener.Start();
            accepting = AcceptAsync();
        }

        public int Connections => Volatile.Read(ref connections);

        public int BytesSent => Volatile.Read(ref bytesSent);

        public MailAccountSettings Account() => new()
        {
            Address = "office@example.com",
            Usage = MailUsage.Send,
            Smtp = new ServerEndpoint("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, MailSecurity.StartTlsWhenAvailable),
        };

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await accepting;
            lock (accepted)
            {
                accepted.ForEach(s => s.Dispose());
            }

            stop.Dispose();
        }

        private Task AcceptAsync() => listener.AcceptEachAsync(
            socket =>
            {
                Interlocked.Increment(ref connections);
                lock (accepted)
                {
                    accepted.Add(socket);
                }

                if (trickle)
                {
                    _ = TrickleAsync(socket);
                }
            },
            stop.Token);

        private async Task TrickleAsync(Socket socket)
        {
            try
            {
                await socket.SendAsync("220-"u8.ToArray(), stop.Token);
                while (!stop.IsCancellationRequested)
                {
                    await socket.SendAsync("x"u8.ToArray(), stop.Token);
                    Interlocked.Increment(ref bytesSent);
                    await Task.Delay(20, stop.Token);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // the client went away or the test ended
            }
        }
    }
}
