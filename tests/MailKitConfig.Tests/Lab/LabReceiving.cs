using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Lab;

/// <summary>The mailboxes of the receiving tests: emptied before each test, filled through Postfix or IMAP APPEND.</summary>
internal static class LabReceiving
{
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(20);

    private static LabEnvironment Lab => LabEnvironment.Current;

    /// <summary>Gets the user whose mailbox the IMAP tests read.</summary>
    public static LabUser ImapUser => User("receiver");

    /// <summary>Gets the user whose mailbox the POP3 tests read.</summary>
    public static LabUser Pop3User => User("receiver-pop");

    /// <summary>Gets the user whose mailbox the IDLE tests watch.</summary>
    public static LabUser IdleUser => User("receiver-idle");

    /// <summary>Creates the mail module with its state in the given directory.</summary>
    /// <param name="stateDirectory">The directory of the state files.</param>
    /// <param name="configure">Changes the receiving options further; optional.</param>
    /// <param name="time">The module's clock, e.g. a fake one; <see langword="null"/> for the system clock.</param>
    /// <returns>The service provider; the caller disposes it.</returns>
    public static ServiceProvider CreateServices(string stateDirectory, Action<MailReceivingOptions>? configure = null, TimeProvider? time = null)
        => LabMail.CreateServices(time: time, receiving: options =>
        {
            options.StateDirectory = stateDirectory;
            options.ReconnectDelay = TimeSpan.FromMilliseconds(100);
            options.MaxReconnectDelay = TimeSpan.FromMilliseconds(500);
            configure?.Invoke(options);
        });

    /// <summary>Creates receive-only settings for a lab user.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The settings (IMAP and POP3 with implicit TLS).</returns>
    public static MailAccountSettings Account(LabUser user) => LabMail.Account(user) with { Usage = MailUsage.Receive, Smtp = null };

    /// <summary>Deletes every message of the user's inbox and every folder the tests create.</summary>
    /// <param name="user">The user.</param>
    /// <returns>A task that completes when the mailbox is empty.</returns>
    public static async Task EmptyAsync(LabUser user)
    {
        using var client = await ConnectAsync(user);
        await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
        if (client.Inbox.Count > 0)
        {
            await client.Inbox.StoreAsync(await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.All), new StoreFlagsRequest(StoreAction.Add, MessageFlags.Deleted) { Silent = true });
            await client.Inbox.ExpungeAsync();
        }

        foreach (var folder in await client.GetFoldersAsync(client.PersonalNamespaces[0]))
        {
            if (folder.Attributes.HasFlag(FolderAttributes.Inbox) || (folder.Attributes & (FolderAttributes.Sent | FolderAttributes.Drafts | FolderAttributes.Junk | FolderAttributes.Trash)) != 0)
            {
                continue;
            }

            await folder.DeleteAsync();
        }

