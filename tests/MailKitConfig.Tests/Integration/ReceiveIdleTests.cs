using System.Diagnostics;
using System.Threading.Channels;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Integration;

/// <summary>Watching a mailbox with IMAP IDLE against the lab's Dovecot: prompt, surviving dropped connections, stopping on cancellation.</summary>
[Category("Integration")]
public class ReceiveIdleTests : LabReceiveFixture
{
    private protected override LabUser User => LabReceiving.IdleUser;

    [Test]
    public async Task Idle_sees_a_new_message_within_2_seconds_and_survives_a_dropped_connection()
    {
        await using var relay = new TcpRelay(LabEnvironment.Current.Ports.Imaps);
        var account = Account with { Imap = new ServerEndpoint(LabEnvironment.Current.Host, relay.Port, MailSecurity.ImplicitTls) };
        var arrived = Channel.CreateUnbounded<(string? Subject, MailMessageKey Key)>();
        using var stop = new CancellationTokenSource();
        var options = new MailReceiveOptions { Start = MailReceiveStart.All }; // the mailbox is empty: nothing is missed if the message beats the first SELECT
        var watching = Receiver.WatchAsync(account, (mail, token) => arrived.Writer.WriteAsync((mail.Headers[MimeKit.HeaderId.Subject], mail.Key), token).AsTask(), options, stop.Token);
        await WaitUntilAsync(() => relay.Connections == 1);
        await LabReceiving.SendAsync(User, "warm-up");
        (await ReadAsync(arrived, TimeSpan.FromSeconds(10))).Subject.Should().Be("warm-up");
        await Task.Delay(300); // the watcher is idle again

        var clock = Stopwatch.StartNew();
        await LabReceiving.SendAsync(User, "while idle");
        var first = await ReadAsync(arrived, TimeSpan.FromSeconds(5));
        var latency = clock.Elapsed;
        await TestContext.Out.WriteLineAsync($"IDLE: handed over {latency.TotalMilliseconds:0} ms after the SMTP transaction ended");

        relay.CutAll();
        await LabReceiving.DeliverAsync(User, "while disconnected");
        var second = await ReadAsync(arrived, TimeSpan.FromSeconds(10));

        clock.Restart();
        await stop.CancelAsync();
        var stopping = async () => await watching;
        await stopping.Should().ThrowAsync<OperationCanceledException>();
        var stopped = clock.Elapsed;

        first.Subject.Should().Be("while idle");
        latency.Should().BeLessThan(TimeSpan.FromSeconds(2), "IDLE reports the new message as soon as it is delivered");
        second.Subject.Should().Be("while disconnected");
        second.Key.Should().NotBe(first.Key);
        relay.Connections.Should().BeGreaterThanOrEqualTo(2, "the watcher reconnected after the drop");
        stopped.Should().BeLessThan(TimeSpan.FromSeconds(2), "cancellation ends IDLE promptly");
        arrived.Reader.TryRead(out _).Should().BeFalse("each message is handed over once");
    }

    [Test]
    public async Task Watching_with_a_refused_password_fails_at_once_instead_of_retrying()
    {
        var account = Account with { Credentials = MailCredentials.Password("wrong-password") };

        var watch = async () => await Receiver.WatchAsync(account, (_, _) => Task.CompletedTask);

        (await watch.Should().ThrowAsync<MailOperationException>()).Which.Problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
    }

    [Test]
    public async Task Idle_is_renewed_on_the_injected_clock_before_10_minutes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await ReconfigureAsync(o => o.IdleRefreshInterval = TimeSpan.FromMinutes(9), time);
        await using var relay = new TcpRelay(LabEnvironment.Current.Ports.Imap); // plain text: the relay reads the commands
        var account = Account with { Imap = new ServerEndpoint(LabEnvironment.Current.Host, relay.Port, MailSecurity.None) };
        using var stop = new CancellationTokenSource();
        var watching = Receiver.WatchAsync(account, Accept, new MailReceiveOptions { Start = MailReceiveStart.All }, stop.Token);
        await WaitUntilAsync(() => Count(relay.ClientText, " IDLE\r\n") == 1);

