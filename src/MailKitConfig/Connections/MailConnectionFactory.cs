using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>
/// The one place that opens connections to mail servers, for sending, receiving and the settings check alike:
/// security mode, certificate trust, timeouts, the SMTP client name, login with any kind of credentials, and the
/// server's replies kept for failures.
/// </summary>
/// <param name="options">The connection options.</param>
/// <param name="time">The clock of the connect timeout and the implicit-TLS probe.</param>
internal sealed class MailConnectionFactory(IOptions<MailConnectionOptions> options, TimeProvider time)
{
    /// <summary>
    /// The SASL mechanisms used with a password, strongest first. One is chosen, so a wrong password costs exactly one
    /// failed login (MailKit would try the next mechanism after a refusal, and providers lock accounts after repeated failures).
    /// </summary>
    private static readonly string[] PasswordMechanisms = ["SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN", "LOGIN", "CRAM-MD5"];

    private readonly MailConnectionOptions options = options.Value;
    private readonly ServerCertificateValidator certificates = new(options.Value);

    /// <summary>Gets the connection options.</summary>
    public MailConnectionOptions Options => options;

    /// <summary>Connects to the account's SMTP server and logs in when the account has credentials.</summary>
    /// <param name="account">The account; must have an SMTP server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<SmtpClient>> ConnectSmtpAsync(MailAccountSettings account, CancellationToken cancellationToken)
        => ConnectSmtpAsync(account, t => new SmtpClient(t), cancellationToken);

    /// <summary>Connects to the account's SMTP server with a client of a derived type and logs in when the account has credentials.</summary>
    /// <typeparam name="TClient">The SMTP client type.</typeparam>
    /// <param name="account">The account; must have an SMTP server.</param>
    /// <param name="create">Creates the client with the given protocol logger.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<TClient>> ConnectSmtpAsync<TClient>(MailAccountSettings account, Func<ProtocolTranscript, TClient> create, CancellationToken cancellationToken)
        where TClient : SmtpClient
        => ConnectSmtpAsync(account, create, probeImplicitTls: true, cancellationToken);

    /// <summary>Connects to the account's SMTP server with a client of a derived type and logs in when the account has credentials.</summary>
    /// <typeparam name="TClient">The SMTP client type.</typeparam>
    /// <param name="account">The account; must have an SMTP server.</param>
    /// <param name="create">Creates the client with the given protocol logger.</param>
    /// <param name="probeImplicitTls">Whether a missing greeting is diagnosed with a second connection that tries TLS (once per operation, not on every retry).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<TClient>> ConnectSmtpAsync<TClient>(MailAccountSettings account, Func<ProtocolTranscript, TClient> create, bool probeImplicitTls, CancellationToken cancellationToken)
        where TClient : SmtpClient
        => ConnectAsync(MailProtocol.Smtp, account, Required(account.Smtp, nameof(account.Smtp)), create, probeImplicitTls, cancellationToken);

    /// <summary>Connects to the account's IMAP server and logs in.</summary>
    /// <param name="account">The account; must have an IMAP server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<ImapClient>> ConnectImapAsync(MailAccountSettings account, CancellationToken cancellationToken)
        => ConnectAsync(MailProtocol.Imap, account, Required(account.Imap, nameof(account.Imap)), t => new ImapClient(t), probeImplicitTls: true, cancellationToken);

    /// <summary>Connects to the account's IMAP server with a client made by the caller (e.g. with its own protocol logger) and logs in.</summary>
    /// <param name="account">The account; must have an IMAP server.</param>
    /// <param name="create">Creates the client with the given protocol logger.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<ImapClient>> ConnectImapAsync(MailAccountSettings account, Func<ProtocolTranscript, ImapClient> create, CancellationToken cancellationToken)
        => ConnectAsync(MailProtocol.Imap, account, Required(account.Imap, nameof(account.Imap)), create, probeImplicitTls: true, cancellationToken);

    /// <summary>Connects to the account's POP3 server with a client made by the caller (e.g. with its own protocol logger) and logs in.</summary>
    /// <param name="account">The account; must have a POP3 server.</param>
    /// <param name="create">Creates the client with the given protocol logger.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<Pop3Client>> ConnectPop3Async(MailAccountSettings account, Func<ProtocolTranscript, Pop3Client> create, CancellationToken cancellationToken)
        => ConnectAsync(MailProtocol.Pop3, account, Required(account.Pop3, nameof(account.Pop3)), create, probeImplicitTls: true, cancellationToken);

