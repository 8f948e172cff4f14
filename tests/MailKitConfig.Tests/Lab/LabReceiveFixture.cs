using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Lab;

/// <summary>
/// A receiving test class: one lab user per class, whose mailbox is emptied before each test, and a fresh state
/// directory and mail module per test. No two receiving classes share a user, so no test sees another class's mail;
/// the mailbox is empty before the test body starts anything that reads it (a watcher started on a mailbox that still
/// holds the last test's mail hands that mail over first), and no state survives from one test to the next.
/// </summary>
public abstract class LabReceiveFixture
{
    /// <summary>Gets the state directory of the current test.</summary>
    protected string StateDirectory { get; private set; } = null!;

    /// <summary>Gets the mail module of the current test.</summary>
    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>Gets the receiver of the current test's module.</summary>
    protected IMailReceiver Receiver => Services.GetRequiredService<IMailReceiver>();

    /// <summary>Gets receive-only settings of the class's user (IMAP and POP3 with implicit TLS).</summary>
    private protected MailAccountSettings Account => LabReceiving.Account(User);

    /// <summary>Gets the lab user whose mailbox the class reads; no other receiving class reads it.</summary>
    private protected abstract LabUser User { get; }

    /// <summary>Empties the user's mailbox, then creates the state directory and the module.</summary>
    /// <returns>A task that completes when the mailbox is empty.</returns>
    [SetUp]
    public async Task EmptyMailboxAsync()
    {
        await LabReceiving.EmptyAsync(User);
        StateDirectory = Directory.CreateTempSubdirectory("mkc-receive-").FullName;
        Services = LabReceiving.CreateServices(StateDirectory);
    }

    /// <summary>Disposes the module and deletes the state directory.</summary>
    /// <returns>A task that completes when both are gone.</returns>
    [TearDown]
    public async Task DisposeServicesAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(StateDirectory, recursive: true);
    }

    /// <summary>Replaces the test's module with one whose receiving options (or clock) differ; the state directory stays.</summary>
    /// <param name="configure">Changes the receiving options.</param>
    /// <param name="time">The module's clock; <see langword="null"/> for the system clock.</param>
    /// <returns>A task that completes when the old module is disposed.</returns>
    protected async Task ReconfigureAsync(Action<MailReceivingOptions> configure, TimeProvider? time = null)
    {
        await Services.DisposeAsync();
        Services = LabReceiving.CreateServices(StateDirectory, configure, time);
    }

    /// <summary>Makes a short text message to the class's user.</summary>
    /// <param name="subject">The subject (also the text).</param>
    /// <returns>The message, with a fresh Message-Id.</returns>
    protected MimeMessage Text(string subject) => LabReceiving.Message(User, subject, "Message " + subject);

    /// <summary>A handler that accepts every message.</summary>
    /// <param name="mail">The message.</param>
    /// <param name="token">Unused.</param>
    /// <returns>A completed task.</returns>
    protected static Task Accept(ReceivedMail mail, CancellationToken token) => Task.CompletedTask;

    /// <summary>A handler that downloads each message and notes its key and Message-Id.</summary>
    /// <param name="into">The list to add to.</param>
    /// <returns>The handler.</returns>
    protected static MailReceiveHandler Collect(List<(MailMessageKey, string?)> into) => async (mail, token) =>
    {
        var message = await mail.GetMessageAsync(token);
        into.Add((mail.Key, message.MessageId));
    };

    /// <summary>
    /// Runs the receiver in a child process that is killed (SIGKILL) after the handler accepted the second of three
    /// messages and before that acceptance reached the state file, then receives again in new processes.
    /// </summary>
    /// <param name="protocol">IMAP or POP3.</param>
    /// <returns>A task that completes when the assertions passed.</returns>
    protected async Task KillBetweenAcceptanceAndStateWriteAsync(MailProtocol protocol)
    {
        await LabReceiving.AppendAsync(User, "INBOX", [Text("one"), Text("two"), Text("three")]);
        string[] Arguments(string dieAfter) => ["receive", StateDirectory, User.Address, protocol == MailProtocol.Pop3 ? "pop3" : "imap", dieAfter];

        var killed = new List<string>();
        using (var child = OutboxChild.Start(Arguments("two")))
        {
            string line;
            while ((line = await child.ReadLineAsync()) != "at-state-write")
            {
                killed.Add(line);
            }

            await child.KillAsync(); // the handler accepted "two"; its acceptance is not on disk
        }

        var restarted = (await OutboxChild.RunAsync(Arguments("-"))).Split('\n');
        var third = (await OutboxChild.RunAsync(Arguments("-"))).Split('\n');

        static (string Key, string Subject) Handed(string line) => line.Split(' ') is ["handed", var key, var subject] ? (key, subject) : throw new FormatException(line);
        var before = killed.Select(Handed).ToList();
        var after = restarted.Where(l => l.StartsWith("handed ", StringComparison.Ordinal)).Select(Handed).ToList();
        before.Select(h => h.Subject).Should().Equal("one", "two");
        after.Select(h => h.Subject).Should().Equal(["two", "three"], "only the message whose acceptance was not recorded comes again, and nothing is lost");
        after[0].Key.Should().Be(before[1].Key, "it comes again with the same key");
        restarted[^1].Should().Be("done 2");
        third.Should().Equal("done 0");
    }
}
