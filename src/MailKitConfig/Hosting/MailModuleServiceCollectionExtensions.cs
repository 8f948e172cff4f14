using System.Diagnostics.CodeAnalysis;
using MailKitConfig;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the mail module in a service collection.</summary>
public static class MailModuleServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail module: <see cref="IMailSender"/>, <see cref="IMailReceiver"/>, <see cref="IMailDiagnostics"/>, <see cref="IMailAccountConfigurator"/>, <see cref="IMailOAuth"/>
    /// and their options, validated when the host starts.
    /// Calling it more than once adds nothing twice; each <paramref name="configureConnections"/> is applied in order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configureConnections">Configures timeouts, certificate trust and the SMTP client name; optional.</param>
    /// <returns>A builder for further configuration of the module.</returns>
    public static IMailModuleBuilder AddMailModule(this IServiceCollection services, Action<MailConnectionOptions>? configureConnections = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services);
        if (configureConnections is not null)
        {
            services.Configure(configureConnections);
        }

        return new MailModuleBuilder(services);
    }

    /// <summary>
    /// Adds the mail module configured from a configuration section, usually <c>builder.Configuration.GetSection("Mail")</c>:
    /// <c>Connections</c>, <c>Discovery</c>, <c>Sending</c> and <c>OAuth</c> (their options), <c>Accounts:&lt;name&gt;</c> (named accounts,
    /// <see cref="MailAccountOptions"/>) and <c>DefaultAccount</c> (the account <see cref="IMailSender.SendAsync(OutgoingMessage, CancellationToken)"/> uses).
    /// Every value is checked when the host starts; a failure names its key, e.g. <c>Mail:Accounts:system:Smtp:Port</c>.
    /// Adding the same section again adds nothing; <paramref name="configureConnections"/> is applied after the configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The module's configuration section.</param>
    /// <param name="configureConnections">Changes the connection options after the configuration is read; optional.</param>
    /// <returns>A builder for further configuration of the module.</returns>
    public static IMailModuleBuilder AddMailModule(this IServiceCollection services, IConfiguration configuration, Action<MailConnectionOptions>? configureConnections = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services);
        if (!services.Any(d => d.ImplementationInstance is MailConfigurationSource source && ReferenceEquals(source.Configuration, configuration)))
        {
            services.AddSingleton(new MailConfigurationSource(configuration));
            AddConfiguration(services, configuration);
        }

        if (configureConnections is not null)
        {
            services.Configure(configureConnections);
        }

        return new MailModuleBuilder(services);
    }

    /// <summary>
    /// Adds a named account described in code; <see cref="IMailAccounts.GetAsync"/> returns it, and with
    /// <paramref name="isDefault"/> it is the account messages are sent from when none is named. Checked at start.
    /// </summary>
    /// <param name="builder">The mail module's builder.</param>
    /// <param name="name">The account's name, e.g. <c>system</c>.</param>
    /// <param name="configure">Describes the account; applied after its configuration section, if there is one.</param>
    /// <param name="isDefault">Whether this is the default account for sending.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder AddAccount(this IMailModuleBuilder builder, string name, Action<MailAccountOptions> configure, bool isDefault = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddSingleton(new MailAccountRegistration(name, $"AddAccount(\"{name}\")", null));
        builder.Services.AddOptions<MailAccountOptions>(name).Configure(configure).ValidateOnStart();
        if (isDefault)
        {
            builder.Services.Configure<MailAccountCatalogOptions>(o => (o.DefaultAccount, o.DefaultAccountKey) = (name, $"AddAccount(\"{name}\", isDefault: true)"));
        }

        return builder;
    }

    /// <summary>Adds a factory of accounts created at run time (a tenant's mailbox), asked after the configured accounts.</summary>
    /// <typeparam name="TFactory">The factory, created by the container.</typeparam>
    /// <param name="builder">The mail module's builder.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder AddAccountFactory<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TFactory>(this IMailModuleBuilder builder)
        where TFactory : class, IMailAccountFactory
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMailAccountFactory, TFactory>());
        return builder;
    }

    /// <summary>Adds a source of credentials (a vault, a secrets service, an OAuth token store) for accounts without a configured secret.</summary>
    /// <typeparam name="TProvider">The provider, created by the container.</typeparam>
    /// <param name="builder">The mail module's builder.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder AddCredentialProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>(this IMailModuleBuilder builder)
        where TProvider : class, IMailCredentialProvider
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMailCredentialProvider, TProvider>());
        return builder;
    }

    /// <summary>
    /// Adds the administrator digest: an <see cref="Microsoft.Extensions.Logging.ILoggerProvider"/> that mails the log records at or
    /// above <see cref="MailDigestOptions.MinimumLevel"/> (critical by default) to <see cref="MailDigestOptions.To"/>
    /// as one digest per <see cref="MailDigestOptions.Interval"/>. Its options are checked at start.
    /// </summary>
    /// <param name="builder">The mail module's builder.</param>
    /// <param name="configure">Sets the administrator's address and the other options.</param>
    /// <returns>The same builder.</returns>
    public static IMailModuleBuilder AddAdministratorDigest(this IMailModuleBuilder builder, Action<MailDigestOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<MailDigestOptions>().Configure(configure).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailDigestOptions>, MailDigestOptionsValidator>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Logging.ILoggerProvider, MailDigestLoggerProvider>());
        return builder;
    }

    private static void AddConfiguration(IServiceCollection services, IConfiguration configuration)
    {
        var path = MailConfigurationReader.PathOf(configuration);
        var connections = configuration.GetSection("Connections");
        var discovery = configuration.GetSection("Discovery");
        var sending = configuration.GetSection("Sending");
        services.Configure<MailConnectionOptions>(o => MailConfigurationReader.ReadConnections(connections, o, []));
        services.Configure<MailDiscoveryOptions>(o => MailConfigurationReader.ReadDiscovery(discovery, o, []));
        services.Configure<MailSendingOptions>(o => MailConfigurationReader.ReadSending(sending, o, []));
        services.AddSingleton<IValidateOptions<MailConnectionOptions>>(new MailConfigurationErrors<MailConnectionOptions>(e => MailConfigurationReader.ReadConnections(connections, new(), e)));
        services.AddSingleton<IValidateOptions<MailDiscoveryOptions>>(new MailConfigurationErrors<MailDiscoveryOptions>(e => MailConfigurationReader.ReadDiscovery(discovery, new(), e)));
        services.AddSingleton<IValidateOptions<MailSendingOptions>>(new MailConfigurationErrors<MailSendingOptions>(e => MailConfigurationReader.ReadSending(sending, new(), e)));
        var oauth = configuration.GetSection("OAuth");
        services.Configure<MailOAuthOptions>(o => MailConfigurationReader.ReadOAuth(oauth, o, []));
        services.AddOptions<MailOAuthOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOAuthOptions>>(new MailConfigurationErrors<MailOAuthOptions>(e => MailConfigurationReader.ReadOAuth(oauth, new(), e)));
        foreach (var account in configuration.GetSection("Accounts").GetChildren())
        {
            services.AddSingleton(new MailAccountRegistration(account.Key, account.Path, account));
            services.AddOptions<MailAccountOptions>(account.Key).Configure(o => MailConfigurationReader.ReadAccount(account, o, [])).ValidateOnStart();
        }

        if (configuration["DefaultAccount"] is { Length: > 0 } chosen)
        {
            var key = MailConfigurationReader.Key(path, "DefaultAccount");
            services.Configure<MailAccountCatalogOptions>(o => (o.DefaultAccount, o.DefaultAccountKey) = (chosen, key));
        }
    }

    private static void AddCore(IServiceCollection services)
    {
        services.AddOptions<MailConnectionOptions>().ValidateOnStart();
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
        services.AddOptions<MailAccountCatalogOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailAccountCatalogOptions>, MailAccountCatalogValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailAccountOptions>, MailAccountOptionsValidator>());
        services.TryAddSingleton<IMailAccounts, MailAccounts>();
        services.AddOptions<MailReceivingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailReceivingOptions>, MailReceivingOptionsValidator>());
        services.TryAddSingleton<IMailReceiveStateStore>(provider => new FileMailReceiveStateStore(provider.GetRequiredService<IOptions<MailReceivingOptions>>().Value.StateDirectory));
        services.TryAddSingleton<IMailReceiver, MailReceiver>();
        services.AddOptions<MailOAuthOptions>();
        services.TryAddSingleton<OAuthClient>();
        services.TryAddSingleton<IOAuthTokenStore>(provider => new FileOAuthTokenStore(provider.GetRequiredService<IOptions<MailOAuthOptions>>().Value.TokenDirectory ?? FileOAuthTokenStore.DefaultDirectory));
        services.TryAddSingleton<IMailOAuth, MailOAuth>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMailCredentialProvider, OAuthCredentialProvider>());
        if (!services.Any(d => d.ServiceType == typeof(MailModuleMarker)))
        {
            services.AddSingleton<MailModuleMarker>();
            AddOnce(services);
        }
    }

    /// <summary>Registers what must be added only once: a later registration of the host under the same name or key wins.</summary>
    private static void AddOnce(IServiceCollection services)
    {
        // Polly's registry, with Polly's telemetry and the host's TimeProvider. The sender adds the default pipeline under
        // MailSendingOptions.ResiliencePipelineKey only when the host registered none there (AddResiliencePipeline keeps
        // the first builder of a key, so a default registered here would shadow a host's registered after AddMailModule).
        services.AddResiliencePipelineRegistry<string>();
        services.AddHttpClient(MailDiscoveryOptions.HttpClientName)
            .ConfigureHttpClient(DiscoveryNetwork.ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(static provider => provider.GetRequiredService<IOptions<MailDiscoveryOptions>>().Value.HttpHandler is { } own
                ? new SharedHttpHandler(own)
                : DiscoveryNetwork.CreateHandler(provider.GetRequiredService<IOptions<MailConnectionOptions>>().Value.Proxy))
            .RemoveAllLoggers(); // autoconfig URLs carry the user's address
        services.AddHttpClient(MailOAuthOptions.HttpClientName)
            .ConfigureHttpClient(OAuthClient.ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(static provider => provider.GetRequiredService<IOptions<MailOAuthOptions>>().Value.HttpHandler is { } own
                ? new SharedHttpHandler(own)
                : OAuthClient.CreateHandler(provider.GetRequiredService<IOptions<MailConnectionOptions>>().Value))
            .RemoveAllLoggers();

        // MailKit's meters (mailkit.net.socket, .smtp, .imap, .pop3) are process-wide: MailKit keeps the first meter it is
        // given for the life of the process, so they are created here on their own, not from a host's IMeterFactory
        // (which disposes its meters when that host stops). Its activity sources need no switch.
        MailKit.Telemetry.Configure();
    }

    /// <summary>Marks a service collection that already holds the module's one-time registrations.</summary>
    private sealed class MailModuleMarker;

    /// <summary>Configures sending: the system account, retries, connection pooling and the sending rate.</summary>
    /// <param name="builder">The builder returned by <c>AddMailModule</c>.</param>
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
    /// Register an <see cref="IOAuthTokenStore"/> of your own before <c>AddMailModule</c> to keep refresh tokens in
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
