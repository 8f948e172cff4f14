using System.Globalization;
using System.Text.Json;

namespace MailKitConfig.Tests.Diagnostics;

/// <summary>
/// How well the classifier reads real error texts it was not written from: the test part of the real-error corpus
/// (<c>Corpus/real-errors.test.jsonl</c>, chosen by a fixed hash of each row's id, never read while writing rules),
/// classified as <c>explain --json</c> does, from the text, the protocol and the step alone.
/// </summary>
public class RealErrorAccuracyTests
{
    /// <summary>
    /// The floor reached on the test part for the kind, asserted so that it cannot fall. Issue 10's goal is 0.95 for
    /// both figures; both are below it (see the README), and the floors are raised as the rules generalise
    /// (measured: 277 of 322, 86.0 %; the part grew by 41 texts of the third gathering, read as 30 of 41).
    /// </summary>
    private const double KindFloor = 0.86;

    /// <summary>The floor reached on the test part for transience (issue 10's goal: 0.95; measured: 303 of 322, 94.1 %).</summary>
    private const double TransientFloor = 0.94;

    /// <summary>The floor on the part's first 281 rows for the kind (measured: 247 of 281, 87.9 %; 245 before the third gathering's rules).</summary>
    private const double EarlierKindFloor = 0.879;

    /// <summary>The floor on the part's first 281 rows for transience (measured: 265 of 281, 94.3 %, as before).</summary>
    private const double EarlierTransientFloor = 0.94;

    /// <summary>
    /// The test part's rows before the third gathering (rows are appended, so these are its first lines): their figure is
    /// printed beside the whole part's, to compare with the figures measured before.
    /// </summary>
    private const int EarlierTestRows = 281;

    /// <summary>The dev part is what the rules were written against; its figure is shown beside the test part's, with a floor against regressions.</summary>
    private const double DevFloor = 0.95;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Test]
    public void The_test_part_is_classified_above_its_floor_in_kind_and_transience()
    {
        var score = Measure("test", listMisses: false); // the test part's texts are never printed
        var earlier = Measure("test", listMisses: false, firstRows: EarlierTestRows);

        TestContext.Out.WriteLine($"test part: {score}");
        TestContext.Out.WriteLine($"test part, its first {EarlierTestRows} rows (the part before the third gathering): {earlier}");
        score.Rows.Should().BeGreaterThanOrEqualTo(190, "the test part is a third of a corpus of 500+ texts");
        score.KindRate.Should().BeGreaterThanOrEqualTo(KindFloor, score.ToString());
        score.TransientRate.Should().BeGreaterThanOrEqualTo(TransientFloor, score.ToString());
        earlier.KindRate.Should().BeGreaterThanOrEqualTo(EarlierKindFloor, earlier.ToString());
        earlier.TransientRate.Should().BeGreaterThanOrEqualTo(EarlierTransientFloor, earlier.ToString());
    }

    [Test]
    public void The_dev_part_is_classified_at_least_95_percent_right_in_kind_and_transience()
    {
        var score = Measure("dev", listMisses: true);

        TestContext.Out.WriteLine($"dev part: {score}");
        score.KindRate.Should().BeGreaterThanOrEqualTo(DevFloor, score.ToString());
        score.TransientRate.Should().BeGreaterThanOrEqualTo(DevFloor, score.ToString());
    }

    private static Score Measure(string part, bool listMisses, int firstRows = int.MaxValue)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Corpus", $"real-errors.{part}.jsonl");
        int rows = 0, kinds = 0, transients = 0;
        foreach (var line in File.ReadLines(path).Take(firstRows))
        {
            var row = JsonSerializer.Deserialize<Row>(line, Json)!;
            var problem = MailProblemClassifier.Classify(new MailFailure(Enum.Parse<MailProtocol>(row.Protocol), Enum.Parse<MailOperationStage>(row.Step)) { ReplyText = row.Text }, English);
            rows++;
            var kindRight = problem.Kind.ToString() == row.Kind;
            var transientRight = problem.IsTransient == row.Transient;
            kinds += kindRight ? 1 : 0;
            transients += transientRight ? 1 : 0;
            if (listMisses && !(kindRight && transientRight))
            {
                TestContext.Out.WriteLine($"{row.Id}: {row.Kind}/{row.Transient} read as {problem.Kind}/{problem.IsTransient}");
            }
        }

        return new Score(rows, kinds, transients);
    }

    private sealed record Score(int Rows, int RightKinds, int RightTransients)
    {
        public double KindRate => Rows == 0 ? 0 : (double)RightKinds / Rows;

        public double TransientRate => Rows == 0 ? 0 : (double)RightTransients / Rows;

        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"{Rows} texts, kind {RightKinds} ({KindRate:P1}), transient {RightTransients} ({TransientRate:P1})");
    }

    private sealed record Row(string Id, string Text, string Protocol, string Step, string Kind, bool Transient);
}
