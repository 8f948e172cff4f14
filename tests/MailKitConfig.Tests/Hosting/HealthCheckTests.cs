using System.Diagnostics;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MailKitConfig.Tests.Hosting;

/// <summary>The mail health check against the lab, with the password from a credential provider the test changes.</summary>
[Category("Integration")]
public class HealthCheckTests : LabFixture
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_wrong_password_is_unhealthy_with_AuthenticationFailed_and_the_right_one_healthy_again_within_the_bound()
    {
        var vault = new ChangingVault();
        var services = new ServiceCollection().AddLogging();
        services.AddMailModule(Lab.Trust)
            .AddAccount("system", o =>
            {
                o.Address = Lab.Alice.Address;
                o.Smtp = new MailServerOptions { Host = Lab.Host, Port = Lab.Ports.Submission };
                o.Imap = new MailServerOptions { Host = Lab.Host, Port = Lab.Ports.Imaps, Security = MailSecurity.ImplicitTls };
            })
            .AddCredentialProvider<ChangingVault>();
        services.AddSingleton(vault);
        services.AddHealthChecks().AddMailHealthChecks(timeout: Bound);
        await using var provider = services.BuildServiceProvider();
        var health = provider.GetRequiredService<HealthCheckService>();

        ChangingVault.Password = "wrong";
        var clock = Stopwatch.StartNew();
        var failing = await health.CheckHealthAsync();
        clock.Elapsed.Should().BeLessThan(Bound);

        var entry = failing.Entries["mail"];
        entry.Status.Should().Be(HealthStatus.Unhealthy);
        entry.Description.Should().Contain("AuthenticationFailed").And.NotContain("wrong");
        entry.Data.Should().Contain("Smtp", "AuthenticationFailed");

        ChangingVault.Password = Lab.Alice.Password;
        clock.Restart();
        var healthy = await health.CheckHealthAsync();

        clock.Elapsed.Should().BeLessThan(Bound);
        healthy.Status.Should().Be(HealthStatus.Healthy, healthy.Entries["mail"].Description);
        healthy.Entries["mail"].Data.Should().Contain("Smtp", "ok").And.Contain("Imap", "ok");
    }

    [Test]
    public async Task A_server_that_never_answers_is_unhealthy_within_the_bound()
    {
        await using var silent = new SilentServer(); // accepts connections and never greets
        var port = silent.Port;
        var services = new ServiceCollection().AddLogging();
        services.AddMailModule(o => o.ConnectTimeout = TimeSpan.FromSeconds(30))
            .AddAccount("relay", o =>
            {
                o.Address = "app@lab.test";
                o.Smtp = new MailServerOptions { Host = "127.0.0.1", Port = port, Security = MailSecurity.None };
            });
        services.AddHealthChecks().AddMailHealthChecks("relay", timeout: TimeSpan.FromSeconds(2));
        await using var provider = services.BuildServiceProvider();

        var clock = Stopwatch.StartNew();
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        report.Entries["mail:relay"].Status.Should().Be(HealthStatus.Unhealthy);
        report.Entries["mail:relay"].Description.Should().Contain("Timeout");
    }

    private sealed class ChangingVault : IMailCredentialProvider
    {
        public static string Password { get; set; } = string.Empty;

        public ValueTask<MailCredentials?> GetCredentialsAsync(string accountName, string address, CancellationToken cancellationToken = default)
            => ValueTask.FromResult<MailCredentials?>(accountName == "system" ? MailCredentials.Password(Password) : null);
    }
}
