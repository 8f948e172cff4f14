using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace MailKitConfig;

/// <summary>
/// Reads the mail module's configuration section into its options, without reflection (the package is trimmable),
/// and names the configuration key of every value it cannot read, e.g. <c>Mail:Connections:ConnectTimeout</c>.
/// The same read fills the options and, into a throwaway instance, finds the errors for the start-up validation.
/// </summary>
internal static class MailConfigurationReader
{
    /// <summary>The keys an OAuth profile in configuration must have (besides its scopes).</summary>
    private static readonly string[] ProfileKeys = ["Issuer", "AuthorizationEndpoint", "TokenEndpoint"];

    /// <summary>Returns the key of a section as a user sees it (<c>Mail:Accounts:system</c>).</summary>
    /// <param name="configuration">The section.</param>
    /// <returns>Its path, or an empty string for the root.</returns>
    public static string PathOf(IConfiguration configuration) => configuration is IConfigurationSection section ? section.Path : string.Empty;

    /// <summary>Joins a section's path and a key.</summary>
    /// <param name="path">The section's path.</param>
    /// <param name="key">The key, with <c>:</c> between levels.</param>
    /// <returns>The full key.</returns>
    public static string Key(string path, string key) => path.Length == 0 ? key : path + ":" + key;

    /// <summary>Returns how validation messages name an option: by its configuration key when the module was added from a section.</summary>
    /// <param name="sources">The sections the module was added from, if any (the last one counts).</param>
    /// <param name="section">The options' subsection, e.g. <c>Connections</c>.</param>
    /// <param name="typeName">The options type's name, used without configuration.</param>
    /// <returns><c>Mail:Connections:</c> or <c>MailConnectionOptions.</c>.</returns>
    public static string KeyPrefix(IEnumerable<MailConfigurationSource>? sources, string section, string typeName)
        => sources?.LastOrDefault() is { } source ? Key(PathOf(source.Configuration), section) + ":" : typeName + ".";

    public static void ReadConnections(IConfiguration section, MailConnectionOptions options, List<string> errors)
    {
        var r = new Reader(section, errors);
        r.TimeSpan("ConnectTimeout", v => options.ConnectTimeout = v);
        r.TimeSpan("CommandTimeout", v => options.CommandTimeout = v);
        r.TimeSpan("DataTimeout", v => options.DataTimeout = v);
        r.Bool("CheckCertificateRevocation", v => options.CheckCertificateRevocation = v);
        r.String("LocalDomain", v => options.LocalDomain = v);
        r.String("Proxy", v => options.Proxy = ParseProxy(r, "Proxy", v));
        foreach (var certificate in section.GetSection("TrustedRootCertificates").GetChildren())
        {
            if (LoadCertificate(certificate, errors) is { } loaded)
            {
                options.TrustedRootCertificates.Add(loaded);
            }
        }
    }

    public static void ReadDiscovery(IConfiguration section, MailDiscoveryOptions options, List<string> errors)
    {
        var r = new Reader(section, errors);
        r.TimeSpan("Deadline", v => options.Deadline = v);
        r.TimeSpan("RequestTimeout", v => options.RequestTimeout = v);
        r.TimeSpan("ProbeTimeout", v => options.ProbeTimeout = v);
        r.TimeSpan("ProbeStagger", v => options.ProbeStagger = v);
        r.Uri("IspdbBaseUrl", v => options.IspdbBaseUrl = v);
        r.Uri("AutodiscoverV2BaseUrl", v => options.AutodiscoverV2BaseUrl = v);
        r.Bool("AllowPlainHttp", v => options.AllowPlainHttp = v);
        r.Bool("AllowUntrustedServers", v => options.AllowUntrustedServers = v);
        r.Bool("AllowPlaintextLogin", v => options.AllowPlaintextLogin = v);
        foreach (var server in section.GetSection("NameServers").GetChildren())
        {
            if (server.Value is { } text && IPEndPoint.TryParse(text, out var endpoint))
            {
                options.NameServers.Add(endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint);
            }
            else
            {
                errors.Add(ProblemCatalog.Current("Config.NameServerInvalid", server.Path, server.Value));
            }
        }
    }

    public static void ReadSending(IConfiguration section, MailSendingOptions options, List<string> errors)
    {
        var r = new Reader(section, errors);
        r.Int("MaxRetryAttempts", v => options.MaxRetryAttempts = v);
        r.TimeSpan("RetryDelay", v => options.RetryDelay = v);
        r.TimeSpan("MaxRetryDelay", v => options.MaxRetryDelay = v);
        r.TimeSpan("RetryTimeLimit", v => options.RetryTimeLimit = v);
        r.Int("MaxConnectionsPerAccount", v => options.MaxConnectionsPerAccount = v);
        r.Int("MaxMessagesPerConnection", v => options.MaxMessagesPerConnection = v);
        r.TimeSpan("ConnectionIdleTimeout", v => options.ConnectionIdleTimeout = v);
        r.TimeSpan("HealthCheckAfterIdle", v => options.HealthCheckAfterIdle = v);
        r.Int("RateLimit", v => options.RateLimit = v);
        r.TimeSpan("RateLimitInterval", v => options.RateLimitInterval = v);
    }

