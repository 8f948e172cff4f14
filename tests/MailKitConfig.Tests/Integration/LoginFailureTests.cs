using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Integration;

/// <summary>Refused logins and refused messages surface as <see cref="MailOperationException"/> with the real server's reply.</summary>
[Category("Integration")]
public class LoginFailureTests : LabModuleFixture
{
    private const string WrongPassword = "not-the-password-Zq81";

    [Test]
    public async Task A_wrong_password_is_refused_by_smtp_with_535()
    {
        var account = LabMail.Account(Lab.Alice, password: WrongPassword);

        var thrown = await SendingFails(account);

        thrown.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.ReplyCode.Should().Be(535);
        thrown.ServerReply.Should().StartWith("535 5.7.8");
        thrown.Message.Should().Contain("the login as a user at lab.test").And.NotContain("alice@lab.test", "messages are logged: the user's address shows only by its domain").And.NotContain(WrongPassword);
    }

    [Test]
    public async Task A_wrong_password_is_refused_by_imap_with_authenticationfailed()
    {
        var thrown = await LoginFails(f => f.ConnectImapAsync(LabMail.Account(Lab.Alice, password: WrongPassword), CancellationToken.None));

        thrown.Protocol.Should().Be(MailProtocol.Imap);
        thrown.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.ServerReply.Should().Contain("NO [AUTHENTICATIONFAILED] Authentication failed.");
        thrown.Message.Should().NotContain(WrongPassword).And.NotContain("alice@lab.test");
    }

    [Test]
    public async Task A_wrong_password_is_refused_by_pop3_with_the_text_mailkit_drops()
    {
        var thrown = await LoginFails(f => f.ConnectPop3Async(LabMail.Account(Lab.Alice, password: WrongPassword), CancellationToken.None));

        thrown.Protocol.Should().Be(MailProtocol.Pop3);
        thrown.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.ServerReply.Should().Be("-ERR [AUTH] Authentication failed.");
    }

    [Test]
    public async Task Smtp_offers_no_login_before_starttls()
    {
        var account = LabMail.Account(Lab.Alice, new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.None));

        var thrown = await SendingFails(account);

        thrown.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.Message.Should().Contain("no AUTH").And.Contain("unencrypted");
        thrown.ServerReply.Should().Contain("STARTTLS").And.NotContain("AUTH");
    }

    [Test]
    public async Task Imap_refuses_a_plaintext_login_from_a_remote_address()
    {
        var account = LabMail.Account(Lab.Alice) with { Imap = new ServerEndpoint(Lab.RemoteHost, Lab.Ports.Imap, MailSecurity.None) };

        var thrown = await LoginFails(f => f.ConnectImapAsync(account, CancellationToken.None));

        thrown.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.Message.Should().Contain("LOGINDISABLED");
        thrown.ServerReply.Should().Contain("LOGINDISABLED");
    }

    [Test]
    public async Task Pop3_refuses_a_plaintext_login_from_a_remote_address()
    {
        var account = LabMail.Account(Lab.Alice) with { Pop3 = new ServerEndpoint(Lab.RemoteHost, Lab.Ports.Pop3, MailSecurity.None) };

        var thrown = await LoginFails(f => f.ConnectPop3Async(account, CancellationToken.None));

        thrown.Stage.Should().Be(MailOperationStage.Authentication);
        thrown.ServerReply.Should().Be("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.");
    }

    [Test]
    public async Task The_right_password_logs_in_to_imap_and_pop3()
    {
        var factory = Services.GetRequiredService<MailConnectionFactory>();
        var account = LabMail.Account(Lab.Alice) with { Imap = new ServerEndpoint(Lab.Host, Lab.Ports.Imap, MailSecurity.StartTlsRequired), Pop3 = new ServerEndpoint(Lab.Host, Lab.Ports.Pop3, MailSecurity.StartTlsRequired) };

        await using (var imap = await factory.ConnectImapAsync(account, CancellationToken.None))
        {
            imap.Client.IsAuthenticated.Should().BeTrue();
            imap.Client.IsSecure.Should().BeTrue();
        }

        await using var pop3 = await factory.ConnectPop3Async(account, CancellationToken.None);
        pop3.Client.IsAuthenticated.Should().BeTrue();
        pop3.Client.IsSecure.Should().BeTrue();
    }

    [Test]
    public async Task A_server_certificate_from_an_untrusted_ca_is_refused()
    {
        using var untrusting = LabMail.CreateServices(trustLabCa: false);

        var thrown = await FluentActions.Awaiting(() => untrusting.GetRequiredService<IMailSender>().SendAsync(LabMail.Account(Lab.Alice), Message()))
            .Should().ThrowAsync<MailOperationException>();

        thrown.Which.Stage.Should().Be(MailOperationStage.Tls);
    }

    [Test]
    public async Task A_sender_address_the_login_does_not_own_is_refused()
    {
        var message = Message();
        message.From = Lab.Bob.Address;

        var thrown = await SendingFails(LabMail.Account(Lab.Alice), message);

        thrown.Stage.Should().BeOneOf(MailOperationStage.Sender, MailOperationStage.Recipient);
        thrown.ReplyCode.Should().Be(553);
        thrown.ServerReply.Should().Contain("5.7.1").And.Contain("not owned by user alice@lab.test");
    }

    [Test]
    public async Task An_unknown_recipient_is_refused_with_550()
    {
        var message = new OutgoingMessage { Subject = "x", TextBody = "x", To = { "nobody@lab.test" } };

        var thrown = await SendingFails(LabMail.Account(Lab.Alice), message);

        thrown.Stage.Should().Be(MailOperationStage.Recipient);
        thrown.ServerReply.Should().Contain("550 5.1.1 <nobody@lab.test>");
    }

    [Test]
    public async Task A_message_over_the_size_limit_is_refused_before_its_data_is_sent()
    {
        using var big = new MemoryStream(new byte[Lab.MessageSizeLimit]);
        var message = Message();
        message.Attachments.Add(new MailAttachment("big.bin", big));

        var thrown = await SendingFails(LabMail.Account(Lab.Alice), message);

        thrown.ReplyCode.Should().Be(552);
        thrown.ServerReply.Should().Contain("5.3.4");
    }

    private static OutgoingMessage Message() => new() { Subject = "x", TextBody = "x", To = { Lab.Bob.Address } };

    private async Task<MailOperationException> SendingFails(MailAccountSettings account, OutgoingMessage? message = null)
        => (await FluentActions.Awaiting(() => Sender.SendAsync(account, message ?? Message()))
            .Should().ThrowAsync<MailOperationException>()).Which;

    private async Task<MailOperationException> LoginFails<T>(Func<MailConnectionFactory, Task<T>> connect)
        => (await FluentActions.Awaiting(() => connect(Services.GetRequiredService<MailConnectionFactory>()))
            .Should().ThrowAsync<MailOperationException>()).Which;
}
