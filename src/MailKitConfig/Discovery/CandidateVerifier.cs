using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;

namespace MailKitConfig;

/// <summary>
/// Logs in to candidate servers (never sends mail): candidates in order until one accepts; the login the source names,
/// else the full address and then the local part. A password goes only to trusted candidates over encrypted
/// connections unless the host app allows otherwise, and a server that refuses the credentials ends the search for
/// that protocol (trying more servers with a refused password only locks accounts).
/// </summary>
internal sealed class CandidateVerifier(MailConnectionFactory connections)
{
    /// <summary>Finds the first candidate of a protocol that accepts the login.</summary>
    /// <param name="context">The call's context.</param>
    /// <param name="candidates">The candidates of one protocol, preferred first.</param>
    /// <param name="credentials">The credentials.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The verified candidate with its login, or the problem of the last failure.</returns>
    public async Task<VerifiedServer> VerifyAsync(DiscoveryContext context, IReadOnlyList<MailServerCandidate> candidates, MailCredentials credentials, CancellationToken cancellationToken)
    {
        MailProblem? problem = null;
        var options = context.Network.Options;
        foreach (var candidate in candidates)
        {
            var started = context.Elapsed;
            if (!candidate.IsTrusted && !options.AllowUntrustedServers)
            {
                context.Record(candidate.Source, DiscoveryOutcome.Skipped, context.Text("Trace.UntrustedSource", candidate.Protocol, candidate.Endpoint), started, candidate);
                continue;
            }

            if (candidate.Endpoint.Security is MailSecurity.None && credentials.Kind != MailCredentialKind.OAuth && !options.AllowPlaintextLogin)
            {
                context.Record(candidate.Source, DiscoveryOutcome.Skipped, context.Text("Trace.Unencrypted", candidate.Protocol, candidate.Endpoint), started, candidate);
                continue;
            }

            var logins = candidate.Login is { } named ? [named] : new[] { context.Address, context.LocalPart }.Distinct(StringComparer.Ordinal).ToArray();
            foreach (var login in logins)
            {
                started = context.Elapsed;
                var outcome = await LoginAsync(context, candidate, login, credentials, cancellationToken).ConfigureAwait(false);
                if (outcome is null)
                {
                    context.Record(candidate.Source, DiscoveryOutcome.Verified, context.Text("Trace.LoggedIn", candidate.Protocol, candidate.Endpoint, login), started, candidate);
                    return new VerifiedServer(candidate with { Login = login }, null);
                }

                problem = outcome;
                context.Record(candidate.Source, DiscoveryOutcome.Rejected, context.Text("Trace.LoginRefused", candidate.Protocol, candidate.Endpoint, login, outcome.Kind, outcome.ServerReply).TrimEnd(), started, candidate, outcome);
                if (!ProblemKinds.RefusesCredentials(outcome.Kind))
                {
                    break; // the server, not the login, failed: the next candidate may work
                }
            }

            if (problem is { } last && ProblemKinds.RefusesCredentials(last.Kind))
            {
                return new VerifiedServer(null, last);
            }
        }

        return new VerifiedServer(null, problem);
    }


    /// <summary>Connects through the discovery DNS and logs in once; returns <see langword="null"/> on success, else the problem.</summary>
    private async Task<MailProblem?> LoginAsync(DiscoveryContext context, MailServerCandidate candidate, string login, MailCredentials credentials, CancellationToken cancellationToken)
    {
        var endpoint = candidate.Endpoint;
        var account = new MailAccountSettings
        {
            Address = context.Address,
            Login = login,
            Credentials = credentials,
            Usage = candidate.Protocol == MailProtocol.Smtp ? MailUsage.Send : MailUsage.Receive,
            Smtp = candidate.Protocol == MailProtocol.Smtp ? endpoint : null,
            Imap = candidate.Protocol == MailProtocol.Imap ? endpoint : null,
            Pop3 = candidate.Protocol == MailProtocol.Pop3 ? endpoint : null,
        };
        Socket? socket;
        try
        {
            socket = await context.Network.ConnectMailAsync(endpoint.Host, endpoint.Port, connections.Options.ConnectTimeout, context.Proxy, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            var failure = new MailFailure(candidate.Protocol, MailOperationStage.Connect) { Exception = ex, Host = endpoint.Host, Port = endpoint.Port, Security = endpoint.Security };
            return MailProblemClassifier.Classify(failure, context.Culture);
        }

        var transcript = new ProtocolTranscript();
        MailService client = candidate.Protocol switch
        {
            MailProtocol.Imap => new ImapClient(transcript),
            MailProtocol.Pop3 => new Pop3Client(transcript),
            _ => new SmtpClient(transcript),
        };
        try
        {
            await using var connection = await connections.OpenAsync(candidate.Protocol, endpoint, client, transcript, credentials.Kind, socket, context.Proxy, cancellationToken).ConfigureAwait(false);
            if (!connection.Client.IsSecure && credentials.Kind != MailCredentialKind.OAuth && !context.Network.Options.AllowPlaintextLogin)
            {
                return MailProblemClassifier.Classify(new MailFailure(candidate.Protocol, MailOperationStage.Authentication) { Host = endpoint.Host, Port = endpoint.Port, Security = endpoint.Security, ReplyText = transcript.LastReply }, context.Culture);
            }

            await MailConnectionFactory.LoginAsync(connection, account, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (MailOperationException ex)
        {
            return ex.Problem.Localize(context.Culture);
        }
        finally
        {
            transcript.Dispose();
        }
    }
}

/// <summary>The outcome of verifying one protocol.</summary>
/// <param name="Server">The candidate that accepted the login (with the login that worked), or <see langword="null"/>.</param>
/// <param name="Problem">Why none did, when none did.</param>
internal sealed record VerifiedServer(MailServerCandidate? Server, MailProblem? Problem);
