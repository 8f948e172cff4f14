using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Validates <see cref="MailOutboxOptions"/> when the host starts.</summary>
internal sealed class MailOutboxOptionsValidator : IValidateOptions<MailOutboxOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailOutboxOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SpoolDirectory))
        {
            errors.Add(ProblemCatalog.Current("Options.Broken", nameof(MailOutboxOptions.SpoolDirectory), ProblemCatalog.Current("Options.Rule.DirectoryRequired")));
        }

        if (options.MaxConcurrentSends is < 1 or > 64)
        {
            errors.Add(ProblemCatalog.Current("Options.Invalid", nameof(MailOutboxOptions.MaxConcurrentSends), ProblemCatalog.Current("Options.Rule.Between", 1, 64), options.MaxConcurrentSends));
        }

        Positive(errors, nameof(MailOutboxOptions.RetryDelay), options.RetryDelay);
        Positive(errors, nameof(MailOutboxOptions.MaxRetryDelay), options.MaxRetryDelay);
        Positive(errors, nameof(MailOutboxOptions.MaxAge), options.MaxAge);
        Positive(errors, nameof(MailOutboxOptions.RetainCompleted), options.RetainCompleted);
        if (options.MaxRetryDelay < options.RetryDelay)
        {
            errors.Add(ProblemCatalog.Current("Options.ShorterThan", nameof(MailOutboxOptions.MaxRetryDelay), options.MaxRetryDelay, nameof(MailOutboxOptions.RetryDelay), options.RetryDelay));
        }

        foreach (var account in options.Accounts)
        {
            errors.AddRange(account.Validate().Select(e => $"{nameof(MailOutboxOptions)}.{nameof(MailOutboxOptions.Accounts)}.{e.Field}: {e.Message}"));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add(ProblemCatalog.Current("Options.Invalid", name, ProblemCatalog.Current("Options.Rule.Positive"), value));
        }
    }
}
