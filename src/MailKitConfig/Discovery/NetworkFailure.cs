using System.Net.Http;
using System.Net.Sockets;
using DnsClient;

namespace MailKitConfig;

/// <summary>
/// What went wrong on the network during a lookup, as the key of a trace text (<see cref="MailTexts"/>), read from the
/// codes that .NET, the HTTP stack and DnsClient report rather than from their messages, which are English whatever the
/// user's language. A socket's code means what it means for a mail connection (<see cref="MailProblemClassifier"/>).
/// </summary>
internal static class NetworkFailure
{
    /// <summary>Gets the key of the trace text for a network failure, or <see langword="null"/> when the exception is none.</summary>
    /// <param name="failure">The exception of the lookup.</param>
    /// <returns>The key: <c>Trace.TimedOut</c>, <c>Trace.DnsFailed</c> or <c>Trace.Network.</c> and a <see cref="MailProblemKind"/>.</returns>
    public static string? Describe(Exception failure)
    {
        for (var exception = failure; exception is not null; exception = exception.InnerException)
        {
            var key = exception switch
            {
                OperationCanceledException or TimeoutException or DnsResponseException { Code: DnsResponseCode.ConnectionTimeout } => Key(MailProblemKind.Timeout),
                DnsResponseException => "Trace.DnsFailed",
                SocketException socket => Key(MailProblemClassifier.FromSocket(socket.SocketErrorCode).Kind),
                HttpRequestException http => Of(http.HttpRequestError) is { } kind ? Key(kind) : null, // a connection error: its socket says more
                _ => null,
            };
            if (key is not null)
            {
                return key;
            }
        }

        return null;
    }

    private static string Key(MailProblemKind kind) => kind == MailProblemKind.Timeout ? "Trace.TimedOut" : "Trace.Network." + kind;

    /// <summary>The HTTP stack's own reading of a failed request.</summary>
    private static MailProblemKind? Of(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => MailProblemKind.HostNotFound,
        HttpRequestError.SecureConnectionError => MailProblemKind.TlsHandshakeFailed,
        HttpRequestError.ProxyTunnelError => MailProblemKind.ConnectionRefused,
        HttpRequestError.ResponseEnded => MailProblemKind.ConnectionBroken,
        HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => MailProblemKind.ProtocolError,
        _ => null,
    };
}