        await client.DisconnectAsync(true);
    }

    /// <summary>Sends a message to the user through the lab's Postfix (which delivers it to Dovecot over LMTP) and waits until it is in the inbox.</summary>
    /// <param name="user">The recipient.</param>
    /// <param name="subject">The subject.</param>
    /// <returns>The message's Message-Id.</returns>
    public static async Task<string> DeliverAsync(LabUser user, string subject)
    {
        var message = Message(user, subject, "Delivered through Postfix.");
        using (var smtp = new SmtpClient())
        {
            await smtp.ConnectAsync(Lab.Host, Lab.Ports.Smtp, SecureSocketOptions.None);
            await smtp.SendAsync(message);
            await smtp.DisconnectAsync(true);
        }

        await WaitUntilAsync(user, message.MessageId!);
        return message.MessageId!;
    }

    /// <summary>Sends a message to the user through Postfix without waiting for its delivery.</summary>
    /// <param name="user">The recipient.</param>
    /// <param name="subject">The subject.</param>
    /// <returns>The message's Message-Id.</returns>
    public static async Task<string> SendAsync(LabUser user, string subject)
    {
        var message = Message(user, subject, "Delivered through Postfix.");
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(Lab.Host, Lab.Ports.Smtp, SecureSocketOptions.None);
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(true);
        return message.MessageId!;
    }

    /// <summary>Stores messages in a folder of the user's mailbox with IMAP APPEND (fast, for large numbers).</summary>
    /// <param name="user">The user.</param>
    /// <param name="folder">The folder's name; created when missing.</param>
    /// <param name="messages">The messages.</param>
    /// <returns>The folder's UIDVALIDITY.</returns>
    public static async Task<uint> AppendAsync(LabUser user, string folder, IReadOnlyList<MimeMessage> messages)
    {
        using var client = await ConnectAsync(user);
        var target = folder == "INBOX" ? client.Inbox : await GetOrCreateAsync(client, folder);
        for (var start = 0; start < messages.Count; start += 200)
        {
            await target.AppendAsync(messages.Skip(start).Take(200).Select(m => (IAppendRequest)new AppendRequest(m)).ToList());
        }

        await target.OpenAsync(FolderAccess.ReadOnly);
        var validity = target.UidValidity;
        await client.DisconnectAsync(true);
        return validity;
    }

    /// <summary>Deletes a folder and creates it again with the same messages (a new UIDVALIDITY, new UIDs).</summary>
    /// <param name="user">The user.</param>
    /// <param name="folder">The folder's name.</param>
    /// <returns>The old and the new UIDVALIDITY.</returns>
    public static async Task<(uint Old, uint New)> RecreateAsync(LabUser user, string folder)
    {
        using var client = await ConnectAsync(user);
        var existing = await client.GetFolderAsync(folder);
        await existing.OpenAsync(FolderAccess.ReadOnly);
        var old = existing.UidValidity;
        var copies = new List<IAppendRequest>();
        for (var i = 0; i < existing.Count; i++)
        {
            copies.Add(new AppendRequest(await existing.GetMessageAsync(i)));
        }

        await existing.CloseAsync();
        await existing.DeleteAsync();
        var created = (await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(folder, true))!;
        await created.AppendAsync(copies);
        await created.OpenAsync(FolderAccess.ReadOnly);
        var fresh = created.UidValidity;
        await client.DisconnectAsync(true);
        return (old, fresh);
    }

    /// <summary>Makes a message to the user.</summary>
    /// <param name="user">The recipient.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="text">The text.</param>
    /// <returns>The message, with a fresh Message-Id.</returns>
    public static MimeMessage Message(LabUser user, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(MailboxAddress.Parse("partner@example.org"));
        message.To.Add(MailboxAddress.Parse(user.Address));
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("example.org");
        return message;
    }

    /// <summary>Opens a plain IMAP connection as the user (Dovecot counts loopback as secure).</summary>
    /// <param name="user">The user.</param>
    /// <returns>The authenticated client.</returns>
    public static async Task<ImapClient> ConnectAsync(LabUser user)
    {
        var client = new ImapClient();
        await client.ConnectAsync(Lab.Host, Lab.Ports.Imap, SecureSocketOptions.None);
        await client.AuthenticateAsync(user.Address, user.Password);
        return client;
    }

    private static async Task WaitUntilAsync(LabUser user, string messageId)
    {
        var deadline = DateTime.UtcNow + DeliveryWait;
        while ((await LabMail.CountInImapAsync(user, messageId)) == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Message {messageId} did not arrive in {user.Address}'s inbox within {DeliveryWait.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<IMailFolder> GetOrCreateAsync(ImapClient client, string name)
    {
        try
        {
            return await client.GetFolderAsync(name);
        }
        catch (FolderNotFoundException)
        {
            return (await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(name, true))!;
        }
    }

    private static LabUser User(string localPart) => Lab.Users.Single(u => u.Address.StartsWith(localPart + "@", StringComparison.Ordinal));
}
