namespace MailKitConfig.Tests.Lab;

/// <summary>A test class that uses the lab: <see cref="Lab"/> is the lab this test run was given (<see cref="LabEnvironment.Current"/>).</summary>
public abstract class LabFixture
{
    /// <summary>Gets the lab.</summary>
    private protected static LabEnvironment Lab => LabEnvironment.Current;
}
