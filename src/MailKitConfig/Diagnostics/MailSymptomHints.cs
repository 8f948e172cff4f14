using System.Globalization;

namespace MailKitConfig;

/// <summary>Explains <see cref="MailSymptom"/>s: the checks for complaints that no server reply explains.</summary>
public static class MailSymptomHints
{
    /// <summary>Gets the title of a symptom.</summary>
    /// <param name="symptom">The symptom.</param>
    /// <param name="culture">The language; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>One sentence.</returns>
    public static string GetTitle(MailSymptom symptom, CultureInfo? culture = null)
        => ProblemCatalog.Text($"Symptom.{symptom}.Title", culture ?? CultureInfo.CurrentUICulture);

    /// <summary>Gets what to check for a symptom.</summary>
    /// <param name="symptom">The symptom.</param>
    /// <param name="culture">The language; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The hints, most likely cause first.</returns>
    public static IReadOnlyList<string> GetHints(MailSymptom symptom, CultureInfo? culture = null)
        => ProblemCatalog.Text($"Symptom.{symptom}.Hints", culture ?? CultureInfo.CurrentUICulture)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
