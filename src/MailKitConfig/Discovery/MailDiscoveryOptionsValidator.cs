using Microsoft.Extensions.Options;

namespace MailKitConfig;

/// <summary>Checks <see cref="MailDiscoveryOptions"/> when the host starts.</summary>
/// <param name="sources">The configuration sections the module was added from: messages then name the configuration key (<c>Mail:Discovery:…</c>).</param>
internal sealed class MailDiscoveryOptionsValidator(IEnumerable<MailConfigurationSource>? sources = null) : IValidateOptions<MailDiscoveryOptions>
{
    private readonly string prefix = MailConfigurationReader.KeyPrefix(sources, "Discovery", nameof(MailDiscoveryOptions));

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MailDiscoveryOptions options)
    {
        var failures = new List<string>();
        foreach (var (field, value) in new[] { (nameof(options.Deadline), options.Deadline), (nameof(options.RequestTimeout), options.RequestTimeout), (nameof(options.ProbeTimeout), options.ProbeTimeout) })
        {
            if (value <= TimeSpan.Zero || value.TotalMilliseconds > int.MaxValue)
            {
                failures.Add(ProblemCatalog.Current("Options.Invalid", prefix + field, ProblemCatalog.Current("Options.Rule.Positive"), value));
            }
        }

        if (options.ProbeStagger < TimeSpan.Zero)
        {
            failures.Add(ProblemCatalog.Current("Options.Broken", prefix + nameof(options.ProbeStagger), ProblemCatalog.Current("Options.Rule.NotNegative")));
        }

        foreach (var (url, field) in new[] { (options.IspdbBaseUrl, nameof(options.IspdbBaseUrl)), (options.AutodiscoverV2BaseUrl, nameof(options.AutodiscoverV2BaseUrl)) })
        {
            if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(options.AllowPlainHttp && url.Scheme == Uri.UriSchemeHttp)))
            {
                failures.Add(ProblemCatalog.Current("Options.HttpsUrl", prefix + field, nameof(options.AllowPlainHttp)));
            }
        }

        foreach (var (protocol, ports) in options.GuessPorts)
        {
            if (ports.Any(p => p.Port is < 1 or > 65535))
            {
                failures.Add(ProblemCatalog.Current("Options.GuessPortInvalid", $"{prefix}{nameof(options.GuessPorts)}[{protocol}]"));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
