using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace MailKitConfig;

/// <summary>
/// Every text this library shows to users — problem titles and hints, check reports and their steps, validation
/// errors of settings and messages — comes from one catalogue of resources, in English and Russian. A host adds a
/// language (or replaces some texts of a language) here without rebuilding the library, and may keep its own
/// user-facing texts in the same catalogue (<see cref="AddResources"/>), so that one translation covers both.
/// </summary>
/// <remarks>
/// A text is looked up in the requested culture, then in its parents (<c>de-CH</c> → <c>de</c>), then in English:
/// for each culture the host's texts come before the library's own (first those added with
/// <see cref="AddTranslation"/>, then the host's resources, the last added first), so a host may also reword single
/// texts. The
/// providers' own hints (kept with the provider data) are translated with the keys <c>Provider.{Id}.WebSetting</c>,
/// <c>Provider.{Id}.HintsBeforeLogin</c> and <c>Provider.{Id}.HintsAfterLogin</c> (one hint per line).
/// <see cref="GetTexts"/> lists every key with its text in a language, e.g. the English ones as the source for a
/// translation. Placeholders such as <c>{0}</c> must be kept; they are filled with
/// <see cref="string.Format(IFormatProvider, string, object[])"/> in the requested culture.
/// </remarks>
/// <example>
/// <code>
/// // At start-up, before any mail is sent or checked:
/// MailTexts.AddTranslation(CultureInfo.GetCultureInfo("de"), germanTexts); // a dictionary key → text, e.g. read from JSON
/// // or: the host's own resx (AppTexts.resx, AppTexts.de.resx …) with its own keys and, in any language, library keys
/// MailTexts.AddResources(new ResourceManager("MyApp.AppTexts", typeof(Program).Assembly));
/// var title = MailTexts.Get("MyApp.Title"); // in CultureInfo.CurrentUICulture
/// </code>
/// </example>
public static class MailTexts
{
    private static readonly ResourceManager Builtin = new("MailKitConfig.Diagnostics.Hints", typeof(MailTexts).Assembly);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Added = new(StringComparer.OrdinalIgnoreCase);
    private static readonly object HostResourcesLock = new();
    private static ResourceManager[] hostResources = [];

    /// <summary>Adds texts for a language, or replaces some texts of a language the library has; later additions win over earlier ones.</summary>
    /// <param name="culture">The language, e.g. <c>de</c> (or <c>de-CH</c> for a regional variant).</param>
    /// <param name="texts">The texts by key; the keys are those of <see cref="GetTexts"/>.</param>
    public static void AddTranslation(CultureInfo culture, IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(texts);
        var copy = texts.ToDictionary(StringComparer.Ordinal);
        Added.AddOrUpdate(culture.Name, copy, (_, existing) => existing.Concat(copy).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// Adds a host's own resources (a resx with its satellite assemblies) to the catalogue: the host's own texts under
    /// keys of its choosing (prefix them, e.g. <c>MyApp.</c>, to keep clear of the library's), and in any language
    /// translations or rewordings of the library's texts. Adding resources of the same base name again changes nothing.
    /// </summary>
    /// <param name="resources">The resources, e.g. <c>new ResourceManager("MyApp.AppTexts", typeof(Program).Assembly)</c>.</param>
    public static void AddResources(ResourceManager resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        lock (HostResourcesLock)
        {
            if (!hostResources.Any(r => r.BaseName == resources.BaseName))
            {
                Volatile.Write(ref hostResources, [resources, .. hostResources]);
            }
        }
    }

    /// <summary>Gets one text of the catalogue as it is shown in a culture, e.g. for a host that prints a report line of its own.</summary>
    /// <param name="key">The key, e.g. <c>Report.ServerReply</c>.</param>
    /// <param name="culture">The culture; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text, with its placeholders.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such key.</exception>
    public static string Get(string key, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Find(key, culture ?? CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"The text '{key}' is not in the catalogue.");
    }

    /// <summary>Gets every text of the catalogue as it is shown in a culture (added texts included), by key.</summary>
    /// <param name="culture">The culture; <see cref="CultureInfo.InvariantCulture"/> gives the English source texts.</param>
    /// <returns>The texts by key.</returns>
    public static IReadOnlyDictionary<string, string> GetTexts(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var keys = Volatile.Read(ref hostResources).Append(Builtin)
            .SelectMany(r => r.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)?.Cast<DictionaryEntry>() ?? [])
            .Select(e => (string)e.Key)
            .Distinct(StringComparer.Ordinal);
        return keys.ToDictionary(k => k, k => Find(k, culture)!, StringComparer.Ordinal);
    }

    /// <summary>Finds a text a host added for the culture or one of its parents (for texts kept with other data, such as the provider data's hints).</summary>
    /// <param name="key">The key.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    internal static string? FindAdded(string key, CultureInfo culture)
    {
        for (var current = culture; !current.Equals(CultureInfo.InvariantCulture); current = current.Parent)
        {
            if (Added.TryGetValue(current.Name, out var added) && added.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Finds a text: the culture, then its parents, then English; the host's texts first for each.</summary>
    /// <param name="key">The key.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text, or <see langword="null"/> when the key is unknown.</returns>
    internal static string? Find(string key, CultureInfo culture)
    {
        for (var current = culture; ; current = current.Parent)
        {
            if (Added.TryGetValue(current.Name, out var added) && added.TryGetValue(key, out var text))
            {
                return text;
            }

            foreach (var resources in Volatile.Read(ref hostResources))
            {
                if (resources.GetResourceSet(current, createIfNotExists: true, tryParents: false)?.GetString(key) is { } host)
                {
                    return host;
                }
            }

            if (Builtin.GetResourceSet(current, createIfNotExists: true, tryParents: false)?.GetString(key) is { } builtin)
            {
                return builtin;
            }

            if (current.Equals(CultureInfo.InvariantCulture))
            {
                return null;
            }
        }
    }
}