    /// <summary>Connects to the account's POP3 server and logs in.</summary>
    /// <param name="account">The account; must have a POP3 server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ready connection; dispose it to say goodbye.</returns>
    /// <exception cref="MailOperationException">The connection or the login failed.</exception>
    public Task<MailConnection<Pop3Client>> ConnectPop3Async(MailAccountSettings account, CancellationToken cancellationToken)
        => ConnectAsync(MailProtocol.Pop3, account, Required(account.Pop3, nameof(account.Pop3)), t => new Pop3Client(t), probeImplicitTls: true, cancellationToken);

    /// <summary>Opens a connection (TLS, greeting, capabilities, STARTTLS) without logging in.</summary>
    /// <typeparam name="TClient">The MailKit client type.</typeparam>
    /// <param name="protocol">The protocol.</param>
    /// <param name="endpoint">The server.</param>
    /// <param name="client">A new client whose protocol logger is <paramref name="transcript"/>; the connection owns it from now on.</param>
    /// <param name="transcript">The client's protocol logger.</param>
    /// <param name="credentials">The kind of credentials the connection will log in with, for failure reports.</param>
    /// <param name="socket">An already connected socket, or <see langword="null"/> to connect here (through <paramref name="proxy"/> if given).</param>
    /// <param name="proxy">The proxy to connect through when no socket is given, or <see langword="null"/> for a direct connection.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The open connection.</returns>
    /// <exception cref="MailOperationException">The connection failed.</exception>
    public Task<MailConnection<TClient>> OpenAsync<TClient>(MailProtocol protocol, ServerEndpoint endpoint, TClient client, ProtocolTranscript transcript, MailCredentialKind? credentials, Socket? socket, MailProxy? proxy, CancellationToken cancellationToken)
        where TClient : MailService
        => OpenAsync(protocol, endpoint, client, transcript, credentials, socket, proxy, probeImplicitTls: true, cancellationToken);

