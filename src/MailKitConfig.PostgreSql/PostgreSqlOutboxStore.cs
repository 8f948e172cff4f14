using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace MailKitConfig.PostgreSql;

/// <summary>
/// The outbox shared by several application servers in one PostgreSQL database: messages (MIME in <c>bytea</c>) are
/// claimed with <c>SELECT … FOR UPDATE SKIP LOCKED</c> and a lease (owner, expiry by the database's clock) that is
/// renewed while they are sent. Every change a server makes to a claimed message requires that it still holds the
/// claim, so a server whose lease expired can neither send nor settle a message another server has taken over.
/// A claim also marks its messages' transfers as started, in the same statement: the outbox claims only messages it
/// takes in hand at once, and marks each as soon as it has it in hand (while it waits for a connection), so a separate
/// mark would only cost a round trip and a commit per message. <see cref="MarkTransferStartedAsync"/> then only checks
/// that the claim is still held: from the time of its claim or last renewal, or in the database when that is too long ago.
/// The outcomes of concurrent messages are written together, one transaction for all that wait, and a claim goes into
/// the same transaction as the outcomes waiting with it, so that a server settling messages and claiming the next ones
/// costs one round trip and one commit, not two.
/// </summary>
internal sealed class PostgreSqlOutboxStore : IMailOutboxStore, IAsyncDisposable, IDisposable
{
    /// <summary>How often completed messages are purged at most.</summary>
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    /// <summary>How many columns <see cref="Columns"/> names (the claim's content follows them).</summary>
    private const int ColumnCount = 21;

    private const string Columns = "id, account, message_id, recipients, created, status, attempts, next_attempt, completed, transfer_in_progress, server_response, failure_kind, failure_transient, failure_protocol, failure_stage, failure_message, failure_reply, failure_host, failure_port, failure_wait, size";

    private readonly PostgreSqlDatabase database;
    private readonly NpgsqlDataSource dataSource;
    private readonly string table;
    private readonly TimeSpan lease;
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, long> claimed = new(StringComparer.Ordinal); // id → when its lease was last set (a timestamp taken before the statement)
    private readonly ConcurrentDictionary<string, byte[]> prefetched = new(StringComparer.Ordinal);
    private readonly long memoryLimit;
    private readonly ITimer renewal;
    private readonly List<Change> changes = [];
    private bool writing;
    private long lastPurge = long.MinValue;
    private long lastRecovery = long.MinValue;

    /// <summary>Initializes a new instance of the <see cref="PostgreSqlOutboxStore"/> class.</summary>
    /// <param name="database">The database (connections, schema).</param>
    /// <param name="options">The lease.</param>
    /// <param name="time">The clock of the lease renewal.</param>
    public PostgreSqlOutboxStore(PostgreSqlDatabase database, IOptions<PostgreSqlOutboxOptions> options, TimeProvider time)
    {
        this.database = database;
        dataSource = database.DataSource;
        table = database.Schema + ".outbox";
        lease = options.Value.LeaseDuration;
        memoryLimit = options.Value.MemoryContentLimit;
        this.time = time;
        renewal = time.CreateTimer(_ => _ = RenewAsync(), null, lease / 3, lease / 3);
    }

    /// <summary>Gets this server's name in the leases.</summary>
    internal string Owner => owner;

