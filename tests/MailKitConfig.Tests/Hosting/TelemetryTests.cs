using System.Diagnostics;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Hosting;

/// <summary>The documented instruments and activities, observed with a MeterListener and an ActivityListener while the library works against the lab.</summary>
[Category("Integration")]
[NonParallelizable]
public class TelemetryTests : LabModuleFixture
{
    private TelemetryRecorder telemetry = null!;

    [SetUp]
    public void Listen() => telemetry = new TelemetryRecorder(meter => meter == "MailKitConfig", source => source == "MailKitConfig");

    [TearDown]
    public void StopListening() => telemetry.Dispose();

    [Test]
    public async Task Sending_records_messages_durations_the_pool_and_a_span_without_addresses()
    {
        await Sender.SendAsync(LabMail.Account(Lab.Alice), new OutgoingMessage { Subject = "Telemetry", TextBody = "x", To = { Lab.Bob.Address } });
        await FluentActions.Awaiting(() => Sender.SendAsync(LabMail.Account(Lab.Alice, password: "wrong"), new OutgoingMessage { TextBody = "x", To = { Lab.Bob.Address } }))
            .Should().ThrowAsync<MailOperationException>();

        telemetry.Values("mailkitconfig.messages.sent").Should().ContainSingle().Which.Value.Should().Be(1);
        telemetry.Values("mailkitconfig.messages.failed").Should().ContainSingle().Which.Tags.Should().Contain("mail.problem", "AuthenticationFailed");
        telemetry.Values("mailkitconfig.send.duration").Select(m => m.Tags["mail.outcome"]).Should().BeEquivalentTo(["sent", "failed"]);
        telemetry.Values("mailkitconfig.pool.connections.opened").Should().NotBeEmpty();
        telemetry.Values("mailkitconfig.pool.wait").Should().NotBeEmpty();
        telemetry.Values("mailkitconfig.pool.connections.leased").Sum(m => m.Value).Should().Be(0, "every lease was given back");
        var sends = telemetry.Activities.Where(a => a.OperationName == "mail.send").ToList();
        sends.Should().HaveCount(2);
        sends.Should().ContainSingle(a => a.Status == ActivityStatusCode.Error).Which.GetTagItem("mail.problem").Should().Be("AuthenticationFailed");
        sends.Should().OnlyContain(a => (string?)a.GetTagItem("server.address") == Lab.Host);
        telemetry.AllTagValues().Should().NotContain(v => v.Contains('@'), "no address is a tag");
    }

    [Test]
    public async Task Discovery_and_the_settings_check_record_their_durations_and_spans()
    {
        await Services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("ivan.petrov@bk.ru");
        await Services.GetRequiredService<IMailDiagnostics>().CheckAsync(LabMail.Account(Lab.Alice) with { Pop3 = null });

        telemetry.Values("mailkitconfig.discovery.duration").Should().Contain(m => (string?)m.Tags["mail.discovery.source"] == "Preset" && (string?)m.Tags["mail.outcome"] == "Found");
        telemetry.Values("mailkitconfig.check.duration").Should().ContainSingle().Which.Tags.Should().Contain("mail.outcome", "succeeded");
        telemetry.Activities.Select(a => a.OperationName).Should().Contain("mail.configure").And.Contain("mail.check");
        telemetry.Activities.Single(a => a.OperationName == "mail.configure").GetTagItem("mail.discovery.source").Should().Be("Preset");
        telemetry.AllTagValues().Should().NotContain(v => v.Contains('@'));
    }
}
