namespace MailKitConfig.Tests.Lab;

/// <summary>
/// A "browser" for tests: requests the sign-in page (the lab's authorization server approves at once), then follows
/// the redirect to the library's loopback listener, as a real browser would. Hooks can change the request or the
/// redirect to play an attacker.
/// </summary>
/// <param name="server">The authorization server.</param>
internal sealed class FollowingBrowser(LabAuthorizationServer server) : IOAuthBrowser
{
    /// <summary>Gets or sets a change to the sign-in request before it is sent (e.g. another PKCE challenge).</summary>
    public Func<Uri, Uri>? ChangeRequest { get; set; }

    /// <summary>Gets or sets a change to the redirect before it is followed (e.g. another state).</summary>
    public Func<Uri, Uri>? ChangeRedirect { get; set; }

    /// <summary>Gets the sign-in pages opened.</summary>
    public List<Uri> Opened { get; } = [];

    /// <summary>Gets the loopback pages' answers.</summary>
    public List<string> Pages { get; } = [];

    /// <inheritdoc />
    public async Task OpenAsync(Uri authorizationUrl, CancellationToken cancellationToken)
    {
        Opened.Add(authorizationUrl);
        var request = ChangeRequest?.Invoke(authorizationUrl) ?? authorizationUrl;
        using var toServer = new HttpClient(server.CreateHandler());
        using var response = await toServer.GetAsync(request, cancellationToken);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"The authorization server answered {(int)response.StatusCode} without a redirect.");
        var redirect = ChangeRedirect?.Invoke(location) ?? location;
        redirect.Host.Should().Be("127.0.0.1", "RFC 8252: a loopback IP literal, not localhost");
        using var toApp = new HttpClient();
        Pages.Add(await toApp.GetStringAsync(redirect, cancellationToken));
    }
}
