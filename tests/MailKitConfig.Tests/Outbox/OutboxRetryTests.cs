using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Outbox;

/// <summary>What the outbox does after each kind of failure, driven by a fake clock and a sender that fails as told.</summary>
public class OutboxRetryTests
{
    private static readonly MailAccountSettings Account = new()
    {
        Address = "office@example.com",
        Usage = MailUsage.Send,
        Smtp = new ServerEndpoint("smtp.example.com", 25, MailSecurity.None),
    };

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private string spool = null!;
    private ScriptedSender sender = null!;
    private ServiceProvider services = null!;
    private IMailOutbox outbox = null!;

    [SetUp]
    public void CreateOutbox()
    {
        spool = Directory.CreateTempSubdirectory("mkc-outbox-unit-").FullName;
        sender = new ScriptedSender();
        services = Create();
        outbox = services.GetRequiredService<IMailOutbox>();
    }

    [TearDown]
    public void DeleteSpool()
    {
        services.Dispose();
        Directory.Delete(spool, recursive: true);
    }

    [Test]
    public async Task A_temporary_failure_is_retried_later_with_growing_waits_until_the_maximum_age()
    {
        sender.Failure = _ => Refusal("421 4.7.0 Try again later", 421);
        var id = await Enqueue();

        (await outbox.SendPendingAsync()).Deferred.Should().Be(1);
        var first = (await outbox.GetAsync(id))!;
        first.Status.Should().Be(MailOutboxStatus.Queued);
        first.NextAttempt.Should().Be(clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        first.LastFailure!.IsTransient.Should().BeTrue();

        (await outbox.SendPendingAsync()).Should().Be(new MailOutboxRun(0, 0, 0, 0), "nothing is due before the wait is over");
        clock.Advance(TimeSpan.FromMinutes(1));
        (await outbox.SendPendingAsync()).Deferred.Should().Be(1);
        (await outbox.GetAsync(id))!.NextAttempt.Should().Be(clock.GetUtcNow() + TimeSpan.FromMinutes(2));
        sender.Attempts.Should().Be(2);

        clock.Advance(TimeSpan.FromDays(2));
        var last = await outbox.SendPendingAsync();
        last.Failed.Should().Be(1);
        (await outbox.GetAsync(id))!.Status.Should().Be(MailOutboxStatus.Failed);
    }

    [Test]
    public async Task A_permanent_refusal_is_final_with_the_classified_problem_and_raises_the_event()
    {
        sender.Failure = _ => Refusal("550 5.1.1 <x@example.org>: Recipient address rejected: User unknown", 550, MailOperationStage.Recipient);
        var completed = new List<MailOutboxEntry>();
        outbox.Completed += (_, e) => completed.Add(e.Entry);
        var id = await Enqueue();

        (await outbox.SendPendingAsync()).Failed.Should().Be(1);
        clock.Advance(TimeSpan.FromHours(1));
        await outbox.SendPendingAsync();

        sender.Attempts.Should().Be(1);
        var entry = completed.Should().ContainSingle().Which;
        entry.Id.Should().Be(id);
        entry.Status.Should().Be(MailOutboxStatus.Failed);
        var problem = entry.LastFailure!.ToProblem(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
        problem.Kind.Should().Be(MailProblemKind.RecipientRejected);
        problem.Hints.Should().NotBeEmpty();
        problem.ServerReply.Should().Contain("User unknown");
    }

    [Test]
    public async Task A_daily_quota_refusal_waits_as_long_as_the_diagnostics_suggest_instead_of_failing()
    {
        sender.Failure = _ => Refusal("550 5.4.5 Daily user sending quota exceeded.", 550, MailOperationStage.Data);
        var id = await Enqueue();

        (await outbox.SendPendingAsync()).Deferred.Should().Be(1);

        var entry = (await outbox.GetAsync(id))!;
        entry.Status.Should().Be(MailOutboxStatus.Queued);
        entry.LastFailure!.Kind.Should().Be(MailProblemKind.RateLimited);
        entry.LastFailure.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        entry.NextAttempt.Should().Be(clock.GetUtcNow() + TimeSpan.FromHours(1));
        sender.Failure = null;
        clock.Advance(TimeSpan.FromMinutes(59));
        (await outbox.SendPendingAsync()).Sent.Should().Be(0);
        clock.Advance(TimeSpan.FromMinutes(1));
        (await outbox.SendPendingAsync()).Sent.Should().Be(1);
    }

    [Test]
    public async Task Delivery_unknown_is_final_and_never_retried()
    {
        sender.Failure = _ => new MailDeliveryUnknownException("m@example.com", new MailOperationException("The connection broke.", MailProtocol.Smtp, MailOperationStage.Data, "smtp.example.com", 25, null, null, new IOException("reset")));
        var id = await Enqueue();

        (await outbox.SendPendingAsync()).DeliveryUnknown.Should().Be(1);
        clock.Advance(TimeSpan.FromDays(1));
        await outbox.SendPendingAsync();

        sender.Attempts.Should().Be(1);
        (await outbox.GetAsync(id))!.Status.Should().Be(MailOutboxStatus.DeliveryUnknown);
    }

    [Test]
    public async Task The_stored_message_is_sent_as_queued_with_its_bcc_and_the_same_message_id()
    {
        var message = new OutgoingMessage { Subject = "Отчёт", TextBody = "Добрый день", To = { "ann@example.com" }, Bcc = { "audit@example.com" } };
        var id = await outbox.EnqueueAsync(Account, message);

        (await outbox.SendPendingAsync()).Sent.Should().Be(1);

        var entry = (await outbox.GetAsync(id))!;
        var sent = sender.Sent.Should().ContainSingle().Which;
        sent.MessageId.Should().Be(entry.MessageId);
        sent.Subject.Should().Be("Отчёт");
        sent.Bcc.Mailboxes.Select(m => m.Address).Should().Equal("audit@example.com");
        entry.Recipients.Should().BeEquivalentTo("ann@example.com", "audit@example.com");
        File.Exists(Path.Combine(spool, "msg", id + ".eml")).Should().BeFalse("the content of a sent message is deleted");
    }

    [Test]
    public async Task The_spool_survives_a_restart_and_a_transfer_in_progress_becomes_delivery_unknown()
    {
        var queued = await Enqueue();
        var started = await Enqueue();
        var store = services.GetRequiredService<IMailOutboxStore>();
        (await store.ClaimAsync(Account.Address, clock.GetUtcNow(), 10, default)).Should().HaveCount(2);
        await store.MarkTransferStartedAsync(started, default);
        File.WriteAllText(Path.Combine(spool, "tmp", "half-written.eml"), "From: x");
        File.WriteAllText(Path.Combine(spool, "msg", "0000orphan.eml"), "From: x");
        services.Dispose(); // the process "dies": nothing else is written

        services = Create();
        outbox = services.GetRequiredService<IMailOutbox>();
        var run = await outbox.SendPendingAsync();

        run.Should().BeEquivalentTo(new MailOutboxRun(1, 0, 1, 0), o => o.Excluding(r => r.LastFailure));
        (await outbox.GetAsync(queued))!.Status.Should().Be(MailOutboxStatus.Sent);
        (await outbox.GetAsync(started))!.Status.Should().Be(MailOutboxStatus.DeliveryUnknown);
        sender.Attempts.Should().Be(1);
        Directory.EnumerateFiles(Path.Combine(spool, "tmp")).Should().BeEmpty();
        File.Exists(Path.Combine(spool, "msg", "0000orphan.eml")).Should().BeFalse();
    }

    [Test]
    public async Task Outcomes_go_to_the_store_with_the_next_claim_and_no_more_messages_than_places_are_claimed_and_unsettled()
    {
        services.Dispose();
        var calls = new List<(string Call, int Count)>();
        services = Create(s => new RecordingStore(new SpoolOutboxStore(s.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOutboxOptions>>(), clock), calls));
        outbox = services.GetRequiredService<IMailOutbox>();
        for (var i = 0; i < 30; i++)
        {
            await Enqueue();
        }

        (await outbox.SendPendingAsync()).Sent.Should().Be(30);

        const int Places = 8; // twice MaxConcurrentSends
        var unsettled = 0;
        var claims = 0;
        foreach (var (call, count) in calls)
        {
            if (call == "update")
            {
                unsettled--;
                continue;
            }

            if (claims++ > 0 && count > 0)
            {
                (Places - unsettled).Should().BeGreaterThanOrEqualTo(Places / 2, "a claim waits until half the places are free (their outcomes handed to the store): {0}", Calls());
            }

            unsettled += count;
            unsettled.Should().BeLessThanOrEqualTo(Places, "a claim reuses only the places whose outcomes were handed to the store before it");
        }

        unsettled.Should().Be(0, "every outcome is handed to the store by the end of the pass");
        (await outbox.ListAsync(MailOutboxStatus.Sent)).Should().HaveCount(30);

        string Calls() => string.Join(' ', calls.Select(c => c.Call == "claim" ? $"claim {c.Count}" : "u"));
    }

    [Test]
    public async Task An_outcome_waits_for_the_next_claim_while_the_pass_still_claims_and_is_recorded_by_its_end()
    {
        services.Dispose();
        var calls = new List<(string Call, int Count)>();
        services = Create(s => new RecordingStore(new SpoolOutboxStore(s.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOutboxOptions>>(), clock), calls));
        outbox = services.GetRequiredService<IMailOutbox>();
        for (var i = 0; i < 10; i++)
        {
            await outbox.EnqueueAsync(Account, new OutgoingMessage { Subject = i < 3 ? "fast" : "slow", TextBody = "x", To = { "ann@example.com" } });
        }

        // Eight in hand, four on a connection at a time: the three fast ones are sent, four slow ones hold their
        // connections, so three places are free, fewer than the half a claim waits for.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fourSlowStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slowStarted = 0;
        sender.HoldFor = m =>
        {
            if (m.Subject != "slow")
            {
                return Task.CompletedTask;
            }

            if (Interlocked.Increment(ref slowStarted) == 4)
            {
                fourSlowStarted.SetResult();
            }

            return gate.Task;
        };

        var pass = outbox.SendPendingAsync();
        await fourSlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        lock (calls)
        {
            calls.Add(("gate opened", 0));
        }

        gate.SetResult();
        (await pass).Sent.Should().Be(10);

        calls.TakeWhile(c => c.Call != "gate opened").Should().NotContain(c => c.Call == "update", "the three outcomes wait for the next claim");
        calls.Count(c => c.Call == "update").Should().Be(10, "every outcome is handed to the store by the end of the pass");
        (await outbox.ListAsync(MailOutboxStatus.Sent)).Should().HaveCount(10);
    }

    [Test]
    public async Task A_second_process_cannot_open_the_same_spool()
    {
        await Enqueue();
        using var second = Create();

        var open = () => second.GetRequiredService<IMailOutbox>().ListAsync();

        (await open.Should().ThrowAsync<IOException>()).Which.Message.Should().Contain("in use by another process");
    }

    [Test]
    public async Task An_invalid_message_is_refused_at_once_and_nothing_is_stored()
    {
        var enqueue = () => outbox.EnqueueAsync(Account, new OutgoingMessage { Subject = "x\r\nBcc: evil@example.org", TextBody = "x", To = { "ann@example.com" } });

        await enqueue.Should().ThrowAsync<ArgumentException>();
        (await outbox.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public void Invalid_outbox_options_fail_at_start()
    {
        using var invalid = new ServiceCollection().AddMailModule().AddOutbox(o => { o.MaxConcurrentSends = 0; o.RetryDelay = TimeSpan.Zero; }).Services.BuildServiceProvider();

        var resolve = () => invalid.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOutboxOptions>>().Value;

        resolve.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().Which.Failures.Should().HaveCount(2);
    }

    private static MailOperationException Refusal(string reply, int code, MailOperationStage stage = MailOperationStage.Sender)
        => new($"The server refused: {reply}", MailProtocol.Smtp, stage, "smtp.example.com", 25, reply, code, null);

    private Task<string> Enqueue() => outbox.EnqueueAsync(Account, new OutgoingMessage { Subject = "Hello", TextBody = "x", To = { "ann@example.com" } });

    private ServiceProvider Create(Func<IServiceProvider, IMailOutboxStore>? store = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton<IMailSender>(sender);
        if (store is not null)
        {
            collection.AddSingleton<IMailOutboxStore>(store);
        }

        collection.AddMailModule().AddOutbox(o =>
        {
            o.SpoolDirectory = spool;
            o.Accounts.Add(Account);
        });
        return collection.BuildServiceProvider();
    }

    /// <summary>The spool store, with the order of the claims (and how many each brought) and the outcomes recorded.</summary>
    private sealed class RecordingStore(SpoolOutboxStore spool, List<(string Call, int Count)> calls) : IMailOutboxStore, IDisposable
    {
        public Task<MailOutboxEntry> AddAsync(MailOutboxEntry entry, Func<Stream, CancellationToken, Task> writeContent, CancellationToken cancellationToken) => spool.AddAsync(entry, writeContent, cancellationToken);

        public Task<IReadOnlyList<MailOutboxEntry>> RecoverAbandonedAsync(DateTimeOffset now, CancellationToken cancellationToken) => spool.RecoverAbandonedAsync(now, cancellationToken);

        public async Task<IReadOnlyList<MailOutboxEntry>> ClaimAsync(string account, DateTimeOffset now, int max, CancellationToken cancellationToken)
        {
            int at;
            lock (calls)
            {
                at = calls.Count; // where the outbox asked: outcomes handed over while the store claims come after it
                calls.Add(("claim", 0));
            }

            var claimed = await spool.ClaimAsync(account, now, max, cancellationToken);
            lock (calls)
            {
                calls[at] = ("claim", claimed.Count);
            }

            return claimed;
        }

        public Task<bool> MarkTransferStartedAsync(string id, CancellationToken cancellationToken) => spool.MarkTransferStartedAsync(id, cancellationToken);

        public Task<Stream> OpenContentAsync(string id, CancellationToken cancellationToken) => spool.OpenContentAsync(id, cancellationToken);

        public Task<bool> UpdateAsync(MailOutboxEntry entry, CancellationToken cancellationToken)
        {
            lock (calls)
            {
                calls.Add(("update", 1));
            }

            return spool.UpdateAsync(entry, cancellationToken);
        }

        public Task<MailOutboxEntry?> GetAsync(string id, CancellationToken cancellationToken) => spool.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<MailOutboxEntry>> ListAsync(MailOutboxStatus? status, int max, CancellationToken cancellationToken) => spool.ListAsync(status, max, cancellationToken);

        public Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken) => spool.PurgeAsync(completedBefore, cancellationToken);

        public void Dispose() => spool.Dispose();
    }
}
