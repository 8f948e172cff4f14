using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Lab;

/// <summary>A test class that sends through the lab: a fresh mail module for every test, disposed after it.</summary>
public abstract class LabSenderFixture
{
    /// <summary>Gets the lab.</summary>
    private protected static LabEnvironment Lab => LabEnvironment.Current;

    /// <summary>Gets the mail module of the current test.</summary>
    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>Gets the sender of the current test.</summary>
    protected IMailSender Sender { get; private set; } = null!;

    /// <summary>Creates the sender before each test.</summary>
    [SetUp]
    public void CreateSender()
    {
        Services = CreateServices();
        Sender = Services.GetRequiredService<IMailSender>();
    }

    /// <summary>Disposes the mail module after each test.</summary>
    [TearDown]
    public void DisposeServices() => Services.Dispose();

    /// <summary>Creates the mail module of a test; by default the sending configuration with fast retries.</summary>
    /// <returns>The service provider.</returns>
    protected virtual ServiceProvider CreateServices() => LabSending.CreateServices();
}
