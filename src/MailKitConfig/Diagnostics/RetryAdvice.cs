using System.Globalization;
using System.Text.RegularExpressions;
using static MailKitConfig.MailProblemKind;

namespace MailKitConfig;

/// <summary>
/// How long to wait before trying a transient problem again: the wait the server names ("try again in 10 minutes",
/// POP3's LOGIN-DELAY seconds), or one that fits the kind. A sending limit is never retried within the same minute.
/// </summary>
internal static partial class RetryAdvice
{
    /// <summary>The longest wait suggested: a daily limit rolls over within a day, and an hourly retry sees it lift.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    /// <summary>Suggests a wait.</summary>
    /// <param name="kind">The problem kind.</param>
    /// <param name="isTransient">Whether the problem is transient.</param>
    /// <param name="reply">The server's reply.</param>
    /// <returns>The wait, or <see langword="null"/> when trying again without a change cannot help.</returns>
    public static TimeSpan? Suggest(MailProblemKind kind, bool isTransient, ClassifiedReply reply)
    {
        if (!isTransient)
        {
            return null;
        }

        if (reply.Text is { } text && Named(text) is { } named)
        {
            return kind == RateLimited && named < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : named;
        }

        return kind switch
        {
            RateLimited when DayWords().IsMatch(reply.Text ?? string.Empty) => TimeSpan.FromHours(1),
            RateLimited when HourWords().IsMatch(reply.Text ?? string.Empty) => TimeSpan.FromMinutes(15),
            RateLimited => TimeSpan.FromMinutes(5),
            TooManyConnections or ServerUnavailable => TimeSpan.FromMinutes(1),
            _ => TimeSpan.FromSeconds(30),
        };
    }

    private static TimeSpan? Named(string text)
    {
        var match = NamedWait().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        var wait = unit.StartsWith('H') ? TimeSpan.FromHours(n) : unit.StartsWith('M') ? TimeSpan.FromMinutes(n) : TimeSpan.FromSeconds(n);
        return wait <= TimeSpan.Zero ? null : wait > Longest ? Longest : wait;
    }

    /// <summary>
    /// "try again in 5 minutes", "retry after 300 seconds", "wait 1 hour", "Retry-After: 120", "[LOGIN-DELAY 900]". Up to
    /// two words between, fewest first, as nested lazy optionals: a lazy loop of a group with an upper bound of two or
    /// more breaks .NET's compiled and generated code (see <see cref="RegexAlternatives"/>).
    /// </summary>
    [GeneratedRegex(@"(?:(?:try|retry|wait|again|gr[ae]ylisted)\w*(?: \w+(?: \w+)??)?? (?:in|after|for)? ?(?<n>\d{1,6}) ?(?<unit>s(?:ec(?:ond)?s?)?|m(?:in(?:ute)?s?)?|h(?:(?:ou)?rs?)?)\b)|(?:Retry-After:|LOGIN-DELAY) ?(?<n>\d{1,6})(?<unit>)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedWait();

    [GeneratedRegex(@"dail|per day|a day|24 ?h|\bday\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayWords();

    [GeneratedRegex(@"hour", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourWords();
}
