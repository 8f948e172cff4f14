using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Lab;

/// <summary>The mail module configured for sending tests: the lab's CA trusted, and retries fast enough for tests.</summary>
internal static class LabSending
{
    private static LabEnvironment Lab => LabEnvironment.Current;

    /// <summary>Creates the mail module with short retry delays.</summary>
    /// <param name="configure">Changes the sending options further; optional.</param>
    /// <param name="time">The module's clock, e.g. a fake one; <see langword="null"/> for the system clock.</param>
    /// <param name="module">Adds more to the module (e.g. the outbox); optional.</param>
    /// <returns>The service provider; the caller disposes it.</returns>
    public static ServiceProvider CreateServices(Action<MailSendingOptions>? configure = null, TimeProvider? time = null, Action<IMailModuleBuilder>? module = null)
        => LabMail.CreateServices(
            time: time,
            connections: options => options.DataTimeout = TimeSpan.FromSeconds(30),
            sending: options =>
            {
                options.RetryDelay = TimeSpan.FromMilliseconds(20);
                options.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
                configure?.Invoke(options);
            },
            module: module);

    /// <summary>Waits until a message with the Message-ID is in the user's Sent folder and returns it with its flags.</summary>
    /// <param name="user">The mailbox owner.</param>
    /// <param name="messageId">The Message-ID.</param>
    /// <returns>The stored message and its flags.</returns>
    public static async Task<(MimeMessage Message, MessageFlags Flags)> ReadFromSentAsync(LabUser user, string messageId)
    {
        using var client = new ImapClient(); // plain IMAP on loopback: Dovecot counts 127.0.0.1 as secure
        await client.ConnectAsync(Lab.Host, Lab.Ports.Imap, SecureSocketOptions.None);
        await client.AuthenticateAsync(user.Address, user.Password);
        var sent = client.GetFolder(SpecialFolder.Sent) ?? throw new InvalidOperationException("The lab has no Sent folder.");
        await sent.OpenAsync(FolderAccess.ReadOnly);
        var found = await sent.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId));
        found.Should().ContainSingle("the copy is saved once");
        var summary = (await sent.FetchAsync(found, MessageSummaryItems.Flags)).Single();
        var message = await sent.GetMessageAsync(found[0]);
        await client.DisconnectAsync(true);
        return (message, summary.Flags ?? MessageFlags.None);
    }

    /// <summary>Gets the Message-IDs of the messages in a user's Sent folder whose subject contains a text, one per copy.</summary>
    /// <param name="user">The user.</param>
    /// <param name="subject">The text.</param>
    /// <returns>The Message-IDs, repeated when a message was saved more than once.</returns>
    public static async Task<List<string>> SentMessageIdsAsync(LabUser user, string subject)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(Lab.Host, Lab.Ports.Imap, SecureSocketOptions.None);
        await client.AuthenticateAsync(user.Address, user.Password);
        var sent = client.GetFolder(SpecialFolder.Sent) ?? throw new InvalidOperationException("The lab has no Sent folder.");
        await sent.OpenAsync(FolderAccess.ReadOnly);
        var found = await sent.SearchAsync(SearchQuery.SubjectContains(subject));
        var summaries = found.Count == 0 ? [] : await sent.FetchAsync(found, MessageSummaryItems.Envelope);
        await client.DisconnectAsync(true);
        return summaries.Select(s => s.Envelope!.MessageId!).ToList();
    }
}
