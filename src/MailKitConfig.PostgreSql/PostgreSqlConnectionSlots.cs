using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MailKitConfig.PostgreSql;

/// <summary>
/// The SMTP connection limit shared by the application servers of one database: a row per open connection in
/// <c>connection_slots</c> (its connection's name, a slot number below the limit, the owner, an expiry by the
/// database's clock, and who asked for it). A slot is taken in one statement (a free number inserted, or an expired one
/// taken over); a server that finds none free asks the server holding the most slots for one when that holds at least
/// two more than it (a fair share, without slots going back and forth between equals), and asks again after a pause
/// that grows to <see cref="LongestPause"/>. The holder learns of the request at its next renewal and hands the slot over
/// when the connection's current message is done: the slot's row then names the asker, so that nobody else takes it
/// first. Each server renews its slots every <see cref="RenewalInterval"/> (or quarter of
/// <see cref="PostgreSqlOutboxOptions.LeaseDuration"/>, if shorter) and gives each back when its connection closes; a
/// slot it could not renew for half a lease is revoked (its connection is closed, not reused) before another server can
/// take it over. A server that dies leaves its slots to expire after a lease.
/// </summary>
internal sealed class PostgreSqlConnectionSlots : IMailConnectionSlots, IAsyncDisposable, IDisposable
{
    /// <summary>The first pause before asking again for a slot when none was free.</summary>
    internal static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(20);

    /// <summary>The longest pause between two requests for a slot.</summary>
    internal static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the slots are renewed at most, which is also how soon a holder learns that another server asks for one.</summary>
    internal static readonly TimeSpan RenewalInterval = TimeSpan.FromMilliseconds(250);

    private readonly PostgreSqlDatabase database;
    private readonly string table;
    private readonly TimeSpan lease;
    private readonly TimeProvider time;
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<(string Connection, int Number), Slot> held = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> queues = new(StringComparer.Ordinal);
    private readonly ITimer renewal;
    private int renewing;

    /// <summary>Initializes a new instance of the <see cref="PostgreSqlConnectionSlots"/> class.</summary>
    /// <param name="database">The database (connections, schema).</param>
    /// <param name="options">The lease.</param>
    /// <param name="time">The clock of the renewals and pauses.</param>
    public PostgreSqlConnectionSlots(PostgreSqlDatabase database, IOptions<PostgreSqlOutboxOptions> options, TimeProvider time)
    {
        this.database = database;
        table = database.Schema + ".connection_slots";
        lease = options.Value.LeaseDuration;
        this.time = time;
        var every = lease / 4 < RenewalInterval ? lease / 4 : RenewalInterval;
        renewal = time.CreateTimer(_ => _ = RenewAsync(), null, every, every);
    }

    /// <summary>Gets how many slots this server holds.</summary>
    internal int Held => held.Count;

