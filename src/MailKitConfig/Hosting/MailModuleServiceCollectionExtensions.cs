using MailKitConfig;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the mail module in a service collection.</summary>
public static class MailModuleServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail module: <see cref="IMailSender"/>, <see cref="IMailDiagnostics"/> and the connection options, validated when the host starts.
    /// Calling it more than once adds nothing twice; each <paramref name="configureConnections"/> is applied in order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configureConnections">Configures timeouts, certificate trust and the SMTP client name; optional.</param>
    /// <returns>A builder for further configuration of the module.</returns>
    public static IMailModuleBuilder AddMailModule(this IServiceCollection services, Action<MailConnectionOptions>? configureConnections = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MailConnectionOptions>().ValidateOnStart();
        if (configureConnections is not null)
        {
            options.Configure(configureConnections);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailConnectionOptions>, MailConnectionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailConnectionFactory>();
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        services.TryAddSingleton<IMailDiagnostics, MailDiagnostics>();
        return new MailModuleBuilder(services);
    }
}
