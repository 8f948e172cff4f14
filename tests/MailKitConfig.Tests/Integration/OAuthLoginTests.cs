using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>OAuth 2.0 access tokens (SASL OAUTHBEARER/XOAUTH2) against the lab's Dovecot, which validates them locally.</summary>
[Category("Integration")]
public class OAuthLoginTests : LabModuleFixture
{
    private static LabOAuth OAuth => Lab.OAuth ?? throw new InvalidOperationException("The lab has no OAuth issuer (lab.json has no \"oauth\" entry); start it with eng/lab/up.sh.");

    [Test]
    public async Task A_valid_token_sends_mail_and_logs_in_to_imap()
    {
        var tokens = new LabTokenSource(OAuth, TimeSpan.FromMinutes(10));
        var account = LabMail.Account(Lab.Alice) with { Credentials = MailCredentials.OAuth(tokens) };

        var result = await Sender.SendAsync(account, new OutgoingMessage { Subject = "OAuth", TextBody = "x", To = { Lab.Bob.Address } });
        await using (var imap = await Services.GetRequiredService<MailConnectionFactory>().ConnectImapAsync(account, CancellationToken.None))
        {
            imap.Client.IsAuthenticated.Should().BeTrue();
        }

        tokens.Issued.Should().Be(2, "a token is fetched for every login");
        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).Subject.Should().Be("OAuth");
    }

    [Test]
    public async Task An_expired_token_is_refused_with_the_servers_reply()
    {
        var account = LabMail.Account(Lab.Alice) with { Credentials = MailCredentials.OAuth(new LabTokenSource(OAuth, TimeSpan.FromMinutes(-1))) };

        var thrown = await FluentActions.Awaiting(() => Services.GetRequiredService<MailConnectionFactory>().ConnectImapAsync(account, CancellationToken.None))
            .Should().ThrowAsync<MailOperationException>();

        thrown.Which.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.Which.ServerReply.Should().Contain("NO [AUTHENTICATIONFAILED]");
    }
}
