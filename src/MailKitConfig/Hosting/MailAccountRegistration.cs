using Microsoft.Extensions.Configuration;

namespace MailKitConfig;

/// <summary>A named account registered in configuration or in code: its name, the key its errors name, and its configuration section, if any.</summary>
/// <param name="Name">The account's name.</param>
/// <param name="Key">The key named in validation messages, e.g. <c>Mail:Accounts:system</c>.</param>
/// <param name="Configuration">The configuration section it was read from, or <see langword="null"/> when added in code.</param>
internal sealed record MailAccountRegistration(string Name, string Key, IConfigurationSection? Configuration);

/// <summary>Which account is the default for sending, and the key that named it.</summary>
internal sealed class MailAccountCatalogOptions
{
    /// <summary>Gets or sets the default account's name.</summary>
    public string? DefaultAccount { get; set; }

    /// <summary>Gets or sets where the default was set, for validation messages.</summary>
    public string DefaultAccountKey { get; set; } = "DefaultAccount";
}

/// <summary>Marks a configuration section already added to the module, so that adding it again adds nothing.</summary>
/// <param name="Configuration">The section.</param>
internal sealed record MailConfigurationSource(IConfiguration Configuration);
