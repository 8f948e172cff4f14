using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks <see cref="MailReceivingOptions"/> when the host starts.</summary>
internal sealed class MailReceivingOptionsValidator : IValidateOptions<MailReceivingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailReceivingOptions options)
    {
        var failures = new List<string>();
        Check(failures, !string.IsNullOrWhiteSpace(options.StateDirectory), nameof(options.StateDirectory), ProblemCatalog.Current("Options.Rule.Required"), options.StateDirectory);
        Check(failures, options.BatchSize is >= 1 and <= 10_000, nameof(options.BatchSize), ProblemCatalog.Current("Options.Rule.Between", 1, 10000), options.BatchSize);
        Check(failures, options.LargeMessageSize >= 1024, nameof(options.LargeMessageSize), ProblemCatalog.Current("Options.Rule.AtLeastBytes", 1024), options.LargeMessageSize);
        Check(failures, options.StateWriteInterval >= TimeSpan.Zero, nameof(options.StateWriteInterval), ProblemCatalog.Current("Options.Rule.NotNegative"), options.StateWriteInterval);
        Check(failures, options.MaxHandlerFailures >= 1, nameof(options.MaxHandlerFailures), ProblemCatalog.Current("Options.Rule.AtLeast", 1), options.MaxHandlerFailures);
        Check(failures, options.MaxRememberedMessages >= 0, nameof(options.MaxRememberedMessages), ProblemCatalog.Current("Options.Rule.NotNegative"), options.MaxRememberedMessages);
        Check(failures, options.IdleRefreshInterval > TimeSpan.Zero && options.IdleRefreshInterval < TimeSpan.FromMinutes(29), nameof(options.IdleRefreshInterval), ProblemCatalog.Current("Options.Rule.IdleRefresh", 29), options.IdleRefreshInterval);
        Check(failures, options.PollInterval > TimeSpan.Zero, nameof(options.PollInterval), ProblemCatalog.Current("Options.Rule.Positive"), options.PollInterval);
        Check(failures, options.ReconnectDelay > TimeSpan.Zero, nameof(options.ReconnectDelay), ProblemCatalog.Current("Options.Rule.Positive"), options.ReconnectDelay);
        Check(failures, options.MaxReconnectDelay >= options.ReconnectDelay, nameof(options.MaxReconnectDelay), ProblemCatalog.Current("Options.Rule.NotShorterThan", nameof(options.ReconnectDelay)), options.MaxReconnectDelay);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string name, string rule, object? value)
    {
        if (!valid)
        {
            failures.Add(ProblemCatalog.Current("Options.Invalid", $"{nameof(MailReceivingOptions)}.{name}", rule, value));
        }
    }
}
