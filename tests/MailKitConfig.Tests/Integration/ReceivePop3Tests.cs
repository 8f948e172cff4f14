using MailKit.Net.Pop3;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Integration;

/// <summary>Receiving over POP3 from the lab's Dovecot: UIDL tracking, exactly once, leave on server or delete.</summary>
[Category("Integration")]
public class ReceivePop3Tests : LabReceiveFixture
{
    private protected override LabUser User => LabReceiving.Pop3User;

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
        await using (var restarted = LabReceiving.CreateServices(StateDirectory))
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

    [Test]
    public async Task A_server_without_uidl_gets_a_clear_warning_and_messages_are_recognised_by_message_id_and_size()
    {
        await using var server = new ScriptedPop3Server(User.Address, User.Password);
        server.Add(Text("one"));
        server.Add(Text("two"));
        var account = Account with { Imap = null, Pop3 = new ServerEndpoint(LabEnvironment.Current.Host, server.Port, MailSecurity.None) };
        var options = new MailReceiveOptions { Protocol = MailProtocol.Pop3, Start = MailReceiveStart.All };
        var handed = new List<(MailMessageKey Key, string? Subject)>();
        var failOn = "two";
        Task Handler(ReceivedMail mail, CancellationToken token)
        {
            handed.Add((mail.Key, mail.Headers[HeaderId.Subject]));
            return mail.Headers[HeaderId.Subject] == failOn ? throw new InvalidOperationException("later") : Task.CompletedTask;
        }

        var first = await Receiver.ReceiveAsync(account, Handler, options);
        failOn = "none";
        var second = await Receiver.ReceiveAsync(account, Handler, options);
        server.Add(Text("three"));
        var third = await Receiver.ReceiveAsync(account, Handler, options);
        MailReceiveResult restarted;
        await using (var again = LabReceiving.CreateServices(StateDirectory))
        {
            restarted = await again.GetRequiredService<IMailReceiver>().ReceiveAsync(account, Handler, options);
        }

        first.Warnings.Should().ContainSingle().Which.Should().Contain("no UIDL").And.Contain("Message-Id");
        (first.Accepted, first.Failures.Count, second.Accepted, third.Accepted, restarted.Accepted).Should().Be((1, 1, 1, 1, 0));
        handed.Select(h => h.Subject).Should().Equal("one", "two", "two", "three");
        handed[2].Key.Should().Be(handed[1].Key, "the message the handler refused comes again with the same key");
        handed.Select(h => h.Key.Value).Should().AllSatisfy(k => k.Should().StartWith("pop3:receiver-pop@lab.test/fp:"));
        handed.Select(h => h.Key).Distinct().Should().HaveCount(3);
        server.Commands.Should().Contain("TOP 1 0", "the headers for the fingerprint are read with TOP")
            .And.NotContain("UIDL", "no UIDL listing is asked of a server that does not offer it (MailKit's probe \"UIDL 1\" is refused)");
    }

    [Test]
    public Task A_process_killed_between_acceptance_and_the_state_write_gets_that_one_message_again_with_the_same_key()
        => KillBetweenAcceptanceAndStateWriteAsync(MailProtocol.Pop3);

    private async Task<int> CountOnServerAsync()
    {
        using var client = new Pop3Client();
        await client.ConnectAsync(LabEnvironment.Current.Host, LabEnvironment.Current.Ports.Pop3, MailKit.Security.SecureSocketOptions.None);
        await client.AuthenticateAsync(User.Address, User.Password);
        var count = client.Count;
        await client.DisconnectAsync(true);
        return count;
    }
}
