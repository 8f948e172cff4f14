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
            failures.Add(ProblemCatalog.Current("Options.Invalid", $"{nameof(MailDigestOptions)}.{nameof(options.Interval)}", ProblemCatalog.Current("Options.Rule.AtLeastOneSecond"), options.Interval));
        }

        if (options.MaxRecords is < 1 or > 10_000)
        {
            failures.Add(ProblemCatalog.Current("Options.Invalid", $"{nameof(MailDigestOptions)}.{nameof(options.MaxRecords)}", ProblemCatalog.Current("Options.Rule.Between", 1, 10_000), options.MaxRecords));
        }

        if (options.MaxRecordLength is < 100 or > 100_000)
        {
            failures.Add(ProblemCatalog.Current("Options.Invalid", $"{nameof(MailDigestOptions)}.{nameof(options.MaxRecordLength)}", ProblemCatalog.Current("Options.Rule.Between", 100, 100_000), options.MaxRecordLength));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
