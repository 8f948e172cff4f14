using MailKit.Net.Imap;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>The library names itself with IMAP ID (RFC 2971) after login to the lab's Dovecot, which offers ID.</summary>
[Category("Integration")]
public class ImapIdentityTests : LabModuleFixture
{
    [Test]
    public async Task After_login_the_library_names_itself_with_imap_id_and_nothing_about_the_user()
    {
        var account = LabMail.Account(Lab.Alice);
        var factory = Services.GetRequiredService<MailConnectionFactory>();
        var transcript = new ProtocolTranscript(keepTranscript: true);

        await using (var connection = await factory.OpenAsync(MailProtocol.Imap, account.Imap!, new ImapClient(transcript), transcript, MailCredentialKind.Password, null, null, CancellationToken.None))
        {
            connection.Client.Capabilities.Should().HaveFlag(ImapCapabilities.Id, "Dovecot offers ID");
            await MailConnectionFactory.LoginAsync(connection, account, CancellationToken.None);
        }

        var sent = transcript.Entries.Where(e => e.Side == TranscriptSide.Client).Select(e => e.Text).ToList();
        var login = sent.FindIndex(t => t.Contains("AUTHENTICATE", StringComparison.Ordinal) || t.Contains("LOGIN", StringComparison.Ordinal));
        var id = sent.FindIndex(t => t.Contains(" ID (", StringComparison.Ordinal));
        login.Should().BeGreaterThanOrEqualTo(0);
        id.Should().BeGreaterThan(login, "the program names itself after login, as the servers that want it expect");
        sent[id].Should().Contain("\"name\" \"MailKitConfig\"").And.NotContain("alice", "ID names the program, not the user");
    }
}
