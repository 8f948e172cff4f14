namespace MailKitConfig;

/// <summary>Groups of problem kinds that callers decide on.</summary>
internal static class ProblemKinds
{
    /// <summary>
    /// Returns whether a problem means the server refused these credentials (or this account), so that trying other
    /// servers or login forms with the same secret only risks locking the account.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for a refusal of the credentials or the account.</returns>
    public static bool RefusesCredentials(MailProblemKind kind) => kind is MailProblemKind.AuthenticationFailed or MailProblemKind.AppPasswordRequired
        or MailProblemKind.WebLoginRequired or MailProblemKind.BasicAuthDisabled or MailProblemKind.OAuthTokenInvalid or MailProblemKind.OAuthSignInRequired or MailProblemKind.OAuthClientNotRegistered or MailProblemKind.PasswordExpired
        or MailProblemKind.ProtocolDisabled or MailProblemKind.AccountDisabled or MailProblemKind.AuthorizationFailed;
}
