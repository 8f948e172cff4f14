using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace MailKitConfig;

/// <summary>
/// Saves a copy of a sent message in the account's IMAP Sent folder, marked as read, over a pooled connection that
/// stays logged in between messages; the folder is looked up once per connection.
/// </summary>
internal static class SentFolder
{
    /// <summary>
    /// How many IMAP connections of one account save Sent copies at once: one, so a mailing logs in once and the
    /// copies (a short APPEND each) follow one another; providers limit simultaneous IMAP connections per account.
    /// </summary>
    public const int ConnectionsPerAccount = 1;

    /// <summary>Folder names used for sent mail by servers that do not mark the folder with <c>\Sent</c>, most common first.</summary>
    private static readonly string[] CommonNames = ["Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent", "Отправленные"];

    /// <summary>Appends the message to the Sent folder.</summary>
    /// <param name="pool">The account's pooled IMAP connections.</param>
    /// <param name="account">The account; must have an IMAP server.</param>
    /// <param name="message">The message as sent.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the copy is saved.</returns>
    /// <exception cref="MailOperationException">The server could not be reached, has no Sent folder, or refused the copy.</exception>
    public static async Task SaveAsync(MailConnectionPool<ImapClient> pool, MailAccountSettings account, MimeMessage message, CancellationToken cancellationToken)
    {
        var pooled = await pool.LeaseAsync(account, probeImplicitTls: true, fresh: false, cancellationToken).ConfigureAwait(false);
        var connection = pooled.Connection;
        var reusable = false;
        connection.Replies.BeginOperation();
        try
        {
            var folder = pooled.SentFolder ??= await FindAsync(connection.Client, cancellationToken).ConfigureAwait(false)
                ?? throw connection.Fail(MailOperationStage.Mailbox, null, "the server has no Sent folder (no folder marked \\Sent, and none named Sent, Sent Items or Sent Messages)");
            await folder.AppendAsync(new AppendRequest(message, MessageFlags.Seen), cancellationToken).ConfigureAwait(false);
            pooled.Messages++;
            reusable = true;
        }
        catch (MailOperationException)
        {
            reusable = connection.Client.IsConnected;
            throw;
        }
        catch (Exception ex) when (MailFailures.IsConversationFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            reusable = ex is ImapCommandException && connection.Client.IsConnected; // a NO or BAD leaves the connection usable
            throw connection.Fail(MailOperationStage.Mailbox, ex, $"the copy could not be saved in the Sent folder: {ex.Message}");
        }
        finally
        {
            pool.Return(pooled, reusable);
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
