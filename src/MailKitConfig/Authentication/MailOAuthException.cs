namespace MailKitConfig;

/// <summary>
/// Thrown when an OAuth sign-in or a token refresh fails: no app registration for the provider, a refused or
/// abandoned sign-in, a refresh token the provider no longer accepts. <see cref="Kind"/> says what the user or the
/// developer must do. Neither the message nor any property contains a token, a code or a verifier.
/// </summary>
public sealed class MailOAuthException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="MailOAuthException"/> class.</summary>
    /// <param name="kind">What went wrong, e.g. <see cref="MailProblemKind.OAuthSignInRequired"/>.</param>
    /// <param name="message">What failed, in a sentence.</param>
    /// <param name="error">The OAuth error code the provider returned (e.g. <c>invalid_grant</c>), if any.</param>
    /// <param name="innerException">The exception that reported the failure, if any.</param>
    public MailOAuthException(MailProblemKind kind, string message, string? error = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Error = error;
    }

    /// <summary>Gets what went wrong: <see cref="MailProblemKind.OAuthSignInRequired"/>, <see cref="MailProblemKind.OAuthClientNotRegistered"/>, <see cref="MailProblemKind.OAuthTokenInvalid"/>, or a transport kind when the provider could not be reached.</summary>
    public MailProblemKind Kind { get; }

    /// <summary>Gets the OAuth error code the provider returned (RFC 6749 section 5.2, e.g. <c>invalid_grant</c>), if any.</summary>
    public string? Error { get; }

    /// <summary>Classifies the failure for the user.</summary>
    /// <param name="protocol">The protocol the sign-in was for (chooses protocol-specific hints).</param>
    /// <param name="culture">The language; <see langword="null"/> uses the current UI culture.</param>
    /// <returns>The problem with hints.</returns>
    public MailProblem ToProblem(MailProtocol protocol = MailProtocol.Smtp, System.Globalization.CultureInfo? culture = null)
        => MailProblemClassifier.Classify(new MailFailure(protocol, MailOperationStage.Authentication) { Exception = this, CredentialKind = MailCredentialKind.OAuth }, culture);
}
