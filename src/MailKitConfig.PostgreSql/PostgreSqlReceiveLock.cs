using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MailKitConfig.PostgreSql;

/// <summary>
/// The job's receive lease per account as a PostgreSQL session-level advisory lock, taken with
/// <c>pg_try_advisory_lock</c> on a connection of its own (from the database's lock pool, which resets a session before
/// reusing it) that stays open while the account is received. The lock's key is a stable 64-bit hash of the schema and
/// the account's address, so every server computes the same one. When the holder dies its connection closes and
/// PostgreSQL releases the lock at once; a holder whose connection broke notices it within
/// <see cref="PostgreSqlOutboxOptions.ReceiveLockCheckInterval"/> and stops receiving.
/// </summary>
/// <param name="database">The database (connections, schema).</param>
/// <param name="options">The check interval.</param>
/// <param name="time">The clock of the checks.</param>
internal sealed class PostgreSqlReceiveLock(PostgreSqlDatabase database, IOptions<PostgreSqlOutboxOptions> options, TimeProvider time) : IMailReceiveLock
{
    /// <inheritdoc />
    public async Task<IMailReceiveLease?> TryAcquireAsync(string account, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(account);
        var key = KeyOf(database.Schema, account);
        var connection = await database.LockDataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                return new Lease(connection, key, time, options.Value.ReceiveLockCheckInterval);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>Computes the lock's key: the first 8 bytes of SHA-256 over the schema and the address in upper case (addresses compare without case here, as in the outbox).</summary>
    /// <param name="schema">The package's schema (two applications with their own schemas in one database do not share locks).</param>
    /// <param name="account">The account's address.</param>
    /// <returns>The key.</returns>
    internal static long KeyOf(string schema, string account)
        => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"MailKitConfig receive lock\n{schema}\n{account.ToUpperInvariant()}")));

    /// <summary>A held lock: its connection, checked periodically.</summary>
    private sealed class Lease : IMailReceiveLease
    {
        private readonly NpgsqlConnection connection;
        private readonly long key;
        private readonly CancellationTokenSource lost = new();
        private readonly SemaphoreSlim use = new(1, 1);
        private readonly ITimer check;
        private bool disposed;

        public Lease(NpgsqlConnection connection, long key, TimeProvider time, TimeSpan interval)
        {
            this.connection = connection;
            this.key = key;
            Lost = lost.Token;
            check = time.CreateTimer(_ => _ = CheckAsync(), null, interval, interval);
        }

        public CancellationToken Lost { get; }

        public async ValueTask DisposeAsync()
        {
            await check.DisposeAsync().ConfigureAwait(false);
            await use.WaitAsync().ConfigureAwait(false);
            try
            {
                if (disposed)
                {
                    return;
                }

                disposed = true;
                if (!lost.IsCancellationRequested)
                {
                    await using var unlock = new NpgsqlCommand("select pg_advisory_unlock($1)", connection);
                    unlock.Parameters.Add(new NpgsqlParameter { Value = key });
                    await unlock.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // the connection broke: PostgreSQL released the lock with the session
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                use.Release();
                lost.Dispose();
            }
        }

        /// <summary>Asks the session that holds the lock whether it is alive; when it is not, the lock is gone.</summary>
        private async Task CheckAsync()
        {
            if (!await use.WaitAsync(0).ConfigureAwait(false))
            {
                return; // being released
            }

            try
            {
                if (disposed)
                {
                    return;
                }

                await using var ping = new NpgsqlCommand("select 1", connection);
                await ping.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                await lost.CancelAsync().ConfigureAwait(false);
            }
            finally
            {
                use.Release();
            }
        }
    }
}
