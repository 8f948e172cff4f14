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

    [Test]
    public void Credentials_with_the_same_secret_are_equal_so_settings_loaded_twice_are_equal()
    {
        MailCredentials.Password("s3cret").Should().Be(MailCredentials.Password("s3cret"));
        MailCredentials.Password("s3cret").GetHashCode().Should().Be(MailCredentials.Password("s3cret").GetHashCode());
        MailCredentials.Password("s3cret").Should().NotBe(MailCredentials.AppPassword("s3cret"));
        MailCredentials.Password("s3cret").Should().NotBe(MailCredentials.Password("S3cret"));
        var tokens = new FixedToken();
        MailCredentials.OAuth(tokens).Should().Be(MailCredentials.OAuth(tokens)).And.NotBe(MailCredentials.OAuth(new FixedToken()));

        static MailAccountSettings Load() => new() { Address = "ann@example.com", Credentials = MailCredentials.Password("s3cret"), Usage = MailUsage.Send, Smtp = new ServerEndpoint("smtp.example.com", 587, MailSecurity.StartTlsRequired) };
        Load().Should().Be(Load());
    }

    private sealed class FixedToken : IOAuthTokenSource
    {
        public ValueTask<string> GetAccessTokenAsync(string login, CancellationToken cancellationToken) => ValueTask.FromResult("token");
    }
}
