namespace MailKitConfig.Tests.Accounts;

public class MailCredentialsTests
{
    [Test]
    public void Each_kind_reports_itself_and_hides_the_secret()
    {
        MailCredentials.Password("secret-1").Should().Match<MailCredentials>(c => c.Kind == MailCredentialKind.Password && c.ToString() == "Password (hidden)");
        MailCredentials.AppPassword("abcd efgh").Should().Match<MailCredentials>(c => c.Kind == MailCredentialKind.AppPassword && c.ToString() == "AppPassword (hidden)");
        MailCredentials.OAuth(new FixedToken()).Kind.Should().Be(MailCredentialKind.OAuth);
    }

    [Test]
    public void Empty_secrets_are_refused()
    {
        FluentActions.Invoking(() => MailCredentials.Password("")).Should().Throw<ArgumentException>().WithParameterName("password");
        FluentActions.Invoking(() => MailCredentials.AppPassword(null!)).Should().Throw<ArgumentNullException>().WithParameterName("appPassword");
        FluentActions.Invoking(() => MailCredentials.OAuth(null!)).Should().Throw<ArgumentNullException>().WithParameterName("tokenSource");
    }

    private sealed class FixedToken : IOAuthTokenSource
    {
        public ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken) => ValueTask.FromResult("token");
    }
}