    /// <inheritdoc />
    public async ValueTask<IMailConnectionSlot> AcquireAsync(string connection, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(connection);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var queue = queues.GetOrAdd(connection, static _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(cancellationToken).ConfigureAwait(false); // one request per connection and server asks the database; the others wait their turn
        try
        {
            var pause = FirstPause;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var taken = time.GetTimestamp();
                if (await TryTakeAsync(connection, limit, CancellationToken.None).ConfigureAwait(false) is { } number) // a statement under way is not cancelled: Npgsql would open a connection to cancel it
                {
                    var slot = new Slot(this, connection, number, taken);
                    held[(connection, number)] = slot;
                    return slot;
                }

                await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
        finally
        {
            queue.Release();
        }
    }

    /// <summary>Gives back every slot this server holds.</summary>
    /// <returns>A task that completes when they are given back (or the database could not be reached: they expire).</returns>
    public async ValueTask DisposeAsync()
    {
        await renewal.DisposeAsync().ConfigureAwait(false);
        if (held.IsEmpty)
        {
            return;
        }

        try
        {
            await using var command = database.DataSource.CreateCommand($"delete from {table} where owner = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = owner });
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or InvalidOperationException)
        {
            // the slots expire after their lease
        }

        held.Clear();
    }

    /// <summary>Stops renewing; the slots still held expire after their lease.</summary>
    public void Dispose() => renewal.Dispose();

    /// <summary>
    /// Takes a slot handed over to this server, or a free slot number below the limit (or an expired one), in one
    /// statement; when none is free, asks for one (see the class). <see langword="null"/> when none was taken.
    /// </summary>
    private async Task<int?> TryTakeAsync(string connection, int limit, CancellationToken cancellationToken)
    {
        // A random free number: servers that ask at once rarely pick the same; the one that loses the race (its insert
        // conflicts with a slot that is not expired) takes nothing and asks again.
        var mine = held.Keys.Where(k => k.Connection == connection).Select(k => k.Number).ToArray();
        await using var command = database.DataSource.CreateCommand($"""
            with handed as (
                select slot from {table} where connection = $1 and owner = $2 and expires >= now() and slot <> all($5) limit 1),
            taken as (
                insert into {table} as s (connection, slot, owner, expires)
                select $1, n, $2, now() + $3 from generate_series(0, $4 - 1) n
                where not exists (select 1 from handed)
                    and not exists (select 1 from {table} c where c.connection = $1 and c.slot = n and c.expires >= now())
                order by random() limit 1
                on conflict (connection, slot) do update set owner = excluded.owner, expires = excluded.expires, wanted_by = null
                    where s.expires < now()
                returning s.slot)
            select slot from handed union all select slot from taken
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = connection });
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = lease });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = mine });
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int number)
        {
            return number;
        }

        await using var ask = database.DataSource.CreateCommand($"""
            update {table} set wanted_by = $2
            where (connection, slot) = (
                select connection, slot from {table}
                where connection = $1 and expires >= now() and owner = (
                    select owner from {table} where connection = $1 and expires >= now() and owner <> $2
                    group by owner having count(*) >= $3 + 2 order by count(*) desc, random() limit 1)
                limit 1)
            and not exists (select 1 from {table} where connection = $1 and expires >= now() and wanted_by is not null)
            """);
        ask.Parameters.Add(new NpgsqlParameter { Value = connection });
        ask.Parameters.Add(new NpgsqlParameter { Value = owner });
        ask.Parameters.Add(new NpgsqlParameter { Value = mine.Length });
        await ask.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Extends the leases of this server's slots; a slot the database no longer holds for this server, not renewed for
    /// half a lease (the database could not be reached), or asked for by another server, is revoked.
    /// </summary>
    private async Task RenewAsync()
    {
        if (held.IsEmpty)
        {
            return;
        }

        if (Interlocked.Exchange(ref renewing, 1) == 0) // unless the last renewal is still under way (the database is slow)
        {
            try
            {
                await RenewHeldAsync().ConfigureAwait(false);
            }
            finally
            {
                Volatile.Write(ref renewing, 0);
            }
        }

        foreach (var slot in held.Values)
        {
            if (time.GetElapsedTime(slot.RenewedAt) >= lease / 2)
            {
                slot.Revoke(); // not renewed for half a lease: another server may take it once it expires
            }
        }
    }

    /// <summary>Renews the slots held now, hands back the unclaimed ones, and revokes the lost or asked-for ones (see <see cref="RenewAsync"/>).</summary>
    private async Task RenewHeldAsync()
    {
        var started = time.GetTimestamp();
        try
        {
            // Only the slots of this snapshot are judged by the answer: one taken while the statement runs is not in it.
            // A slot handed to this server more than a second ago that it did not take (it got another meanwhile, or
            // stopped waiting) is deleted, so that it does not stay unused until it expires.
            var slots = held.ToArray();
            await using var command = database.DataSource.CreateCommand($"""
                with unclaimed as (
                    delete from {table} s where s.owner = $1 and s.expires < now() + $2 - interval '1 second'
                    and not exists (select 1 from unnest($3, $4) h(connection, slot) where h.connection = s.connection and h.slot = s.slot))
                update {table} s set expires = now() + $2 from unnest($3, $4) h(connection, slot)
                where s.connection = h.connection and s.slot = h.slot and s.owner = $1
                returning s.connection, s.slot, s.wanted_by is not null
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = owner });
            command.Parameters.Add(new NpgsqlParameter { Value = lease });
            command.Parameters.Add(new NpgsqlParameter { Value = slots.Select(k => k.Key.Connection).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = slots.Select(k => k.Key.Number).ToArray() });
            var renewed = new Dictionary<(string, int), bool>();
            var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    renewed[(reader.GetString(0), reader.GetInt32(1))] = reader.GetBoolean(2);
                }
            }

            foreach (var (key, slot) in slots)
            {
                if (renewed.TryGetValue(key, out var wanted))
                {
                    slot.Renewed(started);
                    if (wanted)
                    {
                        slot.Revoke(); // another server waits for it: handed over when the connection closes
                    }
                }
                else if (held.TryGetValue(key, out var still) && ReferenceEquals(still, slot))
                {
                    slot.Revoke(); // taken over after it expired, or deleted: not ours any more
                }
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or InvalidOperationException or TimeoutException)
        {
            // the database is unreachable: the slots not renewed for half a lease are revoked by RenewAsync
        }
    }

    /// <summary>Gives back a slot that its connection no longer needs.</summary>
    private async Task ReleaseAsync(Slot slot)
    {
        if (!slot.Release())
        {
            return; // given back already
        }

        try
        {
            // Handed to the server that asked for it, if one did (the two statements exclude each other), or deleted.
            await using var command = database.DataSource.CreateCommand($"""
                with handed as (
                    update {table} set owner = wanted_by, wanted_by = null, expires = now() + $4
                    where connection = $1 and slot = $2 and owner = $3 and wanted_by is not null)
                delete from {table} where connection = $1 and slot = $2 and owner = $3 and wanted_by is null
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = slot.Connection });
            command.Parameters.Add(new NpgsqlParameter { Value = slot.Number });
            command.Parameters.Add(new NpgsqlParameter { Value = owner });
            command.Parameters.Add(new NpgsqlParameter { Value = lease });
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or InvalidOperationException or TimeoutException)
        {
            // the slot expires after its lease
        }
        finally
        {
            // Only now: while the row is being deleted, another request of this server must not take it for one handed over.
            held.TryRemove(new KeyValuePair<(string, int), Slot>((slot.Connection, slot.Number), slot));
        }
    }

    /// <summary>A slot this server holds.</summary>
    private sealed class Slot(PostgreSqlConnectionSlots owner, string connection, int number, long taken) : IMailConnectionSlot
    {
        private readonly CancellationTokenSource revoked = new();
        private long renewedAt = taken;
        private int released;

        public string Connection => connection;

        public int Number => number;

        /// <summary>Gets when the slot was last taken or renewed (a <see cref="TimeProvider"/> timestamp taken before the statement).</summary>
        public long RenewedAt => Volatile.Read(ref renewedAt);

        public CancellationToken Revoked => revoked.Token;

        public void Renewed(long at) => Volatile.Write(ref renewedAt, at);

        public void Revoke() => revoked.Cancel();

        /// <summary>Marks the slot given back; <see langword="false"/> when it was already.</summary>
        public bool Release() => Interlocked.Exchange(ref released, 1) == 0;

        public async ValueTask DisposeAsync() => await owner.ReleaseAsync(this).ConfigureAwait(false);
    }
}
