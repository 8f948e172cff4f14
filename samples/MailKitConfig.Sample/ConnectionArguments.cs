using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MailKitConfig.Sample;

/// <summary>The options of every command that connects to a server: certificate trust, timeouts and logging (the language, <c>--culture</c>, is an option of every command).</summary>
internal sealed class ConnectionArguments
{
    private readonly Option<FileInfo[]> trustCa = new("--trust-ca")
    {
        Description = Say.Text("Connection.TrustCa"),
        HelpName = "file",
    };

    private readonly Option<bool> noRevocationCheck = new("--no-revocation-check")
    {
        Description = Say.Text("Connection.NoRevocationCheck"),
    };

    private readonly Option<double?> connectTimeout = SampleOptions.Number("--connect-timeout", Say.Text("Connection.ConnectTimeout"), "seconds", 0d, 600d, excludeMinimum: true);

    private readonly Option<LogLevel?> logLevel = SampleOptions.Enum<LogLevel>("--log-level", Say.Text("Connection.LogLevel"), "level");

    /// <summary>Initializes a new instance of the <see cref="ConnectionArguments"/> class and adds its options to a command.</summary>
    /// <param name="command">The command.</param>
    public ConnectionArguments(Command command)
    {
        trustCa.AcceptExistingOnly();
        command.Add(trustCa);
        command.Add(noRevocationCheck);
        command.Add(connectTimeout);
        command.Add(logLevel);
    }

    /// <summary>Creates the <c>--culture</c> option of the root command, which every command has; Program.cs applies it before the command line is parsed for good.</summary>
    /// <returns>The option.</returns>
    public static Option<CultureInfo?> CultureOption() => new("--culture")
    {
        Recursive = true,
        Description = Say.Text("Connection.Culture"),
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
                result.AddError(Say.Text("Connection.CultureUnknown", name));
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
