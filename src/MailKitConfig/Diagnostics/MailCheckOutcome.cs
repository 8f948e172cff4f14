namespace MailKitConfig;

/// <summary>How a step of the settings check ended.</summary>
public enum MailCheckOutcome
{
    /// <summary>The step worked.</summary>
    Passed,

    /// <summary>The step worked, with a caveat (e.g. the connection is not encrypted).</summary>
    Warning,

    /// <summary>The step failed; the check of this protocol stopped here.</summary>
    Failed,

    /// <summary>The step did not run (an earlier step failed, or it does not apply).</summary>
    Skipped,
}
