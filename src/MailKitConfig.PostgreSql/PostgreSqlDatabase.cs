using Microsoft.Extensions.Options;
using Npgsql;

namespace MailKitConfig.PostgreSql;

/// <summary>
/// The database the package's stores share in one process: one Npgsql data source (one connection pool) and the
/// schema, created or migrated once by the first operation of any of them. The stores' statements leave no state in a
/// session (no settings, temporary tables or session locks), so their connections go back to the pool without the
/// reset Npgsql otherwise sends with the next command each time (<c>RESET ALL</c>, <c>pg_advisory_unlock_all()</c> and
/// five more statements). The receive locks, which are session state, have a pool of their own that keeps the reset.
/// </summary>
internal sealed class PostgreSqlDatabase : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim migration = new(1, 1);
    private volatile bool migrated;

    /// <summary>Initializes a new instance of the <see cref="PostgreSqlDatabase"/> class.</summary>
    /// <param name="options">The connection string and schema.</param>
    public PostgreSqlDatabase(IOptions<PostgreSqlOutboxOptions> options)
    {
        var value = options.Value;
        Schema = PostgreSqlSchema.CheckName(value.Schema);
        var builder = new NpgsqlDataSourceBuilder(value.ConnectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            // The stores run a handful of statements over and over: prepared once per connection, the server parses
            // and plans them once instead of per message (unless the connection string chose otherwise).
            builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
        }

        var locks = new NpgsqlDataSourceBuilder(value.ConnectionString);
        locks.ConnectionStringBuilder.NoResetOnClose = false;
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        DataSource = builder.Build();
        LockDataSource = locks.Build();
    }

    /// <summary>Gets the schema of the package's tables (a checked plain identifier).</summary>
    public string Schema { get; }

    /// <summary>Gets the connections of the stores.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Gets the connections that hold session-level locks (reset when they go back to their pool, which releases any lock left).</summary>
    public NpgsqlDataSource LockDataSource { get; }

    /// <summary>Creates or migrates the schema once per process.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (migrated)
        {
            return;
        }

        await migration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!migrated)
            {
                await PostgreSqlSchema.MigrateAsync(DataSource, Schema, cancellationToken).ConfigureAwait(false);
                migrated = true;
            }
        }
        finally
        {
            migration.Release();
        }
    }

    /// <summary>Closes the connections.</summary>
    /// <returns>A task that completes when they are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        await LockDataSource.DisposeAsync().ConfigureAwait(false);
        migration.Dispose();
    }

    /// <summary>Closes the connections without waiting.</summary>
    public void Dispose()
    {
        DataSource.Dispose();
        LockDataSource.Dispose();
        migration.Dispose();
    }
}
