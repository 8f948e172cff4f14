namespace MailKitConfig.Tests.Outbox;

/// <summary>The spool's journal: concurrent changes share flushes, a torn last line is dropped, rewriting keeps the last record of each message.</summary>
public class SpoolJournalTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private string directory = null!;

    private string JournalPath => Path.Combine(directory, "journal");

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("mkc-journal-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Concurrent_changes_share_flushes_and_each_is_on_disk_when_its_task_completes()
    {
        var (journal, _) = await OpenAsync();
        using (journal)
        {
            await Task.WhenAll(Enumerable.Range(0, 200).Select(i => journal.AppendAsync(Entry($"m{i:d4}"), contentAdded: i % 2 == 0)));

            journal.Flushes.Should().BeLessThan(20, "200 changes handed over at once are written in a few batches, one flush each");
        }

        var (reopened, entries) = await OpenAsync();
        reopened.Dispose();
        entries.Select(e => e.Id).Should().BeEquivalentTo(Enumerable.Range(0, 200).Select(i => $"m{i:d4}"));
    }

    [Test]
    public async Task A_torn_last_line_left_by_a_crash_is_skipped_and_dropped_when_the_journal_is_opened()
    {
        var (journal, _) = await OpenAsync();
        using (journal)
        {
            await journal.AppendAsync(Entry("a"));
            await journal.AppendAsync(Entry("b"));
        }

        await File.AppendAllTextAsync(JournalPath, "{\"Entry\":{\"Id\":\"c\",\"Account\":\"torn"); // the crash cut this write short

        var (reopened, entries) = await OpenAsync();
        using (reopened)
        {
            entries.Select(e => e.Id).Should().BeEquivalentTo("a", "b");
            (await File.ReadAllTextAsync(JournalPath)).Should().NotContain("torn");
            await reopened.AppendAsync(Entry("d"));
        }

        var (again, after) = await OpenAsync();
        again.Dispose();
        after.Select(e => e.Id).Should().BeEquivalentTo("a", "b", "d");
    }

    [Test]
    public async Task Opening_rewrites_the_journal_with_the_last_record_of_each_message_and_without_purged_ones()
    {
        var (journal, _) = await OpenAsync();
        using (journal)
        {
            await journal.AppendAsync(Entry("a"));
            await journal.AppendAsync(Entry("a") with { Attempts = 1, Status = MailOutboxStatus.Sending, TransferInProgress = true });
            await journal.AppendAsync(Entry("a") with { Attempts = 1, Status = MailOutboxStatus.Sent });
            await journal.AppendAsync(Entry("b"));
            await journal.AppendPurgedAsync(["b"]);
        }

        var (reopened, entries) = await OpenAsync(settle: e => e with { Size = 7 });
        reopened.Dispose();

        entries.Should().ContainSingle().Which.Should().BeEquivalentTo(Entry("a") with { Attempts = 1, Status = MailOutboxStatus.Sent, Size = 7 });
        (await File.ReadAllLinesAsync(JournalPath)).Should().ContainSingle("the settled record is written back, once");
    }

    private static MailOutboxEntry Entry(string id) => new(id, "office@example.com", id + "@example.com", ["ann@example.com"], Created);

    private Task<(SpoolJournal Journal, List<MailOutboxEntry> Entries)> OpenAsync(Func<MailOutboxEntry, MailOutboxEntry>? settle = null)
        => SpoolJournal.OpenAsync(JournalPath, directory, directory, settle ?? (e => e), CancellationToken.None);
}
