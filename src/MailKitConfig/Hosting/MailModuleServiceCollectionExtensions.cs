using MailKitConfig;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the mail module in a service collection.</summary>
public static class MailModuleServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail module: <see cref="IMailSender"/>, <see cref="IMailDiagnostics"/>, <see cref="IMailAccountConfigurator"/>, <see cref="IMailOAuth"/>
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
        services.AddOptions<MailOAuthOptions>();
        services.TryAddSingleton<OAuthClient>();
        services.TryAddSingleton<IOAuthTokenStore>(provider => new FileOAuthTokenStore(provider.GetRequiredService<IOptions<MailOAuthOptions>>().Value.TokenDirectory ?? FileOAuthTokenStore.DefaultDirectory));
        services.TryAddSingleton<IMailOAuth, MailOAuth>();
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

    /// <summary>
    /// Configures OAuth sign-in: the host's app registration per provider (the package ships none), the browser, timings.
    /// Register an <see cref="IOAuthTokenStore"/> of your own before <see cref="AddMailModule"/> to keep refresh tokens in
    /// your vault instead of the default <see cref="FileOAuthTokenStore"/>.
    /// </summary>
    /// <param name="builder">The mail module's builder.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder ConfigureOAuth(this IMailModuleBuilder builder, Action<MailOAuthOptions> configure)
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
