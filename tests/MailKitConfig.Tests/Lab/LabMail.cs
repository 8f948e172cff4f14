using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace MailKitConfig.Tests.Lab;

/// <summary>Accounts, services and mailbox readers for tests against the lab.</summary>
internal static class LabMail
{
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(20);

    private static LabEnvironment Lab => LabEnvironment.Current;

    /// <summary>Creates the mail module as a host would, trusting the lab's CA (and nothing else beyond the system's roots).</summary>
    /// <param name="trustLabCa">Whether the lab's CA is added to the trusted roots.</param>
    /// <param name="connections">Changes the connection options further; optional.</param>
    /// <param name="sending">Changes the sending options; optional.</param>
    /// <param name="time">The module's clock, e.g. a fake one; <see langword="null"/> for the system clock.</param>
    /// <param name="module">Adds more to the module (e.g. the outbox); optional.</param>
    /// <returns>The service provider; the caller disposes it.</returns>
    /// <param name="receiving">Changes the receiving options; optional.</param>
    public static ServiceProvider CreateServices(bool trustLabCa = true, Action<MailConnectionOptions>? connections = null, Action<MailSendingOptions>? sending = null, TimeProvider? time = null, Action<MailReceivingOptions>? receiving = null, Action<IMailModuleBuilder>? module = null)
        => new ServiceCollection()
            .AddSingleton(time ?? TimeProvider.System)
            .AddMailModule(options =>
            {
                if (trustLabCa)
                {
                    Lab.Trust(options);
                }
                else
                {
                    options.CheckCertificateRevocation = false; // the lab CA publishes no revocation list
                }

                options.ConnectTimeout = TimeSpan.FromSeconds(10);
                options.CommandTimeout = TimeSpan.FromSeconds(30);
                connections?.Invoke(options);
            })
            .ConfigureSending(options => sending?.Invoke(options))
            .ConfigureReceiving(options => receiving?.Invoke(options))
            .With(module)
            .Services
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    /// <summary>Applies an optional addition to the module.</summary>
    /// <param name="builder">The module.</param>
    /// <param name="module">The addition, or <see langword="null"/>.</param>
    /// <returns>The same module.</returns>
    private static IMailModuleBuilder With(this IMailModuleBuilder builder, Action<IMailModuleBuilder>? module)
    {
        module?.Invoke(builder);
        return builder;
    }

    /// <summary>Creates settings for a lab user with the given servers.</summary>
    /// <param name="user">The user.</param>
    /// <param name="smtp">The SMTP endpoint, or <see langword="null"/> for submission with STARTTLS.</param>
    /// <param name="password">A password other than the user's, or <see langword="null"/>.</param>
    /// <returns>The settings.</returns>
    public static MailAccountSettings Account(LabUser user, ServerEndpoint? smtp = null, string? password = null) => new()
    {
        Address = user.Address,
        DisplayName = "Lab " + user.Address.Split('@')[0],
        Credentials = MailCredentials.Password(password ?? user.Password),
        Smtp = smtp ?? Submission(),
        Imap = new ServerEndpoint(Lab.Host, Lab.Ports.Imaps, MailSecurity.ImplicitTls),
        Pop3 = new ServerEndpoint(Lab.Host, Lab.Ports.Pop3s, MailSecurity.ImplicitTls),
    };

    /// <summary>Gets the submission port with STARTTLS.</summary>
    /// <returns>The endpoint.</returns>
    public static ServerEndpoint Submission() => new(Lab.Host, Lab.Ports.Submission, MailSecurity.StartTlsRequired);

    /// <summary>Gets the submissions port with implicit TLS.</summary>
    /// <returns>The endpoint.</returns>
    public static ServerEndpoint Submissions() => new(Lab.Host, Lab.Ports.Submissions, MailSecurity.ImplicitTls);

