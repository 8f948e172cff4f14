using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MailKitConfig.Sample;

/// <summary>The options of every command that connects to a server: certificate trust, timeouts, language and logging.</summary>
internal sealed class ConnectionArguments
{
    private readonly Option<FileInfo[]> trustCa = new("--trust-ca")
    {
        Description = Say.Text("Also trust this root certificate (PEM or DER), e.g. a company CA; may be repeated", "Доверять также этому корневому сертификату (PEM или DER), например CA компании; можно повторять"),
        HelpName = "file",
    };

    private readonly Option<bool> noRevocationCheck = new("--no-revocation-check")
    {
        Description = Say.Text("Do not check certificate revocation (for CAs without a revocation list)", "Не проверять отзыв сертификатов (для CA без списка отзыва)"),
    };

    private readonly Option<double?> connectTimeout = new("--connect-timeout")
    {
        Description = Say.Text("Seconds connecting may take (default 15)", "Сколько секунд можно подключаться (по умолчанию 15)"),
        HelpName = "seconds",
    };

    private readonly Option<LogLevel?> logLevel = new("--log-level")
    {
        Description = Say.Text("Log the library's work to standard error from this level (Debug, Information, Warning …)", "Писать журнал библиотеки в stderr начиная с этого уровня (Debug, Information, Warning …)"),
        HelpName = "level",
    };

    /// <summary>Initializes a new instance of the <see cref="ConnectionArguments"/> class and adds its options to a command.</summary>
    /// <param name="command">The command.</param>
    public ConnectionArguments(Command command)
    {
        trustCa.AcceptExistingOnly();
        connectTimeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } seconds && seconds is <= 0 or > 600)
            {
                result.AddError(Say.Text("--connect-timeout must be between 0 and 600 seconds.", "--connect-timeout должен быть от 0 до 600 секунд."));
            }
        });
        Culture = CultureOption();
        command.Add(trustCa);
        command.Add(noRevocationCheck);
        command.Add(connectTimeout);
        command.Add(Culture);
        command.Add(logLevel);
    }

    /// <summary>Gets the <c>--culture</c> option.</summary>
    public Option<CultureInfo?> Culture { get; }

    /// <summary>Creates the <c>--culture</c> option (also used by commands that do not connect).</summary>
    /// <returns>The option.</returns>
    public static Option<CultureInfo?> CultureOption() => new("--culture")
    {
        Description = Say.Text("Language and formats of the results, e.g. ru or en-GB (default: the system's)", "Язык и форматы результатов, например ru или en-GB (по умолчанию системные)"),
        HelpName = "name",
        CustomParser = result =>
        {
            var name = result.Tokens[0].Value;
            try
            {
                return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                result.AddError(Say.Text($"--culture: '{name}' is not a known culture name (try en or ru).", $"--culture: «{name}» — неизвестное имя культуры (например, en или ru)."));
                return null;
            }
        },
    };

    /// <summary>Builds the sample's host with these options applied to the mail module.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="configure">Further configuration of the mail module, if any.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The started host; the caller disposes it.</returns>
    public Task<SampleHost> StartHostAsync(ParseResult parse, Action<IMailModuleBuilder>? configure, CancellationToken cancellationToken)
    {
        var trusted = parse.GetValue(trustCa) ?? [];
        var checkRevocation = !parse.GetValue(noRevocationCheck);
        var timeout = parse.GetValue(connectTimeout);
        return SampleHost.StartAsync(
            parse.GetValue(logLevel),
            mail =>
            {
                mail.Services.Configure<MailConnectionOptions>(options =>
                {
                    foreach (var file in trusted)
                    {
                        options.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificateFromFile(file.FullName));
                    }

                    options.CheckCertificateRevocation &= checkRevocation;
                    if (timeout is { } seconds)
                    {
                        options.ConnectTimeout = TimeSpan.FromSeconds(seconds);
                    }
                });
                configure?.Invoke(mail);
            },
            cancellationToken);
    }
}
