namespace MailKitConfig.Tests.Receiving;

/// <summary>
/// What every <see cref="IMailReceiveStateStore"/> must do, written against the interface only; each store's fixture
/// derives from it (the file store here, the PostgreSQL store in the PostgreSql folder).
/// </summary>
public abstract class ReceiveStateStoreContract
{
    /// <summary>Creates a store; called several times per test, each call as another process would (a restart, another server) over the same storage.</summary>
    /// <returns>The store.</returns>
    protected abstract IMailReceiveStateStore Open();

    [Test]
    public async Task A_mailbox_never_received_from_has_no_state()
        => (await Open().LoadAsync("imap:nobody@example.com@imap.example.com:993/INBOX", default)).Should().BeNull();

    [Test]
    public async Task A_saved_state_comes_back_whole_after_a_restart()
    {
        const string Mailbox = "imap:ann@example.com@imap.example.com:993/INBOX";
        var accepted = new DateTimeOffset(2026, 11, 30, 8, 15, 0, TimeSpan.FromHours(3));
        var state = new MailReceiveState
        {
            UidValidity = 1_700_000_000,
            LastUid = 4_000_000_000,
            UidNext = 4_000_000_001,
            RecheckBelowUid = 17,
            Retries = { ["42"] = new MailReceiveRetry { Failures = 2, LastError = "handler: \"quoted\" ünïcode" }, ["43"] = new MailReceiveRetry { Parked = true, Failures = 5 } },
            PendingActions = { 40, 41 },
            Fingerprints = { "<a@example.com>|2026-11-30|1234", "<b@example.com>|2026-11-29|99" },
            AcceptedUidls = { ["000000017f3a2b1c"] = accepted },
        };

        await Open().SaveAsync(Mailbox, state, default);
        var loaded = await Open().LoadAsync(Mailbox, default);

        loaded.Should().NotBeNull();
        loaded!.Mailbox.Should().Be(Mailbox);
        loaded.Should().BeEquivalentTo(state, o => o.Excluding(s => s.AcceptedUidls));
        loaded.AcceptedUidls.Should().ContainSingle().Which.Value.Should().Be(accepted);
    }

    [Test]
    public async Task A_save_replaces_the_previous_state()
    {
        const string Mailbox = "pop3:ann@example.com@pop.example.com:995/INBOX";
        var store = Open();
        await store.SaveAsync(Mailbox, new MailReceiveState { LastUid = 5, PendingActions = { 1, 2, 3 } }, default);
        await store.SaveAsync(Mailbox, new MailReceiveState { LastUid = 9 }, default);

        var loaded = (await Open().LoadAsync(Mailbox, default))!;

        loaded.LastUid.Should().Be(9);
        loaded.PendingActions.Should().BeEmpty();
    }

    [Test]
    public async Task Mailboxes_are_kept_apart_by_their_exact_name()
    {
        string[] mailboxes = ["imap:ann@example.com@imap.example.com:993/INBOX", "imap:ann@example.com@imap.example.com:993/Orders", "imap:Ann@example.com@imap.example.com:993/INBOX", "imap:ann@example.com@imap.example.com:993/Заказы 'x'; drop table--", "pop3:ann@example.com@pop.example.com:995/INBOX"];
        var store = Open();
        await Task.WhenAll(mailboxes.Select((m, i) => store.SaveAsync(m, new MailReceiveState { LastUid = (uint)i + 1 }, default)));

        var reopened = Open();
        for (var i = 0; i < mailboxes.Length; i++)
        {
            (await reopened.LoadAsync(mailboxes[i], default))!.LastUid.Should().Be((uint)i + 1, mailboxes[i]);
        }
    }

    [Test]
    public async Task A_cancelled_save_leaves_the_previous_state()
    {
        const string Mailbox = "imap:ann@example.com@imap.example.com:993/INBOX";
        var store = Open();
        await store.SaveAsync(Mailbox, new MailReceiveState { LastUid = 7 }, default);

        var save = () => store.SaveAsync(Mailbox, new MailReceiveState { LastUid = 8 }, new CancellationToken(canceled: true));

        await save.Should().ThrowAsync<OperationCanceledException>();
        (await Open().LoadAsync(Mailbox, default))!.LastUid.Should().Be(7);
    }
}

/// <summary>The contract on the default store, <see cref="FileMailReceiveStateStore"/>.</summary>
public sealed class FileReceiveStateStoreContractTests : ReceiveStateStoreContract
{
    private string directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("mkc-state-contract-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    /// <inheritdoc />
    protected override IMailReceiveStateStore Open() => new FileMailReceiveStateStore(directory);
}
