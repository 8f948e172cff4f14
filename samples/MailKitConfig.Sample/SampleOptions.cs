using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace MailKitConfig.Sample;

/// <summary>
/// Options with a typed value whose errors are in the user's language: System.CommandLine's own conversion errors
/// ("Cannot parse argument …") have no translation in its Russian resources, so every typed option of the sample
/// parses its value itself.
/// </summary>
internal static class SampleOptions
{
    /// <summary>An option naming a value of <typeparamref name="T"/>, any case; the help lists the names.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="name">The option's name, e.g. <c>--stage</c>.</param>
    /// <param name="description">The description.</param>
    /// <param name="helpName">The value's name in the help; by default the names of the values.</param>
    /// <returns>The option.</returns>
    public static Option<T?> Enum<T>(string name, string description, string? helpName = null)
        where T : struct, Enum
        => new(name)
        {
            Description = description,
            HelpName = helpName ?? string.Join('|', System.Enum.GetNames<T>()),
            CustomParser = result =>
            {
                try
                {
                    return ParseEnum<T>(name, result.Tokens[0].Value);
                }
                catch (FormatException ex)
                {
                    result.AddError(ex.Message);
                    return null;
                }
            },
        };

    /// <summary>Reads the name of a value of <typeparamref name="T"/>, any case (not a number).</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="option">The option or field, for the error.</param>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text names no value; the message lists the names.</exception>
    public static T ParseEnum<T>(string option, string value)
        where T : struct, Enum
        => System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new FormatException(Say.Text("Option.ValueInvalid", option, string.Join(", ", System.Enum.GetNames<T>()), value));

    /// <summary>An option with a number from <paramref name="minimum"/> to <paramref name="maximum"/>, written as the user writes numbers or with a point.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="name">The option's name, e.g. <c>--port</c>.</param>
    /// <param name="description">The description.</param>
    /// <param name="helpName">The value's name in the help.</param>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="maximum">The largest value allowed.</param>
    /// <param name="excludeMinimum">Whether <paramref name="minimum"/> itself is refused (e.g. a timeout of 0).</param>
    /// <returns>The option.</returns>
    public static Option<T?> Number<T>(string name, string description, string helpName, T minimum, T maximum, bool excludeMinimum = false)
        where T : struct, INumber<T>
        => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if ((T.TryParse(text, CultureInfo.CurrentCulture, out var value) || T.TryParse(text, CultureInfo.InvariantCulture, out value))
                    && (excludeMinimum ? value > minimum : value >= minimum) && value <= maximum)
                {
                    return value;
                }

                result.AddError(Say.Text(excludeMinimum ? "Option.NumberAbove" : "Option.NumberBetween", name, minimum, maximum, text));
                return null;
            },
        };
}
