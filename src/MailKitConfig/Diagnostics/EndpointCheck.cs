using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;
using MimeKit;

namespace MailKitConfig;

/// <summary>Checks one server of an account step by step, logging in at most once.</summary>
/// <param name="connections">The connection factory.</param>
/// <param name="time">The clock.</param>
/// <param name="protocol">The protocol of the server.</param>
/// <param name="account">The account.</param>
/// <param name="endpoint">The server settings to check.</param>
/// <param name="sendTestMessage">Whether to send a real test message (SMTP).</param>
/// <param name="culture">The language of the problems.</param>
/// <param name="transcript">A new transcript that keeps every line; the caller disposes it.</param>
internal sealed class EndpointCheck(MailConnectionFactory connections, TimeProvider time, MailProtocol protocol, MailAccountSettings account, ServerEndpoint endpoint, bool sendTestMessage, CultureInfo culture, ProtocolTranscript transcript)
{
    /// <summary>How early a certificate's coming expiry is reported.</summary>
    private static readonly TimeSpan CertificateRenewalWarning = TimeSpan.FromDays(30);

    private readonly List<MailCheckStep> steps = [];

    public async Task<MailProtocolCheck> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunStepsAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var kind in Enum.GetValues<MailCheckStepKind>().Where(k => steps.All(s => s.Kind != k) && Applies(k)))
            {
                steps.Add(new MailCheckStep(kind, MailCheckOutcome.Skipped, TimeSpan.Zero, null, null, null));
            }
        }

        steps.Sort((a, b) => a.Kind.CompareTo(b.Kind));
        return new MailProtocolCheck(protocol, endpoint, steps, transcript.Entries.Select(Format).ToList(), alternative: null, verifiedFix: null);
    }

    private bool Applies(MailCheckStepKind kind) => kind switch
    {
        MailCheckStepKind.Tls => endpoint.Security == MailSecurity.ImplicitTls,
        MailCheckStepKind.StartTls => endpoint.Security != MailSecurity.ImplicitTls,
        MailCheckStepKind.TestMessage => protocol == MailProtocol.Smtp && sendTestMessage,
        _ => true,
    };

    private async Task RunStepsAsync(CancellationToken cancellationToken)
    {
        Socket? socket = null;
        if (Proxy is { } proxy)
        {
            // Through a proxy the proxy resolves the name and opens the connection; both happen inside the greeting step.
            var through = ProblemCatalog.Format(culture, "Detail.ThroughProxy", proxy);
            steps.Add(new MailCheckStep(MailCheckStepKind.Dns, MailCheckOutcome.Skipped, TimeSpan.Zero, through, null, null));
            steps.Add(new MailCheckStep(MailCheckStepKind.Tcp, MailCheckOutcome.Skipped, TimeSpan.Zero, through, null, null));
        }
        else
        {
            if (await ResolveAsync(cancellationToken).ConfigureAwait(false) is not { } addresses)
            {
                return;
            }

            if ((socket = await ConnectTcpAsync(addresses, cancellationToken).ConfigureAwait(false)) is null)
            {
                return;
            }
        }

        switch (protocol)
        {
            case MailProtocol.Smtp:
                await CheckAsync(new ProbeSmtpClient(transcript), socket, VerifySmtpAsync, cancellationToken).ConfigureAwait(false);
                break;
            case MailProtocol.Imap:
                await CheckAsync(new ImapClient(transcript), socket, VerifyImapAsync, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await CheckAsync(new Pop3Client(transcript), socket, VerifyPop3Async, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<IPAddress[]?> ResolveAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal))
        {
            Add(MailCheckStepKind.Dns, MailCheckOutcome.Passed, started, literal.ToString());
            return [literal];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken).WaitAsync(connections.Options.ConnectTimeout, time, cancellationToken).ConfigureAwait(false);
            Add(MailCheckStepKind.Dns, MailCheckOutcome.Passed, started, string.Join(", ", addresses.Select(a => a.ToString())));
            return addresses;
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            AddFailure(MailCheckStepKind.Dns, MailOperationStage.Connect, started, ex);
            return null;
        }
    }

    private async Task<Socket?> ConnectTcpAsync(IPAddress[] addresses, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(connections.Options.ConnectTimeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var socket = await TcpConnector.ConnectAsync(addresses, endpoint.Port, timeout.Token).ConfigureAwait(false);
            Add(MailCheckStepKind.Tcp, MailCheckOutcome.Passed, started, socket.RemoteEndPoint is IPEndPoint remote ? $"{(remote.Address.IsIPv4MappedToIPv6 ? remote.Address.MapToIPv4() : remote.Address)}:{remote.Port}" : $"{endpoint.Host}:{endpoint.Port}");
            return socket;
        }
        catch (SocketException ex)
        {
            AddFailure(MailCheckStepKind.Tcp, MailOperationStage.Connect, started, ex);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No TCP connection to {endpoint.Host}:{endpoint.Port} within {connections.Options.ConnectTimeout.TotalSeconds:0.#} s."));
            AddFailure(MailCheckStepKind.Tcp, MailOperationStage.Connect, started, failure);
        }

        return null;
    }

    private MailProxy? Proxy => account.Proxy ?? connections.Options.Proxy;

    private async Task CheckAsync<TClient>(TClient client, Socket? socket, Func<MailConnection<TClient>, CancellationToken, Task> verify, CancellationToken cancellationToken)
        where TClient : MailService
    {
        var opened = transcript.Elapsed;
        MailConnection<TClient> connection;
        try
        {
            connection = await connections.OpenAsync(protocol, endpoint, client, transcript, account.Credentials?.Kind, socket, Proxy, cancellationToken).ConfigureAwait(false);
        }
        catch (MailOperationException ex)
        {
            AddOpenSteps<TClient>(opened, null, ex);
            return;
        }

        await using (connection.ConfigureAwait(false))
        {
            AddOpenSteps(opened, connection, null);
            if (!await LoginAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var started = time.GetTimestamp();
            try
            {
                connection.Replies.BeginOperation();
                await verify(connection, cancellationToken).ConfigureAwait(false);
            }
            catch (MailOperationException ex)
            {
                AddFailure(steps.Any(s => s.Kind == MailCheckStepKind.Verification) ? MailCheckStepKind.TestMessage : MailCheckStepKind.Verification, ex, started);
            }
            catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
            {
                var stage = ex is SmtpCommandException command ? MailFailures.SmtpStageOf(command) : MailOperationStage.Mailbox;
                AddFailure(steps.Any(s => s.Kind == MailCheckStepKind.Verification) ? MailCheckStepKind.TestMessage : MailCheckStepKind.Verification, connection.Fail(stage, ex), started);
            }
        }
    }

    /// <summary>Turns what happened while opening (TLS, greeting, capabilities, STARTTLS) into steps, from the transcript and the certificate seen.</summary>
    private void AddOpenSteps<TClient>(TimeSpan opened, MailConnection<TClient>? connection, MailOperationException? failure)
        where TClient : MailService
    {
        var entries = transcript.Entries.Where(e => e.At >= opened && e.Side != TranscriptSide.Connect).ToList();
        var greeting = entries.FirstOrDefault(e => e.Side == TranscriptSide.Server);
        var firstCommand = entries.FirstOrDefault(e => e.Side == TranscriptSide.Client);
        var startTls = entries.FirstOrDefault(e => e.Side == TranscriptSide.Client && e.Text.TrimStart().Split(' ').Any(w => w is "STARTTLS" or "STLS"));
        var end = transcript.Elapsed;
        var failedStage = failure is null ? (MailCheckStepKind?)null : FailedOpenStep(failure);

        if (endpoint.Security == MailSecurity.ImplicitTls)
        {
            var tlsEnd = greeting?.At ?? end;
            AddOpenStep(MailCheckStepKind.Tls, failedStage, opened, tlsEnd, failure, DescribeTls(connection), TlsOutcome(connection));
        }

        if (failedStage is MailCheckStepKind.Tls)
        {
            return;
        }

        AddOpenStep(MailCheckStepKind.Greeting, failedStage, endpoint.Security == MailSecurity.ImplicitTls ? greeting?.At ?? end : opened, greeting?.At ?? end, failure, greeting?.Text);
        if (failedStage is MailCheckStepKind.Greeting)
        {
            return;
        }

        var capabilitiesEnd = startTls?.At ?? end;
        AddOpenStep(MailCheckStepKind.Capabilities, failedStage, firstCommand?.At ?? greeting?.At ?? end, capabilitiesEnd, failure, DescribeCapabilities(connection));
        if (failedStage is MailCheckStepKind.Capabilities || endpoint.Security == MailSecurity.ImplicitTls)
        {
            return;
        }

        if (failedStage is MailCheckStepKind.StartTls)
        {
            AddOpenStep(MailCheckStepKind.StartTls, failedStage, capabilitiesEnd, end, failure, null);
        }
        else if (connection is { Client.IsSecure: true })
        {
            steps.Add(new MailCheckStep(MailCheckStepKind.StartTls, TlsOutcome(connection), end - capabilitiesEnd, DescribeTls(connection), null, null));
        }
        else
        {
            var detail = ProblemCatalog.Text(endpoint.Security == MailSecurity.None ? "Detail.EncryptionOff" : "Detail.NoStartTls", culture);
            steps.Add(new MailCheckStep(MailCheckStepKind.StartTls, MailCheckOutcome.Warning, TimeSpan.Zero, detail, null, null));
        }
    }

    /// <summary>The step of the check that the connection factory's failure names (the factory is the one place that decides it).</summary>
    private MailCheckStepKind FailedOpenStep(MailOperationException failure) => failure.Stage switch
    {
        MailOperationStage.Tls => endpoint.Security == MailSecurity.ImplicitTls ? MailCheckStepKind.Tls : MailCheckStepKind.StartTls,
        MailOperationStage.Connect => endpoint.Security == MailSecurity.ImplicitTls ? MailCheckStepKind.Tls : MailCheckStepKind.Greeting, // through a proxy: the connection is made within the first step
        MailOperationStage.Greeting => MailCheckStepKind.Greeting,
        _ => MailCheckStepKind.Capabilities,
    };

    private void AddOpenStep(MailCheckStepKind kind, MailCheckStepKind? failedStep, TimeSpan from, TimeSpan to, MailOperationException? failure, string? detail, MailCheckOutcome passed = MailCheckOutcome.Passed)
    {
        var duration = to > from ? to - from : TimeSpan.Zero;
        if (failedStep == kind)
        {
            var problem = MailProblemClassifier.Classify(MailFailure.From(failure!) with { Stage = StageOf(kind) }, culture);
            var certificate = failure!.Certificate is { } seen
                ? " " + ProblemCatalog.Format(culture, "Detail.CertificateRejected", seen.Describe(culture), $"{seen.Errors}{(seen.ChainStatus.Count > 0 ? " (" + string.Join(", ", seen.ChainStatus) + ")" : string.Empty)}")
                : string.Empty;
            steps.Add(new MailCheckStep(kind, MailCheckOutcome.Failed, duration, problem.Summary + certificate, failure.ServerReply, problem));
        }
        else
        {
            steps.Add(new MailCheckStep(kind, passed, duration, detail, null, null));
        }
    }

    /// <summary>A TLS step passes with a warning when the server's certificate expires within <see cref="CertificateRenewalWarning"/>.</summary>
    private MailCheckOutcome TlsOutcome<TClient>(MailConnection<TClient>? connection)
        where TClient : MailService
        => connection?.Certificate?.ExpiresWithin(CertificateRenewalWarning, time.GetUtcNow()) == true ? MailCheckOutcome.Warning : MailCheckOutcome.Passed;

    private async Task<bool> LoginAsync<TClient>(MailConnection<TClient> connection, CancellationToken cancellationToken)
        where TClient : MailService
    {
        var started = time.GetTimestamp();
        if (account.Credentials is null)
        {
            steps.Add(new MailCheckStep(MailCheckStepKind.Login, MailCheckOutcome.Skipped, TimeSpan.Zero, ProblemCatalog.Text("Detail.NoCredentials", culture), null, null));
            return true;
        }

        try
        {
            await MailConnectionFactory.LoginAsync(connection, account, cancellationToken).ConfigureAwait(false);
            Add(MailCheckStepKind.Login, MailCheckOutcome.Passed, started, $"{account.EffectiveLogin} ({ProblemCatalog.Text($"Credentials.{account.Credentials.Kind}", culture)})");
            return true;
        }
        catch (MailOperationException ex)
        {
            AddFailure(MailCheckStepKind.Login, ex, started);
            return false;
        }
    }

    private async Task VerifySmtpAsync(MailConnection<ProbeSmtpClient> connection, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var client = connection.Client;
        var replies = new List<string>();
        foreach (var (command, stage) in new[] { ($"MAIL FROM:<{account.Address}>", MailOperationStage.Sender), ($"RCPT TO:<{account.Address}>", MailOperationStage.Recipient) })
        {
            var response = await client.CommandAsync(command, cancellationToken).ConfigureAwait(false);
            replies.Add(string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.Response}"));
            if ((int)response.StatusCode >= 400)
            {
                await client.CommandAsync("RSET", cancellationToken).ConfigureAwait(false);
                throw connection.Fail(stage, new SmtpCommandException(stage == MailOperationStage.Sender ? SmtpErrorCode.SenderNotAccepted : SmtpErrorCode.RecipientNotAccepted, response.StatusCode, response.Response));
            }
        }

        await client.CommandAsync("RSET", cancellationToken).ConfigureAwait(false);
        Add(MailCheckStepKind.Verification, MailCheckOutcome.Passed, started, string.Join("; ", replies));
        if (sendTestMessage)
        {
            started = time.GetTimestamp();
            using var message = new MimeMessage { Subject = ProblemCatalog.Text("Detail.TestSubject", culture) };
            message.From.Add(new MailboxAddress(account.DisplayName ?? string.Empty, account.Address));
            message.To.Add(new MailboxAddress(account.DisplayName ?? string.Empty, account.Address));
            message.Body = new TextPart("plain") { Text = ProblemCatalog.Text("Detail.TestBody", culture) };
            connection.Replies.BeginOperation();
            var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            Add(MailCheckStepKind.TestMessage, MailCheckOutcome.Passed, started, response);
        }
    }

    private async Task VerifyImapAsync(MailConnection<ImapClient> connection, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var inbox = connection.Client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        Add(MailCheckStepKind.Verification, MailCheckOutcome.Passed, started, ProblemCatalog.Format(culture, "Detail.InboxCount", inbox.Count));
        await inbox.CloseAsync(false, cancellationToken).ConfigureAwait(false);
    }

    private async Task VerifyPop3Async(MailConnection<Pop3Client> connection, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var count = await connection.Client.GetMessageCountAsync(cancellationToken).ConfigureAwait(false);
        Add(MailCheckStepKind.Verification, MailCheckOutcome.Passed, started, ProblemCatalog.Format(culture, "Detail.MessageCount", count));
    }

    private void Add(MailCheckStepKind kind, MailCheckOutcome outcome, long started, string? detail)
        => steps.Add(new MailCheckStep(kind, outcome, time.GetElapsedTime(started), detail, null, null));

    private void AddFailure(MailCheckStepKind kind, MailOperationStage stage, long started, Exception exception)
    {
        var failure = new MailFailure(protocol, stage) { Exception = exception, Host = endpoint.Host, Port = endpoint.Port, Security = endpoint.Security, CredentialKind = account.Credentials?.Kind };
        var problem = MailProblemClassifier.Classify(failure, culture);
        steps.Add(new MailCheckStep(kind, MailCheckOutcome.Failed, time.GetElapsedTime(started), problem.Summary, null, problem));
    }

    private void AddFailure(MailCheckStepKind kind, MailOperationException exception, long started)
    {
        var problem = exception.Problem.Localize(culture);
        steps.Add(new MailCheckStep(kind, MailCheckOutcome.Failed, time.GetElapsedTime(started), problem.Summary, exception.ServerReply, problem));
    }

    private static MailOperationStage StageOf(MailCheckStepKind kind) => kind switch
    {
        MailCheckStepKind.Tls or MailCheckStepKind.StartTls => MailOperationStage.Tls,
        MailCheckStepKind.Greeting => MailOperationStage.Greeting,
        MailCheckStepKind.Capabilities => MailOperationStage.Capabilities,
        _ => MailOperationStage.Connect,
    };

    private string? DescribeTls<TClient>(MailConnection<TClient>? connection)
        where TClient : MailService
        => connection is null ? null
            : TlsOutcome(connection) == MailCheckOutcome.Warning ? $"{connection.Client.SslProtocol}; {connection.Certificate!.Describe(culture)}. {ProblemCatalog.Format(culture, "Detail.CertificateExpiresSoon", connection.Certificate!.NotAfter)}"
            : $"{connection.Client.SslProtocol}; {connection.Certificate?.Describe(culture)}";

    private string? DescribeCapabilities<TClient>(MailConnection<TClient>? connection)
        where TClient : MailService
    {
        switch (connection?.Client)
        {
            case SmtpClient smtp:
                var size = smtp.Capabilities.HasFlag(SmtpCapabilities.Size) ? string.Create(CultureInfo.InvariantCulture, $"; SIZE {smtp.MaxSize}") : string.Empty;
                return $"AUTH {Mechanisms(smtp)}{size}; STARTTLS {YesNo(smtp.Capabilities.HasFlag(SmtpCapabilities.StartTLS))}";
            case ImapClient imap:
                var loginDisabled = imap.Capabilities.HasFlag(ImapCapabilities.LoginDisabled) ? "; LOGINDISABLED" : string.Empty;
                return $"AUTH {Mechanisms(imap)}{loginDisabled}; STARTTLS {YesNo(imap.Capabilities.HasFlag(ImapCapabilities.StartTLS))}";
            case Pop3Client pop3:
                return $"AUTH {Mechanisms(pop3)}; USER {YesNo(pop3.Capabilities.HasFlag(Pop3Capabilities.User))}; STLS {YesNo(pop3.Capabilities.HasFlag(Pop3Capabilities.StartTLS))}";
            default:
                return null;
        }
    }

    private static string Mechanisms(MailService client) => client.AuthenticationMechanisms.Count == 0 ? "-" : string.Join(' ', client.AuthenticationMechanisms.Order(StringComparer.Ordinal));

    private string YesNo(bool value) => ProblemCatalog.Text(value ? "Detail.Yes" : "Detail.No", culture);

    private static string Format(TranscriptEntry entry)
    {
        var side = entry.Side switch { TranscriptSide.Client => "C", TranscriptSide.Server => "S", _ => "*" };
        return string.Create(CultureInfo.InvariantCulture, $"{entry.At.TotalMilliseconds,7:0.0} ms {side}: {entry.Text.ReplaceLineEndings("\n" + new string(' ', 14))}");
    }
}
