namespace MailKitConfig;

/// <summary>One problem found in mail account settings.</summary>
/// <param name="Field">The setting at fault, e.g. <c>Smtp.Port</c>.</param>
/// <param name="Message">What is wrong with it, in a sentence a user can act on.</param>
public sealed record MailSettingsError(string Field, string Message)
{
    /// <summary>Returns <c>Field: Message</c>.</summary>
    /// <returns>The field and the message.</returns>
    public override string ToString() => $"{Field}: {Message}";
}
