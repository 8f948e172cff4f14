using System.Text.RegularExpressions;
using MailKitConfig.Tests.Lab;

namespace MailKitConfig.Tests.Sample;

/// <summary>
/// <c>configure --oauth</c> as a user runs it: the sample prints the sign-in page, the test plays the browser (the lab's
/// authorization server approves at once and redirects to the sample's loopback listener), the settings are verified with
/// the token, and later <c>send</c> and <c>receive</c> runs use the stored refresh token without a new sign-in.
/// </summary>
[Category("Integration")]
public partial class SampleOAuthTests : LabFixture
{
    private LabAuthorizationServer server = null!;
    private string directory = null!;
    private Dictionary<string, string> environment = null!;

    [SetUp]
    public async Task StartServer()
    {
        server = await LabAuthorizationServer.StartAsync(Lab.OAuth ?? throw new InvalidOperationException("The lab has no OAuth issuer; start it with eng/lab/up.sh."));
        directory = Directory.CreateTempSubdirectory("mkc-sample-oauth-").FullName;
        server.ExportCertificate(Path.Combine(directory, "issuer.pem"));

        // The host app's own identity provider for lab.test, from configuration, as an administrator would give it.
        var profile = "Mail__OAuth__Profiles__lab.test__";
        environment = new Dictionary<string, string>
        {
            ["Mail__OAuth__TokenDirectory"] = Path.Combine(directory, "tokens"),
            [profile + "Issuer"] = LabAuthorizationServer.Host,
            [profile + "AuthorizationEndpoint"] = new Uri(server.LoopbackAddress, "authorize").AbsoluteUri,
            [profile + "TokenEndpoint"] = new Uri(server.LoopbackAddress, "token").AbsoluteUri,
            [profile + "DeviceAuthorizationEndpoint"] = new Uri(server.LoopbackAddress, "device").AbsoluteUri,
            [profile + "Scopes"] = LabAuthorizationServer.Scope,
        };
    }

    [TearDown]
    public async Task StopServer()
    {
        await server.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Test]
    public async Task Configure_with_oauth_signs_in_through_the_printed_page_and_later_send_and_receive_need_no_sign_in()
    {
        var pages = new List<string>();

        var configure = await SampleProgram.RunAsync(
            environment,
            line => FollowSignInPageAsync(line, pages),
            [.. Trusting("configure", Lab.Alice.Address), "--oauth", "--client-id", LabAuthorizationServer.ClientId, "--no-browser", "--dns", $"127.0.0.1:{Lab.Ports.Dns}"]);

        configure.ExitCode.Should().Be(0, configure.ToString());
        pages.Should().ContainSingle().Which.Should().Contain("Sign-in complete");
        configure.Output.Should().Contain("yes, every server accepted the login").And.Contain("Signed in.");
        Directory.GetFiles(Path.Combine(directory, "tokens")).Should().ContainSingle("the refresh token is stored");
        (configure.Output + configure.Error).Should().NotContain("eyJ", "no token is printed");
        var issued = server.TokensIssued;

        // A later process, with the servers typed (the lab's names resolve only through its DNS) and no credentials.
        var subject = "Sample OAuth " + Guid.NewGuid();
        var send = await SampleProgram.RunAsync(
            environment,
            [.. Trusting("send", Lab.Alice.Address), "--smtp", $"{Lab.Host}:{Lab.Ports.Submission}", "--to", Lab.Alice.Address, "--subject", subject, "--text", "signed in once"]);
        send.ExitCode.Should().Be(0, send.ToString());
        await LabMail.ReadFromImapAsync(Lab.Alice, SentLine().Match(send.Output).Groups["id"].Value); // delivered (read-only, stays unseen)
        var receive = await SampleProgram.RunAsync(
            environment,
            [.. Trusting("receive", Lab.Alice.Address), "--imap", $"{Lab.Host}:{Lab.Ports.Imaps}:tls", "--since", "unseen", "--state", Path.Combine(directory, "receive")]);

        receive.ExitCode.Should().Be(0, receive.ToString());
        receive.Output.Should().Contain(subject);
        pages.Should().ContainSingle("no second sign-in");
        server.Refreshes.Should().Be(2, "each later process redeems the stored refresh token once");
        server.TokensIssued.Should().Be(issued + 2);
    }

