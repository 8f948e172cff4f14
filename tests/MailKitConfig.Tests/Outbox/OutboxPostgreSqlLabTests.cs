using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MailKitConfig.PostgreSql;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace MailKitConfig.Tests.Outbox;

/// <summary>
/// The outbox shared through the lab's PostgreSQL by three child processes sending to the lab's Postfix; every
/// message counted in bob's mailbox. Each test uses its own database schema.
/// </summary>
[Category("Integration")]
public class OutboxPostgreSqlLabTests : LabFixture
{
    private string schema = null!;

    private static string Smtp => Lab.Ports.Smtp.ToString(CultureInfo.InvariantCulture);

    [SetUp]
    public void ChooseSchema() => schema = "outbox_test_" + Guid.NewGuid().ToString("N")[..12];

    [TearDown]
    public async Task DropSchema()
    {
        await using var data = NpgsqlDataSource.Create(Lab.PostgresConnectionString);
        await using var drop = data.CreateCommand($"drop schema if exists {schema} cascade");
        await drop.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task The_schema_is_created_once_and_versioned_when_several_servers_start_together()
    {
        await using var data = NpgsqlDataSource.Create(Lab.PostgresConnectionString);

        var found = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostgreSqlSchema.MigrateAsync(data, schema, default)));
        var again = await PostgreSqlSchema.MigrateAsync(data, schema, default);

