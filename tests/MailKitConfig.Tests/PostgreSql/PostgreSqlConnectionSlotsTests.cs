using MailKitConfig.PostgreSql;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace MailKitConfig.Tests.PostgreSql;

/// <summary>The connection limit shared by several servers through the lab's PostgreSQL (<c>connection_slots</c>, schema version 4).</summary>
[Category("Integration")]
public class PostgreSqlConnectionSlotsTests : LabSchemaTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // a bound for a stuck statement, not a timing

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    [Test]
    public async Task A_database_at_version_3_is_migrated_to_the_connection_slots_keeping_its_messages_and_again_changes_nothing()
    {
        await MigratesFromAsync(3, "connection_slots");

        PostgreSqlSchema.Version.Should().Be(4);
    }

    [Test]
    public async Task Servers_sharing_a_limit_of_two_get_two_slots_and_a_third_waits_until_one_is_given_back()
    {
        await using var first = Open();
        await using var second = Open();
        var a = await first.AcquireAsync("smtp-a", 2, default);
        var b = await second.AcquireAsync("smtp-a", 2, default);
        var other = await second.AcquireAsync("smtp-b", 2, default); // another connection's limit is its own

        var third = first.AcquireAsync("smtp-a", 2, default).AsTask();
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(PostgreSqlConnectionSlots.LongestPause);
            await Task.Delay(50); // the database's answers, not a timing: the third must still be waiting after each
        }

        third.IsCompleted.Should().BeFalse("two connections named smtp-a are open, all servers together");
        await a.DisposeAsync();
        var c = await AdvanceUntilAsync(third);

        (await LabSchema.ScalarAsync<long>($"select count(*) from {Schema.Name}.connection_slots where connection = 'smtp-a'")).Should().Be(2);
        (await LabSchema.ScalarAsync<long>($"select count(distinct slot) from {Schema.Name}.connection_slots where connection = 'smtp-a'")).Should().Be(2);
        await b.DisposeAsync();
        await c.DisposeAsync();
        await other.DisposeAsync();
        (await LabSchema.ScalarAsync<long>($"select count(*) from {Schema.Name}.connection_slots")).Should().Be(0);
    }

    [Test]
    public async Task A_server_that_holds_every_slot_hands_one_to_a_server_that_waits_and_holds_none_and_nobody_else_takes_it()
    {
        await using var greedy = Open();
        await using var waiting = Open();
        await using var late = Open();
        var held = new[] { await greedy.AcquireAsync("smtp-f", 2, default), await greedy.AcquireAsync("smtp-f", 2, default) };

        var request = waiting.AcquireAsync("smtp-f", 2, default).AsTask();
        await WaitForAsync(async () => await LabSchema.ScalarAsync<long>($"select count(*) from {Schema.Name}.connection_slots where wanted_by is not null") == 1);
        clock.Advance(PostgreSqlConnectionSlots.RenewalInterval); // the holder's renewal learns of the request
        await WaitForAsync(() => held.Any(s => s.Revoked.IsCancellationRequested));
        var revoked = held.Single(s => s.Revoked.IsCancellationRequested);
        var third = late.AcquireAsync("smtp-f", 2, default).AsTask(); // asks too late: the slot is promised
        await revoked.DisposeAsync(); // its connection closed
        var handed = await AdvanceUntilAsync(request);

        (await LabSchema.ScalarAsync<long>($"select count(*) from {Schema.Name}.connection_slots where connection = 'smtp-f' and expires >= now()")).Should().Be(2);
        third.IsCompleted.Should().BeFalse("the slot given back went to the server that asked for it");
        held.Single(s => s != revoked).Revoked.IsCancellationRequested.Should().BeFalse("the holder keeps its fair share");
        await handed.DisposeAsync();
        await (await AdvanceUntilAsync(third)).DisposeAsync();
        await held.Single(s => s != revoked).DisposeAsync();
    }

    [Test]
    public async Task Ten_concurrent_requests_for_a_limit_of_three_from_three_servers_hold_at_most_three_slots_at_once()
    {
        var servers = Enumerable.Range(0, 3).Select(_ => new PostgreSqlConnectionSlots(Schema.Open(), Options.Create(new PostgreSqlOutboxOptions { LeaseDuration = Lease }), TimeProvider.System)).ToList(); // real pauses: nothing here is timed
        var most = 0;
        var holding = 0;
        await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            var slot = await AcquireRealAsync(servers[i % 3], "smtp-c", 3);
            var now = Interlocked.Increment(ref holding);
            InterlockedMax(ref most, now);
            await Task.Delay(100); // holds it while others ask
            Interlocked.Decrement(ref holding);
            await slot.DisposeAsync();
        }));

        most.Should().BeInRange(2, 3, "ten requests overlap, at most three at a time");
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }
    }

    [Test]
    public async Task A_slot_another_server_took_over_is_lost_at_the_next_renewal()
    {
        await using var slots = Open();
        var slot = await slots.AcquireAsync("smtp-d", 1, default);
        await using (var data = NpgsqlDataSource.Create(LabSchema.ConnectionString))
        {
            await using var steal = data.CreateCommand($"update {Schema.Name}.connection_slots set owner = 'another server'");
            await steal.ExecuteNonQueryAsync(); // as after an expiry this server did not notice
        }

        clock.Advance(Lease / 4);

        await WaitForAsync(() => slot.Revoked.IsCancellationRequested);
        await slot.DisposeAsync();
        (await LabSchema.ScalarAsync<long>($"select count(*) from {Schema.Name}.connection_slots")).Should().Be(1, "giving back a lost slot leaves the other server's alone");
    }

    [Test]
    public async Task A_slot_not_renewed_for_half_a_lease_because_the_database_is_unreachable_is_lost()
    {
        var database = Schema.Open();
        var slots = new PostgreSqlConnectionSlots(database, Options.Create(new PostgreSqlOutboxOptions { LeaseDuration = Lease }), clock);
        var slot = await slots.AcquireAsync("smtp-e", 1, default);
        await database.DataSource.DisposeAsync(); // every later statement fails

        clock.Advance(Lease / 4);
        clock.Advance(Lease / 4);

        await WaitForAsync(() => slot.Revoked.IsCancellationRequested);
        slots.Dispose();
    }

    private static TimeSpan Lease => TimeSpan.FromSeconds(8);

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            Interlocked.CompareExchange(ref target, value, seen);
        }
    }

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline);
            await Task.Delay(20);
        }
    }

    private PostgreSqlConnectionSlots Open() => new(Schema.Open(), Options.Create(new PostgreSqlOutboxOptions { LeaseDuration = Lease }), clock);

    private static async Task<IMailConnectionSlot> AcquireRealAsync(PostgreSqlConnectionSlots slots, string connection, int limit)
    {
        using var bound = new CancellationTokenSource(Patience);
        return await slots.AcquireAsync(connection, limit, bound.Token);
    }

    /// <summary>Moves the fake clock on until a request for a slot, pausing between its attempts, got one.</summary>
    private async Task<IMailConnectionSlot> AdvanceUntilAsync(Task<IMailConnectionSlot> request)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!request.IsCompleted)
        {
            DateTime.UtcNow.Should().BeBefore(deadline);
            clock.Advance(PostgreSqlConnectionSlots.LongestPause);
            await Task.Delay(20);
        }

        return await request;
    }
}
