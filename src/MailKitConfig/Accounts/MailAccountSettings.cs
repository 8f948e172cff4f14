using System.Globalization;
using System.Text;

namespace MailKitConfig;

/// <summary>Everything needed to send and receive mail as one account: address, login, secret and servers.</summary>
/// <remarks>
/// <para>The settings are immutable; derive changed copies with a <c>with</c> expression. They are checked by
/// <see cref="Validate"/>, which reports one clear message per invalid field, and every operation of the library
/// calls <see cref="EnsureValid"/> before it touches the network.</para>
/// <para><see cref="ToString"/> never shows the secret.</para>
/// </remarks>
public sealed record MailAccountSettings
{
    private const int MaxDisplayNameLength = 256;

    /// <summary>Gets the account's email address, e.g. <c>ann@example.com</c>. Internationalized domains are accepted.</summary>
    public required string Address { get; init; }

    /// <summary>Gets the name shown to recipients next to the address, e.g. <c>Ann Smith</c>; optional.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the user name for logging in; <see langword="null"/> means the address itself.</summary>
    public string? Login { get; init; }

    /// <summary>Gets the secret for logging in; required for receiving, optional for sending through a relay without authentication.</summary>
    public MailCredentials? Credentials { get; init; }

    /// <summary>Gets what the account is used for. Defaults to <see cref="MailUsage.SendAndReceive"/>; <see cref="UsageFor"/> says what the servers given imply.</summary>
    public MailUsage Usage { get; init; } = MailUsage.SendAndReceive;

    /// <summary>
    /// Returns what an account is for when only its servers are known: with only an SMTP server it is send-only (it
    /// needs no IMAP or POP3), with only incoming servers receive-only, otherwise both.
    /// </summary>
    /// <param name="smtp">The outgoing server, if any.</param>
    /// <param name="imap">The IMAP server, if any.</param>
    /// <param name="pop3">The POP3 server, if any.</param>
    /// <returns>The usage.</returns>
    public static MailUsage UsageFor(ServerEndpoint? smtp, ServerEndpoint? imap, ServerEndpoint? pop3)
    {
        var incoming = imap is not null || pop3 is not null;
        return smtp is not null && !incoming ? MailUsage.Send : incoming && smtp is null ? MailUsage.Receive : MailUsage.SendAndReceive;
    }

    /// <summary>Gets the outgoing (SMTP) server; required when <see cref="Usage"/> includes <see cref="MailUsage.Send"/>.</summary>
    public ServerEndpoint? Smtp { get; init; }

    /// <summary>Gets the incoming IMAP server; this or <see cref="Pop3"/> is required when <see cref="Usage"/> includes <see cref="MailUsage.Receive"/>.</summary>
    public ServerEndpoint? Imap { get; init; }

    /// <summary>Gets the incoming POP3 server; this or <see cref="Imap"/> is required when <see cref="Usage"/> includes <see cref="MailUsage.Receive"/>.</summary>
    public ServerEndpoint? Pop3 { get; init; }

    /// <summary>Gets the address or comma-separated addresses replies should go to; optional.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>Gets a value indicating whether every sent message is also sent, as a hidden copy (Bcc), to the account's own address.</summary>
    /// <remarks>Keeps outgoing mail when the server stores no copy in a Sent folder.</remarks>
    public bool HiddenCopyToSelf { get; init; }

    /// <summary>
    /// Gets a value indicating whether every sent message is also saved, marked as read, in the account's IMAP Sent
    /// folder (found by its <c>\Sent</c> attribute, else by a usual name such as <c>Sent</c> or <c>Sent Items</c>).
    /// </summary>
    /// <remarks>Requires <see cref="Imap"/> and <see cref="Credentials"/>. Leave it off for servers that store sent mail themselves (e.g. Gmail).</remarks>
    public bool SaveToSent { get; init; }

    /// <summary>Gets this account's sending limit (e.g. a provider's messages per hour); <see langword="null"/> uses <see cref="MailSendingOptions.RateLimit"/>.</summary>
    public MailSendingRate? SendingRate { get; init; }

    /// <summary>Gets the proxy this account's connections go through; <see langword="null"/> uses <see cref="MailConnectionOptions.Proxy"/>.</summary>
    public MailProxy? Proxy { get; init; }

    /// <summary>Gets the user name actually used for logging in: <see cref="Login"/>, or <see cref="Address"/> when no login is set.</summary>
    public string EffectiveLogin => string.IsNullOrEmpty(Login) ? Address : Login;

