using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MailKitConfig;

/// <summary>
/// What a receiver remembers about one mailbox (account, protocol and folder) between receives; saved by an
/// <see cref="IMailReceiveStateStore"/> after each accepted message.
/// </summary>
/// <remarks>A plain serializable object, so that a store can keep it anywhere (the default store writes it as JSON).</remarks>
public sealed class MailReceiveState
{
    /// <summary>
    /// Gets the JSON form the library's stores keep the state in (source-generated, so trimming- and AOT-safe;
    /// properties at their default values are left out). A store of your own that keeps the state as JSON can use it
    /// with <see cref="System.Text.Json.JsonSerializer"/>.
    /// </summary>
    public static JsonTypeInfo<MailReceiveState> JsonTypeInfo => ReceiveStateJson.Default.MailReceiveState;

    /// <summary>Gets or sets the mailbox this state belongs to, as the receiver names it.</summary>
    public string Mailbox { get; set; } = string.Empty;

    /// <summary>Gets or sets the IMAP folder's UIDVALIDITY the UIDs below belong to.</summary>
    public uint UidValidity { get; set; }

    /// <summary>Gets or sets the highest IMAP UID looked at: every message up to it was accepted, skipped, or is listed in <see cref="Retries"/>.</summary>
    public uint LastUid { get; set; }

    /// <summary>Gets or sets the folder's UIDNEXT when it was last read completely; a receive that finds it unchanged has nothing to do.</summary>
    public uint UidNext { get; set; }

    /// <summary>Gets or sets, after a UIDVALIDITY change, the UID below which messages are compared with <see cref="Fingerprints"/> to recognise ones already accepted; 0 otherwise.</summary>
    public uint RecheckBelowUid { get; set; }

    /// <summary>Gets or sets the messages not accepted yet that are at or below <see cref="LastUid"/> (IMAP UID or POP3 UIDL as the key).</summary>
    public Dictionary<string, MailReceiveRetry> Retries { get; set; } = [];

    /// <summary>Gets or sets the IMAP UIDs accepted whose after-accept action (mark, move, delete) is not confirmed yet.</summary>
    public List<uint> PendingActions { get; set; } = [];

    /// <summary>Gets or sets fingerprints (Message-Id, date and size) of accepted messages that stay in the folder, oldest first, to recognise them after a UIDVALIDITY change.</summary>
    public List<string> Fingerprints { get; set; } = [];

    /// <summary>Gets or sets the accepted POP3 messages (UIDL, or the fingerprint on servers without UIDL) and when they were accepted.</summary>
    public Dictionary<string, DateTimeOffset> AcceptedUidls { get; set; } = [];
}

/// <summary>A message the handler has not accepted yet.</summary>
public sealed class MailReceiveRetry
{
    /// <summary>Gets or sets how many times in a row the handler failed on it (0: not handed over yet).</summary>
    public int Failures { get; set; }

    /// <summary>Gets or sets a value indicating whether it is parked: not handed over again.</summary>
    public bool Parked { get; set; }

    /// <summary>Gets or sets the handler's last error message.</summary>
    public string? LastError { get; set; }
}

/// <summary>The JSON form of the receive state (source-generated, trimming- and AOT-safe).</summary>
[JsonSerializable(typeof(MailReceiveState))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
internal sealed partial class ReceiveStateJson : JsonSerializerContext;
