namespace MailKitConfig;

/// <summary>The secret an account logs in with: a password, an app password or an OAuth token source.</summary>
/// <remarks>
/// The secret never appears in <see cref="ToString"/>, in exceptions or in logs written by this library.
/// </remarks>
public abstract class MailCredentials
{
    private protected MailCredentials(MailCredentialKind kind) => Kind = kind;

    /// <summary>Gets the kind of secret.</summary>
    public MailCredentialKind Kind { get; }

    /// <summary>Creates credentials from the mailbox's password.</summary>
    /// <param name="password">The password; may contain any Unicode characters.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentException"><paramref name="password"/> is null or empty.</exception>
    public static MailCredentials Password(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return new SecretCredentials(MailCredentialKind.Password, password);
    }

    /// <summary>Creates credentials from an app password issued by the provider.</summary>
    /// <param name="appPassword">The app password; spaces shown by some providers for readability are kept as given.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentException"><paramref name="appPassword"/> is null or empty.</exception>
    public static MailCredentials AppPassword(string appPassword)
    {
        ArgumentException.ThrowIfNullOrEmpty(appPassword);
        return new SecretCredentials(MailCredentialKind.AppPassword, appPassword);
    }

    /// <summary>Creates credentials that log in with OAuth 2.0 access tokens.</summary>
    /// <param name="tokenSource">Supplies the access tokens.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokenSource"/> is null.</exception>
    public static MailCredentials OAuth(IOAuthTokenSource tokenSource)
    {
        ArgumentNullException.ThrowIfNull(tokenSource);
        return new OAuthCredentials(tokenSource);
    }

    /// <summary>Returns the kind of credentials; never the secret.</summary>
    /// <returns>For example <c>Password (hidden)</c>.</returns>
    public override string ToString() => $"{Kind} (hidden)";
}

/// <summary>A password or an app password; equal to another with the same kind and secret (so settings loaded twice share pooled connections).</summary>
internal sealed class SecretCredentials : MailCredentials
{
    internal SecretCredentials(MailCredentialKind kind, string secret)
        : base(kind) => Secret = secret;

    internal string Secret { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SecretCredentials other && other.Kind == Kind && string.Equals(other.Secret, Secret, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Secret));
}

/// <summary>OAuth 2.0 access tokens from a token source; equal to another with the same source.</summary>
internal sealed class OAuthCredentials : MailCredentials
{
    internal OAuthCredentials(IOAuthTokenSource tokenSource)
        : base(MailCredentialKind.OAuth) => TokenSource = tokenSource;

    internal IOAuthTokenSource TokenSource { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OAuthCredentials other && ReferenceEquals(other.TokenSource, TokenSource);

    /// <inheritdoc />
    public override int GetHashCode() => TokenSource.GetHashCode();
}
