using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Runs the sources concurrently, picks the highest-priority result, verifies it, and keeps to one deadline.</summary>
internal sealed class MailAccountConfigurator : IMailAccountConfigurator
{
    private readonly DiscoveryNetwork network;
    private readonly MailDiscoveryOptions options;
    private readonly TimeProvider time;
    private readonly CandidateVerifier verifier;
    private readonly IReadOnlyList<ISettingsSource> sources;
    private readonly ILogger logger = NullLogger.Instance;

    public MailAccountConfigurator(MailConnectionFactory connections, DiscoveryNetwork network, IOptions<MailDiscoveryOptions> options, TimeProvider time, ILogger<MailAccountConfigurator>? logger = null)
        : this(connections, network, options, time, [new PresetSource(), new MxSource(), new AutoconfigSource(), new SrvSource(), new AutodiscoverV2Source(), new GuessSource(connections)])
    {
        this.logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Initializes a new instance of the <see cref="MailAccountConfigurator"/> class with the given sources (for the benchmark).</summary>
    /// <param name="connections">The connection factory.</param>
    /// <param name="network">DNS and HTTP.</param>
    /// <param name="options">The discovery options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="all">The sources; those enabled in the options run, by priority.</param>
    internal MailAccountConfigurator(MailConnectionFactory connections, DiscoveryNetwork network, IOptions<MailDiscoveryOptions> options, TimeProvider time, IEnumerable<ISettingsSource> all)
    {
        this.network = network;
        this.options = options.Value;
        this.time = time;
        verifier = new CandidateVerifier(connections);
        sources = all.Where(s => this.options.Sources.Contains(s.Kind)).OrderBy(s => s.Kind).ToList();
    }

    /// <inheritdoc />
    public Task<MailConfigurationResult> ConfigureAsync(MailConfigurationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Verify && request.Credentials is null)
        {
            throw new ArgumentException("Credentials are required to verify the settings; set Verify = false to only look for them.", nameof(request));
        }

        return RunAsync(request.Address, request.Usage, request.Deadline, proxy: null, request.Progress, (context, token) => ConfigureCoreAsync(context, request, token), cancellationToken);
    }

    /// <inheritdoc />
    public Task<MailConfigurationResult> FindCandidatesAsync(string address, MailUsage usage = MailUsage.SendAndReceive, CancellationToken cancellationToken = default)
        => ConfigureAsync(new MailConfigurationRequest(address) { Usage = usage, Verify = false }, cancellationToken);

    /// <inheritdoc />
    public Task<MailConfigurationResult> VerifyAsync(MailAccountSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.EnsureValid();
        if (settings.Credentials is null)
        {
            throw new ArgumentException("Credentials are required to verify settings.", nameof(settings));
        }

        return RunAsync(settings.Address, settings.Usage, null, settings.Proxy, progress: null, (context, token) => VerifyCoreAsync(context, settings, settings.Credentials, MailSettingsSource.Manual, token), cancellationToken);
    }

    /// <inheritdoc />
    public Task<MailConfigurationResult> ReconfigureAsync(MailAccountSettings existing, MailCredentials? credentials = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(existing);
        existing.EnsureValid();
        var secret = credentials ?? existing.Credentials ?? throw new ArgumentException("Credentials are required to reconfigure an account.", nameof(credentials));
        return RunAsync(existing.Address, existing.Usage, null, existing.Proxy, progress: null, (context, token) => ReconfigureCoreAsync(context, existing with { Credentials = secret }, token), cancellationToken);
    }

    private async Task<MailConfigurationResult> RunAsync(string address, MailUsage usage, TimeSpan? deadline, MailProxy? proxy, IProgress<DiscoveryTraceEntry>? progress, Func<DiscoveryContext, CancellationToken, Task<MailConfigurationResult>> run, CancellationToken cancellationToken)
    {
        if (!MailAddressParser.TryParseAddress(address, out var mailbox, out var error))
        {
            throw new ArgumentException(MailAddressParser.Describe(ProblemCatalog.Current("Subject.EmailAddress"), error), nameof(address));
        }

        var context = new DiscoveryContext(mailbox.Address, usage, network, ProviderCatalog.Default, time, CultureInfo.CurrentUICulture, proxy) { Progress = progress, Logger = logger };
        using var activity = MailTelemetry.ActivitySource.StartActivity("mail.configure");
        activity?.SetTag("mail.usage", usage.ToString());
        logger.DiscoveryStarted(context.Domain, usage);
        var result = await RunCoreAsync(context, deadline, run, cancellationToken).ConfigureAwait(false);
        activity?.SetTag(MailTelemetry.SourceTag, result.Source?.ToString()).SetTag("mail.verified", result.IsVerified);
        if (result.Problem is { } problem)
        {
            MailTelemetry.Fail(activity, problem.Kind.ToString());
        }

        logger.DiscoveryFinished(context.Domain, context.Elapsed.TotalMilliseconds, result.Source, result.IsVerified, result.Problem?.Kind);
        return result;
    }