        time.Advance(TimeSpan.FromMinutes(9) - TimeSpan.FromSeconds(1));
        var before = relay.ClientText;
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => Count(relay.ClientText, " IDLE\r\n") == 2);
        await stop.CancelAsync();
        var stopping = async () => await watching;
        await stopping.Should().ThrowAsync<OperationCanceledException>();

        Count(before, "DONE\r\n").Should().Be(0, "IDLE is not renewed before its interval");
        Count(relay.ClientText, "DONE\r\n").Should().BeGreaterThanOrEqualTo(1, "the renewal ends the running IDLE with DONE");
        relay.Connections.Should().Be(1, "the renewal keeps the connection");
        new MailReceivingOptions().IdleRefreshInterval.Should().BeLessThan(TimeSpan.FromMinutes(10));
    }

    [Test]
    public async Task After_a_drop_watching_reconnects_on_the_injected_clock_with_doubling_jittered_delays_and_fetches_what_arrived()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var baseDelay = TimeSpan.FromMinutes(1);
        await ReconfigureAsync(o => { o.ReconnectDelay = baseDelay; o.MaxReconnectDelay = TimeSpan.FromMinutes(3); }, time);
        var delays = Channel.CreateUnbounded<TimeSpan>();
        var receiver = new MailReceiver(Services.GetRequiredService<MailConnectionFactory>(), Services.GetRequiredService<IMailReceiveStateStore>(), time, Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailReceivingOptions>>(), new ReconnectLog(delays));
        await using var relay = new TcpRelay(LabEnvironment.Current.Ports.Imap);
        var account = Account with { Imap = new ServerEndpoint(LabEnvironment.Current.Host, relay.Port, MailSecurity.None) };
        var arrived = Channel.CreateUnbounded<string?>();
        using var stop = new CancellationTokenSource();
        var watching = receiver.WatchAsync(account, (mail, token) => arrived.Writer.WriteAsync(mail.Headers[MimeKit.HeaderId.Subject], token).AsTask(), new MailReceiveOptions { Start = MailReceiveStart.All }, stop.Token);
        await WaitUntilAsync(() => Count(relay.ClientText, " IDLE\r\n") == 1);

        relay.Refuse = true; // the server is down: every reconnect fails at once
        relay.CutAll();
        var waits = new List<TimeSpan>();
        for (var failure = 1; failure <= 3; failure++)
        {
            var wait = await NextAsync(delays, watching); // logged after the failed connection (and its TLS probe) ended
            waits.Add(wait);
            var attempts = relay.Attempts;
            time.Advance(wait - TimeSpan.FromMilliseconds(1));
            relay.Attempts.Should().Be(attempts, "no reconnect before the delay has passed on the injected clock");
            if (failure == 3)
            {
                relay.Refuse = false;
                await LabReceiving.DeliverAsync(User, "while disconnected");
            }

            time.Advance(TimeSpan.FromMilliseconds(1));
            await WaitUntilAsync(() => relay.Attempts > attempts);
        }

        var subject = await ReadAsync(arrived, TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        var stopping = async () => await watching;
        await stopping.Should().ThrowAsync<OperationCanceledException>();

        subject.Should().Be("while disconnected");
        waits[0].Should().BeGreaterThanOrEqualTo(baseDelay * 0.8).And.BeLessThanOrEqualTo(baseDelay * 1.2);
        waits[1].Should().BeGreaterThanOrEqualTo(baseDelay * 1.6).And.BeLessThanOrEqualTo(baseDelay * 2.4, "the delay doubles");
        waits[2].Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(3) * 0.8).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(3) * 1.2, "the delay stops growing at MaxReconnectDelay");
        new[] { waits[0] / baseDelay, waits[1] / (baseDelay * 2), waits[2] / TimeSpan.FromMinutes(3) }.Distinct().Should().HaveCountGreaterThan(1, "the delays are jittered");
        relay.Connections.Should().Be(2, "one connection before the drop and one after the server came back");
    }

    /// <summary>Reads the next item, or throws why watching ended, or times out.</summary>
    private static async Task<T> NextAsync<T>(Channel<T> channel, Task watching)
    {
        var next = channel.Reader.ReadAsync().AsTask();
        var first = await Task.WhenAny(next, watching, Task.Delay(TimeSpan.FromSeconds(10)));
        if (first == watching)
        {
            await watching; // throws the reason
        }

        return first == next ? await next : throw new TimeoutException("nothing within 10 s");
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task<T> ReadAsync<T>(Channel<T> channel, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await channel.Reader.ReadAsync(cancel.Token);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline);
            await Task.Delay(20);
        }
    }

    /// <summary>Takes the delays of the receiver's "reconnecting in" log messages.</summary>
    private sealed class ReconnectLog(Channel<TimeSpan> delays) : ILogger<MailReceiver>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == 206 && state is IReadOnlyList<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "Delay").Value is TimeSpan delay)
            {
                delays.Writer.TryWrite(delay);
            }
        }
    }
}