    /// <inheritdoc />
    public async Task<MailOutboxEntry> AddAsync(MailOutboxEntry entry, Func<Stream, CancellationToken, Task> writeContent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(writeContent);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var content = new ContentBuffer(memoryLimit);
        await using var disposeContent = content.ConfigureAwait(false);
        await writeContent(content, cancellationToken).ConfigureAwait(false);
        await content.FlushAsync(cancellationToken).ConfigureAwait(false);
        content.Position = 0;
        var stored = entry with { Size = content.Length };
        await using var command = dataSource.CreateCommand($"""
            insert into {table} (id, account, message_id, recipients, created, status, attempts, next_attempt, size, content)
            values ($1, $2, $3, $4, $5, 'Queued', 0, $6, $7, $8)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = stored.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = Key(stored.Account) });
        command.Parameters.Add(new NpgsqlParameter { Value = stored.MessageId });
        command.Parameters.Add(new NpgsqlParameter { Value = stored.Recipients.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = stored.Created });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)stored.NextAttempt ?? stored.Created });
        command.Parameters.Add(new NpgsqlParameter { Value = stored.Size });
        command.Parameters.Add(new NpgsqlParameter { Value = content, NpgsqlDbType = NpgsqlDbType.Bytea }); // streamed from the buffer
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Looks at most every quarter of the lease (each pass of the outbox asks): a claim is found abandoned a lease
    /// after its server stopped renewing it, so looking more often would find it no sooner worth counting.
    /// </remarks>
    public async Task<IReadOnlyList<MailOutboxEntry>> RecoverAbandonedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Due(ref lastRecovery, lease / 4))
        {
            return [];
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand($"""
            update {table} o set
                status = case when transfer_in_progress then 'DeliveryUnknown' else 'Queued' end,
                completed = case when transfer_in_progress then $1 end,
                failure_kind = case when transfer_in_progress then 'ConnectionBroken' else failure_kind end,
                failure_transient = case when transfer_in_progress then false else failure_transient end,
                failure_protocol = case when transfer_in_progress then 'Smtp' else failure_protocol end,
                failure_stage = case when transfer_in_progress then 'Data' else failure_stage end,
                failure_message = case when transfer_in_progress then $2 else failure_message end,
                failure_reply = case when transfer_in_progress then null else failure_reply end,
                failure_wait = case when transfer_in_progress then null else failure_wait end,
                transfer_in_progress = false, lease_owner = null, lease_expires = null
            where o.id = any(array(select id from {table} where status = 'Sending' and lease_expires < now() for update skip locked))
            returning {Prefixed("o")}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = "The server that was sending the message stopped during the transfer (its claim expired); the mail server may have accepted it, so it was not sent again." });
        var settled = await ReadAsync(command, cancellationToken).ConfigureAwait(false);
        return settled.Where(e => e.Status == MailOutboxStatus.DeliveryUnknown).ToList();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Written by the one writer, with the marks and outcomes waiting at that moment (one round trip, one commit):
    /// the messages a server has just settled and the ones it claims next go to the database together. The claim comes
    /// after those changes in the transaction, and after every change handed over before it.
    /// </remarks>
    public async Task<IReadOnlyList<MailOutboxEntry>> ClaimAsync(string account, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var claim = new Change(new Claim(Key(account), now, max));
        await WriteAsync(claim).ConfigureAwait(false);
        return claim.Claimed.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    /// <remarks>
    /// The claim marked the transfer already (see the class). The claim is surely still held when it was taken or
    /// renewed less than half a lease ago (the lease's expiry, by the database's clock, was set after the local time
    /// taken before the statement); otherwise the database is asked, together with the outcomes of other messages
    /// waiting at that moment (one commit), and the lease is renewed with it.
    /// </remarks>
    public Task<bool> MarkTransferStartedAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        cancellationToken.ThrowIfCancellationRequested();
        return claimed.TryGetValue(id, out var leased) && time.GetElapsedTime(leased) < lease / 2
            ? Task.FromResult(true)
            : WriteAsync(new Change(id, null));
    }

    /// <inheritdoc />
    public async Task<Stream> OpenContentAsync(string id, CancellationToken cancellationToken)
    {
        if (prefetched.TryRemove(id, out var small))
        {
            return new MemoryStream(small, writable: false);
        }

        // Streamed from the connection into a buffer (a temporary file when large), never whole in memory.
        await using var command = dataSource.CreateCommand($"select content from {table} where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The outbox has no message {id}.");
            }

