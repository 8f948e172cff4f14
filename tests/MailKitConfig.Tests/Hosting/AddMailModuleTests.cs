using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MailKitConfig.Tests.Hosting;

public class AddMailModuleTests
{
    [Test]
    public void Registers_the_sender_once_even_when_called_twice()
    {
        var services = new ServiceCollection();
        var builder = services.AddMailModule();
        services.AddMailModule(o => o.LocalDomain = "app01.example.com");

        builder.Services.Should().BeSameAs(services);
        services.Count(d => d.ServiceType == typeof(IMailSender)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<MailConnectionOptions>)).Should().Be(1);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<IMailSender>().Should().NotBeNull();
        provider.GetRequiredService<IOptions<MailConnectionOptions>>().Value.LocalDomain.Should().Be("app01.example.com");
    }

    [Test]
    public void Invalid_connection_options_fail_at_start_with_every_problem()
    {
        using var provider = new ServiceCollection()
            .AddMailModule(o =>
            {
                o.ConnectTimeout = TimeSpan.Zero;
                o.CommandTimeout = TimeSpan.FromSeconds(-1);
                o.LocalDomain = "bad\r\nname";
            })
            .Services.BuildServiceProvider();

        var thrown = FluentActions.Invoking(() => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>().Which;

        thrown.Failures.Should().HaveCount(3);
        thrown.Failures.Should().Contain(f => f.Contains("ConnectTimeout", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("CommandTimeout", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("LocalDomain", StringComparison.Ordinal));
    }

    [Test]
    public void Default_options_pass_validation()
    {
        using var provider = new ServiceCollection().AddMailModule().Services.BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<IStartupValidator>().Validate()).Should().NotThrow();
    }
}
