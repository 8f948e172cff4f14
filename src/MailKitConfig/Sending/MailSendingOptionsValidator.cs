using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks <see cref="MailSendingOptions"/> when the host starts.</summary>
/// <param name="sources">The configuration sections the module was added from: messages then name the configuration key (<c>Mail:Sending:…</c>).</param>
internal sealed class MailSendingOptionsValidator(IEnumerable<MailConfigurationSource>? sources = null) : IValidateOptions<MailSendingOptions>
{
    private readonly string prefix = MailConfigurationReader.KeyPrefix(sources, "Sending", nameof(MailSendingOptions));

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailSendingOptions options)
    {
        var failures = new List<string>();
        if (options.SystemAccount is { } account)
        {
            failures.AddRange(account.Validate().Select(e => $"{prefix}{nameof(options.SystemAccount)}.{e.Field}: {e.Message}"));
            if (!account.Usage.HasFlag(MailUsage.Send))
            {
                failures.Add($"{prefix}{nameof(options.SystemAccount)} must be set up for sending (Usage = {account.Usage}).");
            }
        }

        Check(failures, options.MaxRetryAttempts is >= 0 and <= 20, nameof(options.MaxRetryAttempts), "must be between 0 and 20", options.MaxRetryAttempts);
        Check(failures, options.RetryDelay > TimeSpan.Zero, nameof(options.RetryDelay), "must be positive", options.RetryDelay);
        Check(failures, options.MaxRetryDelay >= options.RetryDelay, nameof(options.MaxRetryDelay), "must not be shorter than RetryDelay", options.MaxRetryDelay);
        Check(failures, options.RetryTimeLimit > TimeSpan.Zero, nameof(options.RetryTimeLimit), "must be positive", options.RetryTimeLimit);
        Check(failures, options.ConnectTimeoutRetries is >= 0 and <= 20, nameof(options.ConnectTimeoutRetries), "must be between 0 and 20", options.ConnectTimeoutRetries);
        Check(failures, options.SendTimeout is null || options.SendTimeout > TimeSpan.Zero, nameof(options.SendTimeout), "must be positive (or null for no limit)", options.SendTimeout);
        Check(failures, options.MaxConnectionsPerAccount is >= 1 and <= 100, nameof(options.MaxConnectionsPerAccount), "must be between 1 and 100", options.MaxConnectionsPerAccount);
        Check(failures, options.MaxMessagesPerConnection >= 1, nameof(options.MaxMessagesPerConnection), "must be at least 1", options.MaxMessagesPerConnection);
        Check(failures, options.ConnectionIdleTimeout > TimeSpan.Zero, nameof(options.ConnectionIdleTimeout), "must be positive", options.ConnectionIdleTimeout);
        Check(failures, options.HealthCheckAfterIdle >= TimeSpan.Zero, nameof(options.HealthCheckAfterIdle), "must not be negative", options.HealthCheckAfterIdle);
        Check(failures, options.RateLimit is null or >= 1, nameof(options.RateLimit), "must be at least 1 (or null for no limit)", options.RateLimit);
        Check(failures, options.RateLimitInterval > TimeSpan.Zero, nameof(options.RateLimitInterval), "must be positive", options.RateLimitInterval);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(List<string> failures, bool valid, string name, string rule, object? value)
    {
        if (!valid)
        {
            failures.Add($"{prefix}{name} {rule}, not {value}.");
        }
    }
}
