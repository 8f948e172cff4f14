using System.Globalization;

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
    /// both figures; the kind is below it (see the README, which keeps the figures of each gathering). Floors are the
    /// figures measured now, rounded down.
    /// </summary>
    private const double KindFloor = 0.819; // measured 2175 of 2652

    /// <summary>The floor reached on the test part for transience (issue 10's goal: 0.95).</summary>
    private const double TransientFloor = 0.946; // 2510 of 2652

    /// <summary>
    /// The floor for the kind on the test texts whose kind the second reading also gives: texts two readers label
    /// alike, so that a miss there is the rules', not an ambiguity of the text.
    /// </summary>
    private const double PlainKindFloor = 0.834; // measured 2113 of 2530

    /// <summary>
    /// The test part as it stood at earlier gatherings (rows are appended, so these are its first lines), each with its
    /// floors: its figure is printed beside the whole part's, to compare with the figures measured before.
    /// </summary>
    private static readonly EarlierPart[] EarlierParts =
    [
        new(281, "before the third gathering", KindFloor: 0.932, TransientFloor: 0.967), // 262 and 272 of 281
        new(322, "before the fourth gathering", KindFloor: 0.919, TransientFloor: 0.965), // 296 and 311 of 322
        new(396, "before the fifth gathering", KindFloor: 0.911, TransientFloor: 0.964), // 361 and 382 of 396
        new(485, "after the fifth gathering's first five batches", KindFloor: 0.901, TransientFloor: 0.969), // 437 and 470 of 485
        new(706, "before the seventh gathering", KindFloor: 0.882, TransientFloor: 0.971), // 623 and 686 of 706
        new(775, "before the eighth gathering", KindFloor: 0.869, TransientFloor: 0.966), // 674 and 749 of 775
        new(962, "before the tenth gathering", KindFloor: 0.852, TransientFloor: 0.954), // 820 and 918 of 962
        new(1052, "before the eleventh gathering", KindFloor: 0.850, TransientFloor: 0.954), // 895 and 1004 of 1052
        new(1156, "before the twelfth gathering", KindFloor: 0.834, TransientFloor: 0.952), // 965 and 1101 of 1156
        new(1188, "before the thirteenth gathering", KindFloor: 0.829, TransientFloor: 0.950), // 986 and 1129 of 1188
        new(1230, "before the fourteenth gathering", KindFloor: 0.830, TransientFloor: 0.949), // 1021 and 1168 of 1230
        new(1275, "before the fifteenth gathering", KindFloor: 0.832, TransientFloor: 0.950), // 1062 and 1212 of 1275
        new(1326, "before the sixteenth gathering", KindFloor: 0.835, TransientFloor: 0.951), // 1108 and 1262 of 1326
        new(1370, "before the seventeenth gathering", KindFloor: 0.831, TransientFloor: 0.951), // 1139 and 1303 of 1370
        new(1388, "before the eighteenth gathering", KindFloor: 0.829, TransientFloor: 0.950), // 1151 and 1319 of 1388
        new(1432, "before the nineteenth gathering", KindFloor: 0.828, TransientFloor: 0.950), // 1187 and 1361 of 1432
        new(1491, "before the twentieth gathering", KindFloor: 0.825, TransientFloor: 0.947), // 1231 and 1413 of 1491
        new(1526, "before the twenty-first gathering", KindFloor: 0.822, TransientFloor: 0.943), // 1255 and 1440 of 1526
        new(1537, "before the twenty-second gathering", KindFloor: 0.822, TransientFloor: 0.943), // 1264 and 1450 of 1537
        new(1620, "before the twenty-third gathering", KindFloor: 0.818, TransientFloor: 0.943), // 1326 and 1529 of 1620
        new(1646, "before the twenty-fourth gathering", KindFloor: 0.815, TransientFloor: 0.942), // 1342 and 1552 of 1646
        new(1677, "before the twenty-fifth gathering", KindFloor: 0.813, TransientFloor: 0.942), // 1365 and 1581 of 1677
        new(1727, "before the twenty-sixth gathering", KindFloor: 0.810, TransientFloor: 0.942), // 1399 and 1628 of 1727
        new(1730, "before the twenty-seventh gathering", KindFloor: 0.809, TransientFloor: 0.942), // 1401 and 1631 of 1730
        new(1744, "before the twenty-eighth gathering", KindFloor: 0.809, TransientFloor: 0.942), // 1412 and 1643 of 1744
        new(1788, "before the twenty-ninth gathering", KindFloor: 0.809, TransientFloor: 0.942), // 1447 and 1686 of 1788
        new(1830, "before the thirtieth gathering", KindFloor: 0.804, TransientFloor: 0.940), // 1472 and 1722 of 1830
        new(1885, "before the thirty-first gathering", KindFloor: 0.798, TransientFloor: 0.937), // 1508 and 1768 of 1885
        new(1928, "before the thirty-second gathering", KindFloor: 0.799, TransientFloor: 0.936), // 1542 and 1805 of 1928
        new(1965, "before the thirty-third gathering", KindFloor: 0.799, TransientFloor: 0.936), // 1572 and 1840 of 1965
        new(1995, "before the thirty-fourth gathering", KindFloor: 0.801, TransientFloor: 0.937), // 1598 and 1870 of 1995
        new(2032, "before the thirty-fifth gathering", KindFloor: 0.798, TransientFloor: 0.937), // 1622 and 1904 of 2032
        new(2084, "before the thirty-sixth gathering", KindFloor: 0.798, TransientFloor: 0.938), // 1664 and 1956 of 2084
        new(2128, "before the thirty-seventh gathering", KindFloor: 0.796, TransientFloor: 0.938), // 1695 and 1997 of 2128
        new(2159, "before the thirty-eighth gathering", KindFloor: 0.796, TransientFloor: 0.938), // 1719 and 2026 of 2159
        new(2205, "before the thirty-ninth gathering", KindFloor: 0.795, TransientFloor: 0.937), // 1754 and 2068 of 2205
        new(2242, "before the fortieth gathering", KindFloor: 0.797, TransientFloor: 0.938), // 1788 and 2104 of 2242
        new(2281, "before the forty-first gathering", KindFloor: 0.797, TransientFloor: 0.938), // 1820 and 2141 of 2281
        new(2303, "before the forty-second gathering", KindFloor: 0.797, TransientFloor: 0.939), // 1837 and 2164 of 2303
        new(2362, "before the forty-fourth gathering", KindFloor: 0.796, TransientFloor: 0.938), // 1882 and 2217 of 2362
        new(2428, "before the forty-sixth gathering", KindFloor: 0.794, TransientFloor: 0.936), // 1928 and 2275 of 2428
        new(2507, "before the forty-eighth gathering", KindFloor: 0.791, TransientFloor: 0.936), // 1985 and 2348 of 2507
        new(2573, "before the fiftieth gathering", KindFloor: 0.791, TransientFloor: 0.937), // 2037 and 2412 of 2573
        new(2614, "before the fifty-first gathering", KindFloor: 0.793, TransientFloor: 0.937), // 2074 and 2450 of 2614
        new(2618, "before the fifty-second gathering", KindFloor: 0.792, TransientFloor: 0.936), // 2076 and 2453 of 2618
        new(2627, "before the fifty-third gathering", KindFloor: 0.793, TransientFloor: 0.937), // 2084 and 2462 of 2627
        new(2637, "before the fifty-fourth gathering", KindFloor: 0.794, TransientFloor: 0.937), // 2096 and 2473 of 2637
    ];

    /// <summary>The dev part is what the rules were written against; its figure is shown beside the test part's, with a floor against regressions.</summary>
    private const double DevFloor = 0.923; // measured 4073 (and transience 4320) of 4410

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Test]
    public void The_test_part_is_classified_above_its_floor_in_kind_and_transience()
    {
        var readings = Read("test");
        var score = Measure(readings); // the test part's texts are never printed

        TestContext.Out.WriteLine($"test part: {score}");
        var earlierScores = EarlierParts.Select(part => (Part: part, Score: Measure(readings.Take(part.Rows)))).ToList();
        foreach (var (part, earlier) in earlierScores)
        {
            TestContext.Out.WriteLine($"test part, its first {part.Rows} rows (the part {part.Description}): {earlier}"); // every figure is printed before any is asserted
        }

        // A test text that contains a dev text, or is contained in one, was partly seen by whoever wrote rules from the dev part.
        var devTexts = RealErrorCorpusTests.Read("dev").Select(r => RealErrorCorpusTests.Normalise(r.Text)).ToList();
        var unseen = Measure(readings.Where(r => !Overlaps(RealErrorCorpusTests.Normalise(r.Row.Text), devTexts)));
        TestContext.Out.WriteLine($"test part without the {score.Rows - unseen.Rows} texts that contain a dev text or are contained in one: {unseen}");

        var (readingKinds, readingTransients, agreed) = SecondReading("test");
        TestContext.Out.WriteLine($"test part: a second, blind reading gives the labels' kind to {readingKinds} and their transience to {readingTransients} of {score.Rows} texts");
        var plain = Measure(readings.Where(r => agreed.Contains(r.Row.Id)));
        TestContext.Out.WriteLine($"test part, the texts whose kind both readings give: {plain}");

        score.Rows.Should().BeGreaterThanOrEqualTo(190, "the test part is a third of a corpus of 500+ texts");
        score.KindRate.Should().BeGreaterThanOrEqualTo(KindFloor, score.ToString());
        score.TransientRate.Should().BeGreaterThanOrEqualTo(TransientFloor, score.ToString());
        plain.KindRate.Should().BeGreaterThanOrEqualTo(PlainKindFloor, plain.ToString());
        foreach (var (part, earlier) in earlierScores)
        {
            earlier.KindRate.Should().BeGreaterThanOrEqualTo(part.KindFloor, earlier.ToString());
            earlier.TransientRate.Should().BeGreaterThanOrEqualTo(part.TransientFloor, earlier.ToString());
        }
    }

    [Test]
    public void The_dev_part_is_classified_above_its_floor_in_kind_and_transience()
    {
        var readings = Read("dev");
        var score = Measure(readings);

        TestContext.Out.WriteLine($"dev part: {score}");
        foreach (var miss in readings.Where(r => !(r.KindRight && r.TransientRight)))
        {
            TestContext.Out.WriteLine($"{miss.Row.Id}: {miss.Row.Kind}/{miss.Row.Transient} read as {miss.Problem.Kind}/{miss.Problem.IsTransient}");
        }

        var (readingKinds, readingTransients, agreed) = SecondReading("dev");
        TestContext.Out.WriteLine($"dev part: a second, blind reading gives the labels' kind to {readingKinds} and their transience to {readingTransients} of {score.Rows} texts; the texts whose kind both readings give: {Measure(readings.Where(r => agreed.Contains(r.Row.Id)))}");
        foreach (var (basis, rows, right) in score.ByBasis.OrderByDescending(b => b.Rows))
        {
            TestContext.Out.WriteLine($"  decided by {basis}: {right} of {rows} kinds right"); // a rule written for one text shows here as a signal that decides few texts
        }
        score.KindRate.Should().BeGreaterThanOrEqualTo(DevFloor, score.ToString());
        score.TransientRate.Should().BeGreaterThanOrEqualTo(DevFloor, score.ToString());
    }

    /// <summary>
    /// How often the corpus's second reading (each text labelled again from its protocol, step and text alone, blind to
    /// the labels and the classifier) gives a part's labels, and the ids of the texts whose kind both readings give.
    /// </summary>
    private static (int Kinds, int Transients, HashSet<string> Agreed) SecondReading(string part)
    {
        var readings = RealErrorCorpusTests.ReadSecondReadings().ToDictionary(r => r.Id);
        var rows = RealErrorCorpusTests.Read(part).Select(row => (Row: row, Reading: readings[row.Id])).ToList();
        var agreed = rows.Where(r => r.Reading.Kind == r.Row.Kind).Select(r => r.Row.Id).ToHashSet();
        return (agreed.Count, rows.Count(r => r.Reading.Transient == r.Row.Transient), agreed);
    }

    /// <summary>Whether one text holds the other (texts under 20 characters, such as a bare "EOF", are not counted as held).</summary>
    private static bool Overlaps(string text, List<string> others)
        => others.Exists(other => (text.Length >= 20 && other.Contains(text, StringComparison.Ordinal)) || (other.Length >= 20 && text.Contains(other, StringComparison.Ordinal)));

    /// <summary>
    /// Classifies every text of one part once, as <c>explain --json</c> does, from the text, the protocol and the step
    /// alone (on all cores, in file order); each figure is then counted from these readings.
    /// </summary>
    private static List<Reading> Read(string part)
        => [.. RealErrorCorpusTests.Read(part).AsParallel().AsOrdered().Select(row => new Reading(row, MailProblemClassifier.Classify(
            new MailFailure(Enum.Parse<MailProtocol>(row.Protocol), Enum.Parse<MailOperationStage>(row.Step)) { ReplyText = row.Text }, English)))];

    private static Score Measure(IEnumerable<Reading> readings)
    {
        var counted = readings.ToList();
        var byBasis = counted.GroupBy(r => r.Problem.Basis).Select(g => (g.Key, g.Count(), g.Count(r => r.KindRight)));
        return new Score(counted.Count, counted.Count(r => r.KindRight), counted.Count(r => r.TransientRight)) { ByBasis = [.. byBasis] };
    }

    /// <summary>One row of the corpus and the classifier's answer for it.</summary>
    private sealed record Reading(RealErrorCorpusTests.Row Row, MailProblem Problem)
    {
        public bool KindRight => Problem.Kind.ToString() == Row.Kind;

        public bool TransientRight => Problem.IsTransient == Row.Transient;
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

    private sealed record EarlierPart(int Rows, string Description, double KindFloor, double TransientFloor);
}