    /// <summary>Waits until a message arrives in the user's IMAP inbox and returns it, read with plain MailKit.</summary>
    /// <param name="user">The mailbox owner.</param>
    /// <param name="messageId">The Message-ID to look for.</param>
    /// <returns>The message as stored by the server.</returns>
    public static async Task<MimeMessage> ReadFromImapAsync(LabUser user, string messageId)
    {
        using var client = new ImapClient { ServerCertificateValidationCallback = TrustLabCa, CheckCertificateRevocation = false };
        await client.ConnectAsync(Lab.Host, Lab.Ports.Imaps, SecureSocketOptions.SslOnConnect);
        await client.AuthenticateAsync(user.Address, user.Password);
        var deadline = DateTime.UtcNow + DeliveryWait;
        while (true)
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            var found = await client.Inbox.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId));
            if (found.Count > 0)
            {
                found.Should().ContainSingle("the message was sent once");
                var message = await client.Inbox.GetMessageAsync(found[0]);
                await client.DisconnectAsync(true);
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Message {messageId} did not arrive in {user.Address}'s IMAP inbox within {DeliveryWait.TotalSeconds} s.");
            }

            await client.Inbox.CloseAsync();
            await Task.Delay(100);
        }
    }

    /// <summary>Returns whether a message with the Message-ID is in the user's inbox now.</summary>
    /// <param name="user">The mailbox owner.</param>
    /// <param name="messageId">The Message-ID to look for.</param>
    /// <returns>How many copies are there.</returns>
    public static async Task<int> CountInImapAsync(LabUser user, string messageId)
    {
        using var client = new ImapClient { ServerCertificateValidationCallback = TrustLabCa, CheckCertificateRevocation = false };
        await client.ConnectAsync(Lab.Host, Lab.Ports.Imaps, SecureSocketOptions.SslOnConnect);
        await client.AuthenticateAsync(user.Address, user.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var found = await client.Inbox.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId));
        await client.DisconnectAsync(true);
        return found.Count;
    }

    /// <summary>Waits until a message arrives in the user's POP3 maildrop and returns it, read with plain MailKit.</summary>
    /// <remarks>
    /// Each poll reads the headers only of messages it has not looked at before (known by UIDL), newest first, and
    /// starts a new session after a second, so a message that arrives while an older, large maildrop is being read is
    /// seen by the next session instead of after the whole maildrop.
    /// </remarks>
    /// <param name="user">The mailbox owner.</param>
    /// <param name="messageId">The Message-ID to look for.</param>
    /// <returns>The message as stored by the server.</returns>
    public static async Task<MimeMessage> ReadFromPop3Async(LabUser user, string messageId)
    {
        var deadline = DateTime.UtcNow + DeliveryWait;
        var looked = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            using (var client = new Pop3Client { ServerCertificateValidationCallback = TrustLabCa, CheckCertificateRevocation = false })
            {
                await client.ConnectAsync(Lab.Host, Lab.Ports.Pop3s, SecureSocketOptions.SslOnConnect);
                await client.AuthenticateAsync(user.Address, user.Password);
                var uids = await client.GetMessageUidsAsync();
                var sessionEnd = DateTime.UtcNow + TimeSpan.FromSeconds(1);
                for (var i = uids.Count - 1; i >= 0 && DateTime.UtcNow < sessionEnd; i--)
                {
                    if (!looked.Add(uids[i]))
                    {
                        continue;
                    }

                    var headers = await client.GetMessageHeadersAsync(i);
                    if (headers[HeaderId.MessageId]?.Contains(messageId, StringComparison.Ordinal) == true)
                    {
                        var message = await client.GetMessageAsync(i);
                        await client.DisconnectAsync(true);
                        return message;
                    }
                }

                await client.DisconnectAsync(true);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Message {messageId} did not arrive in {user.Address}'s POP3 maildrop within {DeliveryWait.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Validates a lab server certificate against the lab CA only, with host name checks on.</summary>
    private static bool TrustLabCa(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        using var ca = Lab.LoadCaCertificate();
        return CertificateTrust.ChainsTo(ca, certificate, errors);
    }
}
