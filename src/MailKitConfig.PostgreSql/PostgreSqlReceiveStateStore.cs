using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace MailKitConfig.PostgreSql;

/// <summary>
/// Keeps each mailbox's receive state as one row (JSON in <c>jsonb</c>) of <c>&lt;schema&gt;.receive_state</c>, so that
/// every application server that receives for an account continues where the last one stopped. A save is one
/// statement, committed before it returns: the old state or the new one, never a mix.
/// </summary>
/// <param name="database">The database (connections, schema).</param>
internal sealed class PostgreSqlReceiveStateStore(PostgreSqlDatabase database) : IMailReceiveStateStore
{
    private readonly string table = database.Schema + ".receive_state";

    /// <inheritdoc />
    public async Task<MailReceiveState?> LoadAsync(string mailbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        await database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = database.DataSource.CreateCommand($"select state::text from {table} where mailbox = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = mailbox });
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json)
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize(json, MailReceiveState.JsonTypeInfo);
            return state is not null && state.Mailbox == mailbox ? state
                : throw new InvalidDataException($"The receive state row in {table} belongs to another mailbox.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"A receive state row in {table} is not valid: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(string mailbox, MailReceiveState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(state);
        await database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        state.Mailbox = mailbox;
        await using var command = database.DataSource.CreateCommand($"""
            insert into {table} (mailbox, state, updated) values ($1, $2, now())
            on conflict (mailbox) do update set state = excluded.state, updated = excluded.updated
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = mailbox });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(state, MailReceiveState.JsonTypeInfo), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
