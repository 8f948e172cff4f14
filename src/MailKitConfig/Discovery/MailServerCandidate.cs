namespace MailKitConfig;

/// <summary>A server a discovery source proposes for an account, with where it came from and whether it can be trusted.</summary>
/// <param name="Protocol">The protocol.</param>
/// <param name="Endpoint">The host, port and security.</param>
/// <param name="Login">The login the source names, or <see langword="null"/> when it does not say (the address and then its local part are tried).</param>
/// <param name="Source">The source.</param>
/// <param name="IsTrusted">
/// Whether the proposal may receive a password: it came over HTTPS or from the presets, and the server is in the
/// address's domain, its MX's base domain, or a known provider's.
/// </param>
public sealed record MailServerCandidate(MailProtocol Protocol, ServerEndpoint Endpoint, string? Login, MailSettingsSource Source, bool IsTrusted)
{
    /// <summary>Gets the login methods the server advertised, when a probe saw them (guessing).</summary>
    public IReadOnlyList<string> AuthMechanisms { get; init; } = [];

    /// <summary>Returns <c>protocol host:port (security) from source</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Protocol} {Endpoint} from {Source}{(IsTrusted ? string.Empty : " (untrusted)")}";
}
