namespace MailKitConfig;

/// <summary>Thrown when mail account settings are used that have one or more invalid fields.</summary>
public sealed class MailSettingsException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="MailSettingsException"/> class.</summary>
    /// <param name="errors">The problems found, one per invalid field.</param>
    public MailSettingsException(IReadOnlyList<MailSettingsError> errors)
        : base(FormatMessage(errors)) => Errors = errors;

    /// <summary>Gets the problems found, one per invalid field.</summary>
    public IReadOnlyList<MailSettingsError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<MailSettingsError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return "The mail account settings are invalid:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
    }
}
