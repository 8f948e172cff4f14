using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;
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
        var tokens = ValidTokens();
        var account = Alice(tokens);

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
        var account = Alice(ExpiredTokens());

        var thrown = await FluentActions.Awaiting(() => Services.GetRequiredService<MailConnectionFactory>().ConnectImapAsync(account, CancellationToken.None))
            .Should().ThrowAsync<MailOperationException>();

        thrown.Which.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.Which.ServerReply.Should().Contain("NO [AUTHENTICATIONFAILED]");
    }

    [TestCase(MailProtocol.Imap, "XOAUTH2")]
    [TestCase(MailProtocol.Imap, "OAUTHBEARER")]
    [TestCase(MailProtocol.Pop3, "XOAUTH2")]
    [TestCase(MailProtocol.Pop3, "OAUTHBEARER")]
    [TestCase(MailProtocol.Smtp, "XOAUTH2")]
    [TestCase(MailProtocol.Smtp, "OAUTHBEARER")]
    public async Task Each_protocol_logs_in_with_each_token_mechanism(MailProtocol protocol, string mechanism)
    {
        var account = Alice(ValidTokens());
        var (endpoint, client, transcript) = Client(protocol, account);
        await using var connection = await Services.GetRequiredService<MailConnectionFactory>().OpenAsync(protocol, endpoint, client, transcript, MailCredentialKind.OAuth, null, null, CancellationToken.None);
        connection.Client.AuthenticationMechanisms.Should().Contain(["XOAUTH2", "OAUTHBEARER"], "the lab's Dovecot and Postfix offer both");
        connection.Client.AuthenticationMechanisms.Remove(mechanism == "XOAUTH2" ? "OAUTHBEARER" : "XOAUTH2"); // OAUTHBEARER is chosen where offered

        await MailConnectionFactory.LoginAsync(connection, account, CancellationToken.None);

        connection.Client.IsAuthenticated.Should().BeTrue();
    }

    [TestCase(MailProtocol.Imap, "expired")]
    [TestCase(MailProtocol.Imap, "tampered")]
    [TestCase(MailProtocol.Imap, "wrong user")]
    [TestCase(MailProtocol.Pop3, "tampered")]
    [TestCase(MailProtocol.Smtp, "expired")]
    [TestCase(MailProtocol.Smtp, "tampered")]
    [TestCase(MailProtocol.Smtp, "wrong user")]
    public async Task A_bad_token_is_refused_and_classified_as_an_invalid_token(MailProtocol protocol, string bad)
    {
        var source = bad switch
        {
            "expired" => ExpiredTokens(),
            "tampered" => new LabTokenSource(OAuth, TimeSpan.FromMinutes(10), token => token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA")),
            _ => new LabTokenSource(OAuth, TimeSpan.FromMinutes(10), email: Lab.Bob.Address),
        };
        var account = Alice(source);
        var factory = Services.GetRequiredService<MailConnectionFactory>();

        var thrown = await FluentActions.Awaiting(async () =>
        {
            switch (protocol)
            {
                case MailProtocol.Imap: await (await factory.ConnectImapAsync(account, CancellationToken.None)).DisposeAsync(); break;
                case MailProtocol.Pop3: await (await factory.ConnectPop3Async(account, CancellationToken.None)).DisposeAsync(); break;
                default: await (await factory.ConnectSmtpAsync(account, CancellationToken.None)).DisposeAsync(); break;
            }
        }).Should().ThrowAsync<MailOperationException>();

        thrown.Which.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.Which.Problem.Kind.Should().Be(MailProblemKind.OAuthTokenInvalid, thrown.Which.ServerReply);
        var signature = source.LastToken!.Split('.')[2];
        thrown.Which.Message.Should().NotContain(signature, "no token in the message");
        thrown.Which.ServerReply.Should().NotContain(signature);
        source.Issued.Should().Be(1, "a source that cannot refresh is not asked again");
    }

    [Test]
    public async Task A_token_source_that_throws_is_a_classified_failure_and_the_batch_keeps_its_outcomes()
    {
        var signInRequired = new ThrowingTokenSource(new MailOAuthException(MailProblemKind.OAuthSignInRequired, "The stored sign-in was revoked; sign in again.", "invalid_grant"));
        var account = Alice(signInRequired);

        var outcomes = await Sender.SendManyAsync(account, new OutgoingMessage { Subject = "x", TextBody = "x" }, [Lab.Bob.Address, Lab.Carol.Address, Lab.Alice.Address]);

        outcomes.Should().HaveCount(3);
        outcomes.Should().OnlyContain(o => o.Status == MailSendStatus.Failed || o.Status == MailSendStatus.NotAttempted);
        var failed = outcomes.First(o => o.Status == MailSendStatus.Failed);
        failed.Problem!.Kind.Should().Be(MailProblemKind.OAuthSignInRequired);
        failed.Problem.Stage.Should().Be(MailOperationStage.Authentication);

        var vaultDown = Alice(new ThrowingTokenSource(new InvalidOperationException("The vault is locked.")));
        var thrown = await FluentActions.Awaiting(() => Sender.SendAsync(vaultDown, new OutgoingMessage { Subject = "x", TextBody = "x", To = { Lab.Bob.Address } })).Should().ThrowAsync<MailOperationException>();
        thrown.Which.Message.Should().Contain("The vault is locked");
        thrown.Which.Problem.Kind.Should().Be(MailProblemKind.Unknown);
        thrown.Which.Problem.AlsoPossible.Should().Contain(MailProblemKind.OAuthSignInRequired);
    }

    /// <summary>Alice's lab account, signing in with tokens from <paramref name="tokens"/>.</summary>
    private static MailAccountSettings Alice(IOAuthTokenSource tokens) => LabMail.Account(Lab.Alice) with { Credentials = MailCredentials.OAuth(tokens) };

    /// <summary>Tokens of the lab's issuer valid for ten minutes.</summary>
    private static LabTokenSource ValidTokens() => new(OAuth, TimeSpan.FromMinutes(10));

    /// <summary>Tokens of the lab's issuer that expired a minute ago.</summary>
    private static LabTokenSource ExpiredTokens() => new(OAuth, TimeSpan.FromMinutes(-1));

    private static (ServerEndpoint Endpoint, MailService Client, ProtocolTranscript Transcript) Client(MailProtocol protocol, MailAccountSettings account)
    {
        var transcript = new ProtocolTranscript();
        return protocol switch
        {
            MailProtocol.Imap => (account.Imap!, new ImapClient(transcript), transcript),
            MailProtocol.Pop3 => (account.Pop3!, new Pop3Client(transcript), transcript),
            _ => (account.Smtp!, new SmtpClient(transcript), transcript),
        };
    }

    /// <summary>A token source that fails, as a host's vault or a revoked grant would.</summary>
    private sealed class ThrowingTokenSource(Exception failure) : IOAuthTokenSource
    {
        public ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken) => ValueTask.FromException<string>(failure);
    }
}
