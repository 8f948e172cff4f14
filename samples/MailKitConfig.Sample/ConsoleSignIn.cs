using System.ComponentModel;
using System.Diagnostics;
using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>
/// The sample's side of "sign in with the mail service": prints the sign-in page's address and opens the browser (unless
/// told not to, e.g. over SSH), or prints where to enter the device code.
/// </summary>
/// <param name="openBrowser">Whether to try the system's browser.</param>
internal sealed class ConsoleSignIn(bool openBrowser) : IOAuthBrowser
{
    /// <inheritdoc />
    public Task OpenAsync(Uri authorizationUrl, CancellationToken cancellationToken)
    {
        Console.WriteLine(Say.Text("SignIn.OpenBrowser"));
        Console.WriteLine("  " + authorizationUrl.AbsoluteUri);
        if (openBrowser)
        {
            try
            {
                using var browser = Process.Start(new ProcessStartInfo(authorizationUrl.AbsoluteUri) { UseShellExecute = true });
            }
            catch (Win32Exception)
            {
                Console.WriteLine(Say.Text("SignIn.NoBrowser"));
            }
        }

        Console.WriteLine(Say.Text("SignIn.Waiting"));
        return Task.CompletedTask;
    }

    /// <summary>Shows the device code: where to go and what to type.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Not used: showing does not wait.</param>
    /// <returns>A completed task.</returns>
    public static Task ShowDeviceCodeAsync(OAuthDeviceCode code, CancellationToken cancellationToken)
    {
        Console.WriteLine(Say.Text("SignIn.DeviceCode", code.VerificationUri, code.UserCode, code.ExpiresAt.ToLocalTime()));
        if (code.VerificationUriComplete is { } complete)
        {
            Console.WriteLine(Say.Text("SignIn.CompleteAddress", complete));
        }

        Console.WriteLine(Say.Text("SignIn.Waiting"));
        return Task.CompletedTask;
    }
}
