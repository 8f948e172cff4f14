using System.Net;
using MailKit.Net.Proxy;

namespace MailKitConfig;

/// <summary>A proxy that connections to mail servers (and discovery's HTTP lookups) go through.</summary>
/// <param name="Address">The proxy: <c>http://host:port</c> (HTTP CONNECT), <c>https://host:port</c>, <c>socks4://</c>, <c>socks4a://</c> or <c>socks5://host:port</c>.</param>
/// <remarks>Put a user name and password in <see cref="Credentials"/>, never in the address; <see cref="ToString"/> never shows them.</remarks>
public sealed record MailProxy(Uri Address)
{
    private static readonly string[] Schemes = ["http", "https", "socks4", "socks4a", "socks5"];

    /// <summary>Gets the user name and password for the proxy, if it needs them.</summary>
    public NetworkCredential? Credentials { get; init; }

    /// <summary>Returns the proxy's scheme, host and port.</summary>
    /// <returns>For example <c>socks5://proxy.example.com:1080</c>.</returns>
    public override string ToString() => Address?.IsAbsoluteUri == true ? $"{Address.Scheme}://{Address.Host}:{Address.Port}" : "(invalid proxy address)";

    /// <summary>Checks the proxy settings.</summary>
    /// <returns>Why they are unusable, or <see langword="null"/>.</returns>
    internal string? Problem()
    {
        if (Address is null || !Address.IsAbsoluteUri || !Schemes.Contains(Address.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return ProblemCatalog.Current("Settings.ProxyScheme", Address);
        }

        if (string.IsNullOrEmpty(Address.Host) || Address.IsDefaultPort && Address.Scheme.StartsWith("socks", StringComparison.OrdinalIgnoreCase))
        {
            return ProblemCatalog.Current("Settings.ProxyHostPort", this);
        }

        return string.IsNullOrEmpty(Address.UserInfo) ? null : ProblemCatalog.Current("Settings.ProxyUserInfo");
    }

    /// <summary>Creates MailKit's client for this proxy.</summary>
    /// <returns>The proxy client.</returns>
    internal IProxyClient CreateClient() => Address.Scheme.ToLowerInvariant() switch
    {
        "http" => Credentials is null ? new HttpProxyClient(Address.Host, Address.Port) : new HttpProxyClient(Address.Host, Address.Port, Credentials),
        "https" => Credentials is null ? new HttpsProxyClient(Address.Host, Address.Port) : new HttpsProxyClient(Address.Host, Address.Port, Credentials),
        "socks4" => Credentials is null ? new Socks4Client(Address.Host, Address.Port) : new Socks4Client(Address.Host, Address.Port, Credentials),
        "socks4a" => Credentials is null ? new Socks4aClient(Address.Host, Address.Port) : new Socks4aClient(Address.Host, Address.Port, Credentials),
        _ => Credentials is null ? new Socks5Client(Address.Host, Address.Port) : new Socks5Client(Address.Host, Address.Port, Credentials),
    };

    /// <summary>Creates the proxy for .NET's HTTP stack (discovery's autoconfig and Autodiscover lookups).</summary>
    /// <returns>The web proxy.</returns>
    internal WebProxy CreateWebProxy() => new(new Uri($"{Address.Scheme}://{Address.Host}:{Address.Port}")) { Credentials = Credentials, BypassProxyOnLocal = false };
}
