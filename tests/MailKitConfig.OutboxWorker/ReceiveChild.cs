using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

/// <summary>
/// The receiving tests' child process: receives a lab mailbox with the default file state store, and can stop at the
/// point between the handler's acceptance of a chosen message and the state write, where the test kills it.
/// </summary>
internal static class ReceiveChild
{
    /// <summary>Receives once: <c>receive &lt;state-dir&gt; &lt;address&gt; &lt;imap|pop3&gt; &lt;subject|-&gt;</c>.</summary>
    /// <param name="lab">The lab's description.</param>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(JsonElement lab, string[] args)
    {
        var (stateDirectory, address, protocol, stopAfter) = (args[1], args[2], args[3] == "pop3" ? MailProtocol.Pop3 : MailProtocol.Imap, args[4]);
        var host = lab.GetProperty("host").GetString()!;
        var ports = lab.GetProperty("ports");
        var user = lab.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("address").GetString() == address);
        var account = new MailAccountSettings
        {
            Address = address,
            Usage = MailUsage.Receive,
            Credentials = MailCredentials.Password(user.GetProperty("password").GetString()!),
            Imap = new ServerEndpoint(host, ports.GetProperty("imaps").GetInt32(), MailSecurity.ImplicitTls),
            Pop3 = new ServerEndpoint(host, ports.GetProperty("pop3s").GetInt32(), MailSecurity.ImplicitTls),
        };

        var store = new StoppingStore(new FileMailReceiveStateStore(stateDirectory));
        await using var services = new ServiceCollection()
            .AddSingleton<IMailReceiveStateStore>(store) // before AddMailModule: replaces the default store
            .AddMailModule(o =>
            {
                o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificateFromFile(lab.GetProperty("caCertificatePath").GetString()!));
                o.CheckCertificateRevocation = false;
            })
            .Services.BuildServiceProvider();
        var result = await services.GetRequiredService<IMailReceiver>().ReceiveAsync(account, (mail, _) =>
        {
            var subject = mail.Headers[HeaderId.Subject];
            Console.WriteLine($"handed {mail.Key.Value} {subject}");
            store.StopAtNextSave = subject == stopAfter; // returning accepts it; the receiver saves the state next
            return Task.CompletedTask;
        }, new MailReceiveOptions { Protocol = protocol, Start = MailReceiveStart.All });
        Console.WriteLine($"done {result.Accepted}");
        return 0;
    }

    /// <summary>The file store, stopping before the save that follows a chosen acceptance.</summary>
    private sealed class StoppingStore(IMailReceiveStateStore inner) : IMailReceiveStateStore
    {
        public bool StopAtNextSave { get; set; }

        public Task<MailReceiveState?> LoadAsync(string mailbox, CancellationToken cancellationToken) => inner.LoadAsync(mailbox, cancellationToken);

        public async Task SaveAsync(string mailbox, MailReceiveState state, CancellationToken cancellationToken)
        {
            if (StopAtNextSave)
            {
                Console.WriteLine("at-state-write"); // the test kills the process on this line
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await inner.SaveAsync(mailbox, state, cancellationToken);
        }
    }
}
