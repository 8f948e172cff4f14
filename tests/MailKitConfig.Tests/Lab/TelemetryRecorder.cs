using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MailKitConfig.Tests.Lab;

/// <summary>One measurement a <see cref="TelemetryRecorder"/> saw.</summary>
/// <param name="Meter">The meter's name.</param>
/// <param name="Instrument">The instrument's name.</param>
/// <param name="Value">The value.</param>
/// <param name="Tags">The tags.</param>
internal sealed record RecordedMeasurement(string Meter, string Instrument, double Value, Dictionary<string, object?> Tags);

/// <summary>Records the measurements and finished activities of chosen meters and activity sources while a test runs; dispose it to stop.</summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly ConcurrentQueue<RecordedMeasurement> measurements = new();
    private readonly ConcurrentQueue<Activity> activities = new();
    private readonly MeterListener meters;
    private readonly ActivityListener spans;

    /// <summary>Initializes a new instance of the <see cref="TelemetryRecorder"/> class and starts listening.</summary>
    /// <param name="meter">Which meters to record, by name.</param>
    /// <param name="source">Which activity sources to record, by name.</param>
    public TelemetryRecorder(Func<string, bool> meter, Func<string, bool> source)
    {
        meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (meter(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        meters.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        meters.Start();
        spans = new ActivityListener
        {
            ShouldListenTo = s => source(s.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(spans);
    }

    /// <summary>Gets the measurements so far.</summary>
    public IReadOnlyCollection<RecordedMeasurement> Measurements => measurements;

    /// <summary>Gets the activities finished so far.</summary>
    public IReadOnlyCollection<Activity> Activities => activities;

    /// <summary>Gets the measurements of one instrument.</summary>
    /// <param name="instrument">The instrument's name.</param>
    /// <returns>Its measurements.</returns>
    public List<RecordedMeasurement> Values(string instrument) => measurements.Where(m => m.Instrument == instrument).ToList();

    /// <summary>Gets every tag value of the measurements and activities, as text.</summary>
    /// <returns>The values.</returns>
    public IEnumerable<string> AllTagValues()
        => measurements.SelectMany(m => m.Tags.Values).Concat(activities.SelectMany(a => a.TagObjects.Select(t => t.Value))).Select(v => v?.ToString() ?? string.Empty);

    /// <inheritdoc />
    public void Dispose()
    {
        meters.Dispose();
        spans.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        measurements.Enqueue(new RecordedMeasurement(instrument.Meter.Name, instrument.Name, value, copy));
    }
}
