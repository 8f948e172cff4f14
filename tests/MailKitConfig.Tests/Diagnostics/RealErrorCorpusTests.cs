using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MailKitConfig.Tests.Diagnostics;

/// <summary>
/// The shape of the real-error corpus (<c>Corpus/real-errors.dev.jsonl</c> and <c>Corpus/real-errors.test.jsonl</c>):
/// error texts that users and programs saw, gathered from public issue threads, forums and provider pages, each with
/// its source, labelled by meaning. These tests check the corpus itself, not the classifier: every row is well-formed,
/// names the library's own enum values, and sits in the part its id's hash chooses, so the test part stays a fixed,
/// unread sample.
/// </summary>
public class RealErrorCorpusTests
{
    /// <summary>A row belongs to the test part when the first byte of SHA-256 of its UTF-8 id is below this (3/8).</summary>
    private const int TestPartBelow = 96;

    private const int MinimumTestRows = 200;
    private const int MinimumEcosystems = 10;

    /// <summary>Kinds that describe a failed settings search rather than a server conversation (added separately).</summary>
    private static readonly string[] DiscoveryKinds = ["SettingsNotFound", "DeadlineExceeded"];

    /// <summary>Kinds the sender decides from what it knows of the transfer (the whole message had gone out), not from any server's words.</summary>
    private static readonly string[] SenderKinds = ["DeliveryUnknown"];

    /// <summary>Kinds of OAuth sign-in (a refused refresh token, a missing app registration): the authorization server's or the host's, not a mail server's words.</summary>
    private static readonly string[] SignInKinds = ["OAuthSignInRequired", "OAuthClientNotRegistered"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyList<Row>> AllRows = new(() => [.. Read("dev"), .. Read("test")]);

    public static IEnumerable<TestCaseData> Rows() =>
        AllRows.Value.Select(r => new TestCaseData(r).SetName($"Row {r.Line.File}:{r.Line.Number:000} ({r.Id}) is well-formed"));

    [TestCaseSource(nameof(Rows))]
    public void Row_is_well_formed(Row row)
    {
        row.Id.Should().MatchRegex("^[a-z0-9][a-z0-9-]*-[0-9]{4,}$", "ids are '<ecosystem>-<number>'");
        row.Text.Should().NotBeNullOrWhiteSpace();
        (row.Text == row.Text.Trim()).Should().BeTrue("texts are trimmed (the message names the row by its id, never by its text, which may be a test text)");
        row.Ecosystem.Should().NotBeNullOrWhiteSpace();
        row.Id.Should().StartWith(row.Ecosystem + "-", "the id names the ecosystem");
        row.Transient.Should().NotBeNull("every row says whether the failure is transient");

        Enum.TryParse<MailProtocol>(row.Protocol, ignoreCase: false, out _).Should().BeTrue($"'{row.Protocol}' is a {nameof(MailProtocol)}");
        Enum.TryParse<MailOperationStage>(row.Step, ignoreCase: false, out _).Should().BeTrue($"'{row.Step}' is a {nameof(MailOperationStage)}");
        Enum.TryParse<MailProblemKind>(row.Kind, ignoreCase: false, out _).Should().BeTrue($"'{row.Kind}' is a {nameof(MailProblemKind)}");

        Uri.TryCreate(row.Source, UriKind.Absolute, out var source).Should().BeTrue("the source is a URL");
        source!.Scheme.Should().BeOneOf(Uri.UriSchemeHttp, Uri.UriSchemeHttps);

        row.Line.File.Should().Be(IsTestPart(row.Id) ? "test" : "dev", "the hash of the id chooses the part");
    }

    [Test]
    public void Ids_are_unique()
    {
        AllRows.Value.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Test]
    public void Texts_are_unique()
    {
        AllRows.Value.GroupBy(r => Normalise(r.Text)).Where(g => g.Count() > 1).Select(g => g.First().Id).Should().BeEmpty();
    }

    [Test]
    public void No_text_repeats_the_corpus_the_rules_were_written_from()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Corpus", "public-replies.jsonl");
        var seen = File.ReadLines(path).Select(l => Normalise(JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)).ToHashSet();

        AllRows.Value.Where(r => seen.Contains(Normalise(r.Text))).Select(r => r.Id).Should().BeEmpty();
    }

