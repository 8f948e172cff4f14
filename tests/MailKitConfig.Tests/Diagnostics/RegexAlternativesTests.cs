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
    public void Every_rule_pattern_answers_as_its_whole_on_the_dev_texts()
    {
        var texts = RealErrorCorpusTests.Read("dev").Where((_, i) => i % 8 == 0).Select(r => r.Text).ToList();
        var patterns = RulePatterns().ToList();
        var differing = patterns.AsParallel()
            .Where(p => texts.Exists(text => p.Pattern.IsMatch(text) != RegexAlternatives.IsMatch(p.Pattern, text)))
            .Select(p => p.Name).ToList();

        patterns.Should().HaveCountGreaterThan(100);
        patterns.Sum(p => RegexAlternatives.Split(p.Pattern.ToString()).Count).Should().BeGreaterThan(1000, "the rules' patterns are long alternations");
        patterns.Should().OnlyContain(p => string.Join('|', RegexAlternatives.Split(p.Pattern.ToString())) == p.Pattern.ToString(), "the alternatives give the pattern back");
        differing.Should().BeEmpty();
    }

    /// <summary>Every pattern of the diagnostics' rules: the library's static methods and fields that give a regex.</summary>
    private static IEnumerable<(string Name, Regex Pattern)> RulePatterns()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var type in new[] { typeof(ReplyTextRules), typeof(TransportTextRules), typeof(MailProblemClassifier), typeof(ClassifiedReply) })
        {
            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
            {
                yield return ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }

            foreach (var field in type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)))
            {
                yield return ($"{type.Name}.{field.Name}", (Regex)field.GetValue(null)!);
            }
        }
    }
}
