using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MailKitConfig.Tests.Lab;

/// <summary>
/// An in-process HTTPS server for discovery tests: it answers for any host name (autoconfig.&lt;domain&gt;, &lt;domain&gt;,
/// the ISPDB, the Autodiscover v2 host) with files the test sets, under a certificate made for those names. The handler
/// it hands out keeps real URLs, Host headers, SNI and name checks, trusting only this server's certificate.
/// </summary>
internal sealed class DiscoveryWebServer : IAsyncDisposable
{
    public const string IspdbHost = "ispdb.lab.test";
    public const string AutodiscoverHost = "outlook.office365.com";

    private readonly WebApplication app;
    private readonly X509Certificate2 certificate;
    private readonly ConcurrentDictionary<string, string> files = new(StringComparer.OrdinalIgnoreCase);

    private DiscoveryWebServer(WebApplication app, X509Certificate2 certificate, int port)
    {
        this.app = app;
        this.certificate = certificate;
        Port = port;
    }

    /// <summary>Gets the loopback port every host name is sent to.</summary>
    public int Port { get; }

    /// <summary>Gets the requests served, as <c>host/path?query</c>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Gets or sets a value indicating whether hosts outside the test domains hang instead of being refused (to prove the deadline).</summary>
    public bool HangOnUnknownHosts { get; set; }

    /// <summary>Gets or sets how long every response waits before it is sent.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<DiscoveryWebServer> StartAsync(params string[] hostNames)
    {
        var certificate = LoopbackHttps.CreateCertificate("CN=MailKitConfig discovery tests", [.. hostNames, IspdbHost, AutodiscoverHost]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        DiscoveryWebServer? server = null;
        app.Run(async context =>
        {
            var key = $"{context.Request.Host.Host}{context.Request.Path}";
            server!.Requests.Enqueue(key + context.Request.QueryString);
            if (server.Delay > TimeSpan.Zero)
            {
                await Task.Delay(server.Delay, context.RequestAborted);
            }

            if (server.files.TryGetValue(key, out var body))
            {
                context.Response.ContentType = key.EndsWith(".json", StringComparison.Ordinal) || key.Contains("autodiscover", StringComparison.Ordinal) ? "application/json" : "text/xml";
                await context.Response.WriteAsync(body, context.RequestAborted);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        server = new DiscoveryWebServer(app, certificate, port);
        return server;
    }

    /// <summary>Serves a file at <c>host/path</c> (no query).</summary>
    public void Serve(string hostAndPath, string body) => files[hostAndPath] = body;

    /// <summary>Creates the HTTP handler discovery uses: test hosts go to this server, others are refused (or hang).</summary>
    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        ConnectCallback = async (context, token) =>
        {
            var host = context.DnsEndPoint.Host;
            if (!host.EndsWith(".test", StringComparison.OrdinalIgnoreCase) && !host.Equals(AutodiscoverHost, StringComparison.OrdinalIgnoreCase))
            {
                if (HangOnUnknownHosts)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                }

                throw new HttpRequestException($"{host} is not reachable from the tests.");
            }

            return await LoopbackHttps.ConnectAsync(Port, token);
        },
        SslOptions = LoopbackHttps.TrustOnly(certificate),
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        certificate.Dispose();
    }

}
