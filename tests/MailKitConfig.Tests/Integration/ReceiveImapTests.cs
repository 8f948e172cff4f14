using System.Security.Cryptography;
using MailKit;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace MailKitConfig.Tests.Integration;

/// <summary>Receiving over IMAP from the lab's Dovecot: exactly once with stable keys, UIDVALIDITY changes, failures and crashes.</summary>
[Category("Integration")]
public class ReceiveImapTests : LabReceiveFixture
{
    private protected override LabUser User => LabReceiving.ImapUser;

    [Test]
    public async Task Mail_delivered_through_postfix_is_received_once_and_neither_a_second_poll_nor_a_restart_returns_it_again()
    {
        var received = new List<(MailMessageKey Key, string? MessageId)>();
        (await Receiver.ReceiveAsync(Account, Collect(received))).Accepted.Should().Be(0, "the first receive starts from now on");
        var first = await LabReceiving.DeliverAsync(User, "First");
        var second = await LabReceiving.DeliverAsync(User, "Second");

        var result = await Receiver.ReceiveAsync(Account, Collect(received));
        var again = await Receiver.ReceiveAsync(Account, Collect(received));
        await using (var restarted = LabReceiving.CreateServices(StateDirectory))
        {
            (await restarted.GetRequiredService<IMailReceiver>().ReceiveAsync(Account, Collect(received))).Accepted.Should().Be(0);
        }

        result.Accepted.Should().Be(2);
        again.Accepted.Should().Be(0);
        received.Select(r => r.MessageId).Should().Equal(first, second);
        received.Select(r => r.Key.Value).Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(k => k.Should().MatchRegex(@"^imap:receiver@lab\.test/INBOX/[0-9]+/[0-9]+$"));
    }

    [TestCase(MailReceiveStart.All, 3)]
    [TestCase(MailReceiveStart.Unseen, 2)]
    [TestCase(MailReceiveStart.NewMessages, 0)]
    public async Task The_first_receive_starts_where_the_options_say(MailReceiveStart start, int expected)
    {
        await LabReceiving.AppendAsync(User, "INBOX", [Text("one"), Text("two"), Text("three")]);
        using (var client = await LabReceiving.ConnectAsync(User))
        {
            await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
            await client.Inbox.StoreAsync(0, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen));
        }

        var received = new List<(MailMessageKey, string?)>();
        var result = await Receiver.ReceiveAsync(Account, Collect(received), new MailReceiveOptions { Start = start });

