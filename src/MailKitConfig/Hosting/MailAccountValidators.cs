using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks each named account at start, naming the configuration key of every problem (<c>Mail:Accounts:system:Smtp:Port</c>).</summary>
/// <param name="registrations">The registered accounts.</param>
/// <param name="credentialProviders">The credential providers (an account without a configured secret may get one from them).</param>
internal sealed class MailAccountOptionsValidator(IEnumerable<MailAccountRegistration> registrations, IEnumerable<IMailCredentialProvider> credentialProviders) : IValidateOptions<MailAccountOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailAccountOptions options)
    {
        var registration = registrations.LastOrDefault(r => r.Name == name);
        if (registration is null)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (registration.Configuration is { } section)
        {
            MailConfigurationReader.ReadAccount(section, new MailAccountOptions(), failures);
        }

        if (options.Proxy is { } proxy && !MailConfigurationReader.TryParseProxy(proxy, out _))
        {
            failures.Add(ProblemCatalog.Current("Options.ProxyInvalid", registration.Key, proxy));
            options = WithoutProxy(options); // the rest is still checked
        }

        // A secret from a credential provider is only known when the account is used: assume one for the check.
        var credentials = MailAccounts.ConfiguredCredentials(options) ?? (credentialProviders.Any() ? MailCredentials.Password("provided later") : null);
        failures.AddRange(MailAccounts.ToSettings(options, credentials).Validate()
            .Select(e => $"{registration.Key}:{ConfigurationKey(e.Field)}: {e.Message}"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static MailAccountOptions WithoutProxy(MailAccountOptions o) => new()
    {
        Address = o.Address,
        DisplayName = o.DisplayName,
        Login = o.Login,
        Password = o.Password,
        AppPassword = o.AppPassword,
        Usage = o.Usage,
        Smtp = o.Smtp,
        Imap = o.Imap,
        Pop3 = o.Pop3,
        ReplyTo = o.ReplyTo,
        HiddenCopyToSelf = o.HiddenCopyToSelf,
        SaveToSent = o.SaveToSent,
        RateLimit = o.RateLimit,
        RateLimitInterval = o.RateLimitInterval,
    };

    /// <summary>Names a field of <see cref="MailAccountSettings"/> by the key of <see cref="MailAccountOptions"/> that sets it.</summary>
    private static string ConfigurationKey(string field) => field switch
    {
        nameof(MailAccountSettings.SendingRate) => nameof(MailAccountOptions.RateLimit),
        nameof(MailAccountSettings.Credentials) => nameof(MailAccountOptions.Password),
        _ => field.Replace('.', ':'),
    };
}

/// <summary>Checks that the default account exists and can send.</summary>
/// <param name="registrations">The registered accounts.</param>
/// <param name="accounts">The accounts' options.</param>
internal sealed class MailAccountCatalogValidator(IEnumerable<MailAccountRegistration> registrations, IOptionsMonitor<MailAccountOptions> accounts) : IValidateOptions<MailAccountCatalogOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailAccountCatalogOptions options)
    {
        if (options.DefaultAccount is not { } chosen)
        {
            return ValidateOptionsResult.Success;
        }

        var registration = registrations.FirstOrDefault(r => string.Equals(r.Name, chosen, StringComparison.OrdinalIgnoreCase));
        if (registration is null)
        {
            return ValidateOptionsResult.Fail(ProblemCatalog.Current("Options.DefaultAccountUnknown", options.DefaultAccountKey, chosen, string.Join(", ", registrations.Select(r => r.Name).Distinct())));
        }

        MailAccountOptions account;
        try
        {
            account = accounts.Get(registration.Name);
        }
        catch (OptionsValidationException)
        {
            return ValidateOptionsResult.Skip; // the account's own validation reports it
        }

        return account.Usage is { } usage && !usage.HasFlag(MailUsage.Send)
            ? ValidateOptionsResult.Fail(ProblemCatalog.Current("Options.DefaultAccountNotForSending", options.DefaultAccountKey, chosen, usage))
            : ValidateOptionsResult.Success;
    }
}

/// <summary>Reports the values of a configuration section that could not be read into options of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The options type.</typeparam>
/// <param name="read">Reads the section into a throwaway instance, collecting the errors.</param>
internal sealed class MailConfigurationErrors<T>(Action<List<string>> read) : IValidateOptions<T>
    where T : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, T options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        read(errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
