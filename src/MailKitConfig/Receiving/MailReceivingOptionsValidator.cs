using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks <see cref="MailReceivingOptions"/> when the host starts.</summary>
internal sealed class MailReceivingOptionsValidator : IValidateOptions<MailReceivingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailReceivingOptions options)
    {
        var failures = new List<string>();
        Check(failures, !string.IsNullOrWhiteSpace(options.StateDirectory), nameof(options.StateDirectory), "must be set", options.StateDirectory);
        Check(failures, options.BatchSize is >= 1 and <= 10_000, nameof(options.BatchSize), "must be between 1 and 10000", options.BatchSize);
        Check(failures, options.LargeMessageSize >= 1024, nameof(options.LargeMessageSize), "must be at least 1024 bytes", options.LargeMessageSize);
        Check(failures, options.StateWriteInterval >= TimeSpan.Zero, nameof(options.StateWriteInterval), "must not be negative", options.StateWriteInterval);
        Check(failures, options.MaxHandlerFailures >= 1, nameof(options.MaxHandlerFailures), "must be at least 1", options.MaxHandlerFailures);
        Check(failures, options.MaxRememberedMessages >= 0, nameof(options.MaxRememberedMessages), "must not be negative", options.MaxRememberedMessages);
        Check(failures, options.IdleRefreshInterval > TimeSpan.Zero && options.IdleRefreshInterval < TimeSpan.FromMinutes(29), nameof(options.IdleRefreshInterval), "must be positive and shorter than 29 minutes (RFC 2177)", options.IdleRefreshInterval);
        Check(failures, options.PollInterval > TimeSpan.Zero, nameof(options.PollInterval), "must be positive", options.PollInterval);
        Check(failures, options.ReconnectDelay > TimeSpan.Zero, nameof(options.ReconnectDelay), "must be positive", options.ReconnectDelay);
        Check(failures, options.MaxReconnectDelay >= options.ReconnectDelay, nameof(options.MaxReconnectDelay), "must not be shorter than ReconnectDelay", options.MaxReconnectDelay);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string name, string rule, object? value)
    {
        if (!valid)
        {
            failures.Add($"{nameof(MailReceivingOptions)}.{name} {rule}, not {value}.");
        }
    }
}
