using MailKitConfig.PostgreSql;
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

    /// <summary>
    /// Takes the schema back to <paramref name="version"/> by dropping <paramref name="table"/> (what the newer versions
    /// made), migrates it twice, and checks that the first migration found that version and the second the newest,
    /// that the queued message was kept and that the table is there again, empty.
    /// </summary>
    /// <param name="version">The older version.</param>
    /// <param name="table">The table the newer versions made.</param>
    /// <returns>A task that completes when it is checked.</returns>
    private protected async Task MigratesFromAsync(int version, string table)
    {
        var (found, again) = await Schema.MigrateFromAsync(version, $"drop table {Schema.Name}.{table}");

        found.Should().Be(version);
        again.Should().Be(PostgreSqlSchema.Version);
        (await LabSchema.ScalarAsync<long>($"select count(*) from {Schema.Name}.outbox")).Should().Be(1);
        (await LabSchema.ScalarAsync<long>($"select count(*) from {Schema.Name}.{table}")).Should().Be(0);
    }
}
