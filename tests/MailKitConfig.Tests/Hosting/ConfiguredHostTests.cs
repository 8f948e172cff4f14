using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MailKitConfig.Tests.Hosting;

/// <summary>A host as an application builds it: Host.CreateApplicationBuilder, an appsettings.json, AddMailModule from configuration.</summary>
[Category("Integration")]
public class ConfiguredHostTests : LabFixture
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("mkc-host-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Two_accounts_bind_from_appsettings_and_the_default_one_sends_through_the_lab()
    {
        using var host = Build(Settings(alicePort: Lab.Ports.Submission.ToString(System.Globalization.CultureInfo.InvariantCulture), bobAddress: $"\"{Lab.Bob.Address}\""));
        await host.StartAsync();
        var accounts = host.Services.GetRequiredService<IMailAccounts>();

        accounts.Names.Should().BeEquivalentTo("system", "support");
        accounts.DefaultName.Should().Be("system");
        var system = await accounts.GetAsync("SYSTEM");
        system.Should().BeEquivalentTo(new
        {
            Address = Lab.Alice.Address,
            DisplayName = "Lab system",
            Usage = MailUsage.Send,
            Smtp = new ServerEndpoint(Lab.Host, Lab.Ports.Submission, MailSecurity.StartTlsRequired),
            Credentials = MailCredentials.Password(Lab.Alice.Password),
        });
        var support = await accounts.GetAsync("support");
        support.Imap.Should().Be(new ServerEndpoint(Lab.Host, Lab.Ports.Imaps, MailSecurity.ImplicitTls));
        support.Usage.Should().Be(MailUsage.SendAndReceive);
        host.Services.GetRequiredService<IOptions<MailConnectionOptions>>().Value.ConnectTimeout.Should().Be(TimeSpan.FromSeconds(10));

        var subject = "Default account " + Guid.NewGuid();
        var sent = await host.Services.GetRequiredService<IMailSender>().SendAsync(new OutgoingMessage { Subject = subject, TextBody = "from the host", To = { Lab.Bob.Address } });

        (await LabMail.ReadFromImapAsync(Lab.Bob, sent.MessageId)).From.Mailboxes.Single().Address.Should().Be(Lab.Alice.Address);
        await host.StopAsync();
    }

    [Test]
    public async Task A_bad_port_and_a_missing_address_fail_at_start_naming_their_keys()
    {
        using var host = Build(Settings(alicePort: "99999", bobAddress: "null"));

        var failures = await StartFailuresAsync(host);

        failures.Should().Contain("Mail:Accounts:system:Smtp:Port: The Smtp server's port must be between 1 and 65535, not 99999.")
            .And.Contain("Mail:Accounts:support:Address: The email address is required.")
            .And.NotContain(Lab.Alice.Password);
    }

    [Test]
    public async Task Values_that_parse_but_are_out_of_range_or_malformed_name_their_configuration_keys()
    {
        var accounts = Settings(alicePort: "0", bobAddress: "\"bob@@lab.test\"")
            .Replace("\"DisplayName\": \"Lab system\",", "\"DisplayName\": \"Lab system\", \"ReplyTo\": \"replies at lab\", \"RateLimit\": 0, \"Proxy\": \"not a uri\",", StringComparison.Ordinal);
        var connections = Settings(Port, Bob).Replace("\"ConnectTimeout\": \"00:00:10\"", "\"ConnectTimeout\": \"-00:00:05\"", StringComparison.Ordinal);
        var sending = Settings(Port, Bob).Replace("\"MaxRetryAttempts\": 1", "\"MaxRetryAttempts\": 50, \"RateLimitInterval\": \"00:00:00\"", StringComparison.Ordinal);
        var discovery = Settings(Port, Bob)
            .Replace("\"Sending\":", "\"Discovery\": { \"RequestTimeout\": \"00:00:00\", \"IspdbBaseUrl\": \"http://ispdb.example.com/\" },\n    \"Sending\":", StringComparison.Ordinal);

        var failures = new List<string>();
        foreach (var settings in new[] { accounts, connections, sending, discovery }) // one host per options type: each failure is seen alone
        {
            using var host = Build(settings);
            failures.Add(await StartFailuresAsync(host));
        }

        failures[0].Should().Contain("Mail:Accounts:system:Smtp:Port: The Smtp server's port must be between 1 and 65535, not 0.")
            .And.Contain("Mail:Accounts:system:ReplyTo: 'replies at lab' is not a valid email address.")
            .And.Contain("Mail:Accounts:system:RateLimit: The sending limit must allow at least 1 message")
            .And.Contain("Mail:Accounts:system:Proxy: 'not a uri' is not an absolute URI")
            .And.Contain("Mail:Accounts:support:Address: 'bob@@lab.test' is not a valid email address.")
            .And.NotContain(Lab.Alice.Password);
        failures[1].Should().Contain("Mail:Connections:ConnectTimeout must be positive and at most 24 days, not -5 s.");
        failures[2].Should().Contain("Mail:Sending:MaxRetryAttempts must be between 0 and 20, not 50.")
            .And.Contain("Mail:Sending:RateLimitInterval must be positive");
        failures[3].Should().Contain("Mail:Discovery:RequestTimeout must be positive")
            .And.Contain("Mail:Discovery:IspdbBaseUrl must be an absolute https URL");
        string.Concat(failures).Should().NotContain("MailConnectionOptions.").And.NotContain("MailSendingOptions.").And.NotContain("MailDiscoveryOptions.");
    }

    [Test]
    public async Task Failures_of_several_options_types_are_reported_together()
    {
        var settings = Settings(alicePort: "0", bobAddress: Bob).Replace("\"ConnectTimeout\": \"00:00:10\"", "\"ConnectTimeout\": \"-00:00:05\"", StringComparison.Ordinal);
        using var host = Build(settings);

        var failures = await StartFailuresAsync(host);

        failures.Should().Contain("Mail:Accounts:system:Smtp:Port: The Smtp server's port must be between 1 and 65535, not 0.")
            .And.Contain("Mail:Connections:ConnectTimeout must be positive and at most 24 days, not -5 s.");
    }

    private static string Port => Lab.Ports.Submission.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Bob => $"\"{Lab.Bob.Address}\"";

    [Test]
    public async Task An_unreadable_value_names_its_key_and_an_unknown_default_account_is_refused()
    {
        using var host = Build(Settings(alicePort: "\"five\"", bobAddress: $"\"{Lab.Bob.Address}\"").Replace("\"DefaultAccount\": \"system\"", "\"DefaultAccount\": \"billing\"", StringComparison.Ordinal));

        var failures = await StartFailuresAsync(host);

        failures.Should().Contain("Mail:Accounts:system:Smtp:Port: 'five' is not a whole number.")
            .And.Contain("Mail:DefaultAccount: no account is named 'billing' (known: support, system).");
    }

    [Test]
    public async Task Adding_the_module_twice_from_the_same_section_and_an_account_in_code_is_harmless()
    {
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), Settings(Lab.Ports.Submission.ToString(System.Globalization.CultureInfo.InvariantCulture), $"\"{Lab.Bob.Address}\""));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, Args = [] });
        var mail = builder.Configuration.GetSection("Mail");
        builder.Services.AddMailModule(mail);
        builder.Services.AddMailModule(mail)
            .AddAccount("tenant-7", o =>
            {
                o.Address = "tenant7@example.com";
                o.Smtp = new MailServerOptions { Host = "smtp.example.com", Port = 465 };
            })
            .AddAccountFactory<TenantFactory>();
        using var host = builder.Build();
        await host.StartAsync();
        var accounts = host.Services.GetRequiredService<IMailAccounts>();

        accounts.Names.Should().BeEquivalentTo("system", "support", "tenant-7");
        (await accounts.GetAsync("tenant-7")).Smtp.Should().Be(new ServerEndpoint("smtp.example.com", 465, MailSecurity.ImplicitTls));
        (await accounts.GetAsync("tenant-42")).Address.Should().Be("t42@example.com");
        await FluentActions.Awaiting(() => accounts.GetAsync("nobody").AsTask()).Should().ThrowAsync<KeyNotFoundException>().WithMessage("*Mail:Accounts:nobody*");
        host.Services.GetServices<IValidateOptions<MailSendingOptions>>().Should().HaveCount(2, "one validator of the options and one of the configuration section");
        await host.StopAsync();
    }

    /// <summary>Starts the host and returns every validation failure (one options type fails alone, several in an AggregateException).</summary>
    private static async Task<string> StartFailuresAsync(IHost host)
    {
        IReadOnlyList<Exception> all;
        try
        {
            await host.StartAsync();
            all = [];
        }
        catch (AggregateException many)
        {
            all = many.InnerExceptions;
        }
        catch (OptionsValidationException one)
        {
            all = [one];
        }

        all.Should().NotBeEmpty("the host must not start");
        all.Should().AllBeOfType<OptionsValidationException>();
        return string.Join(Environment.NewLine, all.Cast<OptionsValidationException>().SelectMany(e => e.Failures));
    }

    private IHost Build(string settings)
    {
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, Args = [] });
        builder.Services.AddMailModule(builder.Configuration.GetSection("Mail"), o => o.TrustedRootCertificates.Add(Lab.LoadCaCertificate()));
        return builder.Build();
    }

    private static string Settings(string alicePort, string bobAddress) => $$"""
        {
          "Mail": {
            "Connections": { "ConnectTimeout": "00:00:10", "CheckCertificateRevocation": false },
            "Sending": { "MaxRetryAttempts": 1 },
            "DefaultAccount": "system",
            "Accounts": {
              "system": {
                "Address": "{{Lab.Alice.Address}}",
                "DisplayName": "Lab system",
                "Password": "{{Lab.Alice.Password}}",
                "Smtp": { "Host": "{{Lab.Host}}", "Port": {{alicePort}} }
              },
              "support": {
                "Address": {{bobAddress}},
                "Password": "{{Lab.Bob.Password}}",
                "Smtp": { "Host": "{{Lab.Host}}", "Port": {{Lab.Ports.Submissions}}, "Security": "ImplicitTls" },
                "Imap": { "Host": "{{Lab.Host}}", "Port": {{Lab.Ports.Imaps}}, "Security": "ImplicitTls" }
              }
            }
          }
        }
        """;

    private sealed class TenantFactory : IMailAccountFactory
    {
        public ValueTask<MailAccountSettings?> CreateAsync(string accountName, CancellationToken cancellationToken = default)
            => ValueTask.FromResult<MailAccountSettings?>(accountName == "tenant-42"
                ? new MailAccountSettings { Address = "t42@example.com", Usage = MailUsage.Send, Smtp = new ServerEndpoint("smtp.example.com", 587, MailSecurity.StartTlsRequired) }
                : null);
    }
}
