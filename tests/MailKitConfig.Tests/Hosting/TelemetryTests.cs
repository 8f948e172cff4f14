using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Hosting;

/// <summary>The documented instruments and activities, observed with a MeterListener and an ActivityListener while the library works against the lab.</summary>
[Category("Integration")]
[NonParallelizable]
public class TelemetryTests : LabModuleFixture
{
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements = new();
    private readonly ConcurrentQueue<Activity> activities = new();
    private MeterListener meters = null!;
    private ActivityListener spans = null!;

    [SetUp]
    public void Listen()
    {
        meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "MailKitConfig")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        meters.Start();
        spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MailKitConfig",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(spans);
    }

    [TearDown]
    public void StopListening()
    {
        meters.Dispose();
        spans.Dispose();
    }

    [Test]
    public async Task Sending_records_messages_durations_the_pool_and_a_span_without_addresses()
    {
        await Sender.SendAsync(LabMail.Account(Lab.Alice), new OutgoingMessage { Subject = "Telemetry", TextBody = "x", To = { Lab.Bob.Address } });
        await FluentActions.Awaiting(() => Sender.SendAsync(LabMail.Account(Lab.Alice, password: "wrong"), new OutgoingMessage { TextBody = "x", To = { Lab.Bob.Address } }))
            .Should().ThrowAsync<MailOperationException>();

        Values("mailkitconfig.messages.sent").Should().ContainSingle().Which.Value.Should().Be(1);
        Values("mailkitconfig.messages.failed").Should().ContainSingle().Which.Tags.Should().Contain("mail.problem", "AuthenticationFailed");
        Values("mailkitconfig.send.duration").Select(m => m.Tags["mail.outcome"]).Should().BeEquivalentTo(["sent", "failed"]);
        Values("mailkitconfig.pool.connections.opened").Should().NotBeEmpty();
        Values("mailkitconfig.pool.wait").Should().NotBeEmpty();
        Values("mailkitconfig.pool.connections.leased").Sum(m => m.Value).Should().Be(0, "every lease was given back");
        var sends = activities.Where(a => a.OperationName == "mail.send").ToList();
        sends.Should().HaveCount(2);
        sends.Should().ContainSingle(a => a.Status == ActivityStatusCode.Error).Which.GetTagItem("mail.problem").Should().Be("AuthenticationFailed");
        sends.Should().OnlyContain(a => (string?)a.GetTagItem("server.address") == Lab.Host);
        AllTagValues().Should().NotContain(v => v.Contains('@'), "no address is a tag");
    }

    [Test]
    public async Task Discovery_and_the_settings_check_record_their_durations_and_spans()
    {
        await Services.GetRequiredService<IMailAccountConfigurator>().FindCandidatesAsync("ivan.petrov@bk.ru");
        await Services.GetRequiredService<IMailDiagnostics>().CheckAsync(LabMail.Account(Lab.Alice) with { Pop3 = null });

        Values("mailkitconfig.discovery.duration").Should().Contain(m => (string?)m.Tags["mail.discovery.source"] == "Preset" && (string?)m.Tags["mail.outcome"] == "Found");
        Values("mailkitconfig.check.duration").Should().ContainSingle().Which.Tags.Should().Contain("mail.outcome", "succeeded");
        activities.Select(a => a.OperationName).Should().Contain("mail.configure").And.Contain("mail.check");
        activities.Single(a => a.OperationName == "mail.configure").GetTagItem("mail.discovery.source").Should().Be("Preset");
        AllTagValues().Should().NotContain(v => v.Contains('@'));
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        measurements.Enqueue((instrument.Name, value, copy));
    }

    private List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Values(string instrument) => measurements.Where(m => m.Instrument == instrument).ToList();

    private IEnumerable<string> AllTagValues()
        => measurements.SelectMany(m => m.Tags.Values).Concat(activities.SelectMany(a => a.TagObjects.Select(t => t.Value))).Select(v => v?.ToString() ?? string.Empty);
}
