namespace MailKitConfig;

/// <summary>What to show the user in the device code flow (RFC 8628): where to go and which code to enter.</summary>
/// <param name="UserCode">The short code the user types on the provider's page.</param>
/// <param name="VerificationUri">The page where the user enters the code.</param>
/// <param name="VerificationUriComplete">A page with the code already filled in (e.g. for a QR code), if the provider gives one.</param>
/// <param name="ExpiresAt">When the code expires.</param>
public sealed record OAuthDeviceCode(string UserCode, Uri VerificationUri, Uri? VerificationUriComplete, DateTimeOffset ExpiresAt);