    /// <summary>
    /// Opens a connection (TCP, TLS, greeting, capabilities, STARTTLS) without logging in, all of it within
    /// <see cref="MailConnectionOptions.ConnectTimeout"/>, and reports the step that failed: the one place that decides it.
    /// </summary>
    private async Task<MailConnection<TClient>> OpenAsync<TClient>(MailProtocol protocol, ServerEndpoint endpoint, TClient client, ProtocolTranscript transcript, MailCredentialKind? credentials, Socket? socket, MailProxy? proxy, bool probeImplicitTls, CancellationToken cancellationToken)
        where TClient : MailService
    {
        var connection = new MailConnection<TClient>(client, protocol, endpoint, transcript, credentials, time);
        using var deadline = new CancellationTokenSource(options.ConnectTimeout, time);
        using var abandon = new CancellationTokenSource();
        using var phase = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token, abandon.Token);
        var viaProxy = socket is null && proxy is not null;
        var tcpOpen = socket is not null;
        var probeAlongside = probeImplicitTls && !viaProxy && endpoint.Security != MailSecurity.ImplicitTls;
        try
        {
            client.ServerCertificateValidationCallback = (sender, certificate, chain, errors) =>
            {
                var verdict = certificates.Check(certificate, chain, errors);
                connection.Certificate = certificate is null ? null : TlsCertificateInfo.From(certificate, errors, verdict.ChainStatus);
                return verdict.Trusted;
            };
            client.CheckCertificateRevocation = options.CheckCertificateRevocation;
            client.Timeout = ToTimeout(options.ConnectTimeout);
            if (client is SmtpClient smtp && options.LocalDomain is not null)
            {
                smtp.LocalDomain = options.LocalDomain;
            }

            bool? probed = null;
            try
            {
                var security = ToSocketOptions(endpoint.Security);
                if (viaProxy)
                {
                    client.ProxyClient = proxy!.CreateClient();
                    await client.ConnectAsync(endpoint.Host, endpoint.Port, security, phase.Token).ConfigureAwait(false);
                }
                else
                {
                    socket ??= await TcpConnector.ConnectAsync(endpoint.Host, endpoint.Port, phase.Token).ConfigureAwait(false);
                    TcpConnector.TuneFor(socket, protocol);
                    tcpOpen = true;
                    var opening = client.ConnectAsync(socket, endpoint.Host, endpoint.Port, security, phase.Token);
                    if (probeAlongside)
                    {
                        probed = await ProbeWhileWaitingAsync(opening, connection, phase.Token).ConfigureAwait(false);
                        if (probed == true && !opening.IsCompleted && !connection.Replies.ServerSpoke)
                        {
                            // The port answered TLS while this connection still waits for a greeting: stop waiting.
                            await abandon.CancelAsync().ConfigureAwait(false);
                            await opening.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                            socket.Dispose();
                            throw MailFailures.Create(protocol, MailOperationStage.Greeting, endpoint, null, new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No greeting within {GreetingGrace.TotalSeconds:0.###} s, while a TLS handshake on the same port was answered.")), ExpectsImplicitTls, credentials, null, portSpeaksImplicitTls: true);
                        }
                    }

                    await opening.ConfigureAwait(false);
                }
            }
            catch (Exception ex) when ((MailFailures.IsConversationFailure(ex) || ex is OperationCanceledException && deadline.IsCancellationRequested) && !cancellationToken.IsCancellationRequested)
            {
                socket?.Dispose();
                var failure = ex is OperationCanceledException
                    ? new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"The connection was not ready within the connect timeout of {options.ConnectTimeout.TotalSeconds:0.###} s."), ex)
                    : ex;
                var stage = StageOf(connection, failure, tcpOpen || viaProxy && transcript.Connected);
                throw await OpenFailureAsync(connection, stage, failure, viaProxy ? proxy : null, probeImplicitTls && !viaProxy && probed is null, cancellationToken).ConfigureAwait(false);
            }

            client.Timeout = ToTimeout(options.CommandTimeout);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Logs in with the account's credentials; does nothing for an account without credentials.</summary>
    /// <typeparam name="TClient">The MailKit client type.</typeparam>
    /// <param name="connection">The open connection.</param>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when logged in.</returns>
    /// <exception cref="MailOperationException">The server offers no login on this connection, or refused it.</exception>
    public static async Task LoginAsync<TClient>(MailConnection<TClient> connection, MailAccountSettings account, CancellationToken cancellationToken)
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
                    var credential = new NetworkCredential(login, secret.Secret);
                    var best = PasswordMechanisms.FirstOrDefault(client.AuthenticationMechanisms.Contains);
                    await (best is null
                        ? client.AuthenticateAsync(Encoding.UTF8, credential, cancellationToken) // no SASL: IMAP LOGIN or POP3 USER/PASS, a single attempt
                        : client.AuthenticateAsync(SaslMechanism.Create(best, Encoding.UTF8, credential) ?? throw new NotSupportedException($"MailKit does not implement SASL {best}."), cancellationToken)).ConfigureAwait(false);
                    break;
                case OAuthCredentials oauth:
                    await LoginWithTokenAsync(connection, oauth.TokenSource, login, cancellationToken).ConfigureAwait(false);
                    break;
            }

            if (client is ImapClient imap)
            {
                await IdentifyAsync(imap, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw connection.Fail(MailOperationStage.Authentication, ex, $"the server refused the login as {Shown(login)}");
        }
    }

    /// <summary>
    /// Names the program to an IMAP server that offers ID (RFC 2971) after login, as Thunderbird does: some servers
    /// (NetEase's) open folders only for a program that named itself and answer others "Unsafe Login". A refusal of
    /// ID itself changes nothing.
    /// </summary>
    private static async Task IdentifyAsync(ImapClient imap, CancellationToken cancellationToken)
    {
        if (!imap.Capabilities.HasFlag(ImapCapabilities.Id))
        {
            return;
        }

        try
        {
            await imap.IdentifyAsync(ClientIdentity, cancellationToken).ConfigureAwait(false);
        }
        catch (ImapCommandException)
        {
            // NO or BAD to ID: the server does not want it; the session goes on as without it.
        }
    }

    /// <summary>Gets how the library names itself with IMAP ID: its name and version, nothing about the user or host.</summary>
    private static ImapImplementation ClientIdentity { get; } = new()
    {
        Name = "MailKitConfig",
        Version = typeof(MailConnectionFactory).Assembly.GetName().Version?.ToString(3),
    };

