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
    /// both figures; the kind is below it (see the README), and the floors are raised as the rules generalise
    /// (measured: 650 of 775, 83.9 %, after the seventh gathering added 69 IMAP and POP3 texts the rules had not met;
    /// 654 of 775, 84.4 %, after rules by structure and from the seventh gathering's dev rows (its 69 test rows: 48 right
    /// before and after); 602 of 706 before it; 667 of 775, 86.1 %, after the rules by structure for the families the
    /// part confused (measured 30 November 2026 at 19:41, 20:16 and 20:43 UTC: 654, 667, 667); the part as it was at
    /// earlier gatherings keeps its own floors below).
    /// </summary>
    private const double KindFloor = 0.801; // 1467 of 1830, 80.2 %, with the twenty-eighth and twenty-ninth gatherings (35 of the 28th's 44 and 25 of the 29th's 42 test texts right by the rules at the start of their session, by the rules in other words written before they arrived, and after the rules from their dev texts); 1407 of 1744 before them after the rules in other words; 1406 of 1744, 80.6 %, with the twenty-seventh gathering (11 of its 14 test texts right by the rules at the start of its session, by the rules in other words written before it arrived, and after the rule written from its dev texts); 1395 of 1730, 80.6 %, with the twenty-sixth gathering (1 of its 3 test texts right); 1394 of 1727, 80.7 %, with the twenty-fifth gathering (Microsoft's old Knowledge Base, mostly) and the rules written from its dev texts; 1359 of 1677, 81.0 %, after an idle logout became a timeout (the dev part's readers label it so) and Postfix's "Client host rejected: Access denied" went back to a demand to log in (the lab's real Postfix answers so to a client that did not); 1362 of 1677, 81.2 %, after the twenty-fourth gathering (31 test texts from applications' trackers and hosts' and universities' help pages: 23 read right by the rules at the start of its session, by all that session wrote before it arrived, and after the rules written from its dev texts); 1339 of 1646, 81.3 %, after rules by structure from dev texts the second reading also labels alike (certificates judged in mail clients' dialogs in more languages, typographic apostrophes, a count over a period, a recipient refused for a quota, Postfix's client host restriction, relaying without authentication, encryption required in more words); 1335 of 1646, 81.1 %, unchanged after the second reading changed 44 test labels (33 kinds, 21 transience values; transience 1550 -> 1553); 1335 of 1646, 81.1 %, after the twenty-third gathering (26 test texts, Thunderbird users' questions like most of the twenty-second's: 16 read right by the rules at the start of its session and by all that session wrote before it arrived; no rule written from it); 1319 of 1620, 81.4 %, after the twenty-first and twenty-second gatherings (11 and 83 test texts; the 21st mostly applications' trackers and help pages, the 22nd mostly Thunderbird users' questions in many languages: 9 and 61 read right by the rules at the start of their session, by all that session wrote before they arrived, and after the rules written from their dev texts); 1249 of 1526, 81.8 %, after the twentieth gathering (35 test texts, mostly mail servers' and self-hosted applications' trackers: 23 read right by the rules at the start of its session, 24 by all that session wrote before it arrived, 24 after the rules written from its dev texts; the 1491 rows before it 1223 -> 1225); 1223 of 1491, 82.0 %, after the nineteenth gathering (59 test texts, mostly self-hosted applications' and mail servers' trackers: 42 read right by the rules at the start of its session, 43 after the rules written from its dev texts; the 1432 rows before it 1179 -> 1180); 1179 of 1432, 82.3 %, after the eighteenth gathering (44 test texts, mostly newer self-hosted applications' trackers: 32 read right by the rules at the start of its session and by all that session wrote before it, 35 after the rules written from its dev texts); 1141 of 1388, 82.2 %, after five rules by structure from the seventeenth gathering's dev texts ("can not" spelt apart, a secure connection that could not be opened, X.7.1 at AUTH, a relay attempt refused, a protocol deviation); 1137 of 1388, 81.9 %, after the seventeenth gathering (18 test texts, IMAP clients and web applications: 11 read right by the rules at the start of its session and at its end alike; no rule written from it); 1126 of 1370, 82.2 %, after the sixteenth gathering (44 test texts, mostly devices' and business programs' documented error tables: 31 read right by the rules at the start of its session and after the rules written from its dev texts alike); 1095 of 1326, 82.6 %, after the fifteenth gathering (51 test texts: 42 read right by the rules at the start of its session and by all that session wrote before it, 42 now); 1052 of 1275, 82.5 %, after the thirteenth and fourteenth gatherings (87 test texts: 74 read right by the rules at the start of their session, before any rule was written from them; 76 after) and the rules written from their dev texts and from libraries' canonical messages; 970 of 1188, 81.6 %, after the twelfth gathering (32 test texts, 19 of them read right by the rules at the start of its session and by those at its end alike, before any rule was written from it); 951 of 1156, 82.3 %, after the eleventh gathering (104 test texts, 66 of them read right by the rules of the time, before any rule was written from the gathering; 68 after the rules written from its dev texts); 883 of 1052, 83.9 %, after the tenth gathering (90 test texts, 72 of them read right by the rules of the time, before any rule was written from the gathering) and the rules written from its dev texts; 807 of 962 after the rules written from the eighth and ninth gatherings' dev texts; 805 of 962 when they arrived (488 texts, 187 of them test texts, no rule written from them); 724 of 857 midway

    /// <summary>The floor reached on the test part for transience (issue 10's goal: 0.95; measured: 742 of 775, 95.7 %, after the rules by structure for the confused families; 737 before them; 734 before the seventh gathering's rules; 672 of 706 before the seventh gathering).</summary>
    private const double TransientFloor = 0.941; // 1723 of 1830, 94.2 %, with the twenty-eighth and twenty-ninth gatherings (43 of 44 and 36 of 42 test texts, before their rules and after); 1643 of 1744, 94.2 %, with the twenty-seventh gathering (12 of its 14 test texts); 1631 of 1730, 94.3 %, with the twenty-sixth; 1628 of 1727, 94.3 %, with the twenty-fifth gathering and its rules; 1582 of 1677, 94.3 %, after the twenty-fourth gathering (29 of its 31 test texts); 1553 of 1646 after the second reading; 1550 of 1646, 94.2 %, after the twenty-third gathering (23 of its 26 test texts); 1527 of 1620, 94.3 %, after the twenty-first and twenty-second gatherings (10 of their 11 and 79 of their 83 test texts, before their rules and after); 1437 of 1526, 94.2 %, after the twentieth gathering (27 of its 35 test texts, before its rules and after); 1410 of 1491, 94.6 %, after the nineteenth gathering (54 of its 59 test texts before its rules and after; the 1432 rows before it 1355 -> 1356); 1355 of 1432, 94.6 %, after the eighteenth gathering (42 of its 44 test texts before its rules and after); 1314 of 1388, 94.7 %, after the seventeenth gathering (16 of its 18 test texts); 1298 of 1370, 94.7 %, after the sixteenth gathering (41 of its 44 test texts before and after its rules); 1256 of 1326, 94.7 %, after the fifteenth gathering (48 of its 51 test texts); 1208 of 1275, 94.7 %, after the thirteenth and fourteenth gatherings (84 of their 87 test texts before and after their rules); 1122 of 1188, 94.4 %, after the twelfth gathering (27 of its 32 test texts); 1095 of 1156, 94.7 %, after the eleventh gathering (92 of its 104 test texts before its rules, 94 after) and its rules; 1000 of 1052, 95.1 %, after the tenth gathering and its rules; 910 of 962 after the rules written from the eighth and ninth gatherings' dev texts; 909 when they arrived; 814 of 857 midway

    /// <summary>
    /// The floor for the kind on the test texts whose kind the second reading also gives: texts two readers label
    /// alike, so that a miss there is the rules', not an ambiguity of the text.
    /// </summary>
    private const double PlainKindFloor = 0.820; // 1412 of 1720, 82.1 %, with the twenty-eighth and twenty-ninth gatherings, read a second time on arrival; 1351 of 1635, 82.6 %, with the twenty-seventh gathering; 1341 of 1622, 82.7 %, with the twenty-sixth gathering (9 texts, no rule written from it); 1340 of 1619, 82.8 %, with the twenty-fifth gathering and its rules; 1310 of 1581, 82.9 %, with the twenty-fourth gathering and the rules after it; 1291 of 1554, 83.1 %, after the rules by structure that followed it; 1287 of 1554, 82.8 %, when the second reading was made (December 2026): two readers' agreement on a text barely lifts the rules' figure (81.1 % on the whole part)

    /// <summary>
    /// The test part as it stood at earlier gatherings (rows are appended, so these are its first lines), each with its
    /// floors: its figure is printed beside the whole part's, to compare with the figures measured before.
    /// </summary>
    private static readonly EarlierPart[] EarlierParts =
    [
        new(281, "before the third gathering", KindFloor: 0.921, TransientFloor: 0.957), // measured 250 and 267 of 281 (245 and 265 before the third gathering's rules); 252 and 266 after the rules by structure (transience by meaning under 4xx); 259 and 269 after those for the confused families
        new(322, "before the fourth gathering", KindFloor: 0.906, TransientFloor: 0.953), // measured 281 and 305 of 322 (277 and 303 before the fourth gathering's rules); 283 and 304 after the rules by structure; 292 and 307 after those for the confused families
        new(396, "before the fifth gathering", KindFloor: 0.904, TransientFloor: 0.957), // measured 347 and 378 of 396, before the fifth gathering's rules and after; 348 and 377 after the sixth's; 348 and 376 after the rules by structure; 358 and 379 after those for the confused families
        new(485, "after the fifth gathering's first five batches", KindFloor: 0.894, TransientFloor: 0.958), // measured 416 and 462 of 485 (the whole part then), 418 and 461 after the sixth gathering's rules, 420 and 460 after the rules by structure, 421 and 460 after the seventh gathering's, 434 and 465 after those for the confused families; later batches are appended after these rows
        new(706, "before the seventh gathering", KindFloor: 0.878, TransientFloor: 0.964), // measured 602 and 672 of 706; 605 and 675 after the rules by structure, 606 and 675 after the seventh gathering's, 620 and 681 after those for the confused families
        new(775, "before the eighth gathering", KindFloor: 0.863, TransientFloor: 0.958), // measured 667 and 742 of 775; 669 and 743 after the rules written from the eighth and ninth gatherings' dev texts
        new(962, "before the tenth gathering", KindFloor: 0.841, TransientFloor: 0.949), // measured 805 and 909 of 962 when the eighth and ninth gatherings arrived, 807 and 910 after their rules, 810 and 913 after the tenth gathering's
        new(1052, "before the eleventh gathering", KindFloor: 0.839, TransientFloor: 0.951), // measured 883 and 1000 of 1052 after the tenth gathering's rules, 883 and 1001 after this session's rules by structure and the eleventh gathering's
        new(1156, "before the twelfth gathering", KindFloor: 0.822, TransientFloor: 0.947), // measured 951 and 1095 of 1156 after the eleventh gathering's rules
        new(1188, "before the thirteenth gathering", KindFloor: 0.821, TransientFloor: 0.946), // measured 970 and 1122 of 1188 after the twelfth gathering's rules, 976 and 1124 after the thirteenth and fourteenth gatherings' and the canonical messages'
        new(1230, "before the fourteenth gathering", KindFloor: 0.822, TransientFloor: 0.946), // measured 1011 and 1164 of 1230 (the thirteenth gathering's 42 test texts: 35 and 40 right before any rule was written from it, and after); 1012 after the fourteenth gathering's rules
        new(1275, "before the fifteenth gathering", KindFloor: 0.825, TransientFloor: 0.947), // measured 1052 and 1208 of 1275 after the fourteenth gathering's rules, 1053 after the canonical messages'
        new(1326, "before the sixteenth gathering", KindFloor: 0.825, TransientFloor: 0.947), // measured 1095 and 1256 of 1326 after the fifteenth gathering's rules, and after the sixteenth's
        new(1370, "before the seventeenth gathering", KindFloor: 0.821, TransientFloor: 0.946), // measured 1126 and 1298 of 1370 after the sixteenth gathering's rules; 1132 and 1297 after the rules from the eighteenth gathering's dev texts (one text among the first 962 lost its transience to them and three more read the right kind; not looked for)
        new(1388, "before the eighteenth gathering", KindFloor: 0.824, TransientFloor: 0.945), // measured 1137 and 1314 of 1388 after the seventeenth gathering, 1141 and 1314 after five rules from its dev texts, 1144 and 1313 after the rules from the eighteenth gathering's dev texts, 1145 and 1314 after the nineteenth's, 1146 and 1314 after the twentieth's
        new(1432, "before the nineteenth gathering", KindFloor: 0.824, TransientFloor: 0.946), // measured 1179 and 1355 of 1432 after the eighteenth gathering's rules, 1180 and 1356 after the rules from the nineteenth gathering's dev texts, 1182 and 1356 after the twentieth's
        new(1491, "before the twentieth gathering", KindFloor: 0.821, TransientFloor: 0.945), // measured 1223 and 1410 of 1491 after the nineteenth gathering's rules, 1225 and 1410 after the twentieth's
        new(1526, "before the twenty-first gathering", KindFloor: 0.818, TransientFloor: 0.942), // measured 1249 and 1437 of 1526 after the twentieth gathering's rules, 1250 after the rules from the libraries' own messages, 1249 after the twenty-first's, 1249 and 1438 after the twenty-second's
        new(1537, "before the twenty-second gathering", KindFloor: 0.818, TransientFloor: 0.942), // measured 1258 and 1447 of 1537 after the twenty-first gathering's rules (its 11 test texts: 9 right before any rule was written from it, and after), 1258 and 1448 after the twenty-second's
        new(1620, "before the twenty-third gathering", KindFloor: 0.814, TransientFloor: 0.942), // measured 1319 and 1527 of 1620 after the twenty-second gathering's rules, and after Thunderbird's advice at MAIL FROM
        new(1646, "before the twenty-fourth gathering", KindFloor: 0.811, TransientFloor: 0.942), // measured 1337 and 1552 of 1646 after the rules from the twenty-fifth gathering's dev texts and in fifteen languages; measured 1339 and 1553 of 1646 after the rules that followed the second reading, and after the twenty-fourth gathering's; 1336 after the idle logout and the client host restriction
        new(1677, "before the twenty-fifth gathering", KindFloor: 0.810, TransientFloor: 0.942), // measured 1360 and 1582 of 1677 when the twenty-fifth gathering arrived (after the rules in fifteen languages), 1360 and 1581 after the rules from its dev texts
        new(1727, "before the twenty-sixth gathering", KindFloor: 0.807, TransientFloor: 0.942), // measured 1394 and 1628 of 1727 after the twenty-fifth gathering's rules, and when the twenty-sixth arrived
        new(1730, "before the twenty-seventh gathering", KindFloor: 0.806, TransientFloor: 0.942), // measured 1395 and 1631 of 1730 with the twenty-sixth gathering, after the rules in other words, and when the twenty-seventh arrived; 1396 and 1632 after the next session's rules in other words and from the twenty-eighth and twenty-ninth gatherings' dev texts
        new(1744, "before the twenty-eighth gathering", KindFloor: 0.806, TransientFloor: 0.942), // measured 1406 and 1643 of 1744 at the start of its session, 1407 and 1644 after the rules in other words and from the twenty-eighth and twenty-ninth gatherings' dev texts
        new(1788, "before the twenty-ninth gathering", KindFloor: 0.806, TransientFloor: 0.943), // measured 1442 and 1687 of 1788 after the rules from the twenty-eighth gathering's dev texts, and after the twenty-ninth's
    ];

    /// <summary>The dev part is what the rules were written against; its figure is shown beside the test part's, with a floor against regressions.</summary>
    private const double DevFloor = 0.931; // 2841 (and transience 2992) of 3050 with the twenty-eighth and twenty-ninth gatherings (their 68 and 59 dev texts: 53 and 48 right by the rules at the start of the session, 62 and 52 after the rules from them); 2727 of 2923 before them after the rules in other words; 2725 of 2923 with the twenty-seventh gathering (its 37 dev texts: 34 right by the rules at the start of the session and by all it wrote before they arrived, 35 after the certificate owner rule); 2690 of 2886 with the twenty-sixth gathering (9 texts, 1 of its 6 dev texts right; no rule written from it); 2689 of 2880 with the twenty-fifth gathering and the rules written from it and in fifteen languages; 2615 of 2806 after an idle logout became a timeout, relaying credentials and "not authorised to send from this address" (and the client host restriction went back: two texts); 2611 of 2806 with the twenty-fourth gathering's 60 dev texts (45 right by the rules at the start of the session and by all it wrote before they arrived, 49 after the rules written from them); 2561 of 2746 after the rules by structure from dev texts the second reading also labels alike; 2546 of 2746 after the second reading changed 61 dev labels (51 kinds, 19 transience values; the rules had been written to the labels as they were); 2562 of 2746 with the twenty-third gathering's 38 dev texts (30 right by the rules at the start of the session and by all it wrote before they arrived; no rule written from them); 2532 of 2708 after Thunderbird's advice at MAIL FROM and an IP the server names as blocked; 2528 of 2708 after the twenty-first and twenty-second gatherings and the rules from their dev texts (the 21st's 31: 28 right by the rules at the start of the session and before they arrived, 31 after; the 22nd's 146: 101, 102 and 126); 2370 of 2531 after the twentieth gathering and the rules from its dev texts (its 41: 29 right by the rules at the start of its session, 31 by all that session wrote before it arrived, 36 after); 2333 of 2490 after the nineteenth gathering and the rules from its dev texts (its 121: 94 right by the rules at the start of its session, 113 after; the 2369 rows before it 2216 -> 2220); 2216 of 2369 after a message too large in nine more languages and a client that spoke another protocol or before the greeting; 2212 of 2369 after a full mailbox in eight more languages and a forbidden attachment type as a verdict on the message; 2210 of 2369 after the eighteenth gathering and the rules from its dev texts (its 65: 50 right by the rules at the start of its session and by all that session wrote before it, 60 after); 2145 of 2304 after eight rules by structure from the seventeenth gathering's dev texts (its 27: 24 right; the three IMAP state and message-reference rules also read a tenth-gathering text); 2138 of 2304 after the seventeenth gathering (its 27 dev texts: 17 right, no rule written from them); 2121 of 2277 after the sixteenth gathering (its 73 dev texts: 49 right before any rule was written from them, 62 after); 2056 of 2204 after the fifteenth gathering (its 75 dev texts: 57 right by the rules at the start of its session, 56 by all that session wrote before it, 57 now); 1999 of 2129 after the thirteenth and fourteenth gatherings (their 153 dev texts: 118 right before any rule was written from them); 1861 of 1976 after the twelfth gathering (its 48 dev texts: 33 right before any rule was written from them, 34 after); 1827 of 1928 after the rules written from the eleventh gathering's 177 dev texts (126 right before any rule was written from them; the 1751 rows before it 1674); 1670 of 1751 after the rules written from the tenth gathering's 176 dev texts (147 right before any rule was written from them); 1509 of 1575 after the rules written from the eighth and ninth gatherings' dev texts (structure: catch-all connect failures in several programs' and languages' words, Swift Mailer's empty reply, settings against the port, NetEase's published codes, RFC 3463's X.7.5); 1472 of 1575 when the eighth and ninth gatherings' 301 dev texts arrived, before any rule was written from them (issue 10 asks 95 % of the test part; the dev part is held at its measured figure); earlier: 1205 of 1274 when the seventh gathering's 90 dev texts arrived (main's rules), 1216 with this session's earlier rules (the 90 new texts: 66 right before any rule was written from them), 1238 after, 1240 after the rules by structure for the confused families

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

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

        // A test text that contains a dev text, or is contained in one, was partly seen by whoever wrote rules from the dev part.
        var devTexts = RealErrorCorpusTests.Read("dev").Select(r => RealErrorCorpusTests.Normalise(r.Text)).ToList();
        var unseen = Measure("test", listMisses: false, include: row => !Overlaps(RealErrorCorpusTests.Normalise(row.Text), devTexts));
        TestContext.Out.WriteLine($"test part without the {score.Rows - unseen.Rows} texts that contain a dev text or are contained in one: {unseen}");

        var (readingKinds, readingTransients, agreed) = SecondReading("test");
        TestContext.Out.WriteLine($"test part: a second, blind reading gives the labels' kind to {readingKinds} and their transience to {readingTransients} of {score.Rows} texts");
        var plain = Measure("test", listMisses: false, include: row => agreed.Contains(row.Id));
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
        var score = Measure("dev", listMisses: true);

        TestContext.Out.WriteLine($"dev part: {score}");
        var (readingKinds, readingTransients, agreed) = SecondReading("dev");
        TestContext.Out.WriteLine($"dev part: a second, blind reading gives the labels' kind to {readingKinds} and their transience to {readingTransients} of {score.Rows} texts; the texts whose kind both readings give: {Measure("dev", listMisses: false, include: row => agreed.Contains(row.Id))}");
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

    private static Score Measure(string part, bool listMisses, int firstRows = int.MaxValue, Func<RealErrorCorpusTests.Row, bool>? include = null)
    {
        int rows = 0, kinds = 0, transients = 0;
        var byBasis = new Dictionary<ClassificationBasis, (int Rows, int Right)>();
        foreach (var row in RealErrorCorpusTests.Read(part).Take(firstRows).Where(include ?? (_ => true)))
        {
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

    private sealed record EarlierPart(int Rows, string Description, double KindFloor, double TransientFloor);
}
