using System.Diagnostics;
using System.Text;

namespace MailKitConfig.Tests.Discovery;

public class AutoconfigXmlTests
{
    private const string Address = "Anna.Petrova@Example.ORG";

    [Test]
    public void A_full_document_yields_every_element_in_order_with_placeholders_substituted()
    {
        var document = AutoconfigXml.Parse(Fixture("full.xml"), Address);

        document.ProviderId.Should().Be("mail.example.org");
        document.Domains.Should().Equal("example.org", "example.net");
        document.DisplayName.Should().Be("Example Mail");
        document.IncomingServers.Select(Describe).Should().Equal(
            "Imap imap.example.org:993 (ImplicitTls) Anna.Petrova@Example.ORG [OAuth2, password-cleartext]",
            "Imap imap.example.org:143 (StartTlsRequired) Anna.Petrova [password-encrypted]",
            "Pop3 pop.example.org:110 (None) Anna.Petrova+pop@example.org [password-cleartext, GSSAPI, NTLM]");
        document.OutgoingServers.Select(Describe).Should().Equal(
            "Smtp smtp.example.org:465 (ImplicitTls) Anna.Petrova@Example.ORG [OAuth2, password-cleartext]",
            "Smtp relay.example.org:25 (StartTlsRequired) (no username) [client-IP-address, smtp-after-pop, none]");

        document.OAuth.Should().Be(new AutoconfigOAuth(
            "login.example.org",
            "https://mail.example.org/imap https://mail.example.org/smtp offline_access",
            "https://login.example.org/oauth2/authorize",
            "https://login.example.org/oauth2/token"));

        var enable = document.Enable.Should().ContainSingle().Which;
        enable.Url.Should().Be("https://settings.example.org/mail/clients?tab=imap&from=autoconfig");
        enable.Texts.Should().HaveCount(2, "a whitespace-only instruction is ignored");
        enable.Texts["en"].Should().Be("Turn on \"Access from mail clients\" on this page first.");
        enable.Texts["RU"].Should().Be("Сначала включите на этой странице «Доступ из почтовых программ».");

        document.Documentation.Should().HaveCount(2);
        document.Documentation[0].Url.Should().Be("https://help.example.org/mail/setup");
        document.Documentation[0].Texts.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["en"] = "Setting up a mail client",
            ["ru"] = "Настройка почтовой программы",
        });
        document.Documentation[1].Url.Should().Be("https://help.example.org/mail/pop3");
        document.Documentation[1].Texts.Should().BeEquivalentTo(new Dictionary<string, string> { [""] = "POP3 settings" });
    }

    [Test]
    public void Exchange_ews_and_broken_entries_are_skipped_while_the_others_survive()
    {
        var document = AutoconfigXml.Parse(Fixture("skipped-entries.xml"), "ann@example.com");

        document.IncomingServers.Select(Describe).Should().Equal("Imap imap.example.com:993 (ImplicitTls) ann@example.com [password-cleartext]");
        document.OutgoingServers.Select(Describe).Should().Equal("Smtp smtp.example.com:587 (StartTlsRequired) ann@example.com [password-cleartext]");
    }

    [Test]
    public void A_document_without_a_usable_server_is_refused_with_the_reasons()
    {
        var parse = () => AutoconfigXml.Parse(Fixture("no-usable-server.xml"), "ann@example.com");

        parse.Should().Throw<InvalidDataException>()
            .WithMessage("*no usable incoming or outgoing server*")
            .Which.Message.Should().ContainAll("'exchange' is not supported", "port 'imap'", "hostname is missing", "line 10");
    }

    [Test]
    [SetUICulture("ru")]
    public void In_russian_the_reasons_for_refusing_a_document_are_russian()
    {
        var parse = () => AutoconfigXml.Parse(Fixture("no-usable-server.xml"), "ann@example.com");

        var message = parse.Should().Throw<InvalidDataException>().Which.Message;
        message.Should().StartWith("В файле autoconfig нет пригодного сервера").And.ContainAll("тип 'exchange' не поддерживается", "порт 'imap'", "нет hostname", "в строке 10");
        Sample.SampleRussianTests.EnglishPhrases(message).Should().BeEmpty(message);
    }

    [Test]
    public void A_document_that_lists_no_server_at_all_is_refused()
    {
        const string Xml = """<clientConfig version="1.1"><emailProvider id="example.com"><domain>example.com</domain></emailProvider></clientConfig>""";

        FluentActions.Invoking(() => AutoconfigXml.Parse(Xml, "ann@example.com"))
            .Should().Throw<InvalidDataException>().WithMessage("*no usable incoming or outgoing server (it lists none).");
    }

    [Test]
    public void Malformed_xml_is_refused_with_the_line_of_the_error()
    {
        var parse = () => AutoconfigXml.Parse(Fixture("malformed.xml"), "ann@example.com");

        parse.Should().Throw<InvalidDataException>()
            .WithMessage("*not well-formed XML*Line 6*")
            .WithInnerException<System.Xml.XmlException>();
    }

    [Test]
    public void A_document_with_another_root_element_is_refused()
    {
        var parse = () => AutoconfigXml.Parse(Fixture("wrong-root.xml"), "ann@example.com");

        parse.Should().Throw<InvalidDataException>().WithMessage("*root element is <html> on line 2, not <clientConfig>*");
    }

    [Test]
    public void A_client_config_without_an_email_provider_is_refused()
    {
        FluentActions.Invoking(() => AutoconfigXml.Parse("<clientConfig version=\"1.1\"/>", "ann@example.com"))
            .Should().Throw<InvalidDataException>().WithMessage("*no <emailProvider>*");
    }

    [Test]
    public void An_external_entity_is_refused_and_the_local_file_never_appears()
    {
        var fromStream = () => AutoconfigXml.Parse(Fixture("xxe.xml"), "ann@example.com");
        var fromString = () => AutoconfigXml.Parse(File.ReadAllText(FixturePath("xxe.xml")), "ann@example.com");

        foreach (var parse in new[] { fromStream, fromString })
        {
            var error = parse.Should().Throw<InvalidDataException>().WithMessage("*<!DOCTYPE>*refused*").Which;
            error.ToString().Should().NotContain("root:").And.NotContain("/bin/");
        }
    }

    [Test]
    public void A_billion_laughs_dtd_is_refused_quickly()
    {
        var stopwatch = Stopwatch.StartNew();

        var parse = () => AutoconfigXml.Parse(Fixture("billion-laughs.xml"), "ann@example.com");

        parse.Should().Throw<InvalidDataException>().WithMessage("*DTD*billion laughs*");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Test]
    public void An_endless_document_is_refused_after_reading_barely_more_than_the_limit()
    {
        using var endless = new EndlessStream("<clientConfig version=\"1.1\"><!-- "u8.ToArray(), (byte)'x');

        var parse = () => AutoconfigXml.Parse(endless, "ann@example.com");

        parse.Should().Throw<InvalidDataException>().WithMessage("*larger than 256 KiB*");
        endless.BytesRead.Should().BeGreaterThan(AutoconfigXml.MaxLength).And.BeLessThanOrEqualTo(AutoconfigXml.MaxLength + 4096);
    }

    [Test]
    public void A_one_megabyte_text_is_refused()
    {
        var xml = "<clientConfig version=\"1.1\"><!-- " + new string('x', 1024 * 1024) + " --></clientConfig>";

        FluentActions.Invoking(() => AutoconfigXml.Parse(xml, "ann@example.com"))
            .Should().Throw<InvalidDataException>().WithMessage("*larger than 256 KiB*");
    }

    [TestCase("")]
    [TestCase("  \r\n\t ")]
    [TestCase("\uFEFF")]
    public void An_empty_document_is_refused(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        FluentActions.Invoking(() => AutoconfigXml.Parse(xml, "ann@example.com"))
            .Should().Throw<InvalidDataException>().WithMessage("The autoconfig document is empty.");
        FluentActions.Invoking(() => AutoconfigXml.Parse(stream, "ann@example.com"))
            .Should().Throw<InvalidDataException>().WithMessage("The autoconfig document is empty.");
    }

    [Test]
    public void A_byte_order_mark_and_russian_text_survive_from_a_stream_and_from_a_string()
    {
        File.ReadAllBytes(FixturePath("russian-bom.xml")).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var fromString = "\uFEFF" + File.ReadAllText(FixturePath("russian-bom.xml"));

        foreach (var document in new[] { AutoconfigXml.Parse(Fixture("russian-bom.xml"), "ivan@ПОЧТА.example"), AutoconfigXml.Parse(fromString, "ivan@ПОЧТА.example") })
        {
            document.ProviderId.Should().Be("почта.example");
            document.DisplayName.Should().Be("Почта Пример");
            document.Domains.Should().Equal("почта.example");
            document.IncomingServers.Select(Describe).Should().Equal("Imap imap.почта.example:993 (ImplicitTls) ivan@ПОЧТА.example [password-cleartext]");
            document.OutgoingServers.Should().BeEmpty("incoming servers alone are usable");
            document.Documentation.Single().Texts["ru"].Should().Be("Как настроить почтовую программу");
            document.Documentation.Single().Url.Should().Be("https://почта.example/помощь");
        }
    }

    [Test]
    public void The_address_is_split_at_its_last_at_sign_and_only_the_domain_is_lower_cased()
    {
        const string Xml = """
            <clientConfig version="1.0">
              <emailProvider id="example.com">
                <incomingServer type="IMAP">
                  <hostname>mail.%EmailDomain%</hostname>
                  <port>993</port>
                  <socketType>ssl</socketType>
                  <username>%EMAILLOCALPART%|%EMAILDOMAIN%|%EMAILADDRESS%|%REALNAME%</username>
                </incomingServer>
              </emailProvider>
            </clientConfig>
            """;

        var server = AutoconfigXml.Parse(Xml, " \"Ann@Home\"@Example.COM ").IncomingServers.Single();

        server.Endpoint.Should().Be(new ServerEndpoint("mail.example.com", 993, MailSecurity.ImplicitTls));
        server.Username.Should().BeNull("an unknown placeholder (%REALNAME%) means the document names no login");
        server.Authentication.Should().BeEmpty();
    }

    [Test]
    public void An_unknown_placeholder_makes_a_host_name_invalid_while_ip_addresses_are_accepted()
    {
        const string Xml = """
            <clientConfig>
              <emailProvider>
                <incomingServer type="imap"><hostname>%USERDOMAIN%</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
                <incomingServer type="imap"><hostname>[2001:db8::25]</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
                <outgoingServer type="smtp"><hostname>192.0.2.25</hostname><port>587</port><socketType>bogus</socketType><socketType>STARTTLS</socketType></outgoingServer>
              </emailProvider>
            </clientConfig>
            """;

        var document = AutoconfigXml.Parse(Xml, "ann@example.com");

        document.ProviderId.Should().BeNull();
        document.Domains.Should().BeEmpty();
        document.DisplayName.Should().BeNull();
        document.IncomingServers.Select(s => s.Endpoint.Host).Should().Equal("2001:db8::25");
        document.OutgoingServers.Single().Endpoint.Should().Be(new ServerEndpoint("192.0.2.25", 587, MailSecurity.StartTlsRequired), "the first socketType understood wins");
    }

    [Test]
    public void Known_placeholders_in_a_login_are_substituted_once()
    {
        const string Xml = """
            <clientConfig><emailProvider>
              <incomingServer type="imap"><hostname>mail.%EmailDomain%</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILLOCALPART%|%EMAILDOMAIN%|%EMAILADDRESS%</username></incomingServer>
            </emailProvider></clientConfig>
            """;

        AutoconfigXml.Parse(Xml, " \"Ann@%EMAILDOMAIN%\"@Example.COM ").IncomingServers.Single().Username
            .Should().Be("\"Ann@%EMAILDOMAIN%\"|example.com|\"Ann@%EMAILDOMAIN%\"@Example.COM");
    }

    [Test]
    public void A_document_nested_deeper_than_the_limit_is_refused_quickly_before_it_is_loaded()
    {
        var levels = (AutoconfigXml.MaxLength - 200) / 7;
        var xml = "<clientConfig><emailProvider>" + string.Concat(Enumerable.Repeat("<a>", levels)) + string.Concat(Enumerable.Repeat("</a>", levels))
            + "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>";
        var shallow = "<clientConfig><emailProvider>" + string.Concat(Enumerable.Repeat("<a>", AutoconfigXml.MaxDepth - 1)) + string.Concat(Enumerable.Repeat("</a>", AutoconfigXml.MaxDepth - 1))
            + "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>";

        FluentActions.Invoking(() => AutoconfigXml.Parse(xml, "ann@example.com"))
            .Should().Throw<InvalidDataException>().WithMessage($"*deeper than {AutoconfigXml.MaxDepth} levels*");
        AutoconfigXml.Parse(shallow, "ann@example.com").IncomingServers.Should().ContainSingle("the deepest element allowed is at depth {0}", AutoconfigXml.MaxDepth);
    }

    [Test]
    public void A_parse_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        FluentActions.Invoking(() => AutoconfigXml.Parse(File.ReadAllText(FixturePath("full.xml")), "ann@example.com", cancelled.Token))
            .Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Refused_entries_say_which_and_why_also_when_others_are_usable()
    {
        const string Xml = """
            <clientConfig><emailProvider>
              <incomingServer type="imap"><hostname></hostname><port>993</port><socketType>SSL</socketType></incomingServer>
              <incomingServer type="imap"><hostname>imap.example.com&#13;&#10;A1 LOGIN x y</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
              <incomingServer type="pop3"><hostname>%EMAILSECRET%.example.com</hostname><port>995</port><socketType>SSL</socketType></incomingServer>
              <incomingServer type="imap"><hostname>imap.example.com</hostname><port>99999</port><socketType>SSL</socketType></incomingServer>
              <outgoingServer type="smtp"><hostname>smtp.example.com</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILSECRET%</username></outgoingServer>
            </emailProvider></clientConfig>
            """;

        var document = AutoconfigXml.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Xml)), "ann@example.com", requireServer: false);

        document.IncomingServers.Should().BeEmpty();
        document.OutgoingServers.Single().Username.Should().BeNull("an unknown placeholder names no login");
        document.Refused.Should().SatisfyRespectively(
            empty => empty.Should().Contain("line 2").And.Contain("hostname is missing"),
            injected => injected.Should().Contain("line 3").And.Contain("imap.example.com??A1 LOGIN x y"),
            unknown => unknown.Should().Contain("line 4").And.Contain("unknown placeholder %EMAILSECRET%"),
            port => port.Should().Contain("line 5").And.Contain("port '99999'"));
    }

    [Test]
    public void An_incomplete_or_insecure_oauth_block_and_links_that_are_not_web_pages_are_dropped()
    {
        const string Xml = """
            <clientConfig>
              <emailProvider id="example.com">
                <incomingServer type="imap"><hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
                <enable visiturl="javascript:alert(1)"><instruction lang="en">Enable IMAP</instruction></enable>
                <enable visiturl="file:///etc/passwd"/>
                <documentation url="  "><descr lang="en">  </descr></documentation>
                <instruction url="https://example.com/old-style-help"><descr lang="en">Older ISPDB help link</descr></instruction>
              </emailProvider>
              <oAuth2>
                <issuer>login.example.com</issuer>
                <scope>mail</scope>
                <authURL>http://login.example.com/authorize</authURL>
                <tokenURL>https://login.example.com/token</tokenURL>
              </oAuth2>
              <oAuth2><issuer>other.example.com</issuer><scope>mail</scope></oAuth2>
            </clientConfig>
            """;

        var document = AutoconfigXml.Parse(Xml, "ann@example.com");

        document.OAuth.Should().BeNull("an authorization URL over plain http and a block without URLs are not usable");
        document.Enable.Should().ContainSingle().Which.Url.Should().BeNull("only http and https links are kept");
        document.Enable[0].Texts["en"].Should().Be("Enable IMAP");
        document.Documentation.Should().ContainSingle().Which.Url.Should().Be("https://example.com/old-style-help");
    }

    [Test]
    public void A_declared_encoding_that_is_not_supported_is_refused_as_invalid_data()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"x-unknown-1\"?><clientConfig/>"));

        FluentActions.Invoking(() => AutoconfigXml.Parse(stream, "ann@example.com"))
            .Should().Throw<InvalidDataException>().WithMessage("*not well-formed XML*x-unknown-1*");
    }

    [TestCase("ann")]
    [TestCase("@example.com")]
    [TestCase("ann@")]
    public void An_address_without_local_part_and_domain_is_an_argument_error(string address)
    {
        FluentActions.Invoking(() => AutoconfigXml.Parse("<clientConfig/>", address))
            .Should().Throw<ArgumentException>().WithParameterName("emailAddress");
    }

    private static string Describe(AutoconfigServer server)
        => $"{server.Protocol} {server.Endpoint} {server.Username ?? "(no username)"} [{string.Join(", ", server.Authentication)}]";

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Discovery", "Autoconfig", name);

    private static MemoryStream Fixture(string name) => new(File.ReadAllBytes(FixturePath(name)));

    /// <summary>A stream that never ends: a prefix, then the same byte forever; counts what was read.</summary>
    private sealed class EndlessStream(byte[] prefix, byte filler) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                var position = BytesRead + i;
                buffer[i] = position < prefix.Length ? prefix[position] : filler;
            }

            BytesRead += buffer.Length;
            return buffer.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