        result.Accepted.Should().Be(expected);
    }

    [Test]
    public async Task After_a_uidvalidity_change_messages_received_before_are_not_handed_over_again()
    {
        await LabReceiving.AppendAsync(User, "Exchange", [Text("one"), Text("two"), Text("three")]);
        var options = new MailReceiveOptions { Folder = "Exchange", Start = MailReceiveStart.All };
        var received = new List<(MailMessageKey Key, string? MessageId)>();
        (await Receiver.ReceiveAsync(Account, Collect(received), options)).Accepted.Should().Be(3);

        var (old, fresh) = await LabReceiving.RecreateAsync(User, "Exchange");
        var added = Text("four");
        await LabReceiving.AppendAsync(User, "Exchange", [added]);
        var result = await Receiver.ReceiveAsync(Account, Collect(received), options);

        fresh.Should().NotBe(old, "the folder was recreated");
        result.Accepted.Should().Be(1);
        received.Select(r => r.MessageId).Should().OnlyHaveUniqueItems().And.HaveCount(4).And.EndWith(added.MessageId);
        received[^1].Key.UidValidity.Should().Be(fresh);
        result.Warnings.Should().ContainSingle(w => w.Contains("UIDVALIDITY", StringComparison.Ordinal));
        (await Receiver.ReceiveAsync(Account, Collect(received), options)).Accepted.Should().Be(0);
    }

    [Test]
    public async Task A_message_whose_handler_throws_is_handed_over_again_with_the_same_key_and_the_others_are_not_held_up()
    {
        await LabReceiving.AppendAsync(User, "INBOX", [Text("one"), Text("two"), Text("three")]);
        var keys = new List<MailMessageKey>();
        var failOn = "two";
        Task Handler(ReceivedMail mail, CancellationToken token)
        {
            keys.Add(mail.Key);
            return mail.Headers[HeaderId.Subject] == failOn ? throw new InvalidOperationException("the application is not ready") : Task.CompletedTask;
        }

        var options = new MailReceiveOptions { Start = MailReceiveStart.All };
        var first = await Receiver.ReceiveAsync(Account, Handler, options);
        failOn = "none";
        var second = await Receiver.ReceiveAsync(Account, Handler, options);
        var third = await Receiver.ReceiveAsync(Account, Handler, options);

        first.Accepted.Should().Be(2);
        first.Failures.Should().ContainSingle().Which.Should().Match<MailReceiveFailure>(f => f.FailureCount == 1 && !f.Parked && f.Error.Message == "the application is not ready");
        second.Accepted.Should().Be(1);
        keys.Should().HaveCount(4);
        keys[3].Should().Be(first.Failures[0].Key).And.Be(keys[1]);
        third.Accepted.Should().Be(0);
    }

    [Test]
    public async Task A_message_that_fails_too_often_is_parked()
    {
        await ReconfigureAsync(o => o.MaxHandlerFailures = 2);
        await LabReceiving.AppendAsync(User, "INBOX", [Text("poison")]);
        var calls = 0;
        Task Handler(ReceivedMail mail, CancellationToken token) => ++calls > 0 ? throw new FormatException("cannot read it") : Task.CompletedTask;
        var options = new MailReceiveOptions { Start = MailReceiveStart.All };

        var first = await Receiver.ReceiveAsync(Account, Handler, options);
        var second = await Receiver.ReceiveAsync(Account, Handler, options);
        var third = await Receiver.ReceiveAsync(Account, Handler, options);

        first.Failures.Single().Parked.Should().BeFalse();
        second.Failures.Single().Parked.Should().BeTrue();
        third.Failures.Should().BeEmpty();
        calls.Should().Be(2);
    }

    [Test]
    public async Task A_crash_between_acceptance_and_the_state_write_hands_that_one_message_over_again_with_the_same_key()
    {
        await LabReceiving.AppendAsync(User, "INBOX", [Text("one"), Text("two"), Text("three")]);
        var store = new CrashingStore(new FileMailReceiveStateStore(StateDirectory));
        var receiver = new MailReceiver(Services.GetRequiredService<MailConnectionFactory>(), store, TimeProvider.System, Services.GetRequiredService<IOptions<MailReceivingOptions>>());
        var handed = new List<(MailMessageKey Key, string? Subject)>();
        Task Handler(ReceivedMail mail, CancellationToken token)
        {
            handed.Add((mail.Key, mail.Headers[HeaderId.Subject]));
            store.CrashOnNextSave = handed.Count == 2; // "two" is accepted, then the process "dies" before its acceptance is saved
            return Task.CompletedTask;
        }

        var options = new MailReceiveOptions { Start = MailReceiveStart.All };
        var crash = async () => await receiver.ReceiveAsync(Account, Handler, options);
        await crash.Should().ThrowAsync<SimulatedCrashException>();
        var after = await receiver.ReceiveAsync(Account, Handler, options);

        handed.Select(h => h.Subject).Should().Equal("one", "two", "two", "three");
        handed[2].Key.Should().Be(handed[1].Key);
        after.Accepted.Should().Be(2);
        (await receiver.ReceiveAsync(Account, Handler, options)).Accepted.Should().Be(0);
    }

    [Test]
    public async Task With_a_state_write_interval_acceptances_are_recorded_together_and_a_crash_before_the_write_hands_them_over_again_with_the_same_keys()
    {
        await LabReceiving.AppendAsync(User, "INBOX", [Text("one"), Text("two"), Text("three")]);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await ReconfigureAsync(o => o.StateWriteInterval = TimeSpan.FromSeconds(1), time);
        var store = new CrashingStore(new FileMailReceiveStateStore(StateDirectory));
        var receiver = new MailReceiver(Services.GetRequiredService<MailConnectionFactory>(), store, time, Services.GetRequiredService<IOptions<MailReceivingOptions>>());
        var handed = new List<(MailMessageKey Key, string? Subject)>();
        Task Handler(ReceivedMail mail, CancellationToken token)
        {
            handed.Add((mail.Key, mail.Headers[HeaderId.Subject]));
            if (handed.Count == 2)
            {
                time.Advance(TimeSpan.FromSeconds(1)); // "two" took a second: a write is due after it, recording "one" and "two"
            }

            store.CrashOnNextSave = handed.Count == 3; // "three" is accepted within the interval; the process dies at the next write
            return Task.CompletedTask;
        }

        var options = new MailReceiveOptions { Start = MailReceiveStart.All };
        var crash = async () => await receiver.ReceiveAsync(Account, Handler, options);
        await crash.Should().ThrowAsync<SimulatedCrashException>();
        var after = await receiver.ReceiveAsync(Account, Handler, options);

        handed.Select(h => h.Subject).Should().Equal("one", "two", "three", "three");
        handed[3].Key.Should().Be(handed[2].Key);
        after.Accepted.Should().Be(1);
        (await receiver.ReceiveAsync(Account, Handler, options)).Accepted.Should().Be(0);
    }

    [Test]
    public Task A_process_killed_between_acceptance_and_the_state_write_gets_that_one_message_again_with_the_same_key()
        => KillBetweenAcceptanceAndStateWriteAsync(MailProtocol.Imap);

    [TestCase(MailAfterAccept.MarkSeen)]
    [TestCase(MailAfterAccept.Move)]
    [TestCase(MailAfterAccept.Delete)]
    public async Task Accepted_messages_are_marked_moved_or_deleted_and_others_are_left_alone(MailAfterAccept action)
    {
        await LabReceiving.AppendAsync(User, "Processed", []);
        await LabReceiving.AppendAsync(User, "INBOX", [Text("accept"), Text("refuse")]);
        var options = new MailReceiveOptions { Start = MailReceiveStart.All, AfterAccept = action, MoveToFolder = "Processed" };

        await Receiver.ReceiveAsync(Account, (mail, _) => mail.Headers[HeaderId.Subject] == "refuse" ? throw new InvalidOperationException("no") : Task.CompletedTask, options);

        using var client = await LabReceiving.ConnectAsync(User);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var inbox = await client.Inbox.FetchAsync(0, -1, MessageSummaryItems.Flags | MessageSummaryItems.Envelope);
        var processed = await client.GetFolderAsync("Processed");
        await processed.OpenAsync(FolderAccess.ReadOnly);
        switch (action)
        {
            case MailAfterAccept.MarkSeen:
                inbox.Should().HaveCount(2);
                inbox.Single(m => m.Envelope!.Subject == "accept").Flags.Should().HaveFlag(MessageFlags.Seen);
                inbox.Single(m => m.Envelope!.Subject == "refuse").Flags.Should().NotHaveFlag(MessageFlags.Seen);
                break;
            case MailAfterAccept.Move:
                inbox.Select(m => m.Envelope!.Subject).Should().Equal("refuse");
                processed.Count.Should().Be(1);
                break;
            default:
                inbox.Select(m => m.Envelope!.Subject).Should().Equal("refuse");
                processed.Count.Should().Be(0);
                break;
        }
    }

    [Test]
    public async Task A_poll_with_no_new_mail_sends_as_many_commands_with_1000_messages_in_the_folder_as_with_10()
    {
        await ReconfigureAsync(o => o.SaveStateAfterEachMessage = false);
        var options = new MailReceiveOptions { Folder = "Count", Start = MailReceiveStart.All };
        await LabReceiving.AppendAsync(User, "Count", Enumerable.Range(0, 10).Select(i => Text($"m{i}")).ToList());
        (await Receiver.ReceiveAsync(Account, Accept, options)).Accepted.Should().Be(10);
        var at10 = await Receiver.ReceiveAsync(Account, Accept, options);

        await LabReceiving.AppendAsync(User, "Count", Enumerable.Range(10, 990).Select(i => Text($"m{i}")).ToList());
        (await Receiver.ReceiveAsync(Account, Accept, options)).Accepted.Should().Be(990);
        var at1000 = await Receiver.ReceiveAsync(Account, Accept, options);

        at10.Accepted.Should().Be(0);
        at1000.Accepted.Should().Be(0);
        at1000.Commands.Should().Be(at10.Commands).And.BeLessThanOrEqualTo(8, "login, the folder's STATUS and LOGOUT");
    }

    [Test]
    public async Task Filters_are_checked_on_the_headers_and_skipped_messages_are_not_handed_over()
    {
        var invoice = Text("Invoice 42");
        var other = Text("Newsletter");
        var stranger = LabReceiving.Message(User, "Invoice 43", "from someone else");
        stranger.From.Clear();
        stranger.From.Add(MailboxAddress.Parse("someone@elsewhere.test"));
        await LabReceiving.AppendAsync(User, "INBOX", [invoice, other, stranger]);
        var options = new MailReceiveOptions { Start = MailReceiveStart.All };
        options.Filter.From.Add("@example.org");
        options.Filter.SubjectContains = "invoice";
        var received = new List<(MailMessageKey, string? MessageId)>();

        var result = await Receiver.ReceiveAsync(Account, Collect(received), options);

        received.Select(r => r.MessageId).Should().Equal(invoice.MessageId);
        result.Skipped.Should().Be(2);
        (await Receiver.ReceiveAsync(Account, Collect(received), options)).Skipped.Should().Be(0);
    }

    [Test]
    public async Task A_large_message_is_handed_over_with_its_headers_and_downloaded_into_a_file_on_demand()
    {
        await ReconfigureAsync(o => o.LargeMessageSize = 64 * 1024);
        var content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).NextBytes(content);
        var builder = new BodyBuilder { TextBody = "see the attachment" };
        builder.Attachments.Add("data.bin", content);
        var large = LabReceiving.Message(User, "large", "x");
        large.Body = builder.ToMessageBody();
        await LabReceiving.AppendAsync(User, "INBOX", [large, Text("small")]);
        var seen = new List<(bool Downloaded, long Size, byte[]? Attachment)>();

        await Receiver.ReceiveAsync(Account, async (mail, token) =>
        {
            var downloaded = mail.IsDownloaded;
            var message = await mail.GetMessageAsync(token);
            byte[]? attachment = null;
            if (message.Attachments.OfType<MimePart>().SingleOrDefault() is { } part)
            {
                using var copy = new MemoryStream();
                await part.Content!.DecodeToAsync(copy, token);
                attachment = copy.ToArray();
            }

            seen.Add((downloaded, mail.Size, attachment));
        }, new MailReceiveOptions { Start = MailReceiveStart.All });

        seen.Should().HaveCount(2);
        var big = seen.Single(s => s.Size > 64 * 1024);
        big.Downloaded.Should().BeFalse("a large message arrives with its headers only");
        big.Attachment.Should().Equal(content);
        seen.Single(s => s.Size < 64 * 1024).Downloaded.Should().BeTrue("a small message arrives whole with its batch");
    }

    [Test]
    public async Task A_50_MB_message_is_parsed_from_a_file_and_allocates_less_than_its_size_where_raw_mailkit_allocates_it_twice()
    {
        const int Size = 50 * 1024 * 1024;
        var expected = await AppendLargeAsync(Size);
        byte[]? hash = null;
        long size = 0;

        var raw = await AllocatedAsync(async () =>
        {
            using var client = await LabReceiving.ConnectAsync(User);
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            using var stream = await client.Inbox.GetStreamAsync(0);
            using var message = await MimeMessage.LoadAsync(stream);
            await client.DisconnectAsync(true);
        });
        var ours = await AllocatedAsync(() => Receiver.ReceiveAsync(Account, async (mail, token) =>
        {
            size = mail.Size;
            var message = await mail.GetMessageAsync(token);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var decoded = new HashingStream(sha))
            {
                await message.Attachments.OfType<MimePart>().Single().Content!.DecodeToAsync(decoded, token);
            }

            hash = sha.GetHashAndReset();
        }, new MailReceiveOptions { Start = MailReceiveStart.All }));
        await TestContext.Out.WriteLineAsync($"A {size / 1048576.0:0.0} MB message: raw MailKit (GetStream + Load) allocated {raw / 1048576.0:0.0} MiB, IMailReceiver {ours / 1048576.0:0.0} MiB");

        hash.Should().Equal(expected, "the attachment arrives intact");
        size.Should().BeGreaterThan(Size * 9 / 10);
        ours.Should().BeLessThan(size, "the message is downloaded into a file in chunks that reuse MimeKit's pooled blocks and parsed from there: no copy of it is held in memory");
        ours.Should().BeLessThan(raw / 2, "raw MailKit holds the message in memory and then its parsed attachment");
    }

    [Test]
    public async Task A_wrong_password_fails_with_the_classified_problem()
    {
        var account = Account with { Credentials = MailCredentials.Password("not-the-password") };

        var receive = async () => await Receiver.ReceiveAsync(account, Accept);

        var thrown = (await receive.Should().ThrowAsync<MailOperationException>()).Which;
        thrown.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.Problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
    }

    /// <summary>A store that throws once, at the save after the handler accepted a chosen message: a crash before the acceptance is recorded.</summary>
    private sealed class CrashingStore(IMailReceiveStateStore inner) : IMailReceiveStateStore
    {
        public bool CrashOnNextSave { get; set; }

        public Task<MailReceiveState?> LoadAsync(string mailbox, CancellationToken cancellationToken) => inner.LoadAsync(mailbox, cancellationToken);

        public Task SaveAsync(string mailbox, MailReceiveState state, CancellationToken cancellationToken)
        {
            if (CrashOnNextSave)
            {
                CrashOnNextSave = false;
                throw new SimulatedCrashException();
            }

            return inner.SaveAsync(mailbox, state, cancellationToken);
        }
    }

    private sealed class SimulatedCrashException : Exception
    {
        public SimulatedCrashException()
            : base("simulated crash before the state write")
        {
        }
    }

    /// <summary>Counts the managed bytes a piece of work allocates (on every thread: the work hops threads).</summary>
    private static async Task<long> AllocatedAsync(Func<Task> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await work();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    /// <summary>Appends a message with one base64 attachment of random bytes, about <paramref name="size"/> in all.</summary>
    private async Task<byte[]> AppendLargeAsync(int size)
    {
        var content = new byte[size * 3 / 4];
        new Random(11).NextBytes(content);
        var builder = new BodyBuilder { TextBody = "The archive is attached." };
        builder.Attachments.Add("archive.bin", content);
        var large = LabReceiving.Message(User, "archive", "x");
        large.Body = builder.ToMessageBody();
        await LabReceiving.AppendAsync(User, "INBOX", [large]);
        return SHA256.HashData(content);
    }

    /// <summary>A write-only stream that feeds a hash.</summary>
    private sealed class HashingStream(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);
    }
}
