using MailKitConfig.Tests.Lab;

namespace MailKitConfig.Tests.PostgreSql;

/// <summary>Tests that each get a schema of their own in the lab's PostgreSQL, dropped after the test.</summary>
public abstract class LabSchemaTests : LabFixture
{
    /// <summary>Gets the current test's schema.</summary>
    private protected LabSchema Schema { get; private set; } = null!;

    /// <summary>Creates the test's schema.</summary>
    [SetUp]
    public void CreateSchema() => Schema = new LabSchema();

    /// <summary>Drops the test's schema.</summary>
    /// <returns>A task that completes when it is dropped.</returns>
    [TearDown]
    public async Task DropSchema() => await Schema.DisposeAsync();
}
