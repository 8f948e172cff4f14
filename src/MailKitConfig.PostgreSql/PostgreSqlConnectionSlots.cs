using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MailKitConfig.PostgreSql;

/// <summary>
/// The SMTP connection limit shared by the application servers of one database: a row per open connection in
/// <c>connection_slots</c> (its connection's name, a slot number below the limit, the owner, an expiry by the
/// database's clock). A slot is taken in one statement (a free number inserted, or an expired one taken over); a server
/// that finds none free asks again after a pause that grows to <see cref="LongestPause"/>. The owner renews its slots
/// every quarter of <see cref="PostgreSqlOutboxOptions.LeaseDuration"/> and deletes each when its connection closes; a
/// slot it could not renew for half a lease is lost (its connection is closed, not reused), before another server can
/// take it over. A server that dies leaves its slots to expire after a lease.
/// </summary>
internal sealed class PostgreSqlConnectionSlots : IMailConnectionSlots, IAsyncDisposable, IDisposable
{
    /// <summary>The first pause before asking again for a slot when none was free.</summary>
    internal static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(20);

    /// <summary>The longest pause between two requests for a slot.</summary>
    internal static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(500);

    private readonly PostgreSqlDatabase database;
    private readonly string table;
    private readonly TimeSpan lease;
    private readonly TimeProvider time;
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<(string Connection, int Number), Slot> held = new();
    private readonly ITimer renewal;

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
        renewal = time.CreateTimer(_ => _ = RenewAsync(), null, lease / 4, lease / 4);
    }

    /// <summary>Gets how many slots this server holds.</summary>
    internal int Held => held.Count;

    /// <inheritdoc />
    public async ValueTask<IMailConnectionSlot> AcquireAsync(string connection, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(connection);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var pause = FirstPause;
        while (true)
        {
            var taken = time.GetTimestamp();
            if (await TryTakeAsync(connection, limit, cancellationToken).ConfigureAwait(false) is { } number)
            {
                var slot = new Slot(this, connection, number, taken);
                held[(connection, number)] = slot;
                return slot;
            }

            await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
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

    /// <summary>Takes a free slot number below the limit (or an expired one) in one statement; <see langword="null"/> when none is free.</summary>
    private async Task<int?> TryTakeAsync(string connection, int limit, CancellationToken cancellationToken)
    {
        // A random free number: servers that ask at once rarely pick the same; the one that loses the race (its insert
        // conflicts with a slot that is not expired) takes nothing and asks again.
        await using var command = database.DataSource.CreateCommand($"""
            insert into {table} as s (connection, slot, owner, expires)
            select $1, n, $2, now() + $3 from generate_series(0, $4 - 1) n
            where not exists (select 1 from {table} c where c.connection = $1 and c.slot = n and c.expires >= now())
            order by random() limit 1
            on conflict (connection, slot) do update set owner = excluded.owner, expires = excluded.expires where s.expires < now()
            returning s.slot
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = connection });
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = lease });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int number ? number : null;
    }

    /// <summary>
    /// Extends the leases of this server's slots; a slot the database no longer holds for this server, or not renewed
    /// for half a lease (the database could not be reached), is lost.
    /// </summary>
    private async Task RenewAsync()
    {
        if (held.IsEmpty)
        {
            return;
        }

        var started = time.GetTimestamp();
        try
        {
            await using var command = database.DataSource.CreateCommand($"update {table} set expires = now() + $2 where owner = $1 returning connection, slot");
            command.Parameters.Add(new NpgsqlParameter { Value = owner });
            command.Parameters.Add(new NpgsqlParameter { Value = lease });
            var renewed = new HashSet<(string, int)>();
            var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    renewed.Add((reader.GetString(0), reader.GetInt32(1)));
                }
            }

            foreach (var (key, slot) in held)
            {
                if (renewed.Contains(key))
                {
                    slot.Renewed(started);
                }
                else if (slot.RenewedAt < started)
                {
                    slot.Lose(); // taken over after it expired, or deleted: not ours any more
                }
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or InvalidOperationException or TimeoutException)
        {
            // the database is unreachable: the slots not renewed for half a lease are lost below
        }

        foreach (var slot in held.Values)
        {
            if (time.GetElapsedTime(slot.RenewedAt) >= lease / 2)
            {
                slot.Lose();
            }
        }
    }

    /// <summary>Deletes a slot that its connection no longer needs.</summary>
    private async Task ReleaseAsync(Slot slot)
    {
        if (!held.TryRemove(new KeyValuePair<(string, int), Slot>((slot.Connection, slot.Number), slot)))
        {
            return;
        }

        try
        {
            await using var command = database.DataSource.CreateCommand($"delete from {table} where connection = $1 and slot = $2 and owner = $3");
            command.Parameters.Add(new NpgsqlParameter { Value = slot.Connection });
            command.Parameters.Add(new NpgsqlParameter { Value = slot.Number });
            command.Parameters.Add(new NpgsqlParameter { Value = owner });
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or InvalidOperationException or TimeoutException)
        {
            // the slot expires after its lease
        }
    }

    /// <summary>A slot this server holds.</summary>
    private sealed class Slot(PostgreSqlConnectionSlots owner, string connection, int number, long taken) : IMailConnectionSlot
    {
        private readonly CancellationTokenSource lost = new();
        private long renewedAt = taken;

        public string Connection => connection;

        public int Number => number;

        /// <summary>Gets when the slot was last taken or renewed (a <see cref="TimeProvider"/> timestamp taken before the statement).</summary>
        public long RenewedAt => Volatile.Read(ref renewedAt);

        public CancellationToken Lost => lost.Token;

        public void Renewed(long at) => Volatile.Write(ref renewedAt, at);

        public void Lose() => lost.Cancel();

        public async ValueTask DisposeAsync() => await owner.ReleaseAsync(this).ConfigureAwait(false);
    }
}
