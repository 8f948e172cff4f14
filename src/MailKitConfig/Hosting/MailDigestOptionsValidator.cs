using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks <see cref="MailDigestOptions"/> at start.</summary>
internal sealed class MailDigestOptionsValidator : IValidateOptions<MailDigestOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailDigestOptions options)
    {
        var failures = new List<string>();
        if (!MailAddressParser.TryParseAddress(options.To ?? string.Empty, out _, out var error))
        {
            failures.Add($"{nameof(MailDigestOptions)}.{nameof(options.To)}: {MailAddressParser.Describe(ProblemCatalog.Current("Subject.Administrator"), error)}");
        }

        if (options.Interval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{nameof(MailDigestOptions)}.{nameof(options.Interval)} must be at least one second, not {options.Interval}.");
        }

        if (options.MaxRecords is < 1 or > 10_000)
        {
            failures.Add($"{nameof(MailDigestOptions)}.{nameof(options.MaxRecords)} must be between 1 and 10000, not {options.MaxRecords}.");
        }

        if (options.MaxRecordLength is < 100 or > 100_000)
        {
            failures.Add($"{nameof(MailDigestOptions)}.{nameof(options.MaxRecordLength)} must be between 100 and 100000, not {options.MaxRecordLength}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
