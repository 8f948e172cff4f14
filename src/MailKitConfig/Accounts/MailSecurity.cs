namespace MailKitConfig;

/// <summary>How a connection to a mail server is protected.</summary>
/// <remarks>
/// RFC 8314 recommends <see cref="ImplicitTls"/> (ports 465, 993, 995). <see cref="StartTlsRequired"/> is the
/// usual choice for ports 587, 143 and 110. <see cref="StartTlsWhenAvailable"/> and <see cref="None"/> expose
/// the connection (and a password) to anyone on the network when the server offers no TLS.
/// </remarks>
public enum MailSecurity
{
    /// <summary>TLS from the first byte ("SSL/TLS"; ports 465, 993, 995).</summary>
    ImplicitTls,

    /// <summary>A plain connection upgraded with STARTTLS; fails when the server does not offer it (ports 587, 143, 110).</summary>
    StartTlsRequired,

    /// <summary>STARTTLS when the server advertises it, otherwise an unencrypted connection.</summary>
    StartTlsWhenAvailable,

    /// <summary>No encryption at all.</summary>
    None,
}
