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
                failures.Add(ProblemCatalog.Current("Options.SystemAccountNotForSending", prefix + nameof(options.SystemAccount), account.Usage));
            }
        }

        Check(failures, options.MaxRetryAttempts is >= 0 and <= 20, nameof(options.MaxRetryAttempts), ProblemCatalog.Current("Options.Rule.Between", 0, 20), options.MaxRetryAttempts);
        Check(failures, options.RetryDelay > TimeSpan.Zero, nameof(options.RetryDelay), ProblemCatalog.Current("Options.Rule.Positive"), options.RetryDelay);
        Check(failures, options.MaxRetryDelay >= options.RetryDelay, nameof(options.MaxRetryDelay), ProblemCatalog.Current("Options.Rule.NotShorterThan", nameof(options.RetryDelay)), options.MaxRetryDelay);
        Check(failures, options.RetryTimeLimit > TimeSpan.Zero, nameof(options.RetryTimeLimit), ProblemCatalog.Current("Options.Rule.Positive"), options.RetryTimeLimit);
        Check(failures, options.ConnectTimeoutRetries is >= 0 and <= 20, nameof(options.ConnectTimeoutRetries), ProblemCatalog.Current("Options.Rule.Between", 0, 20), options.ConnectTimeoutRetries);
        Check(failures, options.SendTimeout is null || options.SendTimeout > TimeSpan.Zero, nameof(options.SendTimeout), ProblemCatalog.Current("Options.Rule.PositiveOrNull"), options.SendTimeout);
        Check(failures, options.MaxConnectionsPerAccount is >= 1 and <= 100, nameof(options.MaxConnectionsPerAccount), ProblemCatalog.Current("Options.Rule.Between", 1, 100), options.MaxConnectionsPerAccount);
        Check(failures, options.MaxMessagesPerConnection is null or >= 1, nameof(options.MaxMessagesPerConnection), ProblemCatalog.Current("Options.Rule.AtLeastOrNull", 1), options.MaxMessagesPerConnection);
        Check(failures, options.ConnectionIdleTimeout > TimeSpan.Zero, nameof(options.ConnectionIdleTimeout), ProblemCatalog.Current("Options.Rule.Positive"), options.ConnectionIdleTimeout);
        Check(failures, options.HealthCheckAfterIdle >= TimeSpan.Zero, nameof(options.HealthCheckAfterIdle), ProblemCatalog.Current("Options.Rule.NotNegative"), options.HealthCheckAfterIdle);
        Check(failures, options.RateLimit is null or >= 1, nameof(options.RateLimit), ProblemCatalog.Current("Options.Rule.AtLeastOrNull", 1), options.RateLimit);
        Check(failures, options.RateLimitInterval > TimeSpan.Zero, nameof(options.RateLimitInterval), ProblemCatalog.Current("Options.Rule.Positive"), options.RateLimitInterval);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(List<string> failures, bool valid, string name, string rule, object? value)
    {
        if (!valid)
        {
            failures.Add(ProblemCatalog.Current("Options.Invalid", prefix + name, rule, value));
        }
    }
}
