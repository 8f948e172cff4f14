using System.Text.RegularExpressions;
using MailKitConfig.Tests.Lab;

namespace MailKitConfig.Tests.Sample;

/// <summary>
/// With <c>--culture ru</c> every line the sample prints for <c>check</c>, <c>send</c> and <c>explain</c> is Russian:
/// a scan finds no English phrase, allowing server replies, host names, addresses, quoted input, protocol keywords,
/// option and product names.
/// </summary>
[Category("Integration")]
public partial class SampleRussianTests
{
    private static LabEnvironment Lab => LabEnvironment.Current;

    [Test]
    public async Task Check_in_russian_prints_no_english_sentence()
    {
        // SMTP with the wrong security mode (a failure, its hints, the alternative tried and the verified fix), IMAP right.
        var run = await SampleProgram.RunAsync(
            [.. Connecting("check", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}:tls", "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls", "--culture", "ru"]);

        run.ExitCode.Should().Be(3, run.ToString());
        run.Output.Should().Contain("Проблема:").And.Contain("INBOX");
        EnglishPhrases(run.Output + run.Error).Should().BeEmpty(run.ToString());
    }

    [Test]
    public async Task Send_with_a_bad_address_in_russian_prints_no_english_sentence()
    {
        var run = await SampleProgram.RunAsync(
            [.. Connecting("send", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", "bob at lab.test", "--text", "x", "--culture", "ru"]);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("'bob at lab.test'").And.Contain("недопустимый адрес");
        EnglishPhrases(run.Output + run.Error).Should().BeEmpty(run.ToString());
    }

    [Test]
    public async Task A_refused_send_and_invalid_settings_in_russian_print_no_english_sentence()
    {
        var refused = await SampleProgram.RunAsync(
            [.. Connecting("send", Lab.Alice.Address), "--password", "wrong", "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", Lab.Bob.Address, "--text", "x", "--culture", "ru"]);
        var invalid = await SampleProgram.RunAsync("show", "ann@example.com", "--smtp", "smtp.example.com:99999", "--culture", "ru");

        refused.ExitCode.Should().Be(3, refused.ToString());
        refused.Error.Should().Contain("535").And.Contain("сбой на шаге");
        EnglishPhrases(refused.Output + refused.Error).Should().BeEmpty(refused.ToString());
        invalid.ExitCode.Should().Be(2, invalid.ToString());
        invalid.Error.Should().Contain("Smtp.Port").And.Contain("от 1 до 65535");
        EnglishPhrases(invalid.Output + invalid.Error).Should().BeEmpty(invalid.ToString());
    }

    [Test]
    public async Task Explain_in_russian_labels_everything_in_russian()
    {
        var run = await SampleProgram.RunAsync("explain", "554 5.7.1 <x@example.org>: Relay access denied", "--stage", "Recipient", "--culture", "ru");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("код ответа 554");
        EnglishPhrases(run.Output + run.Error).Should().BeEmpty(run.ToString());
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
        EnglishPhrases("  ✓ Возможности  AUTH LOGIN PLAIN XOAUTH2; SIZE 10485760; STARTTLS да; TrustedRootCertificates").Should().BeEmpty();
    }

    /// <summary>Runs of English words with at least two in lower case (names such as "Caps Lock" are capitalised), after removing what may stay as it is.</summary>
    private static List<string> EnglishPhrases(string text)
    {
        var found = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = Quoted().Replace(ServerReply().Replace(raw, " "), " ");
            var run = new List<string>();
            foreach (var token in line.Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Append(string.Empty))
            {
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

    private static string[] Connecting(string command, string address)
        => [command, address, "--trust-ca", Lab.CaCertificatePath, "--no-revocation-check", "--connect-timeout", "10"];

    /// <summary>A server's reply, from its code (or IMAP/POP3 status, or the report's "server replied" label) to the end of the line.</summary>
    [GeneratedRegex(@"(?:\b[2-5][0-9]{2}[ -]|\* (?:OK|NO|BAD|BYE)\b|[+-](?:OK|ERR)\b|Ответ сервера:).*$")]
    private static partial Regex ServerReply();

    /// <summary>The user's own input, quoted.</summary>
    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    /// <summary>An English word: Latin letters, lower case after the first (not an acronym, not a CamelCase identifier).</summary>
    [GeneratedRegex(@"^[A-Za-z][a-z]+$")]
    private static partial Regex EnglishWord();
}
