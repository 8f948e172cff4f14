using MailKitConfig;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds mail health checks to <c>services.AddHealthChecks()</c>.</summary>
public static class MailHealthCheckBuilderExtensions
{
    /// <summary>The default time bound of a mail health check.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds a health check of a named account (the default account when <paramref name="account"/> is null): the settings
    /// check of its servers, bounded by <paramref name="timeout"/>, never sending mail. It logs in, so poll it minutes
    /// apart rather than seconds (providers lock accounts that log in too often).
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="account">The account's name; <see langword="null"/> for the default account.</param>
    /// <param name="name">The check's name; default <c>mail</c> or <c>mail:&lt;account&gt;</c>.</param>
    /// <param name="failureStatus">The status when a step fails; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags of the check.</param>
    /// <param name="timeout">The time bound; default 30 s.</param>
    /// <returns>The same builder.</returns>
    public static IHealthChecksBuilder AddMailHealthChecks(this IHealthChecksBuilder builder, string? account = null, string? name = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var bound = timeout ?? DefaultTimeout;
        return builder.Add(new HealthCheckRegistration(
            name ?? (account is null ? "mail" : "mail:" + account),
            services => new MailHealthCheck(services.GetRequiredService<IMailAccounts>(), services.GetRequiredService<IMailDiagnostics>(), account, bound, services.GetService<TimeProvider>() ?? TimeProvider.System, services.GetRequiredService<ILogger<MailHealthCheck>>()),
            failureStatus,
            tags,
            bound + TimeSpan.FromSeconds(1)));
    }
}
