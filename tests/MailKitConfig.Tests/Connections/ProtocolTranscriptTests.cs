using System.Text;

namespace MailKitConfig.Tests.Connections;

public class ProtocolTranscriptTests
{
    [Test]
    public void Keeps_the_reply_to_the_last_command_across_chunks_and_never_the_client_lines()
    {
        using var log = new ProtocolTranscript();
        log.LogConnect(new Uri("smtp://mail.example.com:587"));
        Server(log, "220 mail.example.com ESMTP\r\n");
        log.LastReply.Should().Be("220 mail.example.com ESMTP");

        Client(log, "AUTH PLAIN AGFubgBzZWNyZXQ=\r\n");
        Server(log, "535 5.7.8 Error: authentication ");
        Server(log, "failed: (reason unavailable)\r\n");

        log.LastReply.Should().Be("535 5.7.8 Error: authentication failed: (reason unavailable)");
    }

    [Test]
    public void Keeps_multi_line_replies_whole_and_bounds_huge_ones()
    {
        using var log = new ProtocolTranscript();
        Client(log, "EHLO me\r\n");
        Server(log, "250-mail.example.com\r\n250-SIZE 10240000\r\n250 AUTH PLAIN LOGIN\r\n");
        log.LastReply.Should().Be("250-mail.example.com\r\n250-SIZE 10240000\r\n250 AUTH PLAIN LOGIN");

        Client(log, "A1 FETCH 1 BODY[]\r\n");
        Server(log, new string('x', 100_000));
        log.LastReply!.Length.Should().Be(4096);
    }

    [TestCase("550 5.1.1 <nobody@example.com>: Recipient address rejected\r\n")]
    [TestCase("452-4.5.3 Too many recipients\r\n452 4.5.3 try later\r\n")]
    [TestCase("-ERR [AUTH] Authentication failed.\r\n")]
    [TestCase("A0002 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")]
    [TestCase("* BAD [ALERT] Plaintext authentication not allowed\r\n")]
    public void A_refusal_outlives_the_reset_that_follows_it(string refusal)
    {
        using var log = new ProtocolTranscript();
        log.BeginOperation();
        Client(log, "RCPT TO:<nobody@example.com>\r\n");
        Server(log, refusal);
        log.ReplyForFailure.Should().Be(refusal.TrimEnd());

        Client(log, "RSET\r\n");
        Server(log, "250 2.0.0 Ok\r\n");

        log.LastReply.Should().Be("250 2.0.0 Ok");
        log.ReplyForFailure.Should().Be(refusal.TrimEnd());
    }

    [Test]
    public void A_refusal_inside_pipelined_replies_is_kept_whole()
    {
        using var log = new ProtocolTranscript();
        log.BeginOperation();
        Client(log, "MAIL FROM:<bob@example.com>\r\nRCPT TO:<ann@example.com>\r\nDATA\r\n");
        Server(log, "250 2.1.0 Ok\r\n553 5.7.1 <bob@example.com>: Sender address rejected: not owned by user ann\r\n554 5.5.1 Error: no valid recipients\r\n");
        Client(log, "RSET\r\n");
        Server(log, "250 2.0.0 Ok\r\n");

        log.ReplyForFailure.Should().StartWith("250 2.1.0 Ok\r\n553 5.7.1").And.EndWith("554 5.5.1 Error: no valid recipients");
    }

    [Test]
    public void A_refusal_of_an_earlier_operation_is_forgotten()
    {
        using var log = new ProtocolTranscript();
        Client(log, "AUTH PLAIN x\r\n");
        Server(log, "535 5.7.8 failed\r\n");
        Client(log, "AUTH LOGIN\r\n");
        Server(log, "235 2.7.0 ok\r\n");

        log.BeginOperation();
        Client(log, "MAIL FROM:<a@example.com>\r\n");
        Server(log, "250 2.1.0 Ok\r\n");

        log.ReplyForFailure.Should().Be("250 2.1.0 Ok");
    }

    [Test]
    public void Success_replies_are_not_refusals()
    {
        using var log = new ProtocolTranscript();
        foreach (var reply in new[] { "250 2.0.0 Ok", "+OK Dovecot ready.", "* OK [CAPABILITY IMAP4rev1] ready", "A1 OK done", "354 End data with <CR><LF>.<CR><LF>" })
        {
            log.BeginOperation();
            Client(log, "X\r\n");
            Server(log, reply + "\r\n");
            Client(log, "Y\r\n");
            Server(log, "221 Bye\r\n");
            log.ReplyForFailure.Should().Be("221 Bye", $"'{reply}' is not a refusal");
        }
    }

    [Test]
    public void Has_no_reply_before_the_server_speaks()
    {
        using var log = new ProtocolTranscript();
        log.LastReply.Should().BeNull();
    }

    private static void Server(ProtocolTranscript log, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        log.LogServer(bytes, 0, bytes.Length);
    }

    private static void Client(ProtocolTranscript log, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        log.LogClient(bytes, 0, bytes.Length);
    }
}
