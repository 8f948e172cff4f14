using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Lab;

/// <summary>A test class that uses the lab through the mail module: a fresh module for every test, disposed after it.</summary>
public abstract class LabModuleFixture : LabFixture
{
    /// <summary>Gets the mail module of the current test.</summary>
    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>Gets the sender of the current test.</summary>
    protected IMailSender Sender { get; private set; } = null!;

    /// <summary>Creates the mail module and its sender before each test.</summary>
    [SetUp]
    public void CreateModule()
    {
        Services = CreateServices();
        Sender = Services.GetRequiredService<IMailSender>();
    }

    /// <summary>Disposes the mail module after each test.</summary>
    [TearDown]
    public void DisposeServices() => Services.Dispose();

    /// <summary>Creates the mail module of a test; by default as a host would, trusting the lab's CA.</summary>
    /// <returns>The service provider.</returns>
    protected virtual ServiceProvider CreateServices() => LabMail.CreateServices();
}
