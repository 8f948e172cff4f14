using MailKitConfig;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the mail module in a service collection.</summary>
public static class MailModuleServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail module: <see cref="IMailSender"/>, <see cref="IMailReceiver"/>, <see cref="IMailDiagnostics"/>, <see cref="IMailAccountConfigurator"/>
    /// and their options, validated when the host starts.
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
        services.AddOptions<MailSendingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailSendingOptions>, MailSendingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailConnectionFactory>();
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        services.TryAddSingleton<IMailDiagnostics, MailDiagnostics>();
        services.AddOptions<MailDiscoveryOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailDiscoveryOptions>, MailDiscoveryOptionsValidator>());
        services.TryAddSingleton<DiscoveryNetwork>();
        services.TryAddSingleton<IMailAccountConfigurator, MailAccountConfigurator>();
        services.AddOptions<MailReceivingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailReceivingOptions>, MailReceivingOptionsValidator>());
        services.TryAddSingleton<IMailReceiveStateStore>(provider => new FileMailReceiveStateStore(provider.GetRequiredService<IOptions<MailReceivingOptions>>().Value.StateDirectory));
        services.TryAddSingleton<IMailReceiver, MailReceiver>();
        return new MailModuleBuilder(services);
    }

    /// <summary>Configures sending: the system account, retries, connection pooling and the sending rate.</summary>
    /// <param name="builder">The builder returned by <see cref="AddMailModule"/>.</param>
    /// <param name="configure">Changes the options; applied in order with earlier calls.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder ConfigureSending(this IMailModuleBuilder builder, Action<MailSendingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Configures receiving: batches, large messages, handler failures, the state directory and the timing of watching.</summary>
    /// <param name="builder">The mail module's builder.</param>
    /// <param name="configure">Changes the options; applied in order with earlier calls.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>Register an <see cref="IMailReceiveStateStore"/> of your own before <c>AddMailModule</c> to keep the state elsewhere.</remarks>
    public static IMailModuleBuilder ConfigureReceiving(this IMailModuleBuilder builder, Action<MailReceivingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Configures how the account configurator discovers settings (deadline, DNS, HTTP, ISPDB, safety rules).</summary>
    /// <param name="builder">The mail module's builder.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder ConfigureDiscovery(this IMailModuleBuilder builder, Action<MailDiscoveryOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }
}
