using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace MailKitConfig.Sample;

/// <summary>
/// The sample as a .NET host: appsettings.json (next to the program), environment variables, console logging to
/// standard error (results stay on standard output), and the mail module, whose options are validated at start.
/// </summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private readonly IHost host;

    private SampleHost(IHost host) => this.host = host;

    /// <summary>Gets the host's services.</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>Builds and starts the host.</summary>
    /// <param name="logLevel">The minimum level of the library's log records, or <see langword="null"/> for the configured one.</param>
    /// <param name="configure">Configures the mail module.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The started host.</returns>
    public static async Task<SampleHost> StartAsync(LogLevel? logLevel, Action<IMailModuleBuilder> configure, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // a failed start is reported by the command itself
        if (logLevel is { } level)
        {
            builder.Logging.AddFilter("MailKitConfig", level);
        }

        configure(builder.Services.AddMailModule(builder.Configuration.GetSection("Mail")));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new SampleHost(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
