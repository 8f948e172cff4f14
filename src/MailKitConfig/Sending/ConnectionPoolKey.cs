using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MailKitConfig;

/// <summary>
/// What an authenticated connection is: the server, the login, who vouches for it and the way there. Accounts with
/// the same key share one pool of connections (and, for SMTP, one sending limit), whatever else differs between them
/// (display name, Reply-To, hidden copy, Sent folder).
/// </summary>
/// <param name="Server">The server, port and security mode.</param>
/// <param name="Login">The user name logged in with, or <see langword="null"/> without login.</param>
/// <param name="Credentials">The identity of the credentials (see <see cref="For"/>).</param>
/// <param name="Proxy">The identity of the proxy the connections go through, or <see langword="null"/>.</param>
internal readonly record struct ConnectionPoolKey(ServerEndpoint Server, string? Login, object? Credentials, object? Proxy)
{
    /// <summary>Gets the key of an account's connections to one of its servers.</summary>
    /// <param name="account">The account.</param>
    /// <param name="server">The account's server (<see cref="MailAccountSettings.Smtp"/> or <see cref="MailAccountSettings.Imap"/>).</param>
    /// <param name="moduleProxy">The module's proxy, used when the account names none.</param>
    /// <returns>The key.</returns>
    /// <remarks>
    /// A password or app password is identified by its kind and value, so a wrong password never borrows a connection
    /// that a right one opened. OAuth credentials are identified by their kind and the type of their token source, not
    /// by the source object: an application that makes a token source per call still shares one pool per login.
    /// A proxy is identified by its address and its user name and password (the same proxy loaded twice is equal).
    /// </remarks>
    public static ConnectionPoolKey For(MailAccountSettings account, ServerEndpoint server, MailProxy? moduleProxy)
    {
        var credentials = account.Credentials switch
        {
            null => null,
            OAuthCredentials oauth => (object)(oauth.Kind, oauth.TokenSource.GetType()),
            var secret => secret,
        };
        var proxy = (account.Proxy ?? moduleProxy) is { } p
            ? (p.Address, p.Credentials?.UserName, p.Credentials?.Password, p.Credentials?.Domain)
            : ((Uri, string?, string?, string?)?)null;
        return new ConnectionPoolKey(server, account.Credentials is null ? null : account.EffectiveLogin, credentials, proxy);
    }

    /// <summary>
    /// Gets the name of the connections in a shared connection limit (<see cref="IMailConnectionSlots"/>): a hash of the
    /// protocol, the server, its port and the login, the same in every process. A provider limits connections per login,
    /// whatever the password or the way there, so neither counts; the hash keeps the login and server out of the
    /// database in clear.
    /// </summary>
    /// <param name="protocol">The protocol of the connections.</param>
    /// <returns>32 hexadecimal digits.</returns>
    public string SlotName(MailProtocol protocol)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"MailKitConfig connection\n{protocol}\n{Server.Host.ToLowerInvariant()}\n{Server.Port}\n{Login}"))), 0, 16);
}
