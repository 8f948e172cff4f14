using System.Net;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>
/// The one place that opens connections to mail servers: security mode, certificate trust, timeouts, the SMTP client
/// name, login with any kind of credentials, and the server's last reply kept for failures.
/// </summary>
internal sealed class MailConnectionFactory(IOptions<MailConnectionOptions> options)
{
    private readonly MailConnectionOptions options = options.Value;
    private readonly ServerCertificateValidator certificates = new(options.Value);

    /// <summary>Connects to the account's SMTP server and logs in when the account has credentials.</summary>
    /// <param name="account">The account; must have an SMTP server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<SmtpClient>> ConnectSmtpAsync(MailAccountSettings account, CancellationToken cancellationToken)
        => ConnectAsync(MailProtocol.Smtp, account, Required(account.Smtp, nameof(account.Smtp)), replies => new SmtpClient(replies), cancellationToken);

    /// <summary>Connects to the account's IMAP server and logs in.</summary>
    /// <param name="account">The account; must have an IMAP server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<ImapClient>> ConnectImapAsync(MailAccountSettings account, CancellationToken cancellationToken)
        => ConnectAsync(MailProtocol.Imap, account, Required(account.Imap, nameof(account.Imap)), replies => new ImapClient(replies), cancellationToken);

    /// <summary>Connects to the account's POP3 server and logs in.</summary>
    /// <param name="account">The account; must have a POP3 server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<Pop3Client>> ConnectPop3Async(MailAccountSettings account, CancellationToken cancellationToken)
        => ConnectAsync(MailProtocol.Pop3, account, Required(account.Pop3, nameof(account.Pop3)), replies => new Pop3Client(replies), cancellationToken);

    private static ServerEndpoint Required(ServerEndpoint? endpoint, string name)
        => endpoint ?? throw new ArgumentException($"The account has no {name} server.");

    private static SecureSocketOptions ToSocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.ImplicitTls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTlsRequired => SecureSocketOptions.StartTls,
        MailSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        MailSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown security mode."),
    };

    private async Task<MailConnection<TClient>> ConnectAsync<TClient>(MailProtocol protocol, MailAccountSettings account, ServerEndpoint endpoint, Func<ServerReplyLog, TClient> create, CancellationToken cancellationToken)
        where TClient : MailService
    {
        account.EnsureValid();
        var replies = new ServerReplyLog();
        var connection = new MailConnection<TClient>(create(replies), protocol, endpoint, replies);
        var client = connection.Client;
        try
        {
            client.ServerCertificateValidationCallback = certificates.Validate;
            client.CheckCertificateRevocation = options.CheckCertificateRevocation;
            client.Timeout = (int)options.ConnectTimeout.TotalMilliseconds;
            if (client is SmtpClient smtp && options.LocalDomain is not null)
            {
                smtp.LocalDomain = options.LocalDomain;
            }

            try
            {
                await client.ConnectAsync(endpoint.Host, endpoint.Port, ToSocketOptions(endpoint.Security), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
            {
                throw connection.Fail(MailFailures.ConnectStageOf(ex), ex);
            }

            client.Timeout = (int)options.CommandTimeout.TotalMilliseconds;
            await AuthenticateAsync(connection, account, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task AuthenticateAsync<TClient>(MailConnection<TClient> connection, MailAccountSettings account, CancellationToken cancellationToken)
        where TClient : MailService
    {
        var client = connection.Client;
        var login = account.EffectiveLogin;
        if (account.Credentials is null)
        {
            return; // an SMTP relay that takes mail without login; settings validation requires credentials for receiving
        }

        connection.Replies.BeginOperation();
        if (NoLoginOffered(client) is { } reason)
        {
            throw connection.Fail(MailOperationStage.Authentication, null, reason);
        }

        try
        {
            switch (account.Credentials)
            {
                case SecretCredentials secret:
                    await client.AuthenticateAsync(Encoding.UTF8, new NetworkCredential(login, secret.Secret), cancellationToken).ConfigureAwait(false);
                    break;
                case OAuthCredentials oauth:
                    var token = await oauth.TokenSource.GetAccessTokenAsync(login, cancellationToken).ConfigureAwait(false);
                    SaslMechanism mechanism = client.AuthenticationMechanisms.Contains("OAUTHBEARER")
                        ? new SaslMechanismOAuthBearer(login, token)
                        : new SaslMechanismOAuth2(login, token);
                    await client.AuthenticateAsync(mechanism, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw connection.Fail(MailOperationStage.Authentication, ex, $"the server refused the login as '{login}'");
        }
    }

    /// <summary>Explains why the server offers no way to log in on this connection, before any secret is sent.</summary>
    private static string? NoLoginOffered(MailService client)
    {
        var unencrypted = client.IsSecure ? string.Empty : " on this unencrypted connection; it probably requires STARTTLS or implicit TLS first";
        return client switch
        {
            SmtpClient smtp when !smtp.Capabilities.HasFlag(SmtpCapabilities.Authentication)
                => $"the server offers no login (no AUTH in its EHLO reply){unencrypted}",
            ImapClient imap when imap.Capabilities.HasFlag(ImapCapabilities.LoginDisabled) && imap.AuthenticationMechanisms.Count == 0
                => $"the server refuses to log in (it advertises LOGINDISABLED){unencrypted}",
            _ => null,
        };
    }
}
