using System.Globalization;
using System.Resources;

namespace MailKitConfig;

/// <summary>The texts shown for problems: titles and hints in English and Russian (<c>Hints.resx</c>, <c>Hints.ru.resx</c>).</summary>
internal static class ProblemCatalog
{
    /// <summary>The most hints shown for one problem; more would bury the likely fix.</summary>
    private const int MaxHints = 6;

    /// <summary>Gets the title of a kind, or of its situation where that has its own.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="culture">The language.</param>
    /// <param name="situation">The situation within the kind (<see cref="HintSituation"/>), if any.</param>
    /// <returns>One sentence.</returns>
    public static string Title(MailProblemKind kind, CultureInfo culture, string? situation = null)
        => (situation is null ? null : MailTexts.Find($"{kind}.{situation}.Title", culture)) ?? Text($"{kind}.Title", culture);

    /// <summary>Gets the hints for a kind: for the situation first, then provider-specific, then protocol-specific, then general.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="protocol">The protocol.</param>
    /// <param name="provider">The provider id, if recognised.</param>
    /// <param name="culture">The language.</param>
    /// <param name="situation">The situation within the kind (<see cref="HintSituation"/>), if any.</param>
    /// <returns>The hints, without duplicates, at most six.</returns>
    public static IReadOnlyList<string> Hints(MailProblemKind kind, MailProtocol protocol, string? provider, CultureInfo culture, string? situation = null)
    {
        var keys = new List<string>(4);
        var kept = HintSituation.Keeps(situation);
        if (situation is not null)
        {
            keys.Add($"{kind}.{situation}.Hints");
        }

        if (provider is not null && kept.HasFlag(KeptHints.Provider))
        {
            keys.Add($"{kind}.{provider}.Hints");
        }

        if (kept.HasFlag(KeptHints.General))
        {
            keys.Add($"{kind}.{protocol}.Hints");
            keys.Add($"{kind}.Hints");
        }

        return keys.Select(key => MailTexts.Find(key, culture))
            .Where(text => text is not null)
            .SelectMany(text => text!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxHints)
            .ToList();
    }

    /// <summary>Gets the short clause naming a kind in the "also possible" list.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="culture">The language.</param>
    /// <returns>A clause such as "the password is wrong".</returns>
    public static string AlsoPossible(MailProblemKind kind, CultureInfo culture) => Text($"{kind}.AlsoPossible", culture);

    /// <summary>Gets a text by key.</summary>
    /// <param name="key">The resource key.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="MissingManifestResourceException">The key is missing (a packaging error, caught by the tests).</exception>
    public static string Text(string key, CultureInfo culture)
        => MailTexts.Find(key, culture) ?? throw new MissingManifestResourceException($"The text '{key}' is missing from the hint catalogue.");

    /// <summary>Gets a text by key in the current UI culture (for validation errors and exception messages a user reads, as .NET's own).</summary>
    /// <param name="key">The resource key.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The text.</returns>
    public static string Current(string key, params object?[] arguments)
        => Format(CultureInfo.CurrentUICulture, key, arguments);

    /// <summary>Gets a text by key with arguments formatted in the culture.</summary>
    /// <param name="culture">The language.</param>
    /// <param name="key">The resource key.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The text.</returns>
    public static string Format(CultureInfo culture, string key, params object?[] arguments)
        => string.Format(culture, Text(key, culture), arguments);
}
