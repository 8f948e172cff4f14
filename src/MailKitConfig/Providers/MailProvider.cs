using System.Globalization;

namespace MailKitConfig;

/// <summary>A mail provider the library knows: its domains, how mail programs log in, what must be switched on, where help is.</summary>
public sealed class MailProvider
{
    internal MailProvider(ProviderRecord record, DateOnly checkedOn)
    {
        Record = record;
        Id = record.Id;
        Name = record.Name;
        Domains = record.Domains;
        PasswordAllowed = record.Auth.Password;
        AppPasswordAvailable = record.Auth.AppPassword;
        AppPasswordRequiresTwoFactor = record.Auth.AppPasswordRequiresTwoFactor;
        OAuth = record.Auth.OAuth is { } oauth ? MailOAuthProfile.FromPreset(record.Id, oauth) : null;
        HelpLinks = record.HelpLinks.Select(link => new Uri(link)).ToList();
        CheckedOn = checkedOn;
    }

    /// <summary>Gets the provider's id, e.g. <c>Gmail</c>, <c>Microsoft</c>, <c>Yandex</c>, <c>MailRu</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the provider's name for people, e.g. <c>Gmail / Google Workspace</c>.</summary>
    public string Name { get; }

    /// <summary>Gets every domain the provider hosts addresses in (e.g. <c>mail.ru</c>, <c>inbox.ru</c>, <c>list.ru</c>, <c>bk.ru</c>).</summary>
    public IReadOnlyList<string> Domains { get; }

    /// <summary>Gets a value indicating whether the mailbox's own password works in mail programs.</summary>
    public bool PasswordAllowed { get; }

    /// <summary>Gets a value indicating whether the provider issues app passwords for mail programs.</summary>
    public bool AppPasswordAvailable { get; }

    /// <summary>Gets a value indicating whether app passwords need two-step verification to be on first.</summary>
    public bool AppPasswordRequiresTwoFactor { get; }

    /// <summary>Gets the OAuth 2.0 endpoints and mail scopes, if the provider supports OAuth sign-in for mail.</summary>
    public MailOAuthProfile? OAuth { get; }

    /// <summary>Gets the provider's own help pages about mail programs and app passwords.</summary>
    public IReadOnlyList<Uri> HelpLinks { get; }

    /// <summary>Gets the date the facts about this provider were last checked.</summary>
    public DateOnly CheckedOn { get; }

    internal ProviderRecord Record { get; }

    /// <summary>Gets the setting the user must switch on in the provider's web interface, if any.</summary>
    /// <param name="culture">The language; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The instruction, or <see langword="null"/>.</returns>
    public string? GetWebSetting(CultureInfo? culture = null)
        => MailTexts.FindAdded($"Provider.{Id}.WebSetting", culture ?? CultureInfo.CurrentUICulture) ?? (Record.WebSetting is { } texts ? ProviderRecord.Pick(texts, culture) : null);

    /// <summary>Gets the hints to show before the user enters a password (e.g. that an app password is needed).</summary>
    /// <param name="culture">The language; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The hints.</returns>
    public IReadOnlyList<string> GetHintsBeforeLogin(CultureInfo? culture = null) => Lines("HintsBeforeLogin", culture) ?? ProviderRecord.Pick(Record.HintsBeforeLogin, culture);

    /// <summary>Gets the hints to show after a successful login (e.g. a setting still to switch on for POP3).</summary>
    /// <param name="culture">The language; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The hints.</returns>
    public IReadOnlyList<string> GetHintsAfterLogin(CultureInfo? culture = null) => Lines("HintsAfterLogin", culture) ?? ProviderRecord.Pick(Record.HintsAfterLogin, culture);

    /// <summary>A host's translation of the provider's hints (<see cref="MailTexts.AddTranslation"/>, key <c>Provider.{Id}.{name}</c>, one hint per line), if any.</summary>
    private string[]? Lines(string name, CultureInfo? culture)
        => MailTexts.FindAdded($"Provider.{Id}.{name}", culture ?? CultureInfo.CurrentUICulture)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Returns the provider's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
