using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace MailKitConfig;

/// <summary>Saves a copy of a sent message in the account's IMAP Sent folder, marked as read.</summary>
internal static class SentFolder
{
    /// <summary>Folder names used for sent mail by servers that do not mark the folder with <c>\Sent</c>, most common first.</summary>
    private static readonly string[] CommonNames = ["Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent", "Отправленные"];

    /// <summary>Appends the message to the Sent folder.</summary>
    /// <param name="connections">Opens the IMAP connection.</param>
    /// <param name="account">The account; must have an IMAP server.</param>
    /// <param name="message">The message as sent.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the copy is saved.</returns>
    /// <exception cref="MailOperationException">The server could not be reached, has no Sent folder, or refused the copy.</exception>
    public static async Task SaveAsync(MailConnectionFactory connections, MailAccountSettings account, MimeMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await connections.ConnectImapAsync(account, cancellationToken).ConfigureAwait(false);
        connection.Replies.BeginOperation();
        try
        {
            var folder = await FindAsync(connection.Client, cancellationToken).ConfigureAwait(false)
                ?? throw connection.Fail(MailOperationStage.Mailbox, null, "the server has no Sent folder (no folder marked \\Sent, and none named Sent, Sent Items or Sent Messages)");
            await folder.AppendAsync(new AppendRequest(message, MessageFlags.Seen), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not MailOperationException && MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw connection.Fail(MailOperationStage.Mailbox, ex, $"the copy could not be saved in the Sent folder: {ex.Message}");
        }
    }

    private static async Task<IMailFolder?> FindAsync(ImapClient client, CancellationToken cancellationToken)
    {
        if ((client.Capabilities & (ImapCapabilities.SpecialUse | ImapCapabilities.XList)) != 0 && client.GetFolder(SpecialFolder.Sent) is { } marked)
        {
            return marked;
        }

        var folders = await client.GetFoldersAsync(client.PersonalNamespaces[0], StatusItems.None, subscribedOnly: false, cancellationToken).ConfigureAwait(false);
        return folders.FirstOrDefault(f => f.Attributes.HasFlag(FolderAttributes.Sent))
            ?? CommonNames.Select(name => folders.FirstOrDefault(f => string.Equals(f.FullName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(f => f is not null);
    }
}
