using MailKit.Net.Pop3;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Integration;

/// <summary>Receiving over POP3 from the lab's Dovecot: UIDL tracking, exactly once, leave on server or delete.</summary>
[Category("Integration")]
public class ReceivePop3Tests
{
    private static readonly LabUser User = LabReceiving.Pop3User;
    private string stateDirectory = null!;
    private ServiceProvider services = null!;

    private static MailAccountSettings Account => LabReceiving.Account(User);

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
    public async Task Mail_delivered_through_postfix_is_received_once_by_uidl_and_neither_a_second_poll_nor_a_restart_returns_it_again()
    {
        var options = new MailReceiveOptions { Protocol = MailProtocol.Pop3 };
        var received = new List<(MailMessageKey Key, string? MessageId)>();
        (await Receiver.ReceiveAsync(Account, Collect(received), options)).Accepted.Should().Be(0);
        var first = await LabReceiving.DeliverAsync(User, "First");
        var second = await LabReceiving.DeliverAsync(User, "Second");

        var result = await Receiver.ReceiveAsync(Account, Collect(received), options);
        var again = await Receiver.ReceiveAsync(Account, Collect(received), options);
        await using (var restarted = LabReceiving.CreateServices(stateDirectory))
        {
            (await restarted.GetRequiredService<IMailReceiver>().ReceiveAsync(Account, Collect(received), options)).Accepted.Should().Be(0);
        }

        result.Protocol.Should().Be(MailProtocol.Pop3);
        result.Accepted.Should().Be(2);
        again.Accepted.Should().Be(0);
        received.Select(r => r.MessageId).Should().Equal(first, second);
        received.Select(r => r.Key.Value).Should().OnlyHaveUniqueItems().And.AllSatisfy(k => k.Should().MatchRegex(@"^pop3:receiver-pop@lab\.test/[0-9A-Fa-f]+$"));
        (await CountOnServerAsync()).Should().Be(2, "messages are left on the server by default");
    }

    [Test]
    public async Task A_failing_handler_gets_the_same_key_next_time_and_accepted_messages_are_deleted_when_asked()
    {
        await LabReceiving.AppendAsync(User, "INBOX", [Text("one"), Text("two")]);
        var options = new MailReceiveOptions { Protocol = MailProtocol.Pop3, Start = MailReceiveStart.All, AfterAccept = MailAfterAccept.Delete };
        var keys = new List<MailMessageKey>();
        var failOn = "two";
        Task Handler(ReceivedMail mail, CancellationToken token)
        {
            keys.Add(mail.Key);
            return mail.Headers[HeaderId.Subject] == failOn ? throw new InvalidOperationException("later") : Task.CompletedTask;
        }

        var first = await Receiver.ReceiveAsync(Account, Handler, options);
        var left = await CountOnServerAsync();
        failOn = "none";
        var second = await Receiver.ReceiveAsync(Account, Handler, options);

        first.Accepted.Should().Be(1);
        first.Failures.Should().ContainSingle();
        left.Should().Be(1, "the accepted message was deleted, the failed one left");
        second.Accepted.Should().Be(1);
        keys.Should().HaveCount(3);
        keys[2].Should().Be(keys[1]);
        (await CountOnServerAsync()).Should().Be(0);
    }

    private static MimeMessage Text(string subject) => LabReceiving.Message(User, subject, "Message " + subject);

    private static MailReceiveHandler Collect(List<(MailMessageKey, string?)> into) => async (mail, token) =>
    {
        var message = await mail.GetMessageAsync(token);
        into.Add((mail.Key, message.MessageId));
    };

    private static async Task<int> CountOnServerAsync()
    {
        using var client = new Pop3Client();
        await client.ConnectAsync(LabEnvironment.Current.Host, LabEnvironment.Current.Ports.Pop3, MailKit.Security.SecureSocketOptions.None);
        await client.AuthenticateAsync(User.Address, User.Password);
        var count = client.Count;
        await client.DisconnectAsync(true);
        return count;
    }
}