    [Test]
    public async Task Configure_with_oauth_and_device_code_prints_where_to_enter_the_code()
    {
        using var approver = new HttpClient(server.CreateLoopbackHandler());

        var configure = await SampleProgram.RunAsync(
            environment,
            async line =>
            {
                if (CompleteDeviceAddress().Match(line) is { Success: true } match)
                {
                    var code = new Uri(match.Value).Query; // the user, on another device
                    (await approver.GetStringAsync(new Uri(server.LoopbackAddress, "device" + code))).Should().Be("approved");
                }
            },
            [.. Trusting("configure", Lab.Alice.Address), "--oauth", "--client-id", LabAuthorizationServer.ClientId, "--device-code", "--dns", $"127.0.0.1:{Lab.Ports.Dns}"]);

        configure.ExitCode.Should().Be(0, configure.ToString());
        configure.Output.Should().MatchRegex(@"open https://oauth\.lab\.test/device and enter the code [A-Z]{8}");
        configure.Output.Should().Contain("Signed in.");
    }

    [Test]
    public async Task Configure_with_oauth_in_russian_prints_no_english_sentence_and_a_russian_sign_in_page()
    {
        var pages = new List<string>();
        using var approver = new HttpClient(server.CreateLoopbackHandler());

        var browser = await SampleProgram.RunAsync(
            environment,
            line => FollowSignInPageAsync(line, pages),
            [.. Trusting("configure", Lab.Alice.Address), "--oauth", "--client-id", LabAuthorizationServer.ClientId, "--no-browser", "--dns", $"127.0.0.1:{Lab.Ports.Dns}", "--culture", "ru"]);
        var device = await SampleProgram.RunAsync(
            environment,
            async line =>
            {
                if (CompleteDeviceAddress().Match(line) is { Success: true } match)
                {
                    (await approver.GetStringAsync(new Uri(server.LoopbackAddress, "device" + new Uri(match.Value).Query))).Should().Be("approved");
                }
            },
            [.. Trusting("configure", Lab.Alice.Address), "--oauth", "--client-id", LabAuthorizationServer.ClientId, "--device-code", "--dns", $"127.0.0.1:{Lab.Ports.Dns}", "--culture", "ru"]);

        browser.ExitCode.Should().Be(0, browser.ToString());
        browser.Output.Should().Contain("Вход выполнен.");
        SampleRussianTests.EnglishPhrases(browser.Output + browser.Error).Should().BeEmpty(browser.ToString());
        pages.Should().ContainSingle().Which.Should().Contain("Вход выполнен. Это окно можно закрыть");
        device.ExitCode.Should().Be(0, device.ToString());
        device.Output.Should().MatchRegex(@"откройте https://oauth\.lab\.test/device и введите код [A-Z]{8}");
        SampleRussianTests.EnglishPhrases(device.Output + device.Error).Should().BeEmpty(device.ToString());
    }

    [Test]
    public async Task Oauth_options_without_oauth_are_a_command_line_error()
    {
        var run = await SampleProgram.RunAsync("configure", Lab.Alice.Address, "--client-id", "x");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("--client-id, --client-secret, --device-code and --no-browser go with --oauth.");
    }

    /// <summary>A command trusting the lab's CA (mail servers) and the authorization server's certificate (sign-in and refresh).</summary>
    private string[] Trusting(string command, string address)
        => [command, address, "--trust-ca", Lab.CaCertificatePath, "--trust-ca", Path.Combine(directory, "issuer.pem"), "--no-revocation-check", "--connect-timeout", "10"];

    [GeneratedRegex(@"^Sent (?<id>\S+) to ", RegexOptions.Multiline)]
    private static partial Regex SentLine();

    [GeneratedRegex(@"https://127\.0\.0\.1:\d+/authorize\?\S+")]
    private static partial Regex SignInPage();

    [GeneratedRegex(@"https://oauth\.lab\.test/device\?user_code=\S+")]
    private static partial Regex CompleteDeviceAddress();

    /// <summary>The user's browser: the sign-in page (approved at once) redirects to the sample's loopback listener.</summary>
    private async Task FollowSignInPageAsync(string line, List<string> pages)
    {
        if (SignInPage().Match(line) is not { Success: true } page)
        {
            return;
        }

        using var toServer = new HttpClient(server.CreateLoopbackHandler());
        using var response = await toServer.GetAsync(new Uri(page.Value));
        var redirect = response.Headers.Location ?? throw new InvalidOperationException($"No redirect from the sign-in page: {(int)response.StatusCode}");
        redirect.Host.Should().Be("127.0.0.1");
        using var toSample = new HttpClient();
        pages.Add(await toSample.GetStringAsync(redirect));
    }
}
