using System.Text.RegularExpressions;

namespace MailKitConfig;

/// <summary>
/// The address placeholders of Mozilla autoconfig, also used by the provider presets: <c>%EMAILADDRESS%</c>,
/// <c>%EMAILLOCALPART%</c> and <c>%EMAILDOMAIN%</c> (case-insensitive). Any other <c>%NAME%</c> is unknown: a host
/// with one is unusable, and a login with one names no login (the verifier then tries the address and its local part).
/// </summary>
internal static partial class AddressPlaceholders
{
    /// <summary>Replaces the known placeholders in one pass (so an address containing '%' is not substituted again).</summary>
    /// <param name="template">The text as written, e.g. <c>%EMAILLOCALPART%</c> or <c>imap.%EMAILDOMAIN%</c>.</param>
    /// <param name="address">The address, split at its last '@'.</param>
    /// <param name="unknown">The first unknown placeholder, e.g. <c>%EMAILSECRET%</c>, or <see langword="null"/>.</param>
    /// <returns>The text with the known placeholders replaced; unknown ones are left as written.</returns>
    public static string Substitute(string template, AddressParts address, out string? unknown)
    {
        string? first = null;
        var result = Placeholder().Replace(template, match => match.Groups["name"].Value.ToUpperInvariant() switch
        {
            "EMAILADDRESS" => address.Address,
            "EMAILLOCALPART" => address.LocalPart,
            "EMAILDOMAIN" => address.Domain,
            _ => (first ??= match.Value),
        });
        unknown = first;
        return result;
    }

    /// <summary>The login a template names for an address.</summary>
    /// <param name="template">The login as written, or <see langword="null"/>.</param>
    /// <param name="address">The address.</param>
    /// <returns>The login, or <see langword="null"/> when none is given or the template has an unknown placeholder.</returns>
    public static string? Login(string? template, AddressParts address)
    {
        if (template is null)
        {
            return null;
        }

        var login = Substitute(template, address, out var unknown);
        return unknown is null ? login : null;
    }

    /// <summary>A placeholder: a name between two '%'.</summary>
    [GeneratedRegex("%(?<name>[A-Za-z][A-Za-z0-9_]*)%", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

/// <summary>An address split at its last '@'.</summary>
/// <param name="Address">The whole address.</param>
/// <param name="LocalPart">The part before the last '@'.</param>
/// <param name="Domain">The part after the last '@', lower-case, without a trailing dot.</param>
internal readonly record struct AddressParts(string Address, string LocalPart, string Domain)
{
    /// <summary>Splits an address at its last '@'.</summary>
    /// <param name="address">The address, e.g. <c>Ann@Example.com</c>.</param>
    /// <param name="parameter">The caller's name for <paramref name="address"/>, for the exception.</param>
    /// <returns>The parts.</returns>
    /// <exception cref="ArgumentException">There is no local part and domain around an '@'.</exception>
    public static AddressParts Split(string address, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(address))] string? parameter = null)
    {
        ArgumentNullException.ThrowIfNull(address, parameter);
        address = address.Trim();
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            throw new ArgumentException("The text is not an email address such as user@example.com.", parameter);
        }

        return new AddressParts(address, address[..at], address[(at + 1)..].TrimEnd('.').ToLowerInvariant());
    }
}
