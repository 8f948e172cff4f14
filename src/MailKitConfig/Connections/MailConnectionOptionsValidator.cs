using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks <see cref="MailConnectionOptions"/> when the host starts.</summary>
/// <param name="sources">The configuration sections the module was added from: messages then name the configuration key (<c>Mail:Connections:…</c>).</param>
internal sealed class MailConnectionOptionsValidator(IEnumerable<MailConfigurationSource>? sources = null) : IValidateOptions<MailConnectionOptions>
{
    private readonly string prefix = MailConfigurationReader.KeyPrefix(sources, "Connections", nameof(MailConnectionOptions));

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailConnectionOptions options)
    {
        var failures = new List<string>();
        CheckTimeout(failures, nameof(options.ConnectTimeout), options.ConnectTimeout);
        CheckTimeout(failures, nameof(options.CommandTimeout), options.CommandTimeout);
        CheckTimeout(failures, nameof(options.DataTimeout), options.DataTimeout);
        if (options.LocalDomain is not null && HostName.ProblemWithHostOrAddress(options.LocalDomain) is not null)
        {
            failures.Add(ProblemCatalog.Current("Options.LocalDomainInvalid", prefix + nameof(options.LocalDomain), options.LocalDomain));
        }

        if (options.Proxy?.Problem() is { } proxyProblem)
        {
            failures.Add($"{prefix}{nameof(options.Proxy)}: {proxyProblem}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The longest timeout MailKit takes (<see cref="int.MaxValue"/> milliseconds), in whole days.</summary>
    private static readonly int MaxTimeoutDays = (int)TimeSpan.FromMilliseconds(int.MaxValue).TotalDays;

    /// <summary>Describes a timeout in the largest unit that fits, e.g. <c>30 days</c>, <c>90 s</c>, <c>-5 s</c>.</summary>
    private static string Describe(TimeSpan value) => value.Duration() >= TimeSpan.FromDays(1)
        ? ProblemCatalog.Current("Options.Days", value.TotalDays)
        : ProblemCatalog.Current("Options.Seconds", value.TotalSeconds);

    private void CheckTimeout(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value.TotalMilliseconds > int.MaxValue)
        {
            failures.Add(ProblemCatalog.Current("Options.Invalid", prefix + name, ProblemCatalog.Current("Options.Rule.TimeoutDays", MaxTimeoutDays), Describe(value)));
        }
    }
}
