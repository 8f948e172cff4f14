namespace MailKitConfig;

/// <summary>The named accounts of the mail module: configured, added in code, or created at run time by a factory.</summary>
public interface IMailAccounts
{
    /// <summary>Gets the names of the configured accounts (not those a factory creates).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Gets the name of the default account for sending, if there is one: <c>Mail:DefaultAccount</c>, the account added with <c>isDefault</c>, or the only account.</summary>
    string? DefaultName { get; }

    /// <summary>Returns the settings of an account, with its credentials.</summary>
    /// <param name="name">The account's name.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The settings, validated.</returns>
    /// <exception cref="KeyNotFoundException">No account has this name and no factory creates it.</exception>
    /// <exception cref="MailSettingsException">The account's settings are not valid.</exception>
    ValueTask<MailAccountSettings> GetAsync(string name, CancellationToken cancellationToken = default);
}
