using System.Collections.Concurrent;
using MailKitConfig.PostgreSql;
using MailKitConfig.Tests.Lab;
using MailKitConfig.Tests.Receiving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace MailKitConfig.Tests.PostgreSql;

/// <summary>Creates and drops a schema of its own in the lab's PostgreSQL for each test.</summary>
internal sealed class LabSchema : IAsyncDisposable
{
    private readonly List<PostgreSqlDatabase> opened = [];

    public string Name { get; } = "mkc_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string ConnectionString => LabEnvironment.Current.PostgresConnectionString;

    public PostgreSqlDatabase Open()
    {
        var database = new PostgreSqlDatabase(Options.Create(new PostgreSqlOutboxOptions { ConnectionString = ConnectionString, Schema = Name }));
        lock (opened)
        {
            opened.Add(database);
        }

        return database;
    }

    public static async Task<T> ScalarAsync<T>(string sql)
    {
        await using var data = NpgsqlDataSource.Create(ConnectionString);
        await using var command = data.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Creates the schema at the newest version, takes it back to an older one (<paramref name="undo"/> removes what the
    /// newer versions made) with one queued message in the outbox, and migrates it twice.
    /// </summary>
    /// <param name="version">The older version.</param>
    /// <param name="undo">The SQL that removes what the newer versions made.</param>
    /// <returns>The versions the two migrations found.</returns>
    public async Task<(int Found, int Again)> MigrateFromAsync(int version, string undo)
    {
        await using var data = NpgsqlDataSource.Create(ConnectionString);
        await PostgreSqlSchema.MigrateAsync(data, Name, default);
        await using (var back = data.CreateCommand($"""
            {undo}; update {Name}.schema_version set version = {version};
            insert into {Name}.outbox (id, account, message_id, recipients, created, status, size, content) values ('m1', 'A@B.C', 'x@b.c', array['d@b.c'], now(), 'Queued', 1, 'x')
            """))
        {
            await back.ExecuteNonQueryAsync();
        }

        return (await PostgreSqlSchema.MigrateAsync(data, Name, default), await PostgreSqlSchema.MigrateAsync(data, Name, default));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in opened)
        {
            await database.DisposeAsync();
        }

        await using var data = NpgsqlDataSource.Create(ConnectionString);
        await using var drop = data.CreateCommand($"drop schema if exists {Name} cascade");
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>The receive state store's contract on the PostgreSQL store, against the lab's PostgreSQL.</summary>
[Category("Integration")]
public sealed class PostgreSqlReceiveStateStoreContractTests : ReceiveStateStoreContract
{
    private LabSchema schema = null!;

    [SetUp]
    public void CreateSchema() => schema = new LabSchema();

    [TearDown]
    public async Task DropSchema() => await schema.DisposeAsync();

    /// <inheritdoc />
    protected override IMailReceiveStateStore Open() => new PostgreSqlReceiveStateStore(schema.Open());
}

/// <summary>The schema's versions, the receive locks, and the job receiving on several servers that share the lab's PostgreSQL.</summary>
[Category("Integration")]
public class PostgreSqlReceiveTests : LabSchemaTests
{
    [Test]
    public async Task A_database_at_the_outbox_only_version_is_migrated_to_the_receive_state_keeping_its_messages()
    {
        await MigratesFromAsync(1, "receive_state");

        PostgreSqlSchema.Version.Should().BeGreaterThanOrEqualTo(2);
    }

    [TestCase("pg_mail")]
    [TestCase("Mail")]
    [TestCase("mail; drop table x")]
    public void A_schema_name_PostgreSQL_would_refuse_or_that_is_not_a_plain_identifier_is_refused_at_start(string name)
    {
        using var services = LabMail.CreateServices(module: m => m.UsePostgreSql(LabSchema.ConnectionString, o => o.Schema = name));

        var read = () => services.GetRequiredService<IOptions<PostgreSqlOutboxOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().WithMessage("*Schema*");
    }

    [Test]
    public async Task Receive_locks_of_one_account_taken_from_three_servers_never_overlap()
    {
        var servers = Enumerable.Range(0, 3).Select(_ => new PostgreSqlReceiveLock(Schema.Open(), Options.Create(new PostgreSqlOutboxOptions()), TimeProvider.System)).ToList();
        var holders = 0;
        var overlaps = 0;
        var taken = new int[servers.Count];
        var refused = 0;

        await Task.WhenAll(servers.Select((server, i) => Task.Run(async () =>
        {
            // Each server keeps trying until it held the lock five times (a fixed number of rounds let a server that lost
            // every race end with none); the bound of attempts keeps a lock that is never released from hanging the test.
            for (var attempt = 0; taken[i] < 5 && attempt < 2000; attempt++)
            {
                var lease = await server.TryAcquireAsync("Shared@Lab.Test", default);
                if (lease is null)
                {
                    Interlocked.Increment(ref refused);
                    await Task.Delay(2);
                    continue;
                }

                await using (lease)
                {
                    if (Interlocked.Increment(ref holders) > 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    taken[i]++;
                    await Task.Delay(5);
                    Interlocked.Decrement(ref holders);
                }
            }
        })));

        overlaps.Should().Be(0, "one server at a time holds an account's lock");
        refused.Should().BeGreaterThan(0, "the servers did contend");
        taken.Should().OnlyContain(n => n > 0, "every server got the lock when it was free ({0})", string.Join(", ", taken));
        (await servers[0].TryAcquireAsync("other@lab.test", default)).Should().NotBeNull("another account's lock is independent");
    }

    [Test]
    public async Task When_the_holder_of_a_receive_lock_dies_another_server_takes_it_over()
    {
        var alive = new PostgreSqlReceiveLock(Schema.Open(), Options.Create(new PostgreSqlOutboxOptions()), TimeProvider.System);
        using var holder = OutboxChild.Start("pg-receive-lock", Schema.Name, Lab.Users[3].Address);
        (await holder.ReadLineAsync()).Should().Be("held");

        (await alive.TryAcquireAsync(Lab.Users[3].Address, default)).Should().BeNull("the child process holds it");
        await holder.KillAsync(); // SIGKILL: no release, only the closed connection

        IMailReceiveLease? lease = null;
        for (var attempt = 0; attempt < 50 && lease is null; attempt++)
        {
            lease = await alive.TryAcquireAsync(Lab.Users[3].Address, default);
            if (lease is null)
            {
                await Task.Delay(100);
            }
        }

        lease.Should().NotBeNull("PostgreSQL releases a session's advisory lock when its connection closes");
        await lease!.DisposeAsync();
    }

    [Test]
    public async Task A_holder_whose_connection_broke_learns_that_it_lost_the_lock_at_the_next_check()
    {
        var clock = new FakeTimeProvider();
        var options = Options.Create(new PostgreSqlOutboxOptions { ReceiveLockCheckInterval = TimeSpan.FromSeconds(10) });
        var database = Schema.Open();
        var locks = new PostgreSqlReceiveLock(database, options, clock);
        await using var lease = (await locks.TryAcquireAsync("broken@lab.test", default))!;
        var key = PostgreSqlReceiveLock.KeyOf(Schema.Name, "broken@lab.test");

        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        lease.Lost.IsCancellationRequested.Should().BeFalse("the connection is alive");
        (await LabSchema.ScalarAsync<bool>($"select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and ((classid::bigint << 32) | objid::bigint) = {key}")).Should().BeTrue();
        clock.Advance(TimeSpan.FromSeconds(10));

        var lost = lease.Lost.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
        lost.Should().BeTrue("the check found the connection closed");
        (await locks.TryAcquireAsync("broken@lab.test", default)).Should().NotBeNull("the lock went with the session");
    }

    [Test]
    public async Task Three_servers_running_the_job_together_hand_every_message_to_the_handler_once_and_never_receive_at_the_same_time()
    {
        var user = LabReceiving.ImapUser;
        var folder = "pg-job-" + Guid.NewGuid().ToString("N")[..8];
        var account = LabReceiving.Account(user);
        var handled = new ConcurrentDictionary<string, int>();
        var inside = 0;
        var overlaps = 0;
        var spool = Directory.CreateTempSubdirectory("mkc-pg-job-").FullName;
        var servers = Enumerable.Range(0, 3).Select(i => LabMail.CreateServices(module: m => m
            .UsePostgreSqlReceiveState(LabSchema.ConnectionString, o => o.Schema = Schema.Name)
            .AddOutbox(o => o.SpoolDirectory = Path.Combine(spool, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .AddMailJob(o =>
            {
                o.Accounts.Add(account);
                o.Receive = new MailReceiveOptions { Folder = folder, Start = MailReceiveStart.All };
                o.Handlers.Add(async (mail, token) =>
                {
                    if (Interlocked.Increment(ref inside) > 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    try
                    {
                        var message = await mail.GetMessageAsync(token);
                        handled.AddOrUpdate(message.MessageId!, 1, (_, n) => n + 1);
                        await Task.Delay(10, token);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref inside);
                    }
                });
            }))).ToList();
        try
        {
            var sent = new List<string>();
            var skipped = 0;
            for (var round = 0; round < 3; round++)
            {
                var batch = Enumerable.Range(0, 10).Select(i => LabReceiving.Message(user, $"PG job {round}.{i}", "receive once")).ToList();
                sent.AddRange(batch.Select(m => m.MessageId!));
                await LabReceiving.AppendAsync(user, folder, batch);

                var statuses = await Task.WhenAll(servers.Select(s => s.GetRequiredService<IMailJob>().RunNowAsync()));

                statuses.Select(s => s.Single()).Should().OnlyContain(s => s.LastErrorMessage == null);
                skipped += statuses.Count(s => s.Single().Received == null);
            }

            overlaps.Should().Be(0, "one server at a time receives for the account");
            handled.Keys.Should().BeEquivalentTo(sent, "every message is handed over");
            handled.Values.Should().OnlyContain(n => n == 1, "the servers share the receive state, so no message is handed over twice");
            TestContext.Out.WriteLine($"runs that found the lock held by another server: {skipped} of 9");
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }

            Directory.Delete(spool, recursive: true);
        }
    }
}
