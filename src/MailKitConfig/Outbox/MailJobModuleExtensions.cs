using MailKitConfig;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the scheduled "send and receive mail" job to the mail module.</summary>
public static class MailJobModuleExtensions
{
    /// <summary>
    /// Adds the job (<see cref="IMailJob"/>, run by the host as a background service) and the outbox it sends from
    /// (<see cref="IMailOutbox"/>, added with its defaults unless added before). It receives with <see cref="IMailReceiver"/>
    /// for accounts that receive when <see cref="MailJobOptions.Handlers"/> has a handler.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddMailModule</c>.</param>
    /// <param name="configure">Changes the options; applied in order with earlier calls.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder AddMailJob(this IMailModuleBuilder builder, Action<MailJobOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddOutbox();
        var options = services.AddOptions<MailJobOptions>()
            .Validate(o => o.Interval >= TimeSpan.FromSeconds(1) && o.Interval <= TimeSpan.FromDays(1), $"{nameof(MailJobOptions)}.{nameof(MailJobOptions.Interval)} must be between 1 second and 1 day.")
            .Validate(o => o.Accounts.All(a => a.Validate().Count == 0), $"{nameof(MailJobOptions)}.{nameof(MailJobOptions.Accounts)} must be valid account settings.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IMailJobReceiver, MailJobReceiveStep>();
        services.TryAddSingleton<MailJobService>();
        services.TryAddSingleton<IMailJob>(provider => provider.GetRequiredService<MailJobService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MailJobService>(provider => provider.GetRequiredService<MailJobService>()));
        return builder;
    }
}
