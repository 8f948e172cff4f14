namespace MailKitConfig.Tests.Accounts;

public class MailAccountSettingsTests
{
    private static readonly MailAccountSettings Valid = new()
    {
        Address = "ann@example.com",
        DisplayName = "Ann Smith",
        Credentials = MailCredentials.Password("p@ss word"),
        Smtp = new ServerEndpoint("smtp.example.com", 587, MailSecurity.StartTlsRequired),
        Imap = new ServerEndpoint("imap.example.com", 993, MailSecurity.ImplicitTls),
    };

    [Test]
    public void Complete_settings_are_valid()
    {
        Valid.Validate().Should().BeEmpty();
        Valid.Invoking(s => s.EnsureValid()).Should().NotThrow();
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("ann")]
    [TestCase("ann@")]
    [TestCase("@example.com")]
    [TestCase("ann@exa mple.com")]
    [TestCase("ann@example.com, bob@example.com")]
    [TestCase("Ann <ann@example.com>")]
    [TestCase("ann@example.com\r\nBcc: victim@example.org")]
    [TestCase("ann@-example-.com")]
    public void A_malformed_address_is_reported_on_the_address_field(string address)
    {
        var errors = (Valid with { Address = address }).Validate();

        errors.Should().ContainSingle().Which.Field.Should().Be("Address");
        errors[0].Message.Should().MatchRegex("^(The email address|'.*' (is not|must be))");
    }

    [TestCase("ann@пример.рф")]
    [TestCase("\"ann smith\"@example.com")]
    [TestCase("ann+tag@sub.example.co.uk")]
    [TestCase("ann@[192.0.2.1]")]
    public void International_quoted_and_literal_addresses_are_accepted(string address)
        => (Valid with { Address = address }).Validate().Should().BeEmpty();

