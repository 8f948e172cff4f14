namespace MailKitConfig;

/// <summary>A concrete change of account settings that may fix a problem.</summary>
/// <param name="Protocol">The protocol whose server settings change.</param>
/// <param name="Endpoint">The server settings to use instead, or <see langword="null"/> when only <see cref="RequiresLogin"/> changes.</param>
/// <param name="RequiresLogin">Whether the account must log in (set credentials) to use this server.</param>
/// <param name="Description">The change in words, in the problem's culture.</param>
public sealed record MailSettingsChange(MailProtocol Protocol, ServerEndpoint? Endpoint, bool RequiresLogin, string Description);