    /// <summary>
    /// Logs in with an OAuth access token: OAUTHBEARER (RFC 7628) where advertised, else XOAUTH2. A refused token is
    /// reported to the source; when it can get a new one (a refresh), the login is retried once on the same connection,
    /// and a second refusal means the user must sign in again. A failure of the source itself is reported as a login
    /// failure of this connection (without a server reply), never thrown as is.
    /// </summary>
    private static async Task LoginWithTokenAsync<TClient>(MailConnection<TClient> connection, IOAuthTokenSource source, string login, CancellationToken cancellationToken)
        where TClient : MailService
    {
        var client = connection.Client;
        for (var attempt = 1; ; attempt++)
        {
            var token = await TokenAsync(connection, source, login, cancellationToken).ConfigureAwait(false);
            SaslMechanism mechanism = client.AuthenticationMechanisms.Contains("OAUTHBEARER")
                ? new SaslMechanismOAuthBearer(login, token)
                : new SaslMechanismOAuth2(login, token);
            try
            {
                await client.AuthenticateAsync(mechanism, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (MailKit.Security.AuthenticationException refused) when (client.IsConnected && !cancellationToken.IsCancellationRequested)
            {
                if (attempt > 1)
                {
                    var again = new MailOAuthException(MailProblemKind.OAuthSignInRequired, "The server refused a freshly refreshed access token too; sign in again.", null, refused);
                    throw connection.Fail(MailOperationStage.Authentication, again, $"the server refused the login as {Shown(login)} with a refreshed token");
                }

                if (!await source.TokenRejectedAsync(login, token, cancellationToken).ConfigureAwait(false))
                {
                    throw; // the source cannot get another token: reported as a refused token
                }
            }
        }
    }

    /// <summary>Gets a token from the source; its failure becomes a login failure of the connection.</summary>
    private static async Task<string> TokenAsync<TClient>(MailConnection<TClient> connection, IOAuthTokenSource source, string login, CancellationToken cancellationToken)
        where TClient : MailService
    {
        try
        {
            return await source.GetAccessTokenAsync(login, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw MailFailures.Create(connection.Protocol, MailOperationStage.Authentication, connection.Endpoint, null, ex, $"no access token for '{login}': {ex.Message.TrimEnd('.')}", connection.Credentials);
        }
    }

    /// <summary>
    /// Finds the step at which opening failed. Before the TCP connection stood it is <see cref="MailOperationStage.Connect"/>
    /// (a reset counts as after);
    /// after it, a TLS failure (or implicit TLS without a certificate seen) is <see cref="MailOperationStage.Tls"/>,
    /// silence or a reset before the server said anything is <see cref="MailOperationStage.Greeting"/>, and anything
    /// later is <see cref="MailOperationStage.Capabilities"/>.
    /// </summary>
    private static MailOperationStage StageOf<TClient>(MailConnection<TClient> connection, Exception failure, bool tcpOpen)
        where TClient : MailService
    {
        // A reset is only possible once the server accepted the connection (a closed port refuses it), even when it
        // arrives before the connect call returned: the server dropped an open connection.
        if (!tcpOpen && failure is not SocketException { SocketErrorCode: SocketError.ConnectionReset })
        {
            return MailOperationStage.Connect;
        }

        var transport = MailFailures.ConnectStageOf(failure);
        if (transport == MailOperationStage.Tls || connection.Endpoint.Security == MailSecurity.ImplicitTls && connection.Certificate is null)
        {
            return MailOperationStage.Tls;
        }

        return connection.Replies.ServerSpoke ? MailOperationStage.Capabilities : MailOperationStage.Greeting;
    }

    /// <summary>Describes a failure to open; when a plain connection waited in vain for a greeting, and when asked, a probe finds out whether the port speaks implicit TLS.</summary>
    private async Task<MailOperationException> OpenFailureAsync<TClient>(MailConnection<TClient> connection, MailOperationStage stage, Exception failure, MailProxy? proxy, bool probe, CancellationToken cancellationToken)
        where TClient : MailService
    {
        var speaksTls = probe && stage == MailOperationStage.Greeting && !connection.Replies.ServerSpoke && connection.Endpoint.Security != MailSecurity.ImplicitTls
            && await ImplicitTlsProbe.SpeaksImplicitTlsAsync(connection.Endpoint.Host, connection.Endpoint.Port, ProbeTimeout, time, cancellationToken).ConfigureAwait(false);
        var description = speaksTls ? ExpectsImplicitTls
            : proxy is not null && stage == MailOperationStage.Connect ? $"no connection through the proxy {proxy}: {failure.Message}"
            : null;
        return MailFailures.Create(connection.Protocol, stage, connection.Endpoint, connection.Replies.ReplyForFailure, failure, description, connection.Credentials, connection.Certificate, speaksTls);
    }

    /// <summary>
    /// Waits for the connection to open; when the server has not greeted within <see cref="GreetingGrace"/>, tries a
    /// TLS handshake on the same port alongside (a port that expects SSL/TLS answers it with a certificate at once),
    /// so a wrong security mode is found in seconds rather than after the whole connect timeout.
    /// </summary>
    /// <returns>Whether the probe found that the port expects implicit TLS; <see langword="null"/> when it did not run (the server greeted or the connection ended first).</returns>
    private async Task<bool?> ProbeWhileWaitingAsync<TClient>(Task opening, MailConnection<TClient> connection, CancellationToken cancellationToken)
        where TClient : MailService
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var grace = Task.Delay(GreetingGrace, time, stop.Token);
        if (await Task.WhenAny(opening, grace).ConfigureAwait(false) == opening || connection.Replies.ServerSpoke)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await grace.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            return null;
        }

        var probe = ImplicitTlsProbe.SpeaksImplicitTlsAsync(connection.Endpoint.Host, connection.Endpoint.Port, ProbeTimeout, time, stop.Token);
        if (await Task.WhenAny(opening, probe).ConfigureAwait(false) == opening)
        {
            await stop.CancelAsync().ConfigureAwait(false); // the server spoke (or the connection failed) first: the probe is moot
        }

        try
        {
            return await probe.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return opening.IsCompleted ? null : false;
        }
    }

    /// <summary>What a connection reports when its port expects implicit TLS.</summary>
    private const string ExpectsImplicitTls = "the server sent no greeting; the port expects implicit TLS (SSL/TLS from the first byte)";

    /// <summary>How long a plain connection waits for the greeting before the implicit-TLS probe starts alongside: 1.5 s, at most a quarter of the connect timeout.</summary>
    private TimeSpan GreetingGrace => TimeSpan.FromTicks(Math.Min(options.ConnectTimeout.Ticks / 4, TimeSpan.FromSeconds(1.5).Ticks));

    /// <summary>Converts a timeout to MailKit's milliseconds.</summary>
    /// <param name="timeout">The timeout.</param>
    /// <returns>The milliseconds, at most <see cref="int.MaxValue"/>.</returns>
    internal static int ToTimeout(TimeSpan timeout) => (int)Math.Min(timeout.TotalMilliseconds, int.MaxValue);

    /// <summary>Gets how long the implicit-TLS probe may take: a quarter of the connect timeout, at most 3 seconds.</summary>
    private TimeSpan ProbeTimeout => TimeSpan.FromTicks(Math.Min(options.ConnectTimeout.Ticks / 4, TimeSpan.FromSeconds(3).Ticks));

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

    private async Task<MailConnection<TClient>> ConnectAsync<TClient>(MailProtocol protocol, MailAccountSettings account, ServerEndpoint endpoint, Func<ProtocolTranscript, TClient> create, bool probeImplicitTls, CancellationToken cancellationToken)
        where TClient : MailService
    {
        account.EnsureValid();
        var transcript = new ProtocolTranscript();
        var connection = await OpenAsync(protocol, endpoint, create(transcript), transcript, account.Credentials?.Kind, socket: null, account.Proxy ?? options.Proxy, probeImplicitTls, cancellationToken).ConfigureAwait(false);
        try
        {
            await LoginAsync(connection, account, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The login as a message may show it: a user's address only by its domain (messages are logged), another login as is.</summary>
    private static string Shown(string login)
        => login.Contains('@', StringComparison.Ordinal) ? $"a user at {login[(login.LastIndexOf('@') + 1)..]}" : $"'{login}'";
}
