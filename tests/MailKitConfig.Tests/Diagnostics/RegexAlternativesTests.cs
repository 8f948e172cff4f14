using System.Text.RegularExpressions;

namespace MailKitConfig.Tests.Diagnostics;

/// <summary>
/// The rules' patterns tried one top-level alternative at a time (<see cref="RegexAlternatives"/>) answer as the whole
/// pattern does.
/// </summary>
public class RegexAlternativesTests
{
    [TestCase("a|b|c", new[] { "a", "b", "c" })]
    [TestCase(@"(?:a|b)c|d", new[] { "(?:a|b)c", "d" })]
    [TestCase(@"[|(]x|\|y|\(z", new[] { "[|(]x", @"\|y", @"\(z" })]
    [TestCase(@"[]|]x|y", new[] { "[]|]x", "y" })]
    [TestCase(@"[^]|]x|y", new[] { "[^]|]x", "y" })]
    [TestCase(@"[\]|]x|y", new[] { @"[\]|]x", "y" })]
    [TestCase(@"(?-i:A|B)|c", new[] { "(?-i:A|B)", "c" })]
    [TestCase(@"(?<!x|y)a|b", new[] { "(?<!x|y)a", "b" })]
    [TestCase(@"(?i)a|b", new[] { "(?i)a|b" })]
    [TestCase(@"a|(?-i)b", new[] { "a|(?-i)b" })]
    [TestCase("abc", new[] { "abc" })]
    public void A_pattern_is_split_at_its_top_level_bars_only(string pattern, string[] alternatives)
    {
        RegexAlternatives.Split(pattern).Should().Equal(alternatives);
    }

    [Test]
    public void Only_the_long_alternatives_are_compiled()
    {
        var words = string.Join('|', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var pattern = new Regex($"short|(?:{words}) failed", RegexOptions.IgnoreCase);

        var alternatives = RegexAlternatives.AlternativesOf(pattern);

        alternatives.Select(a => a.Options).Should().Equal(RegexOptions.IgnoreCase, RegexOptions.IgnoreCase | RegexOptions.Compiled);
        alternatives[1].IsMatch("WORD42 failed").Should().BeTrue();
    }

    [Test]
    public void Every_rule_pattern_answers_as_its_whole_on_the_dev_texts()
    {
        var rows = RealErrorCorpusTests.Read("dev").ToList();
        rows.AsParallel().ForAll(row => MailProblemClassifier.Classify(new MailFailure(Enum.Parse<MailProtocol>(row.Protocol), Enum.Parse<MailOperationStage>(row.Step)) { ReplyText = row.Text }));
        var texts = rows.Where((_, i) => i % 8 == 0).Select(r => r.Text).ToList();
        var patterns = RegexAlternatives.PatternsTried.ToList(); // every pattern the rules tried on the dev texts
        var differing = patterns.AsParallel()
            .Where(p => texts.Exists(text => p.IsMatch(text) != RegexAlternatives.IsMatch(p, text)))
            .Select(p => p.ToString()[..Math.Min(80, p.ToString().Length)]).ToList();

        patterns.Should().HaveCountGreaterThan(50);
        patterns.Sum(p => RegexAlternatives.Split(p.ToString()).Count).Should().BeGreaterThan(1000, "the rules' patterns are long alternations");
        patterns.Should().OnlyContain(p => string.Join('|', RegexAlternatives.Split(p.ToString())) == p.ToString(), "the alternatives give the pattern back");
        differing.Should().BeEmpty();
    }
}
