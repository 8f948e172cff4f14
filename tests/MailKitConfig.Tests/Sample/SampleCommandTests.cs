using System.Text.Json;
using System.Text.RegularExpressions;
using MailKitConfig.Tests.Lab;

namespace MailKitConfig.Tests.Sample;

/// <summary>The sample program driven as a user would drive it: its own process, exit codes and what it prints.</summary>
[Category("Integration")]
public partial class SampleCommandTests : LabFixture
{
    [TestCase("configure")]
    [TestCase("show")]
    [TestCase("check")]
    [TestCase("send")]
    [TestCase("explain")]
    [TestCase("receive")]
    [TestCase("job")]
    public async Task Every_command_explains_itself_with_help(string command)
    {
        var run = await SampleProgram.RunAsync(command, "--help");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Usage:").And.Contain(command).And.Contain("--culture");
        run.Error.Should().BeEmpty();
        if (command is "configure" or "check" or "send" or "receive" or "job")
        {
            run.Output.Should().Contain("--trust-ca").And.Contain("--no-revocation-check");
        }
    }

    [Test]
    public async Task A_missing_attachment_is_named_and_nothing_is_sent()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf");

        var run = await SampleProgram.RunAsync("send", Lab.Alice.Address, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", Lab.Bob.Address, "--attach", missing);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain($"--attach: the file '{missing}' does not exist.").And.Contain("send --help");
        run.Should().NotShowAStackTrace();
    }

    [Test]
    public async Task A_bad_recipient_address_is_refused_before_connecting()
    {
        var run = await SampleProgram.RunAsync("send", Lab.Alice.Address, "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", "bob at lab.test", "--text", "hi");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Be($"Nothing was done: To: 'bob at lab.test' is not a valid email address.{Environment.NewLine}");
    }

    [Test]
    public async Task Invalid_account_settings_are_listed_by_field()
    {
        var run = await SampleProgram.RunAsync("show", "ann@example.com", "--smtp", "smtp.example.com:99999");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("The account settings are not usable:").And.Contain("Smtp.Port");
        run.Should().NotShowAStackTrace();
    }

    [Test]
    public async Task A_send_only_account_sends_through_the_lab_without_imap()
    {
        var subject = "Sample send " + Guid.NewGuid();

        var run = await SampleProgram.RunAsync(
            [.. Connecting("send", Lab.Alice.Address), "--password", Lab.Alice.Password, "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", Lab.Bob.Address, "--subject", subject, "--text", "From the sample"]);

        run.ExitCode.Should().Be(0, run.ToString());
        var messageId = SentLine().Match(run.Output).Groups["id"].Value;
        messageId.Should().NotBeEmpty(run.ToString());
        (await LabMail.ReadFromImapAsync(Lab.Bob, messageId)).Subject.Should().Be(subject);
    }

    [Test]
    public async Task The_account_configured_in_the_environment_sends_when_no_address_is_given()
    {
        var environment = new Dictionary<string, string>
        {
            ["Mail__DefaultAccount"] = "system",
            ["Mail__Accounts__system__Address"] = Lab.Alice.Address,
            ["Mail__Accounts__system__Password"] = Lab.Alice.Password,
            ["Mail__Accounts__system__Smtp__Host"] = Lab.Host,
            ["Mail__Accounts__system__Smtp__Port"] = Lab.Ports.Submissions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail__Accounts__system__Smtp__Security"] = "ImplicitTls",
        };

        var run = await SampleProgram.RunAsync(environment, "send", "--to", Lab.Bob.Address, "--text", "configured", "--trust-ca", Lab.CaCertificatePath, "--no-revocation-check");

        run.ExitCode.Should().Be(0, run.ToString());
        (await LabMail.ReadFromImapAsync(Lab.Bob, SentLine().Match(run.Output).Groups["id"].Value)).From.Mailboxes.Single().Address.Should().Be(Lab.Alice.Address);

        environment["Mail__Accounts__system__Smtp__Port"] = "0";
        var invalid = await SampleProgram.RunAsync(environment, "show");

        invalid.ExitCode.Should().Be(2, invalid.ToString());
        invalid.Error.Should().Contain("Mail:Accounts:system:Smtp:Port: The Smtp server's port must be between 1 and 65535, not 0.").And.NotContain(Lab.Alice.Password);
    }

    [Test]
    public async Task A_refused_password_is_explained_in_russian_with_culture_ru()
    {
        var run = await SampleProgram.RunAsync(
            [.. Connecting("send", Lab.Alice.Address), "--password", "wrong", "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", Lab.Bob.Address, "--text", "x", "--culture", "ru"]);

        run.ExitCode.Should().Be(3, run.ToString());
        run.Error.Should().Contain("535").And.Contain("Почтовый сервер не принял имя пользователя или пароль.");
        run.Error.Should().NotContain("wrong", "the password never appears");
        run.Should().NotShowAStackTrace();
    }

