using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace MailKitConfig.Tests.Sample;

/// <summary>The sample's own words come from its resources, in English and Russian, with the same keys and placeholders.</summary>
public partial class SampleTextsTests
{
    [Test]
    public void Every_sample_text_has_a_russian_translation_with_the_same_placeholders()
    {
        var sample = Assembly.LoadFrom(typeof(SampleTextsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MailKitConfig.Sample").Value!);
        var resources = new ResourceManager("MailKitConfig.Sample.SampleTexts", sample);

        var english = Texts(resources, CultureInfo.InvariantCulture);
        var russian = Texts(resources, CultureInfo.GetCultureInfo("ru"));

        english.Should().HaveCountGreaterThan(100).And.OnlyContain(p => p.Key.StartsWith("Sample.", StringComparison.Ordinal), "the sample's keys keep clear of the library's");
        russian.Keys.Should().BeEquivalentTo(english.Keys);
        foreach (var (key, text) in english)
        {
            Placeholders(russian[key]).Should().BeEquivalentTo(Placeholders(text), key);
        }
    }

    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture)
        => resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct();

    [GeneratedRegex(@"\{([0-9]+)")]
    private static partial Regex Placeholder();
}
