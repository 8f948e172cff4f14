using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Registry;
using Polly.Retry;

namespace MailKitConfig.Tests.Hosting;

/// <summary>
/// The send retry pipeline through Polly's dependency injection (<see cref="MailSendingOptions.ResiliencePipelineKey"/>),
/// and the telemetry of Polly and of MailKit switched on by the module, observed against the lab.
/// </summary>
[Category("Integration")]
[NonParallelizable]
public class ResiliencePipelineTests : LabFixture
{
    private TelemetryRecorder telemetry = null!;

    [SetUp]
    public void Listen() => telemetry = new TelemetryRecorder(
        meter => meter is "Polly" || meter.StartsWith("mailkit.", StringComparison.Ordinal),
        source => source.StartsWith("MailKit.", StringComparison.Ordinal));

    [TearDown]
    public void StopListening() => telemetry.Dispose();

    [Test]
    public async Task A_pipeline_the_host_registers_under_the_documented_key_is_the_one_used()
    {
        await using var relay = new SmtpFaultRelay(n => n <= 2 ? RelayFault.Greet421 : RelayFault.None);
        var hostRetries = 0;
        using var services = LabSending.CreateServices(module: m => m.Services.AddResiliencePipeline(MailSendingOptions.ResiliencePipelineKey, builder => builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 5, // registered after AddMailModule, as a host's Program.cs would

            Delay = TimeSpan.Zero,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is MailOperationException),
            OnRetry = _ =>
            {
                Interlocked.Increment(ref hostRetries);
                return default;
            },
        })));

        var result = await services.GetRequiredService<IMailSender>().SendAsync(relay.Account(Lab.Alice.Address), Message("Host pipeline"));

        result.Attempts.Should().Be(3);
        hostRetries.Should().Be(2, "the host's retry strategy made both retries");
        (await LabMail.ReadFromImapAsync(Lab.Bob, result.MessageId)).Subject.Should().Be("Host pipeline");
    }

    [Test]
    public async Task A_host_pipeline_that_retries_everything_still_never_resends_a_message_that_may_have_arrived()
    {
        // The first attempt meets a 421 greeting (safe to retry); the second loses the connection after the final dot.
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.Greet421 : RelayFault.CutAfterFinalDot);
        var hostRetries = 0;
        using var services = LabSending.CreateServices(module: m => m.Services.AddResiliencePipeline(MailSendingOptions.ResiliencePipelineKey, builder => builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.Zero,
            ShouldHandle = _ => PredicateResult.True(),
            OnRetry = _ =>
            {
                Interlocked.Increment(ref hostRetries);
                return default;
            },
        })));

        var send = () => services.GetRequiredService<IMailSender>().SendAsync(relay.Account(Lab.Alice.Address), Message("Retry everything"));

        var unknown = (await send.Should().ThrowAsync<MailDeliveryUnknownException>()).Which;
        hostRetries.Should().Be(3, "the host's strategy retried after the 421 and twice after the delivery became unknown");
        unknown.Attempts.Should().Be(2);
        relay.Connections.Should().Be(2, "a retry the sender did not allow never reaches the server");
        (await LabMail.CountInImapAsync(Lab.Bob, unknown.MessageId)).Should().BeLessThanOrEqualTo(1);
    }

    [Test]
    public async Task The_default_pipeline_is_registered_with_polly_whose_metrics_name_it()
    {
        await using var relay = new SmtpFaultRelay(n => n == 1 ? RelayFault.Greet421 : RelayFault.None);
        using var services = LabSending.CreateServices();

        var result = await services.GetRequiredService<IMailSender>().SendAsync(relay.Account(Lab.Alice.Address), Message("Default pipeline"));

        result.Attempts.Should().Be(2);
        services.GetRequiredService<ResiliencePipelineProvider<string>>().TryGetPipeline(MailSendingOptions.ResiliencePipelineKey, out _).Should().BeTrue();
        telemetry.Measurements.Should().Contain(m => m.Meter == "Polly" && m.Instrument == "resilience.polly.strategy.events"
            && (string?)m.Tags["pipeline.name"] == MailSendingOptions.ResiliencePipelineKey && (string?)m.Tags["event.name"] == "OnRetry");
    }

    [Test]
    public async Task MailKits_own_meters_and_activities_are_switched_on_by_the_module()
    {
        var services = LabSending.CreateServices();

        await services.GetRequiredService<IMailSender>().SendAsync(LabMail.Account(Lab.Alice), Message("MailKit telemetry"));
        await services.DisposeAsync(); // closes the pooled connection, whose duration MailKit records then

        // The module connects sockets itself (its own DNS and timeouts), so MailKit's socket meter stays silent.
        telemetry.Measurements.Select(m => m.Instrument).Should().Contain("mailkit.net.smtp.client.operation.count")
            .And.Contain("mailkit.net.smtp.client.connection.duration");
        telemetry.Measurements.Where(m => m.Instrument == "mailkit.net.smtp.client.operation.count").Select(m => m.Tags["network.operation"])
            .Should().Contain("send");
        telemetry.Activities.Should().Contain(a => a.Source.Name == MailKit.Telemetry.SmtpClient.ActivitySourceName);
    }

    private static OutgoingMessage Message(string subject) => new() { Subject = subject, TextBody = "x", To = { Lab.Bob.Address } };
}
