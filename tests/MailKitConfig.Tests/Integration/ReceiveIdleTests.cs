using System.Diagnostics;
using System.Threading.Channels;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>Watching a mailbox with IMAP IDLE against the lab's Dovecot: prompt, surviving dropped connections, stopping on cancellation.</summary>
[Category("Integration")]
public class ReceiveIdleTests
{
    private static readonly LabUser User = LabReceiving.IdleUser;
    private string stateDirectory = null!;
    private ServiceProvider services = null!;

    private IMailReceiver Receiver => services.GetRequiredService<IMailReceiver>();

    [SetUp]
    public async Task EmptyMailbox()
    {
        stateDirectory = Directory.CreateTempSubdirectory("mkc-receive-").FullName;
        services = LabReceiving.CreateServices(stateDirectory);
        await LabReceiving.EmptyAsync(User);
    }

    [TearDown]
    public async Task DisposeServices()
    {
        await services.DisposeAsync();
        Directory.Delete(stateDirectory, recursive: true);
    }

    [Test]
    public async Task Idle_sees_a_new_message_within_2_seconds_and_survives_a_dropped_connection()
    {
        await using var relay = new TcpRelay(LabEnvironment.Current.Ports.Imaps);
        var account = LabReceiving.Account(User) with { Imap = new ServerEndpoint(LabEnvironment.Current.Host, relay.Port, MailSecurity.ImplicitTls) };
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
        var account = LabReceiving.Account(User) with { Credentials = MailCredentials.Password("wrong-password") };

        var watch = async () => await Receiver.WatchAsync(account, (_, _) => Task.CompletedTask);

        (await watch.Should().ThrowAsync<MailOperationException>()).Which.Problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
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
}
