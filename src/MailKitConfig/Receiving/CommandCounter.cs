using MailKit;

namespace MailKitConfig;

/// <summary>A protocol logger that counts the commands a client sends and passes everything on to the connection's transcript.</summary>
/// <param name="inner">The connection's transcript.</param>
/// <param name="protocol">The protocol: IMAP commands are the tagged lines, POP3 commands every line.</param>
internal sealed class CommandCounter(IProtocolLogger inner, MailProtocol protocol) : IProtocolLogger
{
    private bool atLineStart = true;

    /// <summary>Gets how many commands the client sent.</summary>
    public int Commands { get; private set; }

    /// <inheritdoc />
    public IAuthenticationSecretDetector? AuthenticationSecretDetector
    {
        get => inner.AuthenticationSecretDetector;
        set => inner.AuthenticationSecretDetector = value;
    }

    /// <inheritdoc />
    public void LogConnect(Uri uri) => inner.LogConnect(uri);

    /// <inheritdoc />
    public void LogClient(byte[] buffer, int offset, int count)
    {
        for (var i = offset; i < offset + count; i++)
        {
            // MailKit tags IMAP commands "A" + digits; untagged client lines (DONE, literals, SASL answers) are not commands.
            if (atLineStart && (protocol != MailProtocol.Imap || (buffer[i] == (byte)'A' && i + 1 < offset + count && char.IsAsciiDigit((char)buffer[i + 1]))))
            {
                Commands++;
            }

            atLineStart = buffer[i] == (byte)'\n';
        }

        inner.LogClient(buffer, offset, count);
    }

    /// <inheritdoc />
    public void LogServer(byte[] buffer, int offset, int count) => inner.LogServer(buffer, offset, count);

    /// <inheritdoc />
    public void Dispose() => inner.Dispose();
}
