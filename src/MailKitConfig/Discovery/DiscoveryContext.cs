using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MailKitConfig;

/// <summary>What every source of one discovery call knows: the address, its parts, the network, the trace and the clock.</summary>
internal sealed class DiscoveryContext
{
    private readonly long started;

    public DiscoveryContext(string address, MailUsage usage, DiscoveryNetwork network, ProviderCatalog providers, TimeProvider time, CultureInfo culture, MailProxy? proxy = null)
    {
        Proxy = proxy ?? network.Proxy;
        Parts = AddressParts.Split(address);
        Usage = usage;
        Network = network;
        Providers = providers;
        Time = time;
        Culture = culture;
        started = time.GetTimestamp();
    }

    /// <summary>Gets the address split at its last '@'.</summary>
    public AddressParts Parts { get; }

    public string Address => Parts.Address;

    public string LocalPart => Parts.LocalPart;

    public string Domain => Parts.Domain;

    public MailUsage Usage { get; }

    public DiscoveryNetwork Network { get; }

    public ProviderCatalog Providers { get; }

    public TimeProvider Time { get; }

    public CultureInfo Culture { get; }

    public DiscoveryTrace Trace { get; } = new();

    /// <summary>Gets the logger (the detail texts are not logged: they may contain the address).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Gets the caller's receiver of trace entries as they are recorded, if any.</summary>
    public IProgress<DiscoveryTraceEntry>? Progress { get; init; }

    /// <summary>Gets the proxy that this call's mail connections go through: the account's own, else the module's, or <see langword="null"/>.</summary>
    public MailProxy? Proxy { get; }

    /// <summary>Gets the MX hosts of the domain, looked up once and shared by the sources that need them (sorted by preference).</summary>
    public Lazy<Task<IReadOnlyList<string>>>? MxHosts { get; set; }

    /// <summary>Gets the time since the call started.</summary>
    public TimeSpan Elapsed => Time.GetElapsedTime(started);

    /// <summary>Gets a text of the trace from the catalogue (<see cref="MailTexts"/>) in the call's language.</summary>
    /// <param name="key">The key, e.g. <c>Trace.NoMxRecord</c>.</param>
    /// <param name="arguments">The values of the placeholders.</param>
    /// <returns>The text.</returns>
    public string Text(string key, params object?[] arguments) => ProblemCatalog.Format(Culture, key, arguments);

    /// <summary>
    /// Describes a failure of a lookup in the call's language: a network failure by what the network reported (the
    /// operating system's own words are English whatever the user's language), a mail server's by its problem, anything
    /// else by its own message, quoted, without addresses.
    /// </summary>
    /// <param name="failure">The exception.</param>
    /// <returns>The text.</returns>
    public string Text(Exception failure) => failure switch
    {
        MailOperationException mail => mail.Problem.Localize(Culture).Title,
        _ when NetworkFailure.Describe(failure) is { } key => Text(key),
        _ => Text("Trace.Error", MailAddressParser.WithoutAddresses(failure.Message)),
    };

    /// <summary>Records a trace entry.</summary>
    /// <param name="source">The source.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="detail">Details.</param>
    /// <param name="startedAt">When the step started (<see cref="Elapsed"/> then).</param>
    /// <param name="candidate">The candidate, for verification steps.</param>
    /// <param name="problem">The problem, for failed verification steps.</param>
    public void Record(MailSettingsSource source, DiscoveryOutcome outcome, string detail, TimeSpan startedAt, MailServerCandidate? candidate = null, MailProblem? problem = null)
    {
        var entry = new DiscoveryTraceEntry(startedAt, source, outcome, detail, Elapsed - startedAt, candidate, problem);
        Trace.Add(entry);
        MailTelemetry.DiscoveryDuration.Record(entry.Duration.TotalSeconds, new(MailTelemetry.SourceTag, source.ToString()), new(MailTelemetry.OutcomeTag, outcome.ToString()));
        if (candidate is { Endpoint: var server })
        {
            Logger.DiscoveryVerification(candidate.Protocol, server.Host, server.Port, server.Security, source, outcome, entry.Duration.TotalMilliseconds);
        }
        else
        {
            Logger.DiscoverySource(source, outcome, entry.Duration.TotalMilliseconds);
        }

        Progress?.Report(entry);
    }

    /// <summary>The login a preset's or autoconfig's username template names for this address (see <see cref="AddressPlaceholders"/>).</summary>
    /// <param name="template">A login template such as <c>%EMAILLOCALPART%</c>, or <see langword="null"/>.</param>
    /// <returns>The login, or <see langword="null"/> when the template names none this address can give.</returns>
    public string? LoginFrom(string? template) => AddressPlaceholders.Login(template, Parts);
}
