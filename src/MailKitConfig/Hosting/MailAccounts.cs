using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Resolves named accounts: configured or added in code (with credentials from the options or the credential providers), else from the factories.</summary>
internal sealed class MailAccounts : IMailAccounts
{
    private readonly Dictionary<string, MailAccountRegistration> registrations = new(StringComparer.OrdinalIgnoreCase);
    private readonly IOptionsMonitor<MailAccountOptions> accounts;
    private readonly IReadOnlyList<IMailCredentialProvider> credentials;
    private readonly IReadOnlyList<IMailAccountFactory> factories;

    public MailAccounts(IEnumerable<MailAccountRegistration> registrations, IOptionsMonitor<MailAccountOptions> accounts, IOptions<MailAccountCatalogOptions> catalog, IEnumerable<IMailCredentialProvider> credentials, IEnumerable<IMailAccountFactory> factories)
    {
        foreach (var registration in registrations)
        {
            this.registrations.TryAdd(registration.Name, registration);
        }

        this.accounts = accounts;
        this.credentials = credentials.ToList();
        this.factories = factories.ToList();
        Names = [.. this.registrations.Keys];
        DefaultName = catalog.Value.DefaultAccount is { } named && this.registrations.TryGetValue(named, out var chosen) ? chosen.Name
            : catalog.Value.DefaultAccount ?? (Names.Count == 1 ? Names[0] : null);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    public string? DefaultName { get; }

    /// <inheritdoc />
    public async ValueTask<MailAccountSettings> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (registrations.TryGetValue(name, out var registration))
        {
            var options = accounts.Get(registration.Name);
            var secret = await CredentialsAsync(registration.Name, options, cancellationToken).ConfigureAwait(false);
            var settings = ToSettings(options, secret);
            settings.EnsureValid();
            return settings;
        }

        foreach (var factory in factories)
        {
            if (await factory.CreateAsync(name, cancellationToken).ConfigureAwait(false) is { } created)
            {
                created.EnsureValid();
                return created;
            }
        }

        throw new KeyNotFoundException(ProblemCatalog.Current("Accounts.NotFound", name));
    }

    /// <summary>Builds the settings an account's options describe.</summary>
    /// <param name="options">The options.</param>
    /// <param name="credentials">The credentials, or <see langword="null"/>.</param>
    /// <returns>The settings, not yet validated.</returns>
    public static MailAccountSettings ToSettings(MailAccountOptions options, MailCredentials? credentials)
    {
        var smtp = Endpoint(options.Smtp);
        var imap = Endpoint(options.Imap);
        var pop3 = Endpoint(options.Pop3);
        MailProxy? proxy = null;
        if (options.Proxy is { } uri && !MailConfigurationReader.TryParseProxy(uri, out proxy))
        {
            throw new ArgumentException("The account's proxy is not an absolute URI such as socks5://proxy.example.com:1080.", nameof(options));
        }

        return new MailAccountSettings
        {
            Address = options.Address ?? string.Empty,
            DisplayName = options.DisplayName,
            Login = options.Login,
            Credentials = credentials,
            Usage = options.Usage ?? MailAccountSettings.UsageFor(smtp, imap, pop3),
            Smtp = smtp,
            Imap = imap,
            Pop3 = pop3,
            ReplyTo = options.ReplyTo,
            HiddenCopyToSelf = options.HiddenCopyToSelf,
            SaveToSent = options.SaveToSent,
            Proxy = proxy,
            SendingRate = options.RateLimit is { } limit ? new MailSendingRate(limit, options.RateLimitInterval) : null,
        };
    }

    /// <summary>Returns the credentials the options hold, without asking a provider.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The credentials, or <see langword="null"/>.</returns>
    public static MailCredentials? ConfiguredCredentials(MailAccountOptions options)
        => options.AppPassword is { Length: > 0 } app ? MailCredentials.AppPassword(app)
            : options.Password is { Length: > 0 } password ? MailCredentials.Password(password)
            : null;

    private static ServerEndpoint? Endpoint(MailServerOptions? server)
        => server is null ? null : new ServerEndpoint(server.Host ?? string.Empty, server.Port, server.Security ?? ServerEndpoint.DefaultSecurity(server.Port));

    private async ValueTask<MailCredentials?> CredentialsAsync(string name, MailAccountOptions options, CancellationToken cancellationToken)
    {
        if (ConfiguredCredentials(options) is { } configured)
        {
            return configured;
        }

        foreach (var provider in credentials)
        {
            if (await provider.GetCredentialsAsync(name, options.Address ?? string.Empty, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
