using System.Globalization;
using System.Net.Http;
using System.Net.Sockets;
using DnsClient;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.Options;

namespace MailKitConfig.Tests.Discovery;

/// <summary>
/// A lookup that failed on the network is described in the trace by what the network reported, in the user's language,
/// not by the operating system's English message.
/// </summary>
public class NetworkFailureTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    [Test]
    public async Task A_refused_connection_and_an_unknown_name_read_in_russian()
    {
        using var network = new DiscoveryNetwork(Options.Create(new MailDiscoveryOptions()), Options.Create(new MailConnectionOptions()), TimeProvider.System);
        var context = new DiscoveryContext("ann@example.com", MailUsage.SendAndReceive, network, ProviderCatalog.Default, TimeProvider.System, Russian);

        var refused = await Failure(() => network.GetAsync(new Uri($"http://127.0.0.1:{SilentServer.ClosedPort()}/mail/config-v1.1.xml"), 1024, proxy: null, CancellationToken.None));
        var unknown = await Failure(() => network.GetAsync(new Uri("http://autoconfig.example.invalid/mail/config-v1.1.xml"), 1024, proxy: null, CancellationToken.None));

        context.Text(refused).Should().Be("в подключении отказано", refused.ToString());
        context.Text(unknown).Should().Be("имя не найдено в DNS", unknown.ToString());
    }

    [Test]
    public void Every_socket_error_has_a_text_in_english_and_russian()
    {
        foreach (var error in Enum.GetValues<SocketError>())
        {
            var key = NetworkFailure.Describe(new HttpRequestException(HttpRequestError.ConnectionError, "x", new SocketException((int)error)));

            key.Should().NotBeNull(error.ToString());
            MailTexts.Find(key!, CultureInfo.InvariantCulture).Should().NotBeNull(key);
            MailTexts.Find(key!, Russian).Should().NotBe(MailTexts.Find(key!, CultureInfo.InvariantCulture), key);
        }
    }

    [TestCase(HttpRequestError.NameResolutionError, "Trace.Network.HostNotFound")]
    [TestCase(HttpRequestError.SecureConnectionError, "Trace.Network.TlsHandshakeFailed")]
    [TestCase(HttpRequestError.ResponseEnded, "Trace.Network.ConnectionBroken")]
    [TestCase(HttpRequestError.InvalidResponse, "Trace.Network.ProtocolError")]
    [TestCase(HttpRequestError.ProxyTunnelError, "Trace.Network.ConnectionRefused")]
    public void What_the_http_stack_reports_chooses_the_text(HttpRequestError error, string key)
    {
        NetworkFailure.Describe(new HttpRequestException(error, "x")).Should().Be(key);
        MailTexts.Find(key, Russian).Should().NotBeNullOrEmpty();
    }

    [Test]
    public void A_dns_server_that_does_not_answer_timed_out_and_one_that_answers_wrong_failed()
    {
        NetworkFailure.Describe(new DnsResponseException(DnsResponseCode.ConnectionTimeout)).Should().Be("Trace.TimedOut");
        NetworkFailure.Describe(new DnsResponseException(DnsResponseCode.ServerFailure)).Should().Be("Trace.DnsFailed");
        NetworkFailure.Describe(new InvalidDataException("not XML")).Should().BeNull("anything else keeps its own message");
    }

    private static async Task<Exception> Failure(Func<Task> lookup)
    {
        try
        {
            await lookup();
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new AssertionException("the lookup did not fail");
    }
}
