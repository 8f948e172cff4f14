namespace MailKitConfig;

/// <summary>
/// Hands requests to a handler the caller owns (<see cref="MailDiscoveryOptions.HttpHandler"/>,
/// <see cref="MailOAuthOptions.HttpHandler"/>) without disposing it
/// when <see cref="IHttpClientFactory"/> retires the handler chain.
/// </summary>
/// <param name="inner">The caller's handler.</param>
internal sealed class SharedHttpHandler(HttpMessageHandler inner) : HttpMessageHandler
{
    private readonly HttpMessageInvoker invoker = new(inner, disposeHandler: false);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => invoker.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            invoker.Dispose();
        }

        base.Dispose(disposing);
    }
}
