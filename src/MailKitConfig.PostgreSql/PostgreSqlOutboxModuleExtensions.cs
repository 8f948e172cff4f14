using MailKitConfig;
using MailKitConfig.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses PostgreSQL as the store of the outbox and of the receive state, shared by several application servers.</summary>
public static class PostgreSqlOutboxModuleExtensions
{
    /// <summary>
    /// Adds the outbox (<see cref="IMailOutbox"/>) kept in a PostgreSQL database, shared by every application server
    /// that uses the same database: each message is sent once, by one server. The servers also share the SMTP
    /// connection limit (<see cref="IMailConnectionSlots"/>): <see cref="MailSendingOptions.MaxConnectionsPerAccount"/>
    /// (or a provider's lower limit) counts the connections of all of them together, so that a provider that refuses
    /// more connections sees a send wait for a slot instead. The schema is created or migrated by the first operation.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddMailModule</c>.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Changes the PostgreSQL options (schema, lease); optional.</param>
    /// <param name="outbox">Changes the outbox options (retries, maximum age, accounts); optional.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder UsePostgreSqlOutbox(this IMailModuleBuilder builder, string connectionString, Action<PostgreSqlOutboxOptions>? configure = null, Action<MailOutboxOptions>? outbox = null)
    {
        AddDatabase(builder, connectionString, configure);
        builder.Services.Replace(ServiceDescriptor.Singleton<IMailOutboxStore, PostgreSqlOutboxStore>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IMailConnectionSlots, PostgreSqlConnectionSlots>());
        return builder.AddOutbox(outbox);
    }

    /// <summary>
    /// Keeps the receive state of every mailbox (<see cref="IMailReceiveStateStore"/>) in a PostgreSQL database, and
    /// makes the job's receiving for an account exclusive among the application servers that share it
    /// (<see cref="IMailReceiveLock"/>, a PostgreSQL advisory lock per account): one server at a time receives for an
    /// account, and the next one continues where it stopped.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddMailModule</c>.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Changes the PostgreSQL options (schema, lock check); optional.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder UsePostgreSqlReceiveState(this IMailModuleBuilder builder, string connectionString, Action<PostgreSqlOutboxOptions>? configure = null)
    {
        AddDatabase(builder, connectionString, configure);
        builder.Services.Replace(ServiceDescriptor.Singleton<IMailReceiveStateStore, PostgreSqlReceiveStateStore>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IMailReceiveLock, PostgreSqlReceiveLock>());
        return builder;
    }

    /// <summary>
    /// Keeps everything several application servers must share in one PostgreSQL database: the outbox
    /// (<see cref="UsePostgreSqlOutbox"/>), the receive state and the receive locks (<see cref="UsePostgreSqlReceiveState"/>),
    /// in one schema with one version.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddMailModule</c>.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Changes the PostgreSQL options; optional.</param>
    /// <param name="outbox">Changes the outbox options; optional.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder UsePostgreSql(this IMailModuleBuilder builder, string connectionString, Action<PostgreSqlOutboxOptions>? configure = null, Action<MailOutboxOptions>? outbox = null)
        => builder.UsePostgreSqlReceiveState(connectionString, configure).UsePostgreSqlOutbox(connectionString, configure, outbox);

    private static void AddDatabase(IMailModuleBuilder builder, string connectionString, Action<PostgreSqlOutboxOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.AddOptions<PostgreSqlOutboxOptions>()
            .Configure(o => o.ConnectionString = connectionString)
            .Configure(o => configure?.Invoke(o))
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(1), $"{nameof(PostgreSqlOutboxOptions.LeaseDuration)} must be at least 1 second.")
            .Validate(o => o.MemoryContentLimit is >= 4096 and <= 64 * 1024 * 1024, $"{nameof(PostgreSqlOutboxOptions.MemoryContentLimit)} must be between 4 KiB and 64 MiB.")
            .Validate(o => o.ReceiveLockCheckInterval >= TimeSpan.FromSeconds(1), $"{nameof(PostgreSqlOutboxOptions.ReceiveLockCheckInterval)} must be at least 1 second.")
            .Validate(o => PostgreSqlSchemaName.IsValid(o.Schema), $"{nameof(PostgreSqlOutboxOptions.Schema)} must be a plain lower-case identifier.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<PostgreSqlDatabase>();
    }
}
