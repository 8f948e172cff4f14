using System.Globalization;

namespace MailKitConfig;

/// <summary>How the settings check runs.</summary>
public sealed class MailCheckOptions
{
    /// <summary>Gets or sets a value indicating whether a real test message is sent to the account's own address. Default: <see langword="false"/>.</summary>
    public bool SendTestMessage { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether, after a mechanical failure (wrong security mode, TLS failure on a
    /// standard port, encryption required), the paired setting is tried (one login at most). Default: <see langword="true"/>.
    /// </summary>
    public bool TryAlternatives { get; set; } = true;

    /// <summary>Gets or sets the language of the report; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public CultureInfo? Culture { get; set; }
}