        found.Should().Contain(0).And.HaveCount(3);
        found.Count(v => v == 0).Should().Be(1, "one server migrates, the others find the schema current");
        again.Should().Be(PostgreSqlSchema.Version);
        await using var version = data.CreateCommand($"select version from {schema}.schema_version");
        ((int)(await version.ExecuteScalarAsync())!).Should().Be(PostgreSqlSchema.Version);
    }

    [Test]
    public async Task Three_processes_sharing_the_outbox_send_a_thousand_messages_each_exactly_once()
    {
        var tag = "Shared outbox " + Guid.NewGuid().ToString("N")[..8];
        var ids = await EnqueueAsync(tag, 1000);

        var children = Enumerable.Range(0, 3).Select(_ => OutboxChild.RunAsync("pg-send", schema, "10", Smtp)).ToList();
        var outputs = await Task.WhenAll(children);

        var perProcess = outputs.Select(o => int.Parse(o.Split('\n')[^1].Split(' ')[1], CultureInfo.InvariantCulture)).ToList();
        perProcess.Sum().Should().Be(1000);
        perProcess.Should().OnlyContain(n => n > 0, "the work is spread over all three processes ({0})", string.Join(", ", perProcess));
        var entries = await ReadAllAsync();
        entries.Should().HaveCount(1000).And.OnlyContain(e => e.Status == MailOutboxStatus.Sent && e.Attempts == 1);
        var delivered = await CountDeliveredAsync(tag, [.. entries.Select(e => e.MessageId)]);
        delivered.Should().HaveCount(1000);
        delivered.Values.Should().OnlyContain(n => n == 1, "each message arrives exactly once");
        delivered.Keys.Should().BeEquivalentTo(entries.Select(e => e.MessageId));
        ids.Should().HaveCount(1000);
    }

    [Test]
    public async Task Killing_one_of_three_processes_mid_run_still_ends_with_every_message_delivered_once_or_delivery_unknown()
    {
        // 150 messages and a 2-second lease (the claims of the killed process come back after it) show the property;
        // the child reports each message it sent, so the kill lands mid-run, with claims and transfers in progress.
        var tag = "Killed sender " + Guid.NewGuid().ToString("N")[..8];
        await EnqueueAsync(tag, 150);
        using var victim = OutboxChild.Start("pg-send", schema, "2", Smtp);
        await victim.ReadLineAsync(); // it sends: start the other two (on a loaded machine a late starter would find nothing left)
        var survivors = Enumerable.Range(0, 2).Select(_ => OutboxChild.RunAsync("pg-send", schema, "2", Smtp)).ToList();

        while (int.Parse((await victim.ReadLineAsync()).Split(' ')[1], CultureInfo.InvariantCulture) < 10)
        {
        }

        await victim.KillAsync(); // mid-run: it holds claims, some of them with a transfer in progress
        var left = (await ReadAllAsync()).Count(e => !e.IsFinal);
        await Task.WhenAll(survivors);

        left.Should().BeGreaterThan(0, "the process was killed while messages were still to be sent");
        var entries = await ReadAllAsync();
        entries.Should().HaveCount(150).And.OnlyContain(e => e.Status == MailOutboxStatus.Sent || e.Status == MailOutboxStatus.DeliveryUnknown);
        var delivered = await CountDeliveredAsync(tag, [.. entries.Where(e => e.Status == MailOutboxStatus.Sent).Select(e => e.MessageId)]);
        delivered.Values.Should().OnlyContain(n => n == 1, "no message arrives twice");
        foreach (var entry in entries.Where(e => e.Status == MailOutboxStatus.Sent))
        {
            delivered.Should().ContainKey(entry.MessageId);
        }

        TestContext.Out.WriteLine($"delivery unknown after the kill: {entries.Count(e => e.Status == MailOutboxStatus.DeliveryUnknown)}");
    }

    [Test]
    public async Task Three_processes_sharing_a_connection_limit_of_two_never_have_more_than_two_connections_open_together()
    {
        var tag = "Shared limit " + Guid.NewGuid().ToString("N")[..8];
        await EnqueueAsync(tag, 300);
        await using var relay = new TcpRelay(Lab.Ports.Smtp);
        var port = relay.Port.ToString(CultureInfo.InvariantCulture);

        var outputs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => OutboxChild.RunAsync("pg-send", schema, "10", port, "2")));

        outputs.Sum(o => int.Parse(o.Split('\n')[^1].Split(' ')[1], CultureInfo.InvariantCulture)).Should().Be(300);
        relay.MostOpen.Should().Be(2, "each process may open 2 connections, but the three share the limit ({0} connections in all)", relay.Connections);
        var entries = await ReadAllAsync();
        entries.Should().HaveCount(300).And.OnlyContain(e => e.Status == MailOutboxStatus.Sent && e.Attempts == 1);
        var delivered = await CountDeliveredAsync(tag, [.. entries.Select(e => e.MessageId)]);
        delivered.Should().HaveCount(300);
        delivered.Values.Should().OnlyContain(n => n == 1, "each message arrives exactly once");
        (await CountSlotsAsync()).Should().Be(0, "every process gave its slots back when its connections closed");
    }

    [Test]
    public async Task The_slots_of_a_process_killed_while_it_holds_them_go_to_the_others_after_its_lease()
    {
        var tag = "Killed slot holder " + Guid.NewGuid().ToString("N")[..8];
        await EnqueueAsync(tag, 100);
        await using var relay = new TcpRelay(Lab.Ports.Smtp);
        var port = relay.Port.ToString(CultureInfo.InvariantCulture);
        using var victim = OutboxChild.Start("pg-send", schema, "2", port, "2");
        while (int.Parse((await victim.ReadLineAsync()).Split(' ')[1], CultureInfo.InvariantCulture) < 10)
        {
        }

        await victim.KillAsync(); // its connections die with it; its slots stay taken until their lease expires
        var heldAfterKill = await CountSlotsAsync();
        var survivors = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => OutboxChild.RunAsync("pg-send", schema, "2", port, "2")));

        heldAfterKill.Should().BeGreaterThan(0, "the killed process held slots for its connections");
        survivors.Sum(o => int.Parse(o.Split('\n')[^1].Split(' ')[1], CultureInfo.InvariantCulture)).Should().BeGreaterThan(0, "the survivors took the slots over once they expired");
        relay.MostOpen.Should().BeLessThanOrEqualTo(2);
        var entries = await ReadAllAsync();
        entries.Should().HaveCount(100).And.OnlyContain(e => e.Status == MailOutboxStatus.Sent || e.Status == MailOutboxStatus.DeliveryUnknown);
        var delivered = await CountDeliveredAsync(tag, [.. entries.Where(e => e.Status == MailOutboxStatus.Sent).Select(e => e.MessageId)]);
        delivered.Values.Should().OnlyContain(n => n == 1, "no message arrives twice");
        (await CountSlotsAsync()).Should().Be(0, "the survivors gave their slots back, and took over the killed process's");
    }

    [Test]
    public async Task Claims_that_expired_are_sent_by_no_server_and_the_messages_nobody_claimed_go_to_another_server()
    {
        await EnqueueAsync("Lease " + Guid.NewGuid().ToString("N")[..8], 3);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = Options.Create(new PostgreSqlOutboxOptions { ConnectionString = Lab.PostgresConnectionString, Schema = schema });
        await using var database = new PostgreSqlDatabase(options);
        await using var dead = new PostgreSqlOutboxStore(database, options, clock);
        using var second = CreateServices();
        var alive = second.GetRequiredService<IMailOutboxStore>();
        var claimed = await dead.ClaimAsync(Lab.Alice.Address, DateTimeOffset.UtcNow, 2, default);
        claimed.Should().HaveCount(2).And.OnlyContain(e => e.TransferInProgress, "a claim marks the transfers: the outbox takes every claimed message in hand at once");
        (await dead.MarkTransferStartedAsync(claimed[0].Id, default)).Should().BeTrue("the claim is fresh");

        await ExpireLeasesAsync(); // as if the first server had stalled for a lease

        var unknown = await alive.RecoverAbandonedAsync(DateTimeOffset.UtcNow, default);
        unknown.Select(e => e.Id).Should().BeEquivalentTo(claimed.Select(e => e.Id));
        unknown.Should().OnlyContain(e => e.Status == MailOutboxStatus.DeliveryUnknown);
        var takenOver = await alive.ClaimAsync(Lab.Alice.Address, DateTimeOffset.UtcNow, 10, default);
        takenOver.Should().ContainSingle("only the message the first server never claimed is sent").Which.Attempts.Should().Be(1);
        clock.Advance(options.Value.LeaseDuration); // the first server wakes up: its claims are too old to trust without asking
        (await dead.MarkTransferStartedAsync(claimed[1].Id, default)).Should().BeFalse("the first server lost its claim and must not send");
        (await dead.UpdateAsync(claimed[0] with { Status = MailOutboxStatus.Sent }, default)).Should().BeFalse("a settled record stands");
        (await alive.GetAsync(claimed[0].Id, default))!.Status.Should().Be(MailOutboxStatus.DeliveryUnknown);
    }

    /// <summary>Counts the slots of the shared connection limit taken and not expired.</summary>
    private async Task<long> CountSlotsAsync()
    {
        await using var data = NpgsqlDataSource.Create(Lab.PostgresConnectionString);
        await using var count = data.CreateCommand($"select count(*) from {schema}.connection_slots where expires >= now()");
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private async Task ExpireLeasesAsync()
    {
        await using var data = NpgsqlDataSource.Create(Lab.PostgresConnectionString);
        await using var expire = data.CreateCommand($"update {schema}.outbox set lease_expires = now() - interval '1 second' where status = 'Sending'");
        await expire.ExecuteNonQueryAsync();
    }

    private ServiceProvider CreateServices()
        => LabMail.CreateServices(module: m => m.UsePostgreSqlOutbox(Lab.PostgresConnectionString, o => o.Schema = schema));

    private async Task<List<string>> EnqueueAsync(string tag, int count)
    {
        using var services = CreateServices();
        var outbox = services.GetRequiredService<IMailOutbox>();
        var account = new MailAccountSettings { Address = Lab.Alice.Address, Usage = MailUsage.Send, Smtp = new ServerEndpoint(Lab.Host, Lab.Ports.Smtp, MailSecurity.None) };
        var ids = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) => // concurrent commits share the disk's flushes
            ids[i] = await outbox.EnqueueAsync(account, new OutgoingMessage { Subject = $"{tag} {i}", TextBody = "shared outbox", To = { Lab.Bob.Address } }, token));
        return [.. ids];
    }

    private async Task<IReadOnlyList<MailOutboxEntry>> ReadAllAsync()
    {
        using var services = CreateServices();
        return await services.GetRequiredService<IMailOutbox>().ListAsync(max: 10_000);
    }

    /// <summary>
    /// Counts the copies of each message with the tag in bob's inbox, once every message that must arrive did (or after a
    /// minute). A message left <c>DeliveryUnknown</c> may have arrived too, so the number found alone says nothing.
    /// </summary>
    private static async Task<Dictionary<string, int>> CountDeliveredAsync(string tag, IReadOnlyCollection<string> mustArrive)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(Lab.Host, Lab.Ports.Imap, SecureSocketOptions.None); // plain IMAP on loopback counts as secure for Dovecot
        await client.AuthenticateAsync(Lab.Bob.Address, Lab.Bob.Password);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            var found = await client.Inbox.SearchAsync(SearchQuery.SubjectContains(tag));
            if (found.Count >= mustArrive.Count || DateTime.UtcNow > deadline)
            {
                var summaries = await client.Inbox.FetchAsync(found, MessageSummaryItems.Envelope);
                var counts = summaries.GroupBy(s => s.Envelope?.MessageId ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());
                if (mustArrive.All(counts.ContainsKey) || DateTime.UtcNow > deadline)
                {
                    await client.DisconnectAsync(true);
                    return counts;
                }
            }

            await client.Inbox.CloseAsync();
            await Task.Delay(250);
        }
    }
}
