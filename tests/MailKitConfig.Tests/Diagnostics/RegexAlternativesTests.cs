using System.Globalization;
using System.Reflection;
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
    public void A_long_alternative_is_compiled_on_its_thousandth_try_and_a_short_one_never()
    {
        var words = string.Join('|', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var wordy = new RegexAlternatives.Alternative($"(?:{words}) failed", RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);
        var brief = new RegexAlternatives.Alternative("short", RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);
        var answers = new List<bool>();

        for (var i = 1; i < RegexAlternatives.CompiledAfterTries; i++)
        {
            answers.Add(wordy.IsMatch(i % 2 == 0 ? "WORD42 failed" : "word42 passed"));
            brief.IsMatch("short");
        }

        wordy.Regex.Options.Should().Be(RegexOptions.IgnoreCase, "it has been tried 999 times");
        wordy.IsMatch("WORD42 failed").Should().BeTrue();
        wordy.Regex.Options.Should().Be(RegexOptions.IgnoreCase | RegexOptions.Compiled);
        wordy.IsMatch("word42 passed").Should().BeFalse();
        answers.Should().Equal(Enumerable.Range(1, RegexAlternatives.CompiledAfterTries - 1).Select(i => i % 2 == 0));
        brief.IsMatch("short").Should().BeTrue();
        brief.Regex.Options.Should().Be(RegexOptions.IgnoreCase);
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

    [Test]
    public void No_pattern_of_the_library_has_a_lazy_loop_of_a_group_bounded_above_one()
    {
        var patterns = typeof(RegexAlternatives).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0)
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Pattern: ((Regex)m.Invoke(null, null)!).ToString()))
            .ToList();
        var lazyGroupLoop = new Regex(@"(?<!\\)(?:\\\\)*\)\{\d*,(?<most>\d+)\}\?");

        patterns.Should().HaveCountGreaterThan(100);
        patterns.Where(p => lazyGroupLoop.Matches(p.Pattern).Any(m => int.Parse(m.Groups["most"].Value, CultureInfo.InvariantCulture) >= 2))
            .Select(p => p.Name).Should().BeEmpty("compiled and generated code for such a loop breaks (dotnet/runtime#129511)");
        lazyGroupLoop.IsMatch(@"x(?:\S+ ){0,2}?y").Should().BeTrue();
        lazyGroupLoop.IsMatch(@"x\){0,2}?y").Should().BeFalse("an escaped parenthesis is one character");
    }

    [Test]
    public void A_text_that_breaks_a_lazy_loop_in_compiled_code_is_read_by_every_engine()
    {
        const string Text = "TLS szükséges, de nem érthető el"; // Hungarian for "TLS required but not available"
        var rule = TransportTextRules.StartTlsNotOffered();
        var compiled = RegexAlternatives.Split(rule.ToString()).Select(a => new Regex(a, rule.Options | RegexOptions.Compiled));

        rule.IsMatch(Text).Should().BeFalse();
        compiled.Should().NotContain(alternative => alternative.IsMatch(Text), "the compiled code threw on it with a lazy loop");
    }
}
