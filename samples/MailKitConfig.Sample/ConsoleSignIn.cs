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
        Console.WriteLine(Say.Text("Sign in with your mail service in the browser. If it does not open, open this address on this computer:", "Войдите через почтовый сервис в браузере. Если он не открылся, откройте этот адрес на этом компьютере:"));
        Console.WriteLine("  " + authorizationUrl.AbsoluteUri);
        if (openBrowser)
        {
            try
            {
                using var browser = Process.Start(new ProcessStartInfo(authorizationUrl.AbsoluteUri) { UseShellExecute = true });
            }
            catch (Win32Exception)
            {
                Console.WriteLine(Say.Text("(No browser could be started here.)", "(Браузер здесь запустить не удалось.)"));
            }
        }

        Console.WriteLine(Say.Text("Waiting for the sign-in …", "Ждём входа …"));
        return Task.CompletedTask;
    }

    /// <summary>Shows the device code: where to go and what to type.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Not used: showing does not wait.</param>
    /// <returns>A completed task.</returns>
    public static Task ShowDeviceCodeAsync(OAuthDeviceCode code, CancellationToken cancellationToken)
    {
        Console.WriteLine(Say.Format($"{Say.Text("On any device, open", "На любом устройстве откройте")} {code.VerificationUri} {Say.Text("and enter the code", "и введите код")} {code.UserCode} ({Say.Text("valid until", "действует до")} {code.ExpiresAt.ToLocalTime():t})"));
        if (code.VerificationUriComplete is { } complete)
        {
            Console.WriteLine(Say.Text("Or open this address, which carries the code: ", "Или откройте этот адрес, код в нём уже есть: ") + complete);
        }

        Console.WriteLine(Say.Text("Waiting for the sign-in …", "Ждём входа …"));
        return Task.CompletedTask;
    }
}
