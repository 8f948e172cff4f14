using MailKitConfig;
using MailKitConfig.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses PostgreSQL as the outbox's store.</summary>
public static class PostgreSqlOutboxModuleExtensions
{
    /// <summary>
    /// Adds the outbox (<see cref="IMailOutbox"/>) kept in a PostgreSQL database, shared by every application server
    /// that uses the same database: each message is sent once, by one server. The schema is created or migrated by the
    /// first operation.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddMailModule</c>.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Changes the PostgreSQL options (schema, lease); optional.</param>
    /// <param name="outbox">Changes the outbox options (retries, maximum age, accounts); optional.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder UsePostgreSqlOutbox(this IMailModuleBuilder builder, string connectionString, Action<PostgreSqlOutboxOptions>? configure = null, Action<MailOutboxOptions>? outbox = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.AddOptions<PostgreSqlOutboxOptions>()
            .Configure(o => o.ConnectionString = connectionString)
            .Configure(o => configure?.Invoke(o))
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(3), $"{nameof(PostgreSqlOutboxOptions.LeaseDuration)} must be at least 3 seconds.")
            .Validate(o => PostgreSqlSchemaName.IsValid(o.Schema), $"{nameof(PostgreSqlOutboxOptions.Schema)} must be a plain lower-case identifier.")
            .ValidateOnStart();
        builder.Services.Replace(ServiceDescriptor.Singleton<IMailOutboxStore, PostgreSqlOutboxStore>());
        return builder.AddOutbox(outbox);
    }
}
