using System.Globalization;
using System.Resources;
using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>
/// The sample's own words, from its resources (<c>SampleTexts.resx</c>, <c>SampleTexts.ru.resx</c>) added to the
/// library's one text catalogue (<see cref="MailTexts"/>): looked up, translated and reworded like the library's texts,
/// in the current UI culture (<c>--culture</c>).
/// </summary>
internal static class Say
{
    /// <summary>The prefix of the sample's keys in the catalogue.</summary>
    private const string Prefix = "Sample.";

    static Say() => MailTexts.AddResources(new ResourceManager("MailKitConfig.Sample.SampleTexts", typeof(Say).Assembly));

    /// <summary>Returns a text of the sample in the current UI language, its placeholders filled in the current culture (numbers and dates as the user writes them).</summary>
    /// <param name="key">The key without the <c>Sample.</c> prefix, e.g. <c>Send.Sent</c>.</param>
    /// <param name="arguments">The values of the placeholders, if any.</param>
    /// <returns>The text.</returns>
    public static string Text(string key, params object?[] arguments)
    {
        var text = MailTexts.Get(Prefix + key);
        return arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments);
    }
}
