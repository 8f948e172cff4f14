using MailKit;
using MailKit.Net.Smtp;

namespace MailKitConfig;

/// <summary>A connected (and usually authenticated) MailKit client, leased to one caller, with the server's last reply.</summary>
/// <typeparam name="TClient">The MailKit client type.</typeparam>
internal sealed class MailConnection<TClient> : IAsyncDisposable
    where TClient : MailService
{
    /// <summary>How long a goodbye (QUIT/LOGOUT) may wait for the server's answer.</summary>
    internal static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(5);

    private readonly TimeProvider time;

    internal MailConnection(TClient client, MailProtocol protocol, ServerEndpoint endpoint, ProtocolTranscript replies, MailCredentialKind? credentials, TimeProvider time)
    {
        this.time = time;
        Credentials = credentials;
        Client = client;
        Protocol = protocol;
        Endpoint = endpoint;
        Replies = replies;
    }

    /// <summary>Gets the MailKit client; not thread-safe, used by one caller at a time.</summary>
    public TClient Client { get; }

    /// <summary>Gets the protocol spoken.</summary>
    public MailProtocol Protocol { get; }

    /// <summary>Gets the server connected to.</summary>
    public ServerEndpoint Endpoint { get; }

    /// <summary>Gets the kind of credentials the connection logs in with, or <see langword="null"/> when it does not log in.</summary>
    public MailCredentialKind? Credentials { get; }

    /// <summary>Gets the server's replies as seen by the protocol logger.</summary>
    public ProtocolTranscript Replies { get; }

    /// <summary>Gets or sets the slot of a shared connection limit the connection holds (given back when it closes), or <see langword="null"/>.</summary>
    public IMailConnectionSlot? Slot { get; set; }

    /// <summary>Gets a value indicating whether the connection's slot in a shared connection limit was lost: it must not be used again.</summary>
    public bool SlotLost => Slot?.Lost.IsCancellationRequested == true;

    /// <summary>Gets the server certificate seen in the TLS handshake, if there was one.</summary>
    public TlsCertificateInfo? Certificate { get; internal set; }

    /// <summary>Wraps a failure at a step of this connection with the server's last reply.</summary>
    /// <param name="stage">The step that failed.</param>
    /// <param name="failure">The exception that reported it.</param>
    /// <param name="description">A description replacing the inner exception's message, or <see langword="null"/>.</param>
    /// <returns>The exception to throw.</returns>
    public MailOperationException Fail(MailOperationStage stage, Exception? failure, string? description = null)
        => MailFailures.Create(Protocol, stage, Endpoint, Replies.ReplyForFailure, failure, description, Credentials);

    /// <summary>Says goodbye to the server (QUIT/LOGOUT) when still connected, then releases the client; never throws.</summary>
    /// <returns>A task that completes when the client is released.</returns>
    public async ValueTask DisposeAsync() => await CloseAsync().ConfigureAwait(false);

    /// <summary>
    /// Says goodbye to the server (QUIT/LOGOUT) when still connected, waiting at most <see cref="QuitTimeout"/> for its
    /// answer, then releases the client.
    /// </summary>
    /// <returns>The failure of the goodbye (the server did not answer in time, or the connection broke), or <see langword="null"/>; the work is done either way.</returns>
    public async ValueTask<Exception?> CloseAsync()
    {
        try
        {
            if (Client.IsConnected)
            {
                using var quit = new CancellationTokenSource(QuitTimeout, time);
                await Client.DisconnectAsync(quit: true, quit.Token).ConfigureAwait(false);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ProtocolException or CommandException or SmtpCommandException or TimeoutException)
        {
            return ex; // the work is done; a server that does not answer QUIT in time changes nothing for the caller
        }
        finally
        {
            Client.Dispose();
            if (Slot is { } slot)
            {
                await slot.DisposeAsync().ConfigureAwait(false); // after the connection is gone: the server never sees one more than the limit
            }
        }
    }

    /// <summary>Drops the connection without a goodbye; its slot, if any, is given back in the background.</summary>
    public void Drop()
    {
        Client.Dispose();
        if (Slot is { } slot)
        {
            _ = slot.DisposeAsync().AsTask();
        }
    }
}