            var content = new ContentBuffer(memoryLimit);
            try
            {
                var column = await reader.GetStreamAsync(0, cancellationToken).ConfigureAwait(false);
                await using (column.ConfigureAwait(false))
                {
                    await column.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
                }

                content.Position = 0;
                return content;
            }
            catch
            {
                await content.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Written together with the marks and outcomes of other messages waiting at that moment (one commit).</remarks>
    public Task<bool> UpdateAsync(MailOutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        claimed.TryRemove(entry.Id, out _);
        prefetched.TryRemove(entry.Id, out _);
        return WriteAsync(new Change(entry.Id, entry));
    }

    /// <inheritdoc />
    public async Task<MailOutboxEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand($"select {Columns} from {table} where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MailOutboxEntry>> ListAsync(MailOutboxStatus? status, int max, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand($"select {Columns} from {table} where $1::text is null or status = $1 order by id limit $2");
        command.Parameters.Add(Nullable(status?.ToString(), NpgsqlDbType.Text));
        command.Parameters.Add(new NpgsqlParameter { Value = max });
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Deletes at most once a minute (each pass of the outbox asks); the others find nothing to do.</remarks>
    public async Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken)
    {
        if (!Due(ref lastPurge, PurgeInterval))
        {
            return 0;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand($"delete from {table} where completed < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = completedBefore });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates or migrates the schema once per process (also done by the first operation).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => database.EnsureSchemaAsync(cancellationToken);

    /// <summary>Stops renewing leases (the connections belong to the database).</summary>
    /// <returns>A task that completes when the renewal stopped.</returns>
    public ValueTask DisposeAsync() => renewal.DisposeAsync();

    /// <summary>Stops renewing leases.</summary>
    public void Dispose() => renewal.Dispose();

    /// <summary>Returns whether an occasional task is due (its last run was at least <paramref name="interval"/> ago) and, if so, takes its turn.</summary>
    private bool Due(ref long last, TimeSpan interval)
    {
        var now = time.GetTimestamp();
        var seen = Interlocked.Read(ref last);
        return (seen == long.MinValue || time.GetElapsedTime(seen, now) >= interval) && Interlocked.CompareExchange(ref last, now, seen) == seen;
    }

    /// <summary>Accounts are keyed by their address in upper case (addresses compare without case here).</summary>
    private static string Key(string account) => account.ToUpperInvariant();

    private static string Prefixed(string alias) => string.Join(", ", Columns.Split(", ").Select(c => alias + "." + c));

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static async Task<List<MailOutboxEntry>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<MailOutboxEntry>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(Read(reader));
            }
        }

        return entries;
    }

    private static MailOutboxEntry Read(NpgsqlDataReader row)
    {
        T? Get<T>(int ordinal) => row.IsDBNull(ordinal) ? default : row.GetFieldValue<T>(ordinal);
        var failure = row.IsDBNull(11) ? null : new MailOutboxFailure(
            Enum.Parse<MailProblemKind>(row.GetString(11)),
            row.GetBoolean(12),
            Enum.Parse<MailProtocol>(row.GetString(13)),
            Enum.Parse<MailOperationStage>(row.GetString(14)),
            row.GetString(15))
        {
            ServerReply = Get<string>(16),
            Host = Get<string>(17),
            Port = row.IsDBNull(18) ? null : row.GetInt32(18),
            RetryAfter = row.IsDBNull(19) ? null : row.GetFieldValue<TimeSpan>(19),
        };
        return new MailOutboxEntry(row.GetString(0), row.GetString(1), row.GetString(2), row.GetFieldValue<string[]>(3), row.GetFieldValue<DateTimeOffset>(4))
        {
            Status = Enum.Parse<MailOutboxStatus>(row.GetString(5)),
            Attempts = row.GetInt32(6),
            NextAttempt = row.IsDBNull(7) ? null : row.GetFieldValue<DateTimeOffset>(7),
            Completed = row.IsDBNull(8) ? null : row.GetFieldValue<DateTimeOffset>(8),
            TransferInProgress = row.GetBoolean(9),
            ServerResponse = Get<string>(10),
            LastFailure = failure,
            Size = row.GetInt64(20),
        };
    }

    /// <summary>The statement that records an outcome of an attempt and releases the claim (a sent message's content is emptied).</summary>
    private NpgsqlBatchCommand Outcome(MailOutboxEntry entry)
    {
        var failure = entry.LastFailure;
        var sentContent = entry.Status == MailOutboxStatus.Sent ? ", content = ''::bytea" : string.Empty;
        var command = new NpgsqlBatchCommand($"""
            update {table} set status = $3, attempts = $4, next_attempt = $5, completed = $6, transfer_in_progress = $7,
                server_response = $8, failure_kind = $9, failure_transient = $10, failure_protocol = $11, failure_stage = $12,
                failure_message = $13, failure_reply = $14, failure_host = $15, failure_port = $16, failure_wait = $17,
                lease_owner = null, lease_expires = null{sentContent}
            where id = $1 and status = 'Sending' and lease_owner = $2
            returning id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Status.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Attempts });
        command.Parameters.Add(Nullable(entry.NextAttempt, NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Nullable(entry.Completed, NpgsqlDbType.TimestampTz));
        command.Parameters.Add(new NpgsqlParameter { Value = entry.TransferInProgress });
        command.Parameters.Add(Nullable(entry.ServerResponse, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(failure?.Kind.ToString(), NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(failure?.IsTransient, NpgsqlDbType.Boolean));
        command.Parameters.Add(Nullable(failure?.Protocol.ToString(), NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(failure?.Stage.ToString(), NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(failure?.Message, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(failure?.ServerReply, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(failure?.Host, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(failure?.Port, NpgsqlDbType.Integer));
        command.Parameters.Add(Nullable(failure?.RetryAfter, NpgsqlDbType.Interval));
        return command;
    }

    /// <summary>
    /// Hands a change of a claimed message to the one writer, which writes every change waiting at that moment as one
    /// batch in one transaction (one round trip, one commit; group commit, as the spool's journal does).
    /// </summary>
    /// <returns>Whether this server still held the claim: the change was made.</returns>
    private Task<bool> WriteAsync(Change change)
    {
        lock (changes)
        {
            changes.Add(change);
            if (writing)
            {
                return change.Done.Task; // the writer at work takes it with the next batch
            }

            writing = true;
        }

        // Started on the thread pool, so that the changes handed over together (the outcomes the outbox hands over
        // before a claim, and the claim) go in one batch.
        _ = Task.Run(WriteChangesAsync, CancellationToken.None);
        return change.Done.Task;
    }

    /// <summary>The one writer: writes what is waiting, batch after batch, until nothing is.</summary>
    private async Task WriteChangesAsync()
    {
        while (true)
        {
            Change[] batch;
            lock (changes)
            {
                if (changes.Count == 0)
                {
                    writing = false;
                    return;
                }

                batch = [.. changes];
                changes.Clear();
            }

            try
            {
                var made = await WriteBatchAsync(batch).ConfigureAwait(false);
                foreach (var change in batch)
                {
                    change.Done.TrySetResult(made.Contains(change));
                }
            }
            catch (Exception ex)
            {
                foreach (var change in batch)
                {
                    change.Done.TrySetException(ex); // nothing of the batch was committed
                }
            }
        }
    }

    /// <summary>
    /// Writes changes in one transaction: the checks of claims (transfer marks, which also renew their leases) in one
    /// statement, each outcome in one, then each new claim in one.
    /// </summary>
    /// <returns>The marks and outcomes made (this server still held their claims); the claims keep what they got.</returns>
    private async Task<HashSet<Change>> WriteBatchAsync(Change[] batch)
    {
        var marks = batch.Where(c => c.Id is not null && c.Outcome is null).ToDictionary(c => c.Id!, StringComparer.Ordinal);
        var outcomes = batch.Where(c => c.Outcome is not null).ToList();
        var claims = batch.Where(c => c.Claim is not null).ToList();
        var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var statements = new NpgsqlBatch(connection);
            await using (statements.ConfigureAwait(false))
            {
                if (marks.Count > 0)
                {
                    var mark = new NpgsqlBatchCommand($"""
                        update {table} set transfer_in_progress = true, lease_expires = now() + $3
                        where id = any($1) and status = 'Sending' and lease_owner = $2
                        returning id
                        """);
                    mark.Parameters.Add(new NpgsqlParameter { Value = marks.Keys.ToArray() });
                    mark.Parameters.Add(new NpgsqlParameter { Value = owner });
                    mark.Parameters.Add(new NpgsqlParameter { Value = lease });
                    statements.BatchCommands.Add(mark);
                }

                outcomes.ForEach(c => statements.BatchCommands.Add(Outcome(c.Outcome!)));
                claims.ForEach(c => statements.BatchCommands.Add(ClaimCommand(c.Claim!)));
                var made = new HashSet<Change>();
                var leased = time.GetTimestamp();
                var reader = await statements.ExecuteReaderAsync().ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (marks.Count > 0)
                    {
                        while (await reader.ReadAsync().ConfigureAwait(false))
                        {
                            made.Add(marks[reader.GetString(0)]);
                        }

                        foreach (var (id, mark) in marks)
                        {
                            if (!made.Contains(mark))
                            {
                                claimed.TryRemove(id, out _); // lost: this server is done with it
                            }
                            else if (claimed.TryGetValue(id, out var before))
                            {
                                claimed.TryUpdate(id, leased, before); // renewed with the check
                            }
                        }

                        await reader.NextResultAsync().ConfigureAwait(false);
                    }

                    foreach (var outcome in outcomes)
                    {
                        if (await reader.ReadAsync().ConfigureAwait(false))
                        {
                            made.Add(outcome);
                        }

                        await reader.NextResultAsync().ConfigureAwait(false);
                    }

                    foreach (var claim in claims)
                    {
                        while (await reader.ReadAsync().ConfigureAwait(false))
                        {
                            var entry = Read(reader);
                            claim.Claimed.Add(entry);
                            claimed[entry.Id] = leased;
                            if (!reader.IsDBNull(ColumnCount))
                            {
                                prefetched[entry.Id] = reader.GetFieldValue<byte[]>(ColumnCount); // small: comes with the claim, no second round trip
                            }
                        }

                        await reader.NextResultAsync().ConfigureAwait(false);
                    }
                }

                return made;
            }
        }
    }

    /// <summary>The statement that claims due messages of an account, marks their transfers and returns them (with the content of small ones).</summary>
    private NpgsqlBatchCommand ClaimCommand(Claim claim)
    {
        var command = new NpgsqlBatchCommand($"""
            update {table} o set status = 'Sending', attempts = o.attempts + 1, transfer_in_progress = true, lease_owner = $4, lease_expires = now() + $5
            where o.id = any(array(
                select id from {table}
                where status = 'Queued' and account = $1 and next_attempt <= $2
                order by id limit $3
                for update skip locked))
            returning {Prefixed("o")}, case when o.size <= $6 then o.content end
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Account });
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Now });
        command.Parameters.Add(new NpgsqlParameter { Value = claim.Max });
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = lease });
        command.Parameters.Add(new NpgsqlParameter { Value = memoryLimit });
        return command;
    }

    /// <summary>Extends the leases of the messages this server is sending.</summary>
    private async Task RenewAsync()
    {
        if (claimed.IsEmpty)
        {
            return;
        }

        try
        {
            await using var command = dataSource.CreateCommand($"update {table} set lease_expires = now() + $3 where id = any($1) and lease_owner = $2 and status = 'Sending' returning id");
            command.Parameters.Add(new NpgsqlParameter { Value = claimed.Keys.ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = owner });
            command.Parameters.Add(new NpgsqlParameter { Value = lease });
            var leased = time.GetTimestamp();
            var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    var id = reader.GetString(0);
                    if (claimed.TryGetValue(id, out var before))
                    {
                        claimed.TryUpdate(id, leased, before); // unless settled meanwhile
                    }
                }
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or InvalidOperationException)
        {
            // the database is unreachable or the store is closing: the claims may expire and another server takes them over
        }
    }

    /// <summary>A claim waiting to be written: due messages of an account (its key), at most <see cref="Max"/>.</summary>
    private sealed record Claim(string Account, DateTimeOffset Now, int Max);

    /// <summary>
    /// A change waiting to be written: the transfer mark of a claimed message, the outcome of its attempt, or a new
    /// claim (whose messages are collected in <see cref="Claimed"/>).
    /// </summary>
    private sealed class Change
    {
        public Change(string id, MailOutboxEntry? outcome)
        {
            Id = id;
            Outcome = outcome;
        }

        public Change(Claim claim) => Claim = claim;

        public string? Id { get; }

        public MailOutboxEntry? Outcome { get; }

        public Claim? Claim { get; }

        public List<MailOutboxEntry> Claimed { get; } = [];

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
