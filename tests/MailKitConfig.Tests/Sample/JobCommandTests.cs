using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Sample;

/// <summary>The sample's <c>job</c> command against the lab: it sends what another process queued, prints status lines, and fails with exit code 3 when an account fails.</summary>
[Category("Integration")]
public class JobCommandTests : LabFixture
{
    private string directory = null!;

    private string Spool => Path.Combine(directory, "outbox");

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("mkc-sample-job-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task The_job_sends_what_another_process_queued_and_prints_the_accounts_status()
    {
        string id;
        using (var services = LabSending.CreateServices(module: m => m.AddOutbox(o => o.SpoolDirectory = Spool)))
        {
            id = await services.GetRequiredService<IMailOutbox>().EnqueueAsync(LabMail.Account(Lab.Alice), new OutgoingMessage { Subject = "Sample job " + Guid.NewGuid(), TextBody = "queued", To = { Lab.Bob.Address } });
        }

        var run = await SampleProgram.RunAsync(Job(Lab.Alice.Password));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().MatchRegex(@"\] alice@lab\.test: sent 1, waiting 0, not sent 0, received 0 — OK").And.Contain("Stopped.");
        using (var services = LabSending.CreateServices(module: m => m.AddOutbox(o => o.SpoolDirectory = Spool)))
        {
            var entry = (await services.GetRequiredService<IMailOutbox>().GetAsync(id))!;
            entry.Status.Should().Be(MailOutboxStatus.Sent);
            (await LabMail.CountInImapAsync(Lab.Bob, entry.MessageId)).Should().Be(1);
        }
    }

    [Test]
    public async Task A_refused_password_is_a_failed_status_line_in_russian_and_exit_code_3()
    {
        var run = await SampleProgram.RunAsync([.. Job("not-the-password"), "--culture", "ru"]);

        run.ExitCode.Should().Be(3, run.ToString());
        run.Output.Should().MatchRegex(@"\] alice@lab\.test: .*ошибка: [А-Яа-яЁё]").And.Contain("Остановлено; у ящика была ошибка");
    }

    private string[] Job(string password) =>
    [
        "job", Lab.Alice.Address, "--password", password,
        "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls",
        "--for", "4s", "--interval", "1s", "--spool", Spool, "--state", Path.Combine(directory, "state"),
        "--trust-ca", Lab.CaCertificatePath, "--no-revocation-check", "--connect-timeout", "10",
    ];
}
