using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace MailKitConfig.Tests.Outbox;

/// <summary>The scheduled send-and-receive job, driven by a fake clock: status per account, isolation, switching off.</summary>
public class MailJobTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private static readonly MailAccountSettings Good = Account("office@example.com");
    private static readonly MailAccountSettings Bad = Account("sales@example.com");

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private string spool = null!;
    private ScriptedSender sender = null!;
    private ServiceProvider services = null!;
    private MailJobService job = null!;
    private IMailOutbox outbox = null!;

    [SetUp]
    public void CreateJob()
    {
        spool = Directory.CreateTempSubdirectory("mkc-job-").FullName;
        sender = new ScriptedSender
        {
            Failure = a => a == Bad ? new MailOperationException("SMTP login at smtp.example.com:587 failed.", MailProtocol.Smtp, MailOperationStage.Authentication, "smtp.example.com", 587, "535 5.7.8 Error: authentication failed: (reason unavailable)", 535, null) : null,
        };
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton<IMailSender>(sender);
        collection.AddSingleton<IMailJobReceiver>(new CountingReceiver());
        collection.AddMailModule()
            .AddOutbox(o => o.SpoolDirectory = spool)
            .AddMailJob(o =>
            {
                o.Interval = Interval;
                o.Accounts.Add(Good);
                o.Accounts.Add(Bad);
            });
        services = collection.BuildServiceProvider();
        job = (MailJobService)services.GetRequiredService<IMailJob>();
        outbox = services.GetRequiredService<IMailOutbox>();
    }

    [TearDown]
    public async Task StopJob()
    {
        await job.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
        Directory.Delete(spool, recursive: true);
    }

    [Test]
    public async Task A_wrong_password_for_one_account_is_a_classified_problem_in_its_status_and_the_other_account_is_served()
    {
        var good = await outbox.EnqueueAsync(Good, Message());
        var bad = await outbox.EnqueueAsync(Bad, Message());

        await StartAsync();
        await UntilAsync(() => job.GetStatus().All(s => s.LastRun is not null && !s.IsRunning));

        var served = Status(Good);
        served.LastSuccess.Should().Be(clock.GetUtcNow());
        served.LastError.Should().BeNull();
        served.Sent.Should().Be(1);
        served.NextRun.Should().Be(clock.GetUtcNow() + Interval);
        var failed = Status(Bad);
        failed.LastSuccess.Should().BeNull();
        failed.LastError!.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        failed.LastError.Hints.Should().NotBeEmpty();
        failed.Deferred.Should().Be(1);
        failed.NextRun.Should().Be(clock.GetUtcNow() + Interval);
        (await outbox.GetAsync(good))!.Status.Should().Be(MailOutboxStatus.Sent);
        (await outbox.GetAsync(bad))!.Status.Should().Be(MailOutboxStatus.Queued, "a refused login is fixed in the settings; the message waits");
    }

    [Test]
    public async Task Disabling_the_job_stops_it_within_one_interval_and_enabling_it_resumes()
    {
        await StartAsync();
        await UntilAsync(() => Status(Good).LastRun is not null && !Status(Good).IsRunning);
        job.Disable();
        var id = await outbox.EnqueueAsync(Good, Message());

        var cycles = job.Cycles;
        clock.Advance(Interval);
        await UntilAsync(() => job.Cycles > cycles);

        job.IsEnabled.Should().BeFalse();
        (await outbox.GetAsync(id))!.Status.Should().Be(MailOutboxStatus.Queued, "no run starts while the job is off");
        job.Enable();
        await UntilAsync(() => Status(Good).Sent == 1);
        (await outbox.GetAsync(id))!.Status.Should().Be(MailOutboxStatus.Sent);
    }

    [Test]
    public async Task An_account_runs_again_after_its_interval_on_the_job_clock()
    {
        await StartAsync();
        await UntilAsync(() => Status(Good).LastRun is not null && !Status(Good).IsRunning && job.Cycles > 0);
        var first = Status(Good).LastRun;

        clock.Advance(Interval - TimeSpan.FromSeconds(1));
        var cycles = job.Cycles;
        clock.Advance(TimeSpan.FromSeconds(1));
        await UntilAsync(() => Status(Good).LastRun > first && !Status(Good).IsRunning && job.Cycles > cycles);

        Status(Good).LastRun.Should().Be(first + Interval);
    }

    [Test]
    public async Task An_account_never_runs_twice_at_once()
    {
        var hold = new TaskCompletionSource();
        sender.Hold = hold.Task;
        await outbox.EnqueueAsync(Good, Message());

        var first = job.RunNowAsync();
        await UntilAsync(() => sender.Attempts == 1);
        var second = await job.RunNowAsync(); // returns at once: the account's run is in progress
        hold.SetResult();
        await first;

        second.Single(s => s.Account == Good.Address).IsRunning.Should().BeTrue();
        sender.Attempts.Should().Be(1);
        Status(Good).Sent.Should().Be(1);
    }

    [Test]
    public async Task A_message_queued_while_its_account_runs_is_sent_when_that_run_ends_not_an_interval_later()
    {
        var hold = new TaskCompletionSource();
        sender.Hold = hold.Task;
        await outbox.EnqueueAsync(Good, Message());
        await StartAsync();
        await UntilAsync(() => sender.Attempts == 1);

        var cycles = job.Cycles;
        var queuedMeanwhile = await outbox.EnqueueAsync(Good, Message());
        await UntilAsync(() => job.Cycles > cycles); // the job woke for it and found the account's run in progress
        hold.SetResult();

        await UntilAsync(() => sender.Attempts == 2 && !Status(Good).IsRunning);
        (await outbox.GetAsync(queuedMeanwhile))!.Status.Should().Be(MailOutboxStatus.Sent, "the clock never moved: the run that ended started the next");
    }

    [Test]
    public async Task The_receiving_half_runs_for_accounts_that_receive_and_its_failure_is_reported_for_that_account_only()
    {
        var statuses = await job.RunNowAsync();

        statuses.Single(s => s.Account == Good.Address).Received.Should().Be(3);
        var failing = statuses.Single(s => s.Account == Bad.Address);
        failing.Received.Should().BeNull();
        failing.LastError!.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
    }

    private static MailAccountSettings Account(string address) => new()
    {
        Address = address,
        Usage = MailUsage.SendAndReceive,
        Credentials = MailCredentials.Password("secret"),
        Smtp = new ServerEndpoint("smtp.example.com", 587, MailSecurity.StartTlsRequired),
        Imap = new ServerEndpoint("imap.example.com", 993, MailSecurity.ImplicitTls),
    };

    private static OutgoingMessage Message() => new() { Subject = "Invoice", TextBody = "x", To = { "ann@example.com" } };

    /// <summary>Waits (in real time, at most 20 s) for the background loop to reach a state; the job's own time is the fake clock.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the job should have got there");
            await Task.Delay(10);
        }
    }

    private MailJobAccountStatus Status(MailAccountSettings account) => job.GetStatus().Single(s => s.Account == account.Address);

    private Task StartAsync() => ((IHostedService)job).StartAsync(CancellationToken.None);

    /// <summary>Receives three messages for the good account; the bad one's login is refused.</summary>
    private sealed class CountingReceiver : IMailJobReceiver
    {
        public Task<int?> ReceiveAsync(MailAccountSettings account, CancellationToken cancellationToken)
            => account == Bad
                ? throw new MailOperationException("IMAP login at imap.example.com:993 failed.", MailProtocol.Imap, MailOperationStage.Authentication, "imap.example.com", 993, "NO [AUTHENTICATIONFAILED] Authentication failed.", null, null)
                : Task.FromResult<int?>(3);
    }
}
