namespace MailKitConfig;

/// <summary>How many messages an account may send per interval, over all its connections (a provider's sending limit).</summary>
/// <param name="Messages">How many messages may start per interval; at least 1.</param>
/// <param name="Interval">The interval; positive.</param>
public sealed record MailSendingRate(int Messages, TimeSpan Interval)
{
    /// <summary>Returns <c>N per interval</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Messages} per {Interval}";
}