    [Test]
    public async Task Configure_with_the_labs_dns_finds_and_verifies_the_settings_showing_each_source()
    {
        var run = await SampleProgram.RunAsync(
            [.. Connecting("configure", Lab.Alice.Address), "--dns", $"127.0.0.1:{Lab.Ports.Dns}", "--password", Lab.Alice.Password]);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().MatchRegex(@"✓ Srv +found").And.MatchRegex(@"· Preset +not found").And.MatchRegex(@"✓ Srv +verified .*Smtp mail\.lab\.test");
        run.Output.Should().Contain("yes, every server accepted the login").And.Contain($"mail.lab.test:{Lab.Ports.Imaps} (ImplicitTls)");
        run.Output.Should().NotContain(Lab.Alice.Password);
    }

    [Test]
    public async Task An_unknown_culture_is_a_command_line_error()
    {
        var run = await SampleProgram.RunAsync("explain", "550 5.1.1 unknown user", "--culture", "xx-nowhere");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("--culture: 'xx-nowhere' is not a known culture name");
    }

    [Test]
    public async Task Explain_answers_in_russian()
    {
        var run = await SampleProgram.RunAsync("explain", "552 5.2.2 Mailbox full", "--culture", "ru");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("MailboxFull").And.MatchRegex("[А-Яа-я]");
    }

    [Test]
    public async Task Explain_json_lines_take_the_step_under_either_name_with_port_and_security()
    {
        const string Reply = "SSL routines:ssl3_get_record:wrong version number";
        var input = string.Join('\n',
            $$"""{"protocol":"Smtp","step":"Tls","text":"{{Reply}}","host":"smtp.example.com","port":587,"security":"ImplicitTls"}""",
            $$"""{"protocol":"Smtp","stage":"Tls","step":"tls","text":"{{Reply}}"}""",
            """{"protocol":"Smtp","stage":"Tls","step":"Authentication","text":"535 5.7.8 no"}""",
            """{"protocol":"Smtp","step":"Nowhere","text":"535 5.7.8 no"}""",
            """{"protocol":"Smtp","step":"Tls","text":"x","port":70000}""");

        var run = await SampleProgram.RunWithInputAsync(input, "explain", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(5, run.ToString());
        lines[0].GetProperty("kind").GetString().Should().Be("WrongSecurityMode");
        lines[0].GetProperty("stage").GetString().Should().Be("Tls", "a step given as step is the step, not Other");
        lines[0].GetProperty("suggestedChange").GetProperty("endpoint").GetProperty("port").GetInt32().Should().BeOneOf([587, 465], "the port and security given are read");
        lines[1].GetProperty("stage").GetString().Should().Be("Tls");
        lines[2].GetProperty("line").GetInt32().Should().Be(3);
        lines[2].GetProperty("error").GetString().Should().Contain("Tls").And.Contain("Authentication");
        lines[3].GetProperty("error").GetString().Should().Contain("step").And.Contain("Nowhere");
        lines[4].GetProperty("error").GetString().Should().Contain("port").And.Contain("70000");
    }

    [Test]
    public async Task Explain_takes_the_step_as_step_too()
    {
        var run = await SampleProgram.RunAsync("explain", "535 5.7.8 Authentication failed", "--step", "Authentication", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        JsonDocument.Parse(run.Output).RootElement.GetProperty("stage").GetString().Should().Be("Authentication");
    }

    [Test]
    public async Task Receive_prints_one_line_per_new_message_and_nothing_the_second_time()
    {
        var user = LabReceiving.ImapUser;
        await LabReceiving.EmptyAsync(user);
        await LabReceiving.AppendAsync(user, "INBOX", [LabReceiving.Message(user, "Sample receive", "hello")]);
        var state = Directory.CreateTempSubdirectory("mkc-sample-").FullName;
        string[] arguments = [.. Connecting("receive", user.Address), "--password", user.Password, "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls", "--since", "all", "--state", state];

        var first = await SampleProgram.RunAsync(arguments);
        var second = await SampleProgram.RunAsync(arguments);
        Directory.Delete(state, recursive: true);

        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().MatchRegex(@"imap:receiver@lab\.test/INBOX/[0-9]+/[0-9]+ .*partner@example\.org.*""Sample receive"".* 0 attachment").And.Contain("Received 1");
        second.Output.Should().Contain("Received 0");
    }

    private static string[] Connecting(string command, string address)
        => [command, address, "--trust-ca", Lab.CaCertificatePath, "--no-revocation-check", "--connect-timeout", "10"];

    [GeneratedRegex(@"^Sent (?<id>\S+) to ", RegexOptions.Multiline)]
    private static partial Regex SentLine();
}

/// <summary>Assertions about a run of the sample.</summary>
internal static class SampleRunAssertions
{
    /// <summary>Asserts that neither output contains a .NET stack trace.</summary>
    /// <param name="run">The run.</param>
    public static void NotShowAStackTrace(this FluentAssertions.Primitives.ObjectAssertions run)
    {
        var subject = (SampleRun)run.Subject;
        (subject.Output + subject.Error).Should().NotMatchRegex(@"\n\s+at \S+\(", subject.ToString());
    }
}
