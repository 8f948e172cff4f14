using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks <see cref="MailConnectionOptions"/> when the host starts.</summary>
internal sealed class MailConnectionOptionsValidator : IValidateOptions<MailConnectionOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailConnectionOptions options)
    {
        var failures = new List<string>();
        CheckTimeout(failures, nameof(options.ConnectTimeout), options.ConnectTimeout);
        CheckTimeout(failures, nameof(options.CommandTimeout), options.CommandTimeout);
        CheckTimeout(failures, nameof(options.DataTimeout), options.DataTimeout);
        if (options.LocalDomain is not null && HostName.ProblemWithHostOrAddress(options.LocalDomain) is not null)
        {
            failures.Add($"{nameof(MailConnectionOptions)}.{nameof(options.LocalDomain)} '{options.LocalDomain}' is not a valid host name or address literal.");
        }

        if (options.Proxy?.Problem() is { } proxyProblem)
        {
            failures.Add($"{nameof(MailConnectionOptions)}.{nameof(options.Proxy)}: {proxyProblem}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTimeout(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value.TotalMilliseconds > int.MaxValue)
        {
            failures.Add($"{nameof(MailConnectionOptions)}.{name} must be positive and at most {TimeSpan.FromMilliseconds(int.MaxValue)}, not {value}.");
        }
    }
}
