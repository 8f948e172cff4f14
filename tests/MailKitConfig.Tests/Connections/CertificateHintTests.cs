using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.Connections;

/// <summary>
/// Certificates that fail for different reasons give different first hints, in English and Russian: certificates made
/// here with <see cref="CertificateRequest"/> and served by a TLS listener on loopback, checked by the library's real
/// connection code (MailKit, SslStream, X509Chain).
/// </summary>
[Category("Integration")] // real TLS servers on loopback with certificates made here: run on the .NET 10 build only, like the lab tests
public class CertificateHintTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    [Test]
    public async Task A_trusted_company_ca_whose_revocation_cannot_be_checked_names_CheckCertificateRevocation()
    {
        using var ca = CreateAuthority("CN=Company Root CA");
        using var leaf = CreateLeaf(ca, "CN=mail.company.test", ["mail.company.test"], [IPAddress.Loopback], crl: $"http://127.0.0.1:{SilentServer.ClosedPort()}/company.crl");
        await using var server = new TlsServer(leaf);

        var problem = await FailsAsync(server, o =>
        {
            o.TrustedRootCertificates.Add(ca);
            o.CheckCertificateRevocation = true;
        });

        problem.Kind.Should().Be(MailProblemKind.CertificateInvalid);
        problem.Hints[0].Should().Contain("revoked").And.NotContain("TrustedRootCertificates");
        problem.Hints.Should().Contain(h => h.Contains("CheckCertificateRevocation", StringComparison.Ordinal));
        var russian = problem.Localize(Russian);
        russian.Hints[0].Should().Contain("отозван");
        russian.Hints.Should().Contain(h => h.Contains("CheckCertificateRevocation", StringComparison.Ordinal));
    }

    [Test]
    public async Task An_untrusted_root_names_TrustedRootCertificates()
    {
        using var ca = CreateAuthority("CN=Unknown Root CA");
        using var leaf = CreateLeaf(ca, "CN=mail.company.test", ["mail.company.test"], [IPAddress.Loopback], crl: null);
        using var otherRoot = CreateAuthority("CN=Another Trusted Root");
        await using var server = new TlsServer(leaf);

        var problem = await FailsAsync(server, o =>
        {
            o.TrustedRootCertificates.Add(otherRoot);
            o.CheckCertificateRevocation = false;
        });

        problem.Kind.Should().Be(MailProblemKind.CertificateInvalid);
        problem.Hints[0].Should().Contain("not issued by an authority this computer trusts");
        string.Join('\n', problem.Hints).Should().Contain("TrustedRootCertificates").And.NotContain("CheckCertificateRevocation");
        var russian = problem.Localize(Russian);
        russian.Hints[0].Should().Contain("центром сертификации");
        string.Join('\n', russian.Hints).Should().Contain("TrustedRootCertificates");
    }

    [Test]
    public async Task A_wrong_host_name_shows_the_names_the_certificate_holds()
    {
        using var ca = CreateAuthority("CN=Company Root CA");
        using var leaf = CreateLeaf(ca, "CN=mail.company.test", ["mail.company.test", "smtp.company.test"], [], crl: null);
        await using var server = new TlsServer(leaf);

        var problem = await FailsAsync(server, o =>
        {
            o.TrustedRootCertificates.Add(ca);
            o.CheckCertificateRevocation = false;
        });

        problem.Kind.Should().Be(MailProblemKind.CertificateInvalid);
        problem.Hints[0].Should().Contain("mail.company.test, smtp.company.test");
        string.Join('\n', problem.Hints).Should().NotContain("TrustedRootCertificates").And.NotContain("CheckCertificateRevocation");
        var russian = problem.Localize(Russian);
        russian.Hints[0].Should().StartWith("В сертификате указаны имена: mail.company.test, smtp.company.test");
    }

    [Test]
    public async Task The_three_certificate_failures_lead_with_different_hints_in_both_languages()
    {
        using var ca = CreateAuthority("CN=Company Root CA");
        using var revocable = CreateLeaf(ca, "CN=mail.company.test", ["mail.company.test"], [IPAddress.Loopback], crl: $"http://127.0.0.1:{SilentServer.ClosedPort()}/company.crl");
        using var plain = CreateLeaf(ca, "CN=mail.company.test", ["mail.company.test"], [IPAddress.Loopback], crl: null);
        using var otherName = CreateLeaf(ca, "CN=mail.company.test", ["mail.company.test"], [], crl: null);
        using var stranger = CreateAuthority("CN=Unknown Root CA");
        await using var revocationServer = new TlsServer(revocable);
        await using var nameServer = new TlsServer(otherName);
        await using var rootServer = new TlsServer(plain);

        var problems = new[]
        {
            await FailsAsync(revocationServer, o => { o.TrustedRootCertificates.Add(ca); o.CheckCertificateRevocation = true; }),
            await FailsAsync(rootServer, o => { o.TrustedRootCertificates.Add(stranger); o.CheckCertificateRevocation = false; }),
            await FailsAsync(nameServer, o => { o.TrustedRootCertificates.Add(ca); o.CheckCertificateRevocation = false; }),
        };

        problems.Select(p => p.Hints[0]).Should().OnlyHaveUniqueItems();
        problems.Select(p => p.Localize(Russian).Hints[0]).Should().OnlyHaveUniqueItems().And.AllSatisfy(h => h.Should().MatchRegex("[А-Яа-я]"));
    }

    [Test]
    public async Task The_settings_check_gives_the_revocation_hint_for_a_company_ca()
    {
        using var ca = CreateAuthority("CN=Company Root CA");
        using var leaf = CreateLeaf(ca, "CN=mail.company.test", ["mail.company.test"], [IPAddress.Loopback], crl: $"http://127.0.0.1:{SilentServer.ClosedPort()}/company.crl");
        await using var server = new TlsServer(leaf);
        using var services = Services(o => { o.TrustedRootCertificates.Add(ca); o.CheckCertificateRevocation = true; });

        var report = await services.GetRequiredService<IMailDiagnostics>().CheckAsync(server.Account(), new MailCheckOptions { Culture = Russian, TryAlternatives = false });

        var tls = report.Protocols.Single().Steps.Single(s => s.Kind == MailCheckStepKind.Tls);
        tls.Outcome.Should().Be(MailCheckOutcome.Failed);
        tls.Problem!.Kind.Should().Be(MailProblemKind.CertificateInvalid);
        tls.Problem.Hints[0].Should().Contain("отозван");
        tls.Detail.Should().Contain("RevocationStatusUnknown");
    }

    private static async Task<MailProblem> FailsAsync(TlsServer server, Action<MailConnectionOptions> configure)
    {
        using var services = Services(configure);
        var thrown = await FluentActions.Awaiting(() => services.GetRequiredService<MailConnectionFactory>().ConnectSmtpAsync(server.Account(), CancellationToken.None))
            .Should().ThrowAsync<MailOperationException>();
        thrown.Which.Stage.Should().Be(MailOperationStage.Tls);
        return thrown.Which.Problem.Localize(English);
    }

    private static ServiceProvider Services(Action<MailConnectionOptions> configure)
        => new ServiceCollection().AddMailModule(o =>
        {
            o.ConnectTimeout = TimeSpan.FromSeconds(10);
            configure(o);
        }).Services.BuildServiceProvider();

    private static X509Certificate2 CreateAuthority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static X509Certificate2 CreateLeaf(X509Certificate2 authority, string subject, string[] names, IPAddress[] addresses, string? crl)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var alternativeNames = new SubjectAlternativeNameBuilder();
        foreach (var name in names)
        {
            alternativeNames.AddDnsName(name);
        }

        foreach (var address in addresses)
        {
            alternativeNames.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(alternativeNames.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        if (crl is not null)
        {
            request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([crl]));
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(30), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null); // a key the TLS layer can use on every platform
    }

    /// <summary>A server on loopback that does the TLS handshake with a given certificate, then greets as SMTP.</summary>
    private sealed class TlsServer : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly Task serving;

        public TlsServer(X509Certificate2 certificate)
        {
            listener.Start();
            serving = ServeAsync(certificate);
        }

        public MailAccountSettings Account() => new()
        {
            Address = "office@company.test",
            Usage = MailUsage.Send,
            Credentials = MailCredentials.Password("not-sent"),
            Smtp = new ServerEndpoint("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, MailSecurity.ImplicitTls),
        };

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await serving;
            stop.Dispose();
        }

        private Task ServeAsync(X509Certificate2 certificate) => listener.AcceptEachAsync(
            socket => _ = Task.Run(async () =>
            {
                await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: true));
                try
                {
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop.Token);
                    await tls.WriteAsync("220 mail.company.test ESMTP\r\n"u8.ToArray(), stop.Token);
                    await tls.ReadAtLeastAsync(new byte[256], 1, throwOnEndOfStream: false, stop.Token);
                }
                catch (Exception ex) when (ex is IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException or SocketException)
                {
                    // the client refused the certificate, as it should
                }
            }),
            stop.Token);
    }
}
