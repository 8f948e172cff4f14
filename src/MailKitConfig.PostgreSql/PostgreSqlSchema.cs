using Npgsql;

namespace MailKitConfig.PostgreSql;

/// <summary>
/// Creates and migrates the package's tables (the outbox, version 1; the receive state, version 2; the outbox's queue
/// indexed in claim order, version 3, so that a claim reads the rows it takes instead of sorting every due one; the
/// slots of the connection limit shared by the servers, version 4):
/// numbered migrations applied in order, each once, under a transaction-scoped
/// advisory lock so that servers starting together do not race. Idempotent: a database already at the newest version is
/// left alone.
/// </summary>
internal static class PostgreSqlSchema
{
    /// <summary>The key of the advisory lock held while migrating ("MKCS" as a number).</summary>
    private const long MigrationLock = 0x4D4B4353;

    /// <summary>The migrations, in order; the version of a database is the number of migrations applied. Never change one that shipped: add another.</summary>
    private static readonly string[] Migrations =
    [
        """
        create table {0}.outbox (
            id text primary key,
            account text not null,
            message_id text not null,
            recipients text[] not null,
            created timestamptz not null,
            status text not null,
            attempts integer not null default 0,
            next_attempt timestamptz,
            completed timestamptz,
            transfer_in_progress boolean not null default false,
            lease_owner text,
            lease_expires timestamptz,
            server_response text,
            failure_kind text,
            failure_transient boolean,
            failure_protocol text,
            failure_stage text,
            failure_message text,
            failure_reply text,
            failure_host text,
            failure_port integer,
            failure_wait interval,
            size bigint not null,
            content bytea not null
        );
        create index outbox_due on {0}.outbox (account, next_attempt, id) where status = 'Queued';
        create index outbox_leases on {0}.outbox (lease_expires) where status = 'Sending';
        create index outbox_completed on {0}.outbox (completed) where completed is not null;
        """,
        """
        create table {0}.receive_state (
            mailbox text primary key,
            state jsonb not null,
            updated timestamptz not null
        );
        """,
        """
        drop index if exists {0}.outbox_due;
        create index if not exists outbox_queued on {0}.outbox (account, id) where status = 'Queued';
        """,
        """
        create table if not exists {0}.connection_slots (
            connection text not null,
            slot integer not null,
            owner text not null,
            expires timestamptz not null,
            primary key (connection, slot)
        );
        """,
    ];

    /// <summary>Gets the newest version.</summary>
    public static int Version => Migrations.Length;

    /// <summary>Brings the schema to the newest version.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="schema">The schema name (a plain identifier).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The version found before migrating.</returns>
    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, $"select pg_advisory_xact_lock({MigrationLock})", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, $"create schema if not exists {schema}; create table if not exists {schema}.schema_version (version integer not null); insert into {schema}.schema_version select 0 where not exists (select 1 from {schema}.schema_version)", cancellationToken).ConfigureAwait(false);
                int found;
                await using (var read = new NpgsqlCommand($"select version from {schema}.schema_version", connection))
                {
                    found = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }

                if (found > Version)
                {
                    throw new InvalidOperationException($"The database schema {schema} is at version {found}, newer than this MailKitConfig.PostgreSql knows ({Version}); update the package.");
                }

                for (var next = found; next < Version; next++)
                {
                    await ExecuteAsync(connection, string.Format(System.Globalization.CultureInfo.InvariantCulture, Migrations[next], schema), cancellationToken).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, $"update {schema}.schema_version set version = {Version}", cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return found;
            }
        }
    }

    /// <summary>Checks a schema name: a plain lower-case identifier, since it is written into SQL text.</summary>
    /// <param name="schema">The name.</param>
    /// <returns>The name.</returns>
    public static string CheckName(string schema)
        => PostgreSqlSchemaName.IsValid(schema)
            ? schema
            : throw new ArgumentException($"The schema name '{schema}' must be a plain lower-case identifier (letters, digits, underscores; at most 63 characters; not starting with pg_, which PostgreSQL reserves).", nameof(schema));

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The rule for schema names.</summary>
internal static class PostgreSqlSchemaName
{
    /// <summary>Returns whether a name is a plain lower-case identifier (it is written into SQL text) that PostgreSQL accepts for a new schema (not <c>pg_…</c>, which it reserves).</summary>
    /// <param name="schema">The name.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(string? schema)
        => schema is { Length: > 0 and <= 63 } && char.IsAsciiLetterLower(schema[0]) && schema.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            && !schema.StartsWith("pg_", StringComparison.Ordinal);
}
