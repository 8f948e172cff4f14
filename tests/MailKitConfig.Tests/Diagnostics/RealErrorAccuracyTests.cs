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
    /// both figures; the kind is below it (see the README), and the floors are raised as the rules generalise
    /// (measured: 650 of 775, 83.9 %, after the seventh gathering added 69 IMAP and POP3 texts the rules had not met;
    /// 602 of 706 before it; the part as it was at earlier gatherings keeps its own floors below).
    /// </summary>
    private const double KindFloor = 0.838;

    /// <summary>The floor reached on the test part for transience (issue 10's goal: 0.95; measured: 734 of 775, 94.7 %; 672 of 706 before the seventh gathering).</summary>
    private const double TransientFloor = 0.947;

    /// <summary>
    /// The test part as it stood at earlier gatherings (rows are appended, so these are its first lines), each with its
    /// floors: its figure is printed beside the whole part's, to compare with the figures measured before.
    /// </summary>
    private static readonly EarlierPart[] EarlierParts =
    [
        new(281, "before the third gathering", KindFloor: 0.889, TransientFloor: 0.95), // measured 250 and 267 of 281 (245 and 265 before the third gathering's rules)
        new(322, "before the fourth gathering", KindFloor: 0.872, TransientFloor: 0.947), // measured 281 and 305 of 322 (277 and 303 before the fourth gathering's rules)
        new(396, "before the fifth gathering", KindFloor: 0.876, TransientFloor: 0.952), // measured 347 and 378 of 396, before the fifth gathering's rules and after; 348 and 377 after the sixth's
        new(485, "after the fifth gathering's first five batches", KindFloor: 0.857, TransientFloor: 0.95), // measured 416 and 462 of 485 (the whole part then), 418 and 461 after the sixth gathering's rules; later batches are appended after these rows
        new(706, "before the seventh gathering", KindFloor: 0.852, TransientFloor: 0.951), // measured 602 and 672 of 706
    ];

    /// <summary>The dev part is what the rules were written against; its figure is shown beside the test part's, with a floor against regressions.</summary>
    private const double DevFloor = 0.945; // 1205 of 1274 when the seventh gathering's 90 dev texts arrived, before rules for them

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Test]
    public void The_test_part_is_classified_above_its_floor_in_kind_and_transience()
    {
        var score = Measure("test", listMisses: false); // the test part's texts are never printed

        TestContext.Out.WriteLine($"test part: {score}");
        var earlierScores = EarlierParts.Select(part => (Part: part, Score: Measure("test", listMisses: false, firstRows: part.Rows))).ToList();
        foreach (var (part, earlier) in earlierScores)
        {
            TestContext.Out.WriteLine($"test part, its first {part.Rows} rows (the part {part.Description}): {earlier}"); // every figure is printed before any is asserted
        }

        score.Rows.Should().BeGreaterThanOrEqualTo(190, "the test part is a third of a corpus of 500+ texts");
        score.KindRate.Should().BeGreaterThanOrEqualTo(KindFloor, score.ToString());
        score.TransientRate.Should().BeGreaterThanOrEqualTo(TransientFloor, score.ToString());
        foreach (var (part, earlier) in earlierScores)
        {
            earlier.KindRate.Should().BeGreaterThanOrEqualTo(part.KindFloor, earlier.ToString());
            earlier.TransientRate.Should().BeGreaterThanOrEqualTo(part.TransientFloor, earlier.ToString());
        }
    }

    [Test]
    public void The_dev_part_is_classified_at_least_95_percent_right_in_kind_and_transience()
    {
        var score = Measure("dev", listMisses: true);

        TestContext.Out.WriteLine($"dev part: {score}");
        foreach (var (basis, rows, right) in score.ByBasis.OrderByDescending(b => b.Rows))
        {
            TestContext.Out.WriteLine($"  decided by {basis}: {right} of {rows} kinds right"); // a rule written for one text shows here as a signal that decides few texts
        }
        score.KindRate.Should().BeGreaterThanOrEqualTo(DevFloor, score.ToString());
        score.TransientRate.Should().BeGreaterThanOrEqualTo(DevFloor, score.ToString());
    }

    private static Score Measure(string part, bool listMisses, int firstRows = int.MaxValue)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Corpus", $"real-errors.{part}.jsonl");
        int rows = 0, kinds = 0, transients = 0;
        var byBasis = new Dictionary<ClassificationBasis, (int Rows, int Right)>();
        foreach (var line in File.ReadLines(path).Take(firstRows))
        {
            var row = JsonSerializer.Deserialize<Row>(line, Json)!;
            var problem = MailProblemClassifier.Classify(new MailFailure(Enum.Parse<MailProtocol>(row.Protocol), Enum.Parse<MailOperationStage>(row.Step)) { ReplyText = row.Text }, English);
            rows++;
            var kindRight = problem.Kind.ToString() == row.Kind;
            var transientRight = problem.IsTransient == row.Transient;
            kinds += kindRight ? 1 : 0;
            var (basisRows, basisRight) = byBasis.GetValueOrDefault(problem.Basis);
            byBasis[problem.Basis] = (basisRows + 1, basisRight + (kindRight ? 1 : 0));
            transients += transientRight ? 1 : 0;
            if (listMisses && !(kindRight && transientRight))
            {
                TestContext.Out.WriteLine($"{row.Id}: {row.Kind}/{row.Transient} read as {problem.Kind}/{problem.IsTransient}");
            }
        }

        return new Score(rows, kinds, transients) { ByBasis = [.. byBasis.Select(b => (b.Key, b.Value.Rows, b.Value.Right))] };
    }

    private sealed record Score(int Rows, int RightKinds, int RightTransients)
    {
        /// <summary>Gets, for each signal that decided kinds, how many texts it decided and how many of them right.</summary>
        public IReadOnlyList<(ClassificationBasis Basis, int Rows, int Right)> ByBasis { get; init; } = [];

        public double KindRate => Rows == 0 ? 0 : (double)RightKinds / Rows;

        public double TransientRate => Rows == 0 ? 0 : (double)RightTransients / Rows;

        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"{Rows} texts, kind {RightKinds} ({KindRate:P1}), transient {RightTransients} ({TransientRate:P1})");
    }

    private sealed record Row(string Id, string Text, string Protocol, string Step, string Kind, bool Transient);

    private sealed record EarlierPart(int Rows, string Description, double KindFloor, double TransientFloor);
}
