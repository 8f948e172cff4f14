using System.Globalization;

namespace MailKitConfig.Sample;

/// <summary>The sample's own words in English or Russian, chosen by the current UI culture (the library localizes its problems and hints itself).</summary>
internal static class Say
{
    /// <summary>Gets whether the current UI culture is Russian.</summary>
    public static bool Russian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    /// <summary>Returns the text in the current UI language.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="russian">The Russian text.</param>
    /// <returns>One of them.</returns>
    public static string Text(string english, string russian) => Russian ? russian : english;

    /// <summary>Formats with the current culture (numbers and dates as the user writes them).</summary>
    /// <param name="text">The formattable text.</param>
    /// <returns>The text.</returns>
    public static string Format(FormattableString text) => text.ToString(CultureInfo.CurrentCulture);
}