    /// <summary>Checks every field and returns the problems found.</summary>
    /// <returns>One error per invalid field; empty when the settings are usable.</returns>
    public IReadOnlyList<MailSettingsError> Validate()
    {
        var errors = new List<MailSettingsError>();

        if (!MailAddressParser.TryParseAddress(Address, out _, out var addressError))
        {
            errors.Add(new(nameof(Address), string.IsNullOrWhiteSpace(Address) ? ProblemCatalog.Current("Settings.AddressRequired") : MailAddressParser.Describe(ProblemCatalog.Current("Subject.EmailAddress"), addressError)));
        }

        if (DisplayName is not null)
        {
            if (MailAddressParser.ContainsControlCharacter(DisplayName))
            {
                errors.Add(new(nameof(DisplayName), ProblemCatalog.Current("Settings.DisplayNameControlCharacters")));
            }
            else if (DisplayName.Length > MaxDisplayNameLength)
            {
                errors.Add(new(nameof(DisplayName), ProblemCatalog.Current("Settings.DisplayNameTooLong", MaxDisplayNameLength)));
            }
        }

        if (Login is not null && (Login.Length == 0 || Login.Trim().Length != Login.Length || MailAddressParser.ContainsControlCharacter(Login)))
        {
            errors.Add(new(nameof(Login), ProblemCatalog.Current("Settings.LoginInvalid")));
        }

        if (!Enum.IsDefined(Usage))
        {
            errors.Add(new(nameof(Usage), ProblemCatalog.Current("Settings.UsageUnknown", Usage)));
        }

        ValidateEndpoint(errors, nameof(Smtp), Smtp);
        ValidateEndpoint(errors, nameof(Imap), Imap);
        ValidateEndpoint(errors, nameof(Pop3), Pop3);
        if (SendingRate is { } rate && (rate.Messages < 1 || rate.Interval <= TimeSpan.Zero))
        {
            errors.Add(new(nameof(SendingRate), ProblemCatalog.Current("Settings.SendingRateInvalid", rate)));
        }

        if (Proxy?.Problem() is { } proxyProblem)
        {
            errors.Add(new(nameof(Proxy), proxyProblem));
        }

        if (Usage.HasFlag(MailUsage.Send) && Smtp is null)
        {
            errors.Add(new(nameof(Smtp), ProblemCatalog.Current("Settings.SmtpRequired")));
        }

        if (Usage.HasFlag(MailUsage.Receive))
        {
            if (Imap is null && Pop3 is null)
            {
                errors.Add(new(nameof(Imap), ProblemCatalog.Current("Settings.IncomingRequired")));
            }

            if (Credentials is null)
            {
                errors.Add(new(nameof(Credentials), ProblemCatalog.Current("Settings.CredentialsRequired")));
            }
        }

        if (SaveToSent && (Imap is null || Credentials is null))
        {
            errors.Add(new(nameof(SaveToSent), ProblemCatalog.Current("Settings.SaveToSentNeedsImap")));
        }

        if (ReplyTo is not null && !MailAddressParser.TryParseList(ReplyTo, out _, out var replyToError))
        {
            errors.Add(new(nameof(ReplyTo), MailAddressParser.Describe(ProblemCatalog.Current("Subject.ReplyTo"), replyToError)));
        }

        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <exception cref="MailSettingsException">One or more fields are invalid; <see cref="MailSettingsException.Errors"/> lists them.</exception>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new MailSettingsException(errors);
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Address = {Address}, DisplayName = {DisplayName}, Login = {EffectiveLogin}, Credentials = {Credentials?.ToString() ?? "none"}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Usage = {Usage}, Smtp = {Smtp}, Imap = {Imap}, Pop3 = {Pop3}, ReplyTo = {ReplyTo}, HiddenCopyToSelf = {HiddenCopyToSelf}, SaveToSent = {SaveToSent}, SendingRate = {SendingRate}, Proxy = {Proxy}");
        return true;
    }

    private static void ValidateEndpoint(List<MailSettingsError> errors, string name, ServerEndpoint? endpoint)
    {
        if (endpoint is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(endpoint.Host))
        {
            errors.Add(new($"{name}.Host", ProblemCatalog.Current("Settings.HostRequired", name)));
        }
        else if (HostName.ProblemWithHostOrAddress(endpoint.Host) is { } problem)
        {
            var quoted = endpoint.Host.Length <= 64 && !MailAddressParser.ContainsControlCharacter(endpoint.Host) ? $"'{endpoint.Host}'" : ProblemCatalog.Current("Subject.HostName");
            errors.Add(new($"{name}.Host", ProblemCatalog.Current("Settings.HostInvalid", quoted, problem, name)));
        }

        if (endpoint.Port is < 1 or > 65535)
        {
            errors.Add(new($"{name}.Port", ProblemCatalog.Current("Settings.PortInvalid", name, endpoint.Port)));
        }

        if (!Enum.IsDefined(endpoint.Security))
        {
            errors.Add(new($"{name}.Security", ProblemCatalog.Current("Settings.SecurityUnknown", name, endpoint.Security)));
        }
    }
}