    private async Task<MailConfigurationResult> RunCoreAsync(DiscoveryContext context, TimeSpan? deadline, Func<DiscoveryContext, CancellationToken, Task<MailConfigurationResult>> run, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(deadline ?? options.Deadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        context.MxHosts = new Lazy<Task<IReadOnlyList<string>>>(() => MxSource.LookupAsync(context, linked.Token));
        try
        {
            // WaitAsync: the call ends at the deadline even if a step is still busy (it stops at its next look at the token).
            return await run(context, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var passed = context.Text("Trace.DeadlinePassed", (deadline ?? options.Deadline).TotalSeconds);
            context.Record(MailSettingsSource.Guess, DiscoveryOutcome.Skipped, passed, context.Elapsed);
            var stopped = context.Trace.Entries.Where(e => e.Outcome == DiscoveryOutcome.Skipped && e.Detail == context.Text("Trace.StoppedByDeadline"));
            var problem = MailProblem.Of(MailProblemKind.DeadlineExceeded, FirstProtocol(context.Usage), isTransient: true, provider: null, [passed, .. stopped.Select(Describe)], context.Culture);
            return new MailConfigurationResult(null, null, false, false, ProviderCatalog.Default.FindByDomain(context.Domain), [], [], problem, context.Trace);
        }
    }

    private async Task<MailConfigurationResult> ConfigureCoreAsync(DiscoveryContext context, MailConfigurationRequest request, CancellationToken cancellationToken)
    {
        var found = await DiscoverAsync(context, cancellationToken).ConfigureAwait(false);
        var candidates = found.Results.SelectMany(r => r.Candidates).ToList();
        if (found.Results.Count == 0)
        {
            return new MailConfigurationResult(null, null, false, false, found.Provider, candidates, found.Notes, NotFound(context, FirstProtocol(request.Usage)), context.Trace);
        }

        var winner = found.Results[0];
        if (!request.Verify)
        {
            var incoming = Ordered(winner.Candidates, IncomingProtocols(request)).FirstOrDefault();
            var smtp = winner.Candidates.FirstOrDefault(c => c.Protocol == MailProtocol.Smtp);
            var settings = Settle(context, Basis(context, request), null, incoming, smtp);
            var hints = found.Provider is { } provider ? [.. provider.GetHintsBeforeLogin(context.Culture), .. found.Notes] : found.Notes;
            return new MailConfigurationResult(settings, winner.Candidates[0].Source, AllTrusted(incoming, smtp), false, found.Provider, candidates, hints, null, context.Trace) { DiscoveredOAuth = found.OAuth };
        }

        var credentials = request.Credentials!;
        var incomingTask = request.Usage.HasFlag(MailUsage.Receive)
            ? verifier.VerifyAsync(context, Ordered(candidates, IncomingProtocols(request)), credentials, cancellationToken)
            : Task.FromResult(new VerifiedServer(null, null));
        var smtpTask = request.Usage.HasFlag(MailUsage.Send)
            ? verifier.VerifyAsync(context, Ordered(candidates, [MailProtocol.Smtp]), credentials, cancellationToken)
            : Task.FromResult(new VerifiedServer(null, null));
        await Task.WhenAll(incomingTask, smtpTask).ConfigureAwait(false);
        var result = Complete(context, Basis(context, request) with { Credentials = credentials }, found.Provider, candidates, found.Notes, await incomingTask.ConfigureAwait(false), await smtpTask.ConfigureAwait(false));
        result.DiscoveredOAuth = found.OAuth;
        return result;
    }

    private async Task<MailConfigurationResult> VerifyCoreAsync(DiscoveryContext context, MailAccountSettings settings, MailCredentials credentials, MailSettingsSource source, CancellationToken cancellationToken)
    {
        var login = settings.EffectiveLogin;
        MailServerCandidate? Candidate(MailProtocol protocol, ServerEndpoint? endpoint) => endpoint is null ? null : new MailServerCandidate(protocol, endpoint, login, source, IsTrusted: true);
        var incoming = Candidate(MailProtocol.Imap, settings.Imap) ?? Candidate(MailProtocol.Pop3, settings.Pop3);
        var smtp = Candidate(MailProtocol.Smtp, settings.Smtp);
        var incomingTask = incoming is not null && settings.Usage.HasFlag(MailUsage.Receive) ? verifier.VerifyAsync(context, [incoming], credentials, cancellationToken) : Task.FromResult(new VerifiedServer(incoming, null));
        var smtpTask = smtp is not null && settings.Usage.HasFlag(MailUsage.Send) ? verifier.VerifyAsync(context, [smtp], credentials, cancellationToken) : Task.FromResult(new VerifiedServer(smtp, null));
        await Task.WhenAll(incomingTask, smtpTask).ConfigureAwait(false);
        var provider = ProviderCatalog.Default.FindByDomain(context.Domain);
        return Complete(context, settings with { Credentials = credentials }, provider, [.. new[] { incoming, smtp }.OfType<MailServerCandidate>()], [], await incomingTask.ConfigureAwait(false), await smtpTask.ConfigureAwait(false));
    }

    private async Task<MailConfigurationResult> ReconfigureCoreAsync(DiscoveryContext context, MailAccountSettings existing, CancellationToken cancellationToken)
    {
        var current = await VerifyCoreAsync(context, existing, existing.Credentials!, MailSettingsSource.Existing, cancellationToken).ConfigureAwait(false);
        if (current.Succeeded || current.Problem is { } problem && ProblemKinds.RefusesCredentials(problem.Kind))
        {
            return current;
        }

        // Keep what works; look for the rest.
        var request = new MailConfigurationRequest(existing.Address) { Credentials = existing.Credentials, Usage = existing.Usage, DisplayName = existing.DisplayName, PreferredIncoming = existing.Imap is null && existing.Pop3 is not null ? MailProtocol.Pop3 : MailProtocol.Imap };
        var failedEndpoints = context.Trace.Entries.Where(e => e.Outcome == DiscoveryOutcome.Rejected && e.Candidate is not null).Select(e => e.Candidate!.Endpoint).ToHashSet();
        var found = await DiscoverAsync(context, cancellationToken).ConfigureAwait(false);
        var candidates = found.Results.SelectMany(r => r.Candidates).Where(c => !failedEndpoints.Contains(c.Endpoint)).ToList();
        var verified = context.Trace.Entries.Where(e => e.Outcome == DiscoveryOutcome.Verified && e.Candidate is not null).Select(e => e.Candidate!).ToList();
        var keptIncoming = verified.FirstOrDefault(c => c.Protocol != MailProtocol.Smtp);
        var keptSmtp = verified.FirstOrDefault(c => c.Protocol == MailProtocol.Smtp);
        var incomingTask = existing.Usage.HasFlag(MailUsage.Receive) && keptIncoming is null
            ? verifier.VerifyAsync(context, Ordered(candidates, IncomingProtocols(request)), existing.Credentials!, cancellationToken)
            : Task.FromResult(new VerifiedServer(keptIncoming is null ? null : keptIncoming with { Login = existing.EffectiveLogin }, null));
        var smtpTask = existing.Usage.HasFlag(MailUsage.Send) && keptSmtp is null
            ? verifier.VerifyAsync(context, Ordered(candidates, [MailProtocol.Smtp]), existing.Credentials!, cancellationToken)
            : Task.FromResult(new VerifiedServer(keptSmtp is null ? null : keptSmtp with { Login = existing.EffectiveLogin }, null));
        await Task.WhenAll(incomingTask, smtpTask).ConfigureAwait(false);
        return Complete(context, existing, found.Provider ?? current.Provider, candidates, found.Notes, await incomingTask.ConfigureAwait(false), await smtpTask.ConfigureAwait(false));
    }

    /// <summary>Starts every source at once and collects, in priority order, the results that cover the usage; stops the rest once the best is known.</summary>
    private async Task<Discovery> DiscoverAsync(DiscoveryContext context, CancellationToken cancellationToken)
    {
        using var race = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = new List<(ISettingsSource Source, Task<SourceResult> Task)>();
        foreach (var source in sources)
        {
            var task = RunSourceAsync(source, context, race.Token, cancellationToken);
            running.Add((source, task));
            if (task.IsCompletedSuccessfully && task.Result.Covers(context.Usage) && running.Take(running.Count - 1).All(r => r.Task.IsCompleted))
            {
                break; // a local source (the presets) already won: no network source needs to start
            }
        }

        foreach (var source in sources.Skip(running.Count))
        {
            context.Record(source.Kind, DiscoveryOutcome.Skipped, context.Text("Trace.NotStarted"), context.Elapsed);
        }

        var results = new List<SourceResult>();
        MailProvider? provider = null;
        MailOAuthProfile? oauth = null;
        var notes = new List<string>();
        var winner = -1;
        for (var i = 0; i < running.Count && winner < 0; i++)
        {
            var result = await running[i].Task.ConfigureAwait(false);
            provider ??= result.Provider;
            oauth ??= result.OAuth;
            notes.AddRange(result.Notes ?? []);
            if (result.Covers(context.Usage))
            {
                results.Add(result);
                winner = i; // highest priority wins as soon as no higher-priority source is pending
            }
        }

        await race.CancelAsync().ConfigureAwait(false);

        // Lower-priority sources that had already finished are kept as fallbacks for verification.
        results.AddRange(running.Skip(winner + 1).Where(r => winner >= 0 && r.Task.IsCompletedSuccessfully && r.Task.Result.Covers(context.Usage)).Select(r => r.Task.Result));
        await Task.WhenAll(running.Select(r => r.Task)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested(); // the deadline passed before a source could win
        return new Discovery(results, provider ?? ProviderCatalog.Default.FindByDomain(context.Domain), notes.Distinct(StringComparer.Ordinal).ToList(), oauth);
    }

    /// <summary>Runs one source; a failure or the race's end is recorded, never thrown.</summary>
    private static async Task<SourceResult> RunSourceAsync(ISettingsSource source, DiscoveryContext context, CancellationToken cancellationToken, CancellationToken deadline)
    {
        var started = context.Elapsed;
        try
        {
            return await source.FindAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && (ex is OperationCanceledException || IsNetworkFailure(ex)))
        {
            // Once stopped, a failure is only how the stop surfaced (e.g. MailKit reports a cancelled TLS handshake as SslHandshakeException).
            context.Record(source.Kind, DiscoveryOutcome.Skipped, context.Text(deadline.IsCancellationRequested ? "Trace.StoppedByDeadline" : "Trace.StoppedByWinner"), started);
            return SourceResult.Empty;
        }
        catch (Exception ex) when (IsNetworkFailure(ex) || ex is OperationCanceledException)
        {
            context.Record(source.Kind, DiscoveryOutcome.Failed, context.Text(ex), started);
            return SourceResult.Empty;
        }
    }

    private static bool IsNetworkFailure(Exception ex)
        => ex is DnsClient.DnsResponseException or System.Net.Sockets.SocketException or HttpRequestException or InvalidDataException or TimeoutException or IOException
            or MailKit.Security.SslHandshakeException or MailOperationException;

    /// <summary>
    /// Completes a verification: the problem when a needed protocol has no server, else the basis (the caller's own
    /// settings for Verify and Reconfigure, with the credentials) with the verified servers and login.
    /// </summary>
    private static MailConfigurationResult Complete(DiscoveryContext context, MailAccountSettings basis, MailProvider? provider, IReadOnlyList<MailServerCandidate> candidates, IReadOnlyList<string> notes, VerifiedServer incoming, VerifiedServer smtp)
    {
        var usage = basis.Usage;
        var problem = (usage.HasFlag(MailUsage.Receive) && incoming.Server is null ? incoming.Problem ?? NotFound(context, MailProtocol.Imap) : null)
            ?? (usage.HasFlag(MailUsage.Send) && smtp.Server is null ? smtp.Problem ?? NotFound(context, MailProtocol.Smtp) : null);
        if (problem is not null)
        {
            var before = provider?.GetHintsBeforeLogin(context.Culture) ?? [];
            return new MailConfigurationResult(null, null, false, false, provider, candidates, [.. before, .. notes], problem, context.Trace);
        }

        var login = incoming.Server?.Login ?? smtp.Server?.Login;
        var settings = Settle(context, basis, login, incoming.Server, smtp.Server);
        var after = provider?.GetHintsAfterLogin(context.Culture) ?? [];
        return new MailConfigurationResult(settings, (incoming.Server ?? smtp.Server)!.Source, AllTrusted(incoming.Server, smtp.Server), true, provider, candidates, [.. after, .. notes], null, context.Trace);
    }

    /// <summary>
    /// "No usable settings": built as its own problem (the user typed only an address, so no server name can be
    /// wrong), with what each source found or refused and why, and the candidates that got no password.
    /// </summary>
    private static MailProblem NotFound(DiscoveryContext context, MailProtocol protocol)
    {
        var details = context.Trace.Entries
            .Where(e => e.Outcome is DiscoveryOutcome.Refused or DiscoveryOutcome.Failed or DiscoveryOutcome.NotFound
                || (e.Outcome == DiscoveryOutcome.Skipped && e.Candidate is not null))
            .Select(Describe)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return MailProblem.Of(MailProblemKind.SettingsNotFound, protocol, isTransient: false, provider: null, details, context.Culture);
    }

    private static string Describe(DiscoveryTraceEntry entry) => $"{entry.Source}: {entry.Detail}";

    private static MailProtocol FirstProtocol(MailUsage usage) => usage.HasFlag(MailUsage.Receive) ? MailProtocol.Imap : MailProtocol.Smtp;

    /// <summary>The settings a configuration from an address starts from: only what the request says.</summary>
    private static MailAccountSettings Basis(DiscoveryContext context, MailConfigurationRequest request)
        => new() { Address = context.Address, DisplayName = request.DisplayName, Usage = request.Usage };

    /// <summary>
    /// The basis <c>with</c> the servers found and the login that worked: every other setting (reply-to, copies, rate,
    /// proxy, and whatever is added later) is kept as it is. A server not found keeps the basis's; an incoming POP3
    /// server replaces an IMAP server that failed (and "save to Sent", which needs IMAP, is then off).
    /// </summary>
    private static MailAccountSettings Settle(DiscoveryContext context, MailAccountSettings basis, string? login, MailServerCandidate? incoming, MailServerCandidate? smtp)
    {
        var imap = incoming is null ? basis.Imap : incoming.Protocol == MailProtocol.Imap ? incoming.Endpoint : null;
        return basis with
        {
            Login = login is null || login == basis.EffectiveLogin ? basis.Login : login == context.Address ? null : login,
            Smtp = smtp?.Endpoint ?? basis.Smtp,
            Imap = imap,
            Pop3 = incoming?.Protocol == MailProtocol.Pop3 ? incoming.Endpoint : basis.Pop3,
            SaveToSent = basis.SaveToSent && imap is not null,
        };
    }

    private static bool AllTrusted(MailServerCandidate? incoming, MailServerCandidate? smtp)
        => (incoming?.IsTrusted ?? true) && (smtp?.IsTrusted ?? true) && (incoming ?? smtp) is not null;

    private static MailProtocol[] IncomingProtocols(MailConfigurationRequest request)
        => request.PreferredIncoming == MailProtocol.Pop3 ? [MailProtocol.Pop3, MailProtocol.Imap] : [MailProtocol.Imap, MailProtocol.Pop3];

    /// <summary>The candidates of the given protocols, by protocol preference first and the sources' order second, each endpoint once.</summary>
    private static List<MailServerCandidate> Ordered(IEnumerable<MailServerCandidate> candidates, MailProtocol[] protocols)
        => candidates.Where(c => protocols.Contains(c.Protocol))
            .OrderBy(c => Array.IndexOf(protocols, c.Protocol))
            .DistinctBy(c => (c.Protocol, c.Endpoint))
            .ToList();


    private sealed record Discovery(IReadOnlyList<SourceResult> Results, MailProvider? Provider, IReadOnlyList<string> Notes, MailOAuthProfile? OAuth);
}
