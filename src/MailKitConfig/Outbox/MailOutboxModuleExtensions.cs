using MailKitConfig;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the durable outbox to the mail module.</summary>
public static class MailOutboxModuleExtensions
{
    /// <summary>
    /// Adds <see cref="IMailOutbox"/>, by default with a spool directory on this machine
    /// (<see cref="MailOutboxOptions.SpoolDirectory"/>); <c>UsePostgreSqlOutbox</c> of the MailKitConfig.PostgreSql
    /// package shares it between several servers instead.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddMailModule</c>.</param>
    /// <param name="configure">Changes the options; applied in order with earlier calls.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder AddOutbox(this IMailModuleBuilder builder, Action<MailOutboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<MailOutboxOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOutboxOptions>, MailOutboxOptionsValidator>());
        services.TryAddSingleton<IMailOutboxStore, SpoolOutboxStore>();
        services.TryAddSingleton<MailOutbox>();
        services.TryAddSingleton<IMailOutbox>(provider => provider.GetRequiredService<MailOutbox>());
        return builder;
    }
}
