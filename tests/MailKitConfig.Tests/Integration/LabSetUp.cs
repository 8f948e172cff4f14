using MailKitConfig.Tests.Lab;

namespace MailKitConfig.Tests.Integration;

/// <summary>Makes every integration test fail with instructions when the mail lab is not running; none passes silently.</summary>
[SetUpFixture]
public sealed class LabSetUp
{
    [OneTimeSetUp]
    public void RequireRunningLab() => _ = LabEnvironment.Current;
}
