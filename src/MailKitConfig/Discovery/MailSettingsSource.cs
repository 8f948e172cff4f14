namespace MailKitConfig;

/// <summary>Where discovered settings came from, in order of priority.</summary>
public enum MailSettingsSource
{
    /// <summary>The built-in provider presets (the address's domain is a known provider's).</summary>
    Preset,

    /// <summary>The domain's MX records point to a known provider (a custom domain hosted there).</summary>
    Mx,

    /// <summary>Mozilla autoconfig: the domain's own file, its well-known URL, or the ISPDB.</summary>
    Autoconfig,

    /// <summary>RFC 6186 / RFC 8314 SRV records.</summary>
    Srv,

    /// <summary>Microsoft Autodiscover v2 recognised a Microsoft 365 mailbox.</summary>
    AutodiscoverV2,

    /// <summary>Probing the usual host names and ports.</summary>
    Guess,

    /// <summary>Settings entered by hand.</summary>
    Manual,

    /// <summary>The account's existing settings, kept because they still work.</summary>
    Existing,
}