    [TestCase("example.com")]
    [TestCase("mail-1.example.co.uk")]
    [TestCase("123.example")]
    [TestCase("-example.com")]
    [TestCase("example-.com")]
    [TestCase("ab--cd.example.com")]
    [TestCase("xn--e1afmkfd.xn--p1ai")]
    [TestCase("xn--a.com")]
    [TestCase("exam_ple.com")]
    [TestCase("a..example.com")]
    [TestCase("EXAMPLE.COM.")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com")]
    public void A_domain_is_accepted_exactly_when_idna_accepts_it(string domain)
    {
        var idna = new System.Globalization.IdnMapping { UseStd3AsciiRules = true };
        bool idnaAccepts;
        try
        {
            idna.GetAscii(domain.TrimEnd('.'));
            idnaAccepts = true;
        }
        catch (ArgumentException)
        {
            idnaAccepts = false;
        }

        var errors = (Valid with { Address = $"ann@{domain}" }).Validate();

        errors.Should().HaveCount(idnaAccepts ? 0 : 1, $"IDNA {(idnaAccepts ? "accepts" : "refuses")} {domain}");
    }

    [TestCase(64, true)]
    [TestCase(65, false)]
    [TestCase(1000, false)]
    public void The_local_part_has_at_most_64_characters(int length, bool valid)
    {
        var errors = (Valid with { Address = new string('a', length) + "@example.com" }).Validate();

        errors.Should().HaveCount(valid ? 0 : 1);
        errors.Where(e => e.Field != "Address" || !e.Message.Contains($"{length} characters long; at most 64", StringComparison.Ordinal) || e.Message.Length > 200)
            .Should().BeEmpty("the error names the field and the limit, and quotes a long address only in part");
    }

    [Test]
    public void The_address_has_at_most_254_characters()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 3)) + ".example"; // 191 characters
        var fits = new string('a', 254 - 1 - domain.Length) + "@" + domain;

        (Valid with { Address = fits }).Validate().Should().BeEmpty();
        (Valid with { Address = "a" + fits }).Validate().Should().ContainSingle()
            .Which.Should().Match<MailSettingsError>(e => e.Field == "Address" && e.Message.Contains("255 characters long; at most 254", StringComparison.Ordinal));
    }

    [TestCase(253, null)]
    [TestCase(254, "254 characters long; a host name has at most 253")]
    [TestCase(324, "324 characters long; a host name has at most 253")]
    public void A_server_host_name_has_at_most_253_characters(int length, string? problem)
    {
        var host = string.Concat(Enumerable.Repeat(new string('h', 49) + ".", 10))[..length]; // labels of 49, none ends the name

        var errors = (Valid with { Smtp = Valid.Smtp! with { Host = host } }).Validate();

        if (problem is null)
        {
            errors.Should().BeEmpty();
        }
        else
        {
            errors.Should().ContainSingle().Which.Should().Match<MailSettingsError>(e => e.Field == "Smtp.Host" && e.Message.Contains(problem, StringComparison.Ordinal));
        }
    }

    [Test]
    public void A_host_name_label_has_at_most_63_characters()
    {
        (Valid with { Imap = Valid.Imap! with { Host = new string('i', 63) + ".example.com" } }).Validate().Should().BeEmpty();
        (Valid with { Imap = Valid.Imap! with { Host = new string('i', 64) + ".example.com" } }).Validate().Should().ContainSingle()
            .Which.Should().Match<MailSettingsError>(e => e.Field == "Imap.Host" && e.Message.Contains("64 characters between dots; at most 63", StringComparison.Ordinal));
    }

    [TestCase("192.0.2.25")]
    [TestCase("2001:db8::25")]
    [TestCase("[2001:db8::25]")]
    [TestCase("почта.пример.рф")]
    [TestCase("localhost")]
    public void Ip_addresses_and_international_host_names_are_accepted(string host)
        => (Valid with { Smtp = Valid.Smtp! with { Host = host } }).Validate().Should().BeEmpty();

    [TestCase("192.0.2")]
    [TestCase("999.0.2.1")]
    [TestCase("smtp_1.example.com")]
    [TestCase("smtp.example.com\r\nRCPT TO:<x@y>")]
    [TestCase("[smtp.example.com]")]
    public void Malformed_host_names_are_refused(string host)
        => (Valid with { Smtp = Valid.Smtp! with { Host = host } }).Validate()
            .Should().ContainSingle().Which.Field.Should().Be("Smtp.Host");

    [Test]
    public void Every_bad_field_gets_its_own_message()
    {
        var settings = Valid with
        {
            DisplayName = "Ann\nBcc: x@example.org",
            Login = " ann ",
            Smtp = new ServerEndpoint("smtp example.com", 0, (MailSecurity)42),
            Pop3 = new ServerEndpoint("", 70000, MailSecurity.ImplicitTls),
            ReplyTo = "not an address",
        };

        settings.Validate().Select(e => e.Field).Should().BeEquivalentTo(
            "DisplayName", "Login", "Smtp.Host", "Smtp.Port", "Smtp.Security", "Pop3.Host", "Pop3.Port", "ReplyTo");
    }

    [Test]
    public void Ensure_valid_throws_with_every_error_listed()
    {
        var settings = Valid with { Address = "nope", Smtp = Valid.Smtp! with { Port = -1 } };

        var thrown = settings.Invoking(s => s.EnsureValid()).Should().Throw<MailSettingsException>().Which;

        thrown.Errors.Select(e => e.Field).Should().Equal("Address", "Smtp.Port");
        thrown.Message.Should().Contain("Address: 'nope' is not a valid email address").And.Contain("Smtp.Port: The Smtp server's port must be between 1 and 65535, not -1.");
    }

    [Test]
    public void A_sending_account_needs_an_smtp_server_and_a_receiving_one_an_incoming_server_and_credentials()
    {
        var none = Valid with { Smtp = null, Imap = null, Credentials = null };

        none.Validate().Select(e => e.Field).Should().BeEquivalentTo("Smtp", "Imap", "Credentials");
        (none with { Usage = MailUsage.Send, Smtp = Valid.Smtp }).Validate().Should().BeEmpty("a relay may take mail without login");
        (none with { Usage = MailUsage.Receive, Pop3 = Valid.Imap, Credentials = Valid.Credentials }).Validate().Should().BeEmpty("POP3 alone is enough to receive");
    }

    [TestCase(0, 60)]
    [TestCase(10, 0)]
    public void A_sending_rate_must_allow_a_message_per_positive_interval(int messages, int seconds)
        => (Valid with { SendingRate = new MailSendingRate(messages, TimeSpan.FromSeconds(seconds)) }).Validate()
            .Should().ContainSingle().Which.Field.Should().Be(nameof(MailAccountSettings.SendingRate));

    [Test]
    public void Usage_outside_the_flags_is_refused()
        => (Valid with { Usage = (MailUsage)8 }).Validate().Should().Contain(e => e.Field == "Usage");

    [Test]
    public void The_login_defaults_to_the_address()
    {
        Valid.EffectiveLogin.Should().Be("ann@example.com");
        (Valid with { Login = "ann" }).EffectiveLogin.Should().Be("ann");
    }

    [Test]
    public void Reply_to_accepts_several_addresses_with_names()
        => (Valid with { ReplyTo = "Office <office@example.com>, boss@example.com" }).Validate().Should().BeEmpty();

    [Test]
    public void The_text_form_never_shows_the_secret()
    {
        var text = Valid.ToString();

        text.Should().Contain("ann@example.com").And.Contain("smtp.example.com:587 (StartTlsRequired)").And.Contain("Password (hidden)");
        text.Should().NotContain("p@ss word");
    }

    [Test]
    public void Settings_are_compared_by_value()
        => (Valid with { }).Should().Be(Valid);

    [Test]
    public void The_servers_given_say_what_an_account_is_for_an_smtp_only_account_is_send_only()
    {
        var smtp = new ServerEndpoint("smtp.example.com", 587, MailSecurity.StartTlsRequired);
        var imap = new ServerEndpoint("imap.example.com", 993, MailSecurity.ImplicitTls);
        var pop3 = new ServerEndpoint("pop.example.com", 995, MailSecurity.ImplicitTls);

        MailAccountSettings.UsageFor(smtp, null, null).Should().Be(MailUsage.Send);
        MailAccountSettings.UsageFor(null, imap, null).Should().Be(MailUsage.Receive);
        MailAccountSettings.UsageFor(null, null, pop3).Should().Be(MailUsage.Receive);
        MailAccountSettings.UsageFor(smtp, imap, pop3).Should().Be(MailUsage.SendAndReceive);
        MailAccountSettings.UsageFor(null, null, null).Should().Be(MailUsage.SendAndReceive, "nothing given: the validation then asks for both");
        (Valid with { Imap = null, Usage = MailAccountSettings.UsageFor(Valid.Smtp, null, null) }).Validate().Should().BeEmpty("a send-only account needs no incoming server");
    }

    [TestCase(465, MailSecurity.ImplicitTls)]
    [TestCase(993, MailSecurity.ImplicitTls)]
    [TestCase(995, MailSecurity.ImplicitTls)]
    [TestCase(587, MailSecurity.StartTlsRequired)]
    [TestCase(25, MailSecurity.StartTlsRequired)]
    [TestCase(143, MailSecurity.StartTlsRequired)]
    public void A_port_without_a_security_implies_one(int port, MailSecurity expected)
        => ServerEndpoint.DefaultSecurity(port).Should().Be(expected);
}