    public static void ReadAccount(IConfiguration section, MailAccountOptions options, List<string> errors)
    {
        var r = new Reader(section, errors);
        r.String("Address", v => options.Address = v);
        r.String("DisplayName", v => options.DisplayName = v);
        r.String("Login", v => options.Login = v);
        r.String("Password", v => options.Password = v);
        r.String("AppPassword", v => options.AppPassword = v);
        r.Enum<MailUsage>("Usage", v => options.Usage = v);
        r.String("ReplyTo", v => options.ReplyTo = v);
        r.Bool("HiddenCopyToSelf", v => options.HiddenCopyToSelf = v);
        r.Bool("SaveToSent", v => options.SaveToSent = v);
        r.String("Proxy", v => options.Proxy = v);
        r.Int("RateLimit", v => options.RateLimit = v);
        r.TimeSpan("RateLimitInterval", v => options.RateLimitInterval = v);
        options.Smtp = ReadServer(section.GetSection("Smtp"), options.Smtp, errors);
        options.Imap = ReadServer(section.GetSection("Imap"), options.Imap, errors);
        options.Pop3 = ReadServer(section.GetSection("Pop3"), options.Pop3, errors);
    }

    /// <summary>
    /// Reads OAuth sign-in: <c>Registrations:&lt;provider id or issuer&gt;</c> (ClientId, ClientSecret, Redirect,
    /// LoopbackPort, Tenant), <c>Profiles:&lt;domain&gt;</c> (Issuer, AuthorizationEndpoint, TokenEndpoint,
    /// DeviceAuthorizationEndpoint, Scopes), TokenDirectory, RefreshBeforeExpiry and SignInTimeout.
    /// </summary>
    /// <param name="section">The <c>OAuth</c> section.</param>
    /// <param name="options">The options to fill.</param>
    /// <param name="errors">Receives the errors, each naming its key.</param>
    public static void ReadOAuth(IConfiguration section, MailOAuthOptions options, List<string> errors)
    {
        var r = new Reader(section, errors);
        r.String("TokenDirectory", v => options.TokenDirectory = v);
        r.TimeSpan("RefreshBeforeExpiry", v => options.RefreshBeforeExpiry = v);
        r.TimeSpan("SignInTimeout", v => options.SignInTimeout = v);
        foreach (var entry in section.GetSection("Registrations").GetChildren())
        {
            if (entry["ClientId"] is not { Length: > 0 } clientId)
            {
                errors.Add(ProblemCatalog.Current("Config.ClientIdRequired", entry.Path));
                continue;
            }

            var registration = new OAuthAppRegistration(clientId) { ClientSecret = entry["ClientSecret"], Tenant = entry["Tenant"] };
            var e = new Reader(entry, errors);
            e.Enum<OAuthRedirectKind>("Redirect", v => registration = registration with { Redirect = v });
            e.Int("LoopbackPort", v => registration = registration with { LoopbackPort = v });
            options.Registrations[entry.Key] = registration;
        }

        foreach (var entry in section.GetSection("Profiles").GetChildren())
        {
            if (ReadProfile(entry, errors) is { } profile)
            {
                options.Profiles[entry.Key] = profile;
            }
        }
    }

    /// <summary>Parses a proxy URI; its user information becomes the credentials (never shown).</summary>
    /// <param name="uri">The URI text.</param>
    /// <param name="proxy">The proxy.</param>
    /// <returns><see langword="false"/> when the text is not an absolute URI.</returns>
    public static bool TryParseProxy(string uri, out MailProxy? proxy)
    {
        proxy = null;
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        NetworkCredential? credentials = null;
        if (parsed.UserInfo.Length > 0)
        {
            var parts = parsed.UserInfo.Split(':', 2);
            credentials = new NetworkCredential(System.Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? System.Uri.UnescapeDataString(parts[1]) : string.Empty);
            parsed = new UriBuilder(parsed) { UserName = string.Empty, Password = string.Empty }.Uri;
        }

        proxy = new MailProxy(parsed) { Credentials = credentials };
        return true;
    }

    private static MailProxy? ParseProxy(Reader r, string key, string text)
    {
        if (TryParseProxy(text, out var proxy))
        {
            return proxy;
        }

        r.Error(key, ProblemCatalog.Current("Config.Rule.ProxyUri"));
        return null;
    }

    private static MailServerOptions? ReadServer(IConfigurationSection section, MailServerOptions? existing, List<string> errors)
    {
        if (!section.Exists())
        {
            return existing;
        }

        var server = existing ?? new MailServerOptions();
        var r = new Reader(section, errors);
        r.String("Host", v => server.Host = v);
        r.Int("Port", v => server.Port = v);
        r.Enum<MailSecurity>("Security", v => server.Security = v);
        return server;
    }

