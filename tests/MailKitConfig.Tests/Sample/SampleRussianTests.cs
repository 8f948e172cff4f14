using System.Text.RegularExpressions;
using MailKitConfig.Tests.Lab;

namespace MailKitConfig.Tests.Sample;

/// <summary>
/// With <c>--culture ru</c> every line the sample prints is Russian, for every command a user runs and their failure
/// paths (wrong password, unreachable server, bad address, invalid settings, invalid options, unknown command), and
/// the help: a scan finds no English phrase, allowing server replies, host names, addresses, quoted input or replies,
/// protocol keywords, option and product names; records of the console logger are for operators and stay English, as
/// .NET's own. (<see cref="SampleOAuthTests"/> covers <c>configure --oauth</c>.)
/// </summary>
[Category("Integration")]
[Parallelizable(ParallelScope.Children)]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public partial class SampleRussianTests : LabFixture
{
    /// <summary>No retries: a refused connection fails at once (the scan is about words, not about retrying).</summary>
    private static readonly Dictionary<string, string> NoRetries = new() { ["Mail__Sending__MaxRetryAttempts"] = "0" };

    private string directory = null!;

    /// <summary>Command lines that are wrong before any work starts: the sample's and System.CommandLine's errors.</summary>
    private static IEnumerable<string[]> CommandLineErrors =>
    [
        ["send", "ann@example.com", "--connect-timeout", "0"],
        ["send", "ann@example.com", "--usage", "sometimes"],
        ["send", "ann@example.com", "--smtp", "smtp.example.com"],
        ["send", "ann@example.com", "--smtp", "smtp.example.com:25:bogus"],
        ["send", "ann@example.com", "--to", "bob@example.com", "--attach", "/nonexistent/file.pdf"],
        ["receive", "ann@example.com", "--since", "yesterday"],
        ["job", "ann@example.com", "--for", "forever"],
        ["configure", "ann@example.com", "--dns", "nameserver"],
        ["configure", "ann@example.com", "--client-id", "app"],
        ["configure", "ann@example.com", "--oauth", "--password", "secret"],
        ["configure"],
        ["explain", "550 5.1.1 unknown user", "--stage", "Nowhere"],
        ["sned", "ann@example.com"],
        ["send", "ann@example.com", "--attch", "file.pdf"],
        ["send", "ann@example.com", "--name", "Ann", "--name", "Anna"],
        ["send", "ann@example.com", "--connect-timeout", "soon"],
        ["check", "ann@example.com", "--log-level", "loud"],
        ["explain", "550 5.1.1 unknown user", "--port", "smtp"],
    ];

    private static IEnumerable<string> Commands => ["configure", "show", "check", "send", "receive", "job", "explain"];

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("mkc-sample-ru-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Check_in_russian_prints_no_english_sentence()
    {
        // SMTP with the wrong security mode (a failure, its hints, the alternative tried and the verified fix), IMAP right.
        var run = await RussianAsync(
            3, [.. Connecting("check", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}:tls", "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls"]);

        run.Output.Should().Contain("Проблема:").And.Contain("INBOX").And.MatchRegex(@"✓ Вход +[0-9]+ мс");
    }

    [Test]
    public async Task Check_with_a_wrong_password_and_an_unreachable_server_in_russian_prints_no_english_sentence()
    {
        var refused = await RussianAsync(
            3, [.. Connecting("check", Lab.Alice.Address), "--password", "wrong", "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls"]);
        var unreachable = await RussianAsync(
            3, [.. Connecting("check", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{SilentServer.ClosedPort()}", "--usage", "send"]);

        refused.Output.Should().Contain("535").And.Contain("NO [AUTHENTICATIONFAILED]");
        unreachable.Output.Should().Contain("отказал в подключении");
    }

    [Test]
    public async Task Configure_in_russian_prints_no_english_sentence()
    {
        var verified = await RussianAsync(0, [.. Connecting("configure", Lab.Alice.Address), "--dns", $"127.0.0.1:{Lab.Ports.Dns}", "--password", Lab.Alice.Password, "--trace"]);
        var refused = await RussianAsync(3, [.. Connecting("configure", Lab.Alice.Address), "--dns", $"127.0.0.1:{Lab.Ports.Dns}", "--password", "wrong"]);

        verified.Output.Should().Contain("да, все серверы приняли вход").And.Contain("пароль (скрыт)").And.MatchRegex(@"мс Srv +проверено +[\d\s]+ мс");
        refused.Output.Should().Contain("не принял имя пользователя или пароль");
    }

    [Test]
    public async Task Send_with_a_bad_address_in_russian_prints_no_english_sentence()
    {
        var run = await RussianAsync(
            2, [.. Connecting("send", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", "bob at lab.test", "--text", "x"]);

        run.Error.Should().Contain("'bob at lab.test'").And.Contain("недопустимый адрес");
    }

    [Test]
    public async Task Sending_from_a_receive_only_account_in_russian_prints_no_english_sentence()
    {
        var run = await RussianAsync(
            2, "send", "ann@example.com", "--password", "secret", "--usage", "receive", "--imap", "imap.example.com:993", "--to", "bob@example.com", "--text", "x");

        run.Error.Should().Contain("Ящик не настроен для отправки").And.NotContain("ann@example.com", "no address in an error message");
    }

    [Test]
    public async Task Send_a_message_and_a_mailing_in_russian_prints_no_english_sentence()
    {
        var sent = await RussianAsync(
            0, [.. Connecting("send", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", Lab.Bob.Address, "--subject", "Проверка", "--text", "x"]);
        var mailing = await RussianAsync(
            0, [.. Connecting("send", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", $"{Lab.Bob.Address}, {Lab.Alice.Address}", "--text", "x", "--each"]);

        sent.Output.Should().Contain("Отправлено").And.Contain("Ответ сервера: ");
        mailing.Output.Should().Contain("Отправлено 2 / 2");
    }

    [Test]
    public async Task A_refused_or_unreachable_send_and_nothing_to_send_in_russian_print_no_english_sentence()
    {
        var refused = await RussianAsync(
            3, [.. Connecting("send", Lab.Alice.Address), "--password", "wrong", "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", Lab.Bob.Address, "--text", "x"]);
        var unreachable = await RussianAsync(
            3, [.. Connecting("send", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{SilentServer.ClosedPort()}", "--to", Lab.Bob.Address, "--text", "x"]);
        var nobody = await RussianAsync(2, [.. Connecting("send", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--text", "x"]);

        refused.Error.Should().Contain("535").And.Contain("сбой на шаге");
        unreachable.Error.Should().Contain("отказал в подключении");
        nobody.Error.Should().Contain("Ничего не отправлено");
    }

    [Test]
    public async Task Receive_in_russian_prints_no_english_sentence()
    {
        var imap = LabReceiving.ImapUser;
        var pop3 = LabReceiving.Pop3User;
        await LabReceiving.EmptyAsync(imap);
        await LabReceiving.AppendAsync(imap, "INBOX", [LabReceiving.Message(imap, "Sample receive", "hello")]);
        await LabReceiving.EmptyAsync(pop3);

        var received = await RussianAsync(
            0, [.. Connecting("receive", imap.Address), "--password", imap.Password, "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls", "--since", "all", "--state", Path.Combine(directory, "imap")]);
        var overPop3 = await RussianAsync(
            0, [.. Connecting("receive", pop3.Address), "--password", pop3.Password, "--pop3", $"{Lab.Host}:{Lab.Ports.Pop3s}:tls", "--state", Path.Combine(directory, "pop3")]);
        var refused = await RussianAsync(
            3, [.. Connecting("receive", imap.Address), "--password", "wrong", "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls", "--state", Path.Combine(directory, "refused")]);

        received.Output.Should().Contain("«Sample receive»").And.Contain("вложений: 0").And.Contain("Получено 1");
        overPop3.Output.Should().Contain("Получено 0");
        refused.Error.Should().Contain("AUTHENTICATIONFAILED");
    }

    [Test]
    public async Task The_job_in_russian_prints_no_english_sentence()
    {
        string[] Job(string password) =>
        [
            .. Connecting("job", Lab.Alice.Address), "--password", password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls",
            "--for", "3s", "--interval", "1s", "--spool", Path.Combine(directory, "outbox"), "--state", Path.Combine(directory, "state"),
        ];

        var ran = await RussianAsync(0, Job(Lab.Alice.Password));
        var refused = await RussianAsync(3, Job("wrong"));

        ran.Output.Should().Contain("отправлено 0, ждут 0, не отправлено 0").And.Contain("Остановлено.");
        refused.Output.Should().Contain("ошибка:").And.Contain("Остановлено; у ящика была ошибка");
    }

    [Test]
    public async Task Show_and_invalid_settings_in_russian_print_no_english_sentence()
    {
        var shown = await RussianAsync(0, "show", "ann@example.com", "--smtp", "smtp.example.com:587", "--usage", "send");
        var invalid = await RussianAsync(2, "show", "ann@example.com", "--smtp", "smtp.example.com:99999");
        var unknownAccount = await RussianAsync(2, "show", "--account", "nobody");

        shown.Output.Should().Contain("Настройки верны.").And.Contain("отправка");
        invalid.Error.Should().Contain("Smtp.Port").And.Contain("от 1 до 65535");
        unknownAccount.Error.Should().Contain("Ничего не сделано");
    }

    [Test]
    public async Task An_invalid_configuration_in_russian_prints_no_english_sentence()
    {
        var configuration = new Dictionary<string, string>
        {
            ["Mail__Sending__MaxRetryAttempts"] = "50",
            ["Mail__Connections__ConnectTimeout"] = "-00:00:05",
            ["Mail__Discovery__IspdbBaseUrl"] = "http://autoconfig.example.com/",
            ["Mail__Connections__CommandTimeout"] = "soon",
            ["Mail__Discovery__NameServers__0"] = "dns.example",
        };

        var run = await SampleProgram.RunAsync(configuration, "show", "ann@example.com", "--smtp", "smtp.example.com:587", "--culture", "ru");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("Конфигурация").And.Contain("Mail:Sending:MaxRetryAttempts: должно быть от 0 до 20, а не 50.").And.Contain("HTTPS")
            .And.Contain("Mail:Connections:CommandTimeout: 'soon' — не промежуток времени").And.Contain("Mail:Discovery:NameServers:0: 'dns.example' — не IP-адрес");
        EnglishPhrases(run.Output + run.Error).Should().BeEmpty(run.ToString());
    }

    [TestCaseSource(nameof(CommandLineErrors))]
    public async Task A_wrong_command_line_in_russian_prints_no_english_sentence(string[] args)
    {
        var run = await RussianAsync(1, args);

        run.Error.Should().Contain("--help");
    }

    [TestCaseSource(nameof(Commands))]
    public async Task The_help_in_russian_prints_no_english_sentence(string command)
    {
        var run = await RussianAsync(0, command, "--help");

        run.Output.Should().Contain("Описание:").And.Contain("Использование:").And.Contain($" {command} ").And.Contain("[параметры]")
            .And.Contain("Параметры:").And.Contain("--culture");
    }

    [Test]
    public async Task The_root_help_and_a_misspelt_command_in_russian_print_no_english_sentence()
    {
        var help = await RussianAsync(0, "--help");
        var misspelt = await RussianAsync(1, "chek", "ann@example.com");

        help.Output.Should().Contain("[команда] [параметры]").And.Contain("Команды:").And.Contain("--version");
        misspelt.Error.Should().Contain("'chek'").And.Contain("'check'");
    }

    [Test]
    public async Task Explain_in_russian_labels_everything_in_russian()
    {
        var run = await RussianAsync(0, "explain", "554 5.7.1 <x@example.org>: Relay access denied", "--stage", "Recipient");

        run.Output.Should().Contain("код ответа 554");
    }

    [Test]
    public async Task Explain_json_includes_the_suggested_change()
    {
        var run = await SampleProgram.RunAsync("explain", "SSL routines:ssl3_get_record:wrong version number", "--stage", "Tls", "--port", "587", "--security", "ImplicitTls", "--host", "smtp.example.com", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("kind").GetString().Should().Be("WrongSecurityMode");
        var change = json.RootElement.GetProperty("suggestedChange");
        var endpoint = change.GetProperty("endpoint");
        (endpoint.GetProperty("port").GetInt32(), endpoint.GetProperty("security").GetString()).Should().BeOneOf([(587, "StartTlsRequired"), (465, "ImplicitTls")], "either pairing matches the server");
        change.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void The_scan_finds_english_and_allows_replies_names_and_input()
    {
        EnglishPhrases("Проблема: The server refused the login.").Should().NotBeEmpty();
        EnglishPhrases("  ✓ Сертификат  CN=mail.lab.test, issued by CN=Lab CA").Should().NotBeEmpty();
        EnglishPhrases("  ✓ Приветствие  3 ms  220 mail.lab.test ESMTP Postfix (MailKitConfig lab)").Should().BeEmpty();
        EnglishPhrases("Ответ сервера: 535 5.7.8 Error: authentication failed").Should().BeEmpty();
        EnglishPhrases("Ничего не сделано: To: 'bob at lab.test' — недопустимый адрес.").Should().BeEmpty();
        EnglishPhrases("- Введите пароль заново: проверьте раскладку клавиатуры и Caps Lock.").Should().BeEmpty();
        EnglishPhrases("- ответ «LOGIN invalid credentials or IMAP is disabled» может означать неверный пароль").Should().BeEmpty();
        EnglishPhrases("warn: MailKitConfig.MailJobService[43]\n      Mail job run failed (AuthenticationFailed)\nОстановлено.").Should().BeEmpty("log records are for operators");
        EnglishPhrases("warn: MailKitConfig.MailJobService[43]\n      Mail job run failed\nStopped; an account failed.").Should().NotBeEmpty();
        EnglishPhrases("  ✓ Возможности  AUTH LOGIN PLAIN XOAUTH2; SIZE 10485760; STARTTLS да; TrustedRootCertificates").Should().BeEmpty();
        EnglishPhrases("Description:\n  Пример MailKitConfig").Should().NotBeEmpty("a section title is a sentence of its own");
        EnglishPhrases("  MailKitConfig.Sample check [<address>] [options]").Should().NotBeEmpty("a usage placeholder is read");
        EnglishPhrases("  MailKitConfig.Sample check [<address>] [параметры]").Should().BeEmpty();
    }

    /// <summary>Runs of English words with at least two in lower case (names such as "Caps Lock" are capitalised), after removing what may stay as it is.</summary>
    /// <param name="text">What the sample printed.</param>
    /// <returns>The phrases found, each with its line.</returns>
    internal static List<string> EnglishPhrases(string text)
    {
        var found = new List<string>();
        var inLogRecord = false;
        foreach (var raw in text.Split('\n'))
        {
            // A record of the console logger (operators' English, as .NET's own logs) and its indented message lines.
            inLogRecord = LogRecord().IsMatch(raw) || (inLogRecord && raw.StartsWith("      ", StringComparison.Ordinal));
            if (inLogRecord)
            {
                continue;
            }

            var line = Quoted().Replace(ServerReply().Replace(raw, " "), " ");
            if (SectionTitle().IsMatch(line))
            {
                found.Add($"'{line.Trim()}' (a title)");
                continue;
            }

            var run = new List<string>();
            foreach (var token in line.Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Append(string.Empty))
            {
                if (Placeholder().IsMatch(token))
                {
                    found.Add($"'{token}' in: {raw.Trim()}");
                }

                var word = token.Trim(',', ';', '(', ')', '.', ':', '«', '»', '"', '!', '?', '[', ']');
                if (EnglishWord().IsMatch(word))
                {
                    run.Add(word);
                    continue;
                }

                if (run.Count(w => char.IsLower(w[0])) >= 2)
                {
                    found.Add($"'{string.Join(' ', run)}' in: {raw.Trim()}");
                }

                run.Clear();
            }
        }

        return found;
    }

    /// <summary>Runs the sample with <c>--culture ru</c>, checks the exit code and that nothing it printed is English.</summary>
    private static async Task<SampleRun> RussianAsync(int exitCode, params string[] args)
    {
        var run = await SampleProgram.RunAsync(NoRetries, [.. args, "--culture", "ru"]);
        run.ExitCode.Should().Be(exitCode, run.ToString());
        EnglishPhrases(run.Output + run.Error).Should().BeEmpty(run.ToString());
        return run;
    }

    private static string[] Connecting(string command, string address)
        => [command, address, "--trust-ca", Lab.CaCertificatePath, "--no-revocation-check", "--connect-timeout", "10"];

    /// <summary>A server's reply, from its code (or IMAP/POP3 status, or the report's "server replied" label) to the end of the line.</summary>
    [GeneratedRegex(@"(?:\b[2-5][0-9]{2}[ -]|\* (?:OK|NO|BAD|BYE)\b|[+-](?:OK|ERR)\b|Ответ сервера:).*$")]
    private static partial Regex ServerReply();

    /// <summary>Quoted text: the user's own input, or a server's reply quoted in a hint («…»).</summary>
    [GeneratedRegex(@"'[^']*'|«[^»]*»")]
    private static partial Regex Quoted();

    /// <summary>The first line of a console logger record, e.g. <c>warn: MailKitConfig.MailJobService[43]</c>.</summary>
    [GeneratedRegex(@"^(?:trce|dbug|info|warn|fail|crit): \S+\[\d+\]")]
    private static partial Regex LogRecord();

    /// <summary>A line that is one English word and a colon, such as a section title of the help (<c>Usage:</c>).</summary>
    [GeneratedRegex(@"^\s*[A-Z][a-z]+:\s*$")]
    private static partial Regex SectionTitle();

    /// <summary>A usage placeholder in English, such as <c>[options]</c>.</summary>
    [GeneratedRegex(@"^\[[a-z]+\]$")]
    private static partial Regex Placeholder();

    /// <summary>An English word: Latin letters, lower case after the first (not an acronym, not a CamelCase identifier).</summary>
    [GeneratedRegex(@"^[A-Za-z][a-z]+$")]
    private static partial Regex EnglishWord();
}