    [Test]
    public void The_test_part_is_large_enough()
    {
        var test = AllRows.Value.Count(r => r.Line.File == "test");

        test.Should().BeGreaterThanOrEqualTo(MinimumTestRows);
        (test * 3).Should().BeGreaterThanOrEqualTo(AllRows.Value.Count, "the test part is at least a third of the corpus");
    }

    [Test]
    public void Texts_come_from_many_ecosystems()
    {
        AllRows.Value.Select(r => r.Ecosystem).Distinct().Should().HaveCountGreaterThanOrEqualTo(MinimumEcosystems);
    }

    [Test]
    public void Every_kind_of_a_server_conversation_is_covered()
    {
        var kinds = AllRows.Value.Select(r => r.Kind).ToHashSet();

        Enum.GetNames<MailProblemKind>().Except(DiscoveryKinds).Except(SenderKinds).Except(SignInKinds).Should().BeSubsetOf(kinds);
    }

    [Test]
    public void Every_row_has_one_second_reading()
    {
        var readings = ReadSecondReadings().ToList();

        readings.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("each row is read a second time once");
        var readIds = readings.Select(r => r.Id).ToHashSet();
        var rowIds = AllRows.Value.Select(r => r.Id).ToHashSet();
        rowIds.Except(readIds).Should().BeEmpty("every row has a second reading");
        readIds.Except(rowIds).Should().BeEmpty("only rows of the corpus have a second reading");
        readings.Where(r => !Enum.TryParse<MailProblemKind>(r.Kind, ignoreCase: false, out _)).Select(r => r.Id).Should().BeEmpty("a second reading names a kind");
    }

    [Test]
    public void Every_protocol_is_covered()
    {
        AllRows.Value.Select(r => r.Protocol).Distinct().Should().BeEquivalentTo(Enum.GetNames<MailProtocol>());
    }

    private static bool IsTestPart(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] < TestPartBelow;

    /// <summary>Gets a text with its white space collapsed and its letters in upper case, to compare texts by their words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text.</returns>
    internal static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim().ToUpperInvariant();

    /// <summary>Reads one part of the corpus as copied next to the tests.</summary>
    /// <param name="part"><c>dev</c> or <c>test</c>.</param>
    /// <returns>Its rows, in file order.</returns>
    internal static IEnumerable<Row> Read(string part)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Corpus", $"real-errors.{part}.jsonl");
        var number = 0;
        foreach (var json in File.ReadLines(path))
        {
            number++;
            var row = JsonSerializer.Deserialize<Row>(json, Json) ?? throw new InvalidDataException($"{part}:{number} is not a row");
            yield return row with { Line = new RowLine(part, number) };
        }
    }

    /// <summary>
    /// Reads the second reading of the corpus (<c>Corpus/real-errors.second-reading.jsonl</c>): every row labelled again
    /// by the guide from its protocol, step and text alone, by a reader who saw neither the row's labels nor the
    /// classifier.
    /// </summary>
    /// <returns>The second reading's labels, one per row.</returns>
    internal static IEnumerable<SecondReading> ReadSecondReadings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Corpus", "real-errors.second-reading.jsonl");
        return File.ReadLines(path).Select(json => JsonSerializer.Deserialize<SecondReading>(json, Json) ?? throw new InvalidDataException($"'{json}' is not a second reading"));
    }

    /// <summary>One row's second reading: its kind and transience, and whether the reader was sure.</summary>
    public sealed record SecondReading(string Id, string Kind, bool Transient, bool Sure);

    /// <summary>Where a row sits: its part and line.</summary>
    public sealed record RowLine(string File, int Number);

    /// <summary>One real error text and its labels.</summary>
    public sealed record Row(
        string Id, string Text, string Protocol, string Step, string Kind, bool? Transient, string Ecosystem, string Source)
    {
        /// <summary>Where the row was read from (not part of the JSON).</summary>
        public RowLine Line { get; init; } = new("?", 0);

        /// <inheritdoc/>
        public override string ToString() => Id;
    }
}