    /// <summary>Loads <c>{ "Path": "ca.pem" }</c> (PEM or DER) or <c>{ "Thumbprint": "…", "StoreName": "Root", "StoreLocation": "CurrentUser" }</c>.</summary>
    private static X509Certificate2? LoadCertificate(IConfigurationSection entry, List<string> errors)
    {
        var path = entry["Path"] ?? entry.Value;
        try
        {
            if (path is { Length: > 0 })
            {
#if NET9_0_OR_GREATER
                return X509CertificateLoader.LoadCertificateFromFile(path);
#else
                return new X509Certificate2(path);
#endif
            }

            if (entry["Thumbprint"] is { Length: > 0 } thumbprint)
            {
                var storeName = System.Enum.TryParse<StoreName>(entry["StoreName"] ?? "Root", true, out var n) ? n : StoreName.Root;
                var location = System.Enum.TryParse<StoreLocation>(entry["StoreLocation"] ?? "CurrentUser", true, out var l) ? l : StoreLocation.CurrentUser;
                using var store = new X509Store(storeName, location);
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
                if (found.Count > 0)
                {
                    return found[0];
                }

                errors.Add(ProblemCatalog.Current("Config.CertificateNotInStore", entry.Path, thumbprint, location, storeName));
                return null;
            }

            errors.Add(ProblemCatalog.Current("Config.CertificateSource", entry.Path));
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            errors.Add(ProblemCatalog.Current("Config.CertificateUnreadable", entry.Path, ex.Message));
        }

        return null;
    }

    /// <summary>Reads a host-supplied OAuth profile; the scopes are a list or one space-separated value.</summary>
    private static MailOAuthProfile? ReadProfile(IConfigurationSection entry, List<string> errors)
    {
        var r = new Reader(entry, errors);
        Uri? authorization = null, token = null, device = null;
        r.Uri("AuthorizationEndpoint", v => authorization = v);
        r.Uri("TokenEndpoint", v => token = v);
        r.Uri("DeviceAuthorizationEndpoint", v => device = v);
        var scopes = entry.GetSection("Scopes") is { Value: { } line } ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [.. entry.GetSection("Scopes").GetChildren().Select(c => c.Value).OfType<string>()];
        var complete = true;
        foreach (var key in ProfileKeys.Where(k => entry[k] is not { Length: > 0 }))
        {
            r.Error(key, ProblemCatalog.Current("Config.Rule.ProfileRequired"));
            complete = false;
        }

        if (scopes.Length == 0)
        {
            r.Error("Scopes", ProblemCatalog.Current("Config.Rule.ScopesRequired"));
            complete = false;
        }

        return complete && authorization is not null && token is not null
            ? MailOAuthProfile.Create(entry["Issuer"]!, authorization, token, scopes, device)
            : null;
    }

    /// <summary>Reads typed values of one section, naming the key of each value it cannot read.</summary>
    private readonly struct Reader(IConfiguration section, List<string> errors)
    {
        private readonly string path = PathOf(section);

        public void Error(string key, string rule) => errors.Add(ProblemCatalog.Current("Config.Error", Key(path, key), rule));

        public void String(string key, Action<string> apply)
        {
            if (section[key] is { } value)
            {
                apply(value);
            }
        }

        public void Bool(string key, Action<bool> apply) => Parse(key, apply, (string s, out bool v) => bool.TryParse(s, out v), "Config.Rule.Bool");

        public void Int(string key, Action<int> apply) => Parse(key, apply, (string s, out int v) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out v), "Config.Rule.Int");

        public void TimeSpan(string key, Action<TimeSpan> apply) => Parse(key, apply, (string s, out TimeSpan v) => System.TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out v), "Config.Rule.TimeSpan");

        public void Uri(string key, Action<Uri> apply) => Parse(key, apply, (string s, out Uri v) => System.Uri.TryCreate(s, UriKind.Absolute, out v!), "Config.Rule.Uri");

        public void Enum<T>(string key, Action<T> apply)
            where T : struct, System.Enum
            => Parse(key, apply, (string s, out T v) => System.Enum.TryParse(s, true, out v) && System.Enum.IsDefined(v), "Config.Rule.Enum", string.Join(", ", System.Enum.GetNames<T>()));

        /// <summary>Reads a value; when it cannot be read, the error names the key, quotes the text and states the rule (<paramref name="ruleKey"/> in the catalogue, filled with <paramref name="ruleArguments"/>).</summary>
        private void Parse<T>(string key, Action<T> apply, TryParse<T> parse, string ruleKey, params object?[] ruleArguments)
        {
            if (section[key] is not { } text)
            {
                return;
            }

            if (parse(text, out var value))
            {
                apply(value);
            }
            else
            {
                errors.Add(ProblemCatalog.Current("Config.Unreadable", Key(path, key), text, ProblemCatalog.Current(ruleKey, ruleArguments)));
            }
        }
    }

    private delegate bool TryParse<T>(string text, out T value);
}
