using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MailKitConfig.Tests.Sending;

public class SendingPartsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 30, 0, TimeSpan.Zero);

    private static readonly MailAccountSettings Account = new()
    {
        Address = "office@example.com",
        Credentials = MailCredentials.Password("x"),
        Usage = MailUsage.Send,
        Smtp = new ServerEndpoint("smtp.example.com", 465, MailSecurity.ImplicitTls),
    };

    [Test]
    public void Semicolons_and_commas_both_separate_recipients_and_quoted_ones_do_not()
    {
        var message = new OutgoingMessage { To = { "ann@example.com; \"Smith; Bob, Jr.\" <bob@example.com>;; carl@пример.рф;" }, Cc = { "\"john doe\"@example.com" } };

        using var composed = MailMessageComposerTests.Compose(Account, message, Now);

        composed.Message.To.Mailboxes.Select(m => (m.Name, m.Address)).Should().Equal(
            (string.Empty, "ann@example.com"), ("Smith; Bob, Jr.", "bob@example.com"), (string.Empty, "carl@пример.рф"));
        composed.Message.Cc.Mailboxes.Single().Address.Should().Be("\"john doe\"@example.com");
        composed.Recipients.Should().HaveCount(4);
    }

    [Test]
    public void A_bad_address_after_a_semicolon_is_refused()
        => FluentActions.Invoking(() => MailMessageComposerTests.Compose(Account, new OutgoingMessage { To = { "ann@example.com; bob@" } }, Now))
            .Should().Throw<ArgumentException>().WithMessage("To: 'bob@' is not a valid email address*");

    [Test]
    public void A_group_becomes_its_members_because_the_semicolon_separates_addresses()
    {
        using var composed = MailMessageComposerTests.Compose(Account, new OutgoingMessage { To = { "Team: ann@example.com, bob@example.com;" } }, Now);

        composed.Message.To.Select(a => a.ToString()).Should().Equal("ann@example.com", "bob@example.com");
    }

    [Test]
    public void An_html_only_body_gets_a_generated_text_alternative_that_keeps_links()
    {
        var message = new OutgoingMessage { To = { "ann@example.com" }, HtmlBody = "<style>p{}</style><h1>Итоги</h1><p>Смотрите <a href=\"https://example.com/x\">отчёт</a>.</p><ul><li>один</li><li>два &amp; три</li></ul>" };

        using var composed = MailMessageComposerTests.Compose(Account, message, Now);

        var alternative = composed.Message.Body.Should().BeOfType<MultipartAlternative>().Which;
        alternative.HtmlBody.Should().Be(message.HtmlBody);
        alternative.TextBody.Should().Be("Итоги\n\nСмотрите отчёт <https://example.com/x>.\n\n- один\n- два & три\n");
    }

    [Test]
    public void Linked_pictures_go_into_a_related_part_with_their_content_id()
    {
        var logo = MailAttachment.FromBytes("logo.png", [1, 2, 3]);
        logo.ContentId = "logo";
        var message = new OutgoingMessage { To = { "ann@example.com" }, TextBody = "t", HtmlBody = "<img src=\"cid:logo\">", LinkedResources = { logo } };

        using var composed = MailMessageComposerTests.Compose(Account, message, Now);

        var related = composed.Message.Body.Should().BeOfType<MultipartAlternative>().Which[1].Should().BeOfType<MultipartRelated>().Which;
        var picture = related[1].Should().BeOfType<MimePart>().Which;
        picture.ContentId.Should().Be("logo");
        picture.ContentType.MimeType.Should().Be("image/png");
        picture.ContentDisposition!.Disposition.Should().Be(ContentDisposition.Inline);
    }

    [Test]
    public void Linked_pictures_need_a_content_id_and_an_html_body()
    {
        var unnamed = MailAttachment.FromBytes("logo.png", [1]);
        FluentActions.Invoking(() => MailMessageComposerTests.Compose(Account, new OutgoingMessage { To = { "a@example.com" }, HtmlBody = "x", LinkedResources = { unnamed } }, Now))
            .Should().Throw<ArgumentException>().WithMessage("LinkedResources: 'logo.png' needs a ContentId*");
        var named = MailAttachment.FromBytes("logo.png", [1]);
        named.ContentId = "logo";
        FluentActions.Invoking(() => MailMessageComposerTests.Compose(Account, new OutgoingMessage { To = { "a@example.com" }, TextBody = "x", LinkedResources = { named } }, Now))
            .Should().Throw<ArgumentException>().WithMessage("*need an HtmlBody*");
    }

    [Test]
    public void A_file_attachment_is_opened_for_the_send_and_closed_with_it()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, [1, 2, 3]);
        try
        {
            var message = new OutgoingMessage { To = { "a@example.com" }, Attachments = { MailAttachment.FromFile(path, "Отчёт.pdf") } };
            var composed = MailMessageComposerTests.Compose(Account, message, Now);
            var part = (MimePart)composed.Message.Attachments.Single();
            part.FileName.Should().Be("Отчёт.pdf");
            part.ContentType.MimeType.Should().Be("application/pdf");

            composed.Dispose();

            FluentActions.Invoking(() => File.Delete(path)).Should().NotThrow();
        }
        finally
        {
            File.Delete(path);
        }

        FluentActions.Invoking(() => MailAttachment.FromFile(path)).Should().Throw<FileNotFoundException>();
    }

    [Test]
    public async Task The_end_of_data_may_have_been_sent_only_once_the_whole_message_was_handed_over()
    {
        var tracker = new DataTransferTracker();
        var size = new CountingMeasure(10_000);

        (await tracker.EndMayHaveBeenSentAsync(size.MeasureAsync)).Should().BeFalse();
        tracker.Report(4096, 10_000);
        tracker.Started.Should().BeTrue();
        (await tracker.EndMayHaveBeenSentAsync(size.MeasureAsync)).Should().BeFalse();
        tracker.Report(10_000, 10_000);
        (await tracker.EndMayHaveBeenSentAsync(size.MeasureAsync)).Should().BeTrue();
        size.Calls.Should().Be(0, "MailKit reported the size");
    }

    [Test]
    public async Task Without_a_reported_size_the_message_is_measured_only_when_a_failure_needs_it()
    {
        var tracker = new DataTransferTracker();
        var size = new CountingMeasure(10_000);

        (await tracker.EndMayHaveBeenSentAsync(size.MeasureAsync)).Should().BeFalse("nothing was handed over");
        size.Calls.Should().Be(0);
        tracker.Report(4096);
        (await tracker.EndMayHaveBeenSentAsync(size.MeasureAsync)).Should().BeFalse();
        tracker.Report(10_000);
        (await tracker.EndMayHaveBeenSentAsync(size.MeasureAsync)).Should().BeTrue();
        size.Calls.Should().Be(2);
    }

    [Test]
    public void Sending_options_are_checked_at_start()
    {
        var options = new MailSendingOptions
        {
            MaxRetryAttempts = -1,
            RetryDelay = TimeSpan.FromSeconds(5),
            MaxRetryDelay = TimeSpan.FromSeconds(1),
            MaxConnectionsPerAccount = 0,
            RateLimit = 0,
            MaxMessagesPerConnection = 0,
            SystemAccount = Account with { Smtp = null },
        };

        var result = new MailSendingOptionsValidator().Validate(null, options);

        result.Failures.Should().Contain(f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("MaxRetryDelay", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("MaxConnectionsPerAccount", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("RateLimit", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("MaxMessagesPerConnection", StringComparison.Ordinal))
            .And.Contain(f => f.StartsWith("MailSendingOptions.SystemAccount.Smtp", StringComparison.Ordinal));
        new MailSendingOptionsValidator().Validate(null, new MailSendingOptions()).Succeeded.Should().BeTrue();
        new MailSendingOptions().MaxMessagesPerConnection.Should().BeNull("by default a connection is used until its server ends the session");
        new MailSendingOptionsValidator().Validate(null, new MailSendingOptions { MaxMessagesPerConnection = 1 }).Succeeded.Should().BeTrue();
    }

    [Test]
    public void Settings_loaded_twice_share_one_connection_pool()
    {
        using var services = new ServiceCollection().AddMailModule().Services.BuildServiceProvider();
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();
        static MailAccountSettings Load() => Account with { Credentials = MailCredentials.Password("loaded-from-the-database") };

        sender.PoolFor(Load()).Should().BeSameAs(sender.PoolFor(Load()));
        sender.PoolFor(Load() with { Credentials = MailCredentials.Password("another") }).Should().NotBeSameAs(sender.PoolFor(Load()));
    }

    [Test]
    public void Pools_are_keyed_by_what_a_connection_is()
    {
        using var services = new ServiceCollection().AddMailModule().Services.BuildServiceProvider();
        var sender = (SmtpMailSender)services.GetRequiredService<IMailSender>();
        var oauth = Account with { Credentials = MailCredentials.OAuth(new FixedTokenSource()) };

        sender.PoolFor(Account with { ReplyTo = "desk@example.com", DisplayName = "Desk", HiddenCopyToSelf = true, SendingRate = new MailSendingRate(5, TimeSpan.FromMinutes(1)) })
            .Should().BeSameAs(sender.PoolFor(Account), "Reply-To, name, hidden copy and rate do not change the connection");
        sender.PoolFor(oauth).Should().BeSameAs(sender.PoolFor(Account with { Credentials = MailCredentials.OAuth(new FixedTokenSource()) }), "a token source made per call is the same login");
        sender.PoolFor(Account with { Login = "other" }).Should().NotBeSameAs(sender.PoolFor(Account));
        sender.PoolFor(Account with { Smtp = Account.Smtp! with { Port = 587, Security = MailSecurity.StartTlsRequired } }).Should().NotBeSameAs(sender.PoolFor(Account));
        sender.PoolFor(Account with { Proxy = new MailProxy(new Uri("socks5://proxy.example.com:1080")) }).Should().NotBeSameAs(sender.PoolFor(Account));
        sender.PoolFor(Account with { Proxy = new MailProxy(new Uri("socks5://proxy.example.com:1080")) })
            .Should().BeSameAs(sender.PoolFor(Account with { Proxy = new MailProxy(new Uri("socks5://proxy.example.com:1080")) }));
        sender.PoolFor(oauth).Should().NotBeSameAs(sender.PoolFor(Account));
    }

    [Test]
    public void A_timeout_out_of_range_is_refused_in_days_and_seconds_not_a_raw_time_span()
    {
        var result = new MailConnectionOptionsValidator().Validate(null, new MailConnectionOptions { ConnectTimeout = TimeSpan.FromDays(30), CommandTimeout = TimeSpan.FromSeconds(-5) });

        result.Failures.Should().Contain("MailConnectionOptions.ConnectTimeout must be positive and at most 24 days, not 30 days.")
            .And.Contain("MailConnectionOptions.CommandTimeout must be positive and at most 24 days, not -5 s.");
        string.Join(" ", result.Failures).Should().NotContain("24.20:31");
    }

    [Test]
    public void A_send_result_describes_itself_without_the_recipients_addresses()
    {
        var result = new SendResult("abc@example.com", ["ann@example.com", "bob@example.com"], "2.0.0 Ok: queued as 4Xk2") { Attempts = 2, SavedToSent = true };

        result.ToString().Should().Be("Message abc@example.com accepted for 2 recipient(s) in 2 attempt(s): 2.0.0 Ok: queued as 4Xk2; saved to Sent");
    }

    [Test]
    public void Save_to_sent_needs_an_imap_server()
        => (Account with { SaveToSent = true }).Validate().Should().ContainSingle(e => e.Field == nameof(MailAccountSettings.SaveToSent));

    /// <summary>Gives the same token every time.</summary>
    private sealed class FixedTokenSource : IOAuthTokenSource
    {
        public ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken) => ValueTask.FromResult("token");
    }

    /// <summary>Measures a message as a fixed size and counts how often it was asked.</summary>
    private sealed class CountingMeasure(long size)
    {
        public int Calls { get; private set; }

        public ValueTask<long> MeasureAsync()
        {
            Calls++;
            return ValueTask.FromResult(size);
        }
    }
}
