using System.Net;
using System.Net.Sockets;
using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>
/// DNS (via the configured name servers) and HTTP for discovery, and sockets to hosts resolved the same way. In the
/// mail module, HTTP goes through the host's <see cref="IHttpClientFactory"/> (the client named
/// <see cref="MailDiscoveryOptions.HttpClientName"/>); alone, through a client of its own.
/// </summary>
internal sealed class DiscoveryNetwork : IDisposable
{
    private readonly MailDiscoveryOptions options;
    private readonly HttpClient? http;
    private readonly IHttpClientFactory? httpClients;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance of the <see cref="DiscoveryNetwork"/> class.</summary>
    /// <param name="options">The discovery options.</param>
    /// <param name="connections">The connection options (the module's proxy).</param>
    /// <param name="time">The clock of the request timeouts.</param>
    /// <param name="httpClients">Creates the named HTTP client; <see langword="null"/> for a client of its own.</param>
    public DiscoveryNetwork(IOptions<MailDiscoveryOptions> options, IOptions<MailConnectionOptions> connections, TimeProvider time, IHttpClientFactory? httpClients = null)
    {
        this.options = options.Value;
        this.time = time;
        Proxy = connections.Value.Proxy;
        var dns = this.options.NameServers.Count == 0
            ? new LookupClientOptions()
            : new LookupClientOptions(this.options.NameServers.Select(e => new NameServer(e)).ToArray());
        dns.UseCache = false;
        dns.Timeout = this.options.RequestTimeout;
        dns.Retries = 1;
        dns.ThrowDnsErrors = false;
        Dns = new LookupClient(dns);
        this.httpClients = httpClients;
        if (httpClients is null)
        {
            http = new HttpClient(this.options.HttpHandler ?? CreateHandler(Proxy), disposeHandler: this.options.HttpHandler is null);
            ConfigureClient(http);
        }
    }

    /// <summary>Creates the default HTTP handler of discovery: no redirects followed, through the given proxy.</summary>
    /// <param name="proxy">The proxy (the module's, or an account's own), or <see langword="null"/>.</param>
    /// <returns>The handler.</returns>
    public static HttpMessageHandler CreateHandler(MailProxy? proxy)
        => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5), Proxy = proxy?.CreateWebProxy(), UseProxy = proxy is not null };

    /// <summary>Sets what every discovery HTTP client needs: no overall timeout (each request has its own bounded token) and the user agent.</summary>
    /// <param name="client">The client.</param>
    public static void ConfigureClient(HttpClient client)
    {
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.UserAgent.ParseAdd("MailKitConfig");
    }

    /// <summary>Gets the DNS client.</summary>
    public ILookupClient Dns { get; }

    /// <summary>Gets the module's proxy (<see cref="MailConnectionOptions.Proxy"/>), or <see langword="null"/>; an account's own proxy wins over it.</summary>
    public MailProxy? Proxy { get; }

    /// <summary>Gets the discovery options.</summary>
    public MailDiscoveryOptions Options => options;

    /// <summary>
    /// Fetches a small document over HTTP(S) through the call's proxy; returns <see langword="null"/> for a non-success
    /// status. The module's proxy (or none) uses the shared client (the named client of the host's factory, in the
    /// module); an account's own proxy gets a client for the request. A configured
    /// <see cref="MailDiscoveryOptions.HttpHandler"/> is used as is (it decides about proxies).
    /// </summary>
    /// <param name="url">The URL.</param>
    /// <param name="maxLength">The largest accepted body, in bytes.</param>
    /// <param name="proxy">The proxy of the call (the account's, else the module's), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The body (at most <paramref name="maxLength"/> + 1 bytes are read), or <see langword="null"/>.</returns>
    public async Task<byte[]?> GetAsync(Uri url, int maxLength, MailProxy? proxy, CancellationToken cancellationToken)
    {
        if (options.HttpHandler is not null || ReferenceEquals(proxy, Proxy))
        {
            var shared = http ?? httpClients!.CreateClient(MailDiscoveryOptions.HttpClientName);
            return await GetAsync(shared, url, maxLength, cancellationToken).ConfigureAwait(false);
        }

        using var own = new HttpClient(CreateHandler(proxy));
        ConfigureClient(own);
        return await GetAsync(own, url, maxLength, cancellationToken).ConfigureAwait(false);
    }

    private async Task<byte[]?> GetAsync(HttpClient client, Uri url, int maxLength, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(options.RequestTimeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxLength)
            {
                throw new InvalidDataException($"{url.GetLeftPart(UriPartial.Path)} sent more than {maxLength} bytes.");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Opens the TCP connection for a mail protocol: directly (resolved with the configured DNS servers), or not at all
    /// when the connection goes through a proxy, in which case the caller lets MailKit connect through it.
    /// </summary>
    /// <param name="host">The host name or IP address.</param>
    /// <param name="port">The port.</param>
    /// <param name="timeout">How long resolving and connecting may take.</param>
    /// <param name="proxy">The proxy of the call (the account's, else the module's), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the connection.</param>
    /// <returns>The connected socket, or <see langword="null"/> with a proxy.</returns>
    public async Task<Socket?> ConnectMailAsync(string host, int port, TimeSpan timeout, MailProxy? proxy, CancellationToken cancellationToken)
        => proxy is null ? await ConnectAsync(host, port, timeout, cancellationToken).ConfigureAwait(false) : null;

    /// <summary>Resolves a host with the configured DNS servers and opens a TCP connection to the first address that answers.</summary>
    /// <param name="host">The host name or IP address.</param>
    /// <param name="port">The port.</param>
    /// <param name="timeout">How long resolving and connecting may take.</param>
    /// <param name="cancellationToken">Cancels the connection.</param>
    /// <returns>The connected socket; the caller owns it.</returns>
    /// <exception cref="SocketException">The host does not resolve or refuses the connection.</exception>
    /// <exception cref="TimeoutException">No connection within the timeout.</exception>
    public async Task<Socket> ConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var addresses = await ResolveAsync(host, limit.Token).ConfigureAwait(false);
            return await TcpConnector.ConnectAsync([.. addresses], port, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No connection to {host}:{port} within {timeout.TotalSeconds:0.#} s.");
        }
    }

    /// <summary>Gets the A/AAAA addresses of a host (an IP literal is returned as is).</summary>
    /// <param name="host">The host.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The addresses, IPv4 first.</returns>
    /// <exception cref="SocketException">The host does not resolve.</exception>
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        var v4 = await Dns.QueryAsync(host, QueryType.A, cancellationToken: cancellationToken).ConfigureAwait(false);
        var addresses = v4.Answers.OfType<ARecord>().Select(a => a.Address).ToList();
        if (addresses.Count == 0)
        {
            var v6 = await Dns.QueryAsync(host, QueryType.AAAA, cancellationToken: cancellationToken).ConfigureAwait(false);
            addresses.AddRange(v6.Answers.OfType<AaaaRecord>().Select(a => a.Address));
        }

        return addresses.Count > 0 ? addresses : throw new SocketException((int)SocketError.HostNotFound);
    }

    /// <inheritdoc />
    public void Dispose() => http?.Dispose();
}
