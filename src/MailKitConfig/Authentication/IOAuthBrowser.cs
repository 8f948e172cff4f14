namespace MailKitConfig;

/// <summary>Shows the provider's sign-in page; a GUI host replaces the default (the system browser) with its own web view.</summary>
public interface IOAuthBrowser
{
    /// <summary>Opens the sign-in page. The sign-in completes when the page redirects to the loopback address in it.</summary>
    /// <param name="authorizationUrl">The provider's sign-in page with the request (it holds no secret: the PKCE verifier stays in the app).</param>
    /// <param name="cancellationToken">Cancels the sign-in.</param>
    /// <returns>A task that completes when the page was opened (not when the user finished).</returns>
    Task OpenAsync(Uri authorizationUrl, CancellationToken cancellationToken);
}

/// <summary>Opens the system's default browser (<c>xdg-open</c>, <c>open</c>, or the shell on Windows).</summary>
internal sealed class SystemBrowser : IOAuthBrowser
{
    /// <inheritdoc />
    public Task OpenAsync(Uri authorizationUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorizationUrl);
        var start = OperatingSystem.IsWindows() ? new System.Diagnostics.ProcessStartInfo(authorizationUrl.AbsoluteUri) { UseShellExecute = true }
            : new System.Diagnostics.ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", authorizationUrl.AbsoluteUri) { UseShellExecute = false };
        try
        {
            using var process = System.Diagnostics.Process.Start(start);
            return Task.CompletedTask;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(ProblemCatalog.Current("OAuth.NoBrowser"), ex);
        }
    }
}
