using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Integration;

/// <summary>Connection pools keyed by what a connection is, their limits and their eviction, against a counting relay in front of the lab's Postfix.</summary>
[Category("Integration")]
public class SendingPoolTests : LabFixture
{
    private static readonly TimeSpan NoProgress = TimeSpan.FromSeconds(1);

    [Test]
    public async Task Variants_of_one_mailbox_share_its_connections_and_its_rate_limit()
    {
        var clock = new FakeTimeProvider();
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);
        using var services = LabSending.CreateServices(
            o =>
            {
                o.MaxConnectionsPerAccount = 3;
                o.RateLimit = 60;
                o.RateLimitInterval = TimeSpan.FromMinutes(1);
                o.ConnectionIdleTimeout = TimeSpan.FromMinutes(5); // the connections outlive the wait for the rate limit
            },
            clock);
        var sender = services.GetRequiredService<IMailSender>();
        var account = relay.Account(Lab.Alice.Address);

        var sends = Enumerable.Range(0, 100)
            .Select(i => sender.SendAsync(
                account with { ReplyTo = $"reply{i}@lab.test", DisplayName = $"Desk {i}", HiddenCopyToSelf = i % 2 == 0 },
                new OutgoingMessage { Subject = $"Variant {i}", TextBody = "x", To = { "bench@lab.test" } }))
            .ToList();
        var all = Task.WhenAll(sends);
        await WaitUntilAsync(() => sends.Count(t => t.IsCompleted) >= 60 || all.IsCompleted);
        await Task.WhenAny(all, Task.Delay(NoProgress));

        sends.Count(t => t.IsCompleted).Should().Be(60, "one rate limit of 60 per minute holds for all variants while the clock stands");
        relay.DataCommands.Should().Be(60);
        clock.Advance(TimeSpan.FromMinutes(1));
        await all.WaitAsync(TimeSpan.FromSeconds(60));
        relay.DataCommands.Should().Be(100);
        relay.Connections.Should().BeLessThanOrEqualTo(3, "MaxConnectionsPerAccount counts connections to one mailbox, whatever its Reply-To");
        ((SmtpMailSender)sender).PoolCount.Should().Be(1);
    }

    [Test]
    public async Task A_connection_closed_between_messages_sends_the_next_message_at_once_on_a_new_connection()
    {
        var clock = new FakeTimeProvider(); // never advanced: a retry delay would never end
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.ResetAtSecondMail : RelayFault.None);
        using var services = LabSending.CreateServices(_ => { }, clock);
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();
        var account = relay.Account(Lab.Alice.Address);

        var first = await sender.SendAsync(account, new OutgoingMessage { Subject = "First", TextBody = "x", To = { "bench@lab.test" } }).WaitAsync(TimeSpan.FromSeconds(30));
        var second = await sender.SendAsync(account, new OutgoingMessage { Subject = "Second", TextBody = "x", To = { "bench@lab.test" } }).WaitAsync(TimeSpan.FromSeconds(30));

        first.Attempts.Should().Be(1);
        second.Attempts.Should().Be(2, "the used connection was found closed before anything of the message was sent");
        relay.Connections.Should().Be(2);
        relay.DataCommands.Should().Be(2, "Postfix received each message once");
        sender.PoolFor(account).MessageLimit.Should().BeNull("a closed connection is no announced limit");
    }

    [Test]
    public async Task An_idle_pool_closes_its_connection_and_disappears()
    {
        var clock = new FakeTimeProvider();
        await using var relay = new SmtpFaultRelay(_ => RelayFault.None);
        using var services = LabSending.CreateServices(o => o.ConnectionIdleTimeout = TimeSpan.FromSeconds(30), clock);
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();
        var account = relay.Account(Lab.Alice.Address);

        await sender.SendAsync(account, new OutgoingMessage { Subject = "Idle", TextBody = "x", To = { "bench@lab.test" } });
        var pool = sender.PoolFor(account);
        pool.IdleCount.Should().Be(1);
        pool.TimerArmed.Should().BeTrue();
        clock.Advance(TimeSpan.FromSeconds(29));
        sender.PoolCount.Should().Be(1);
        clock.Advance(TimeSpan.FromSeconds(1));

        sender.PoolCount.Should().Be(0, "a pool without idle connections and without users is removed");
        pool.IdleCount.Should().Be(0);
        pool.TimerArmed.Should().BeFalse("no timer runs while nothing is idle");
        await WaitUntilAsync(() => relay.OpenSessions == 0);
    }

    [Test]
    public async Task A_mailing_with_save_to_sent_logs_in_to_imap_once_and_saves_each_copy_once()
    {
        var clock = new FakeTimeProvider();
        await using var imap = new TcpRelay(Lab.Ports.Imaps);
        using var services = LabSending.CreateServices(o => o.ConnectionIdleTimeout = TimeSpan.FromSeconds(30), clock);
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();
        var account = LabMail.Account(Lab.Alice) with { SaveToSent = true, Imap = new ServerEndpoint(Lab.Host, imap.Port, MailSecurity.ImplicitTls) };
        var tag = "Mailing " + Guid.NewGuid();

        var outcomes = await sender.SendManyAsync(account, Enumerable.Range(0, 30).Select(i => new OutgoingMessage { Subject = $"{tag} {i}", TextBody = "x", To = { Lab.Bob.Address } }));

        outcomes.Should().OnlyContain(o => o.Status == MailSendStatus.Sent && o.Result!.SavedToSent);
        imap.Connections.Should().Be(1, "the Sent copies share one logged-in IMAP connection");
        var saved = await LabSending.SentMessageIdsAsync(Lab.Alice, tag);
        saved.Should().BeEquivalentTo(outcomes.Select(o => o.Result!.MessageId), "each message lands in Sent exactly once");
        sender.SentPoolCount.Should().Be(1);
        clock.Advance(TimeSpan.FromSeconds(30));
        sender.SentPoolCount.Should().Be(0, "the idle IMAP connection closes and its pool disappears");
    }

    [Test]
    public async Task A_pool_whose_connection_failed_is_not_kept()
    {
        var clock = new FakeTimeProvider();
        await using var relay = new SmtpFaultRelay(_ => RelayFault.Greet421);
        using var services = LabSending.CreateServices(o => o.MaxRetryAttempts = 0, clock);
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();
        var account = relay.Account(Lab.Alice.Address);

        var send = () => sender.SendAsync(account, new OutgoingMessage { Subject = "Nowhere", TextBody = "x", To = { "bench@lab.test" } });

        await send.Should().ThrowAsync<MailOperationException>();
        sender.PoolCount.Should().Be(0);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should hold within a minute");
            await Task.Delay(20);
        }
    }
}
