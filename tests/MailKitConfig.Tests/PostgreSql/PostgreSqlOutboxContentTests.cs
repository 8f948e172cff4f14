using System.Security.Cryptography;
using MailKitConfig.PostgreSql;
using MailKitConfig.Tests.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig.Tests.PostgreSql;

/// <summary>Large messages go into and out of the lab's PostgreSQL as streams, never whole in memory.</summary>
[Category("Integration")]
public class PostgreSqlOutboxContentTests : LabSchemaTests
{
    private const int Chunk = 64 * 1024;

    [Test]
    public async Task A_32_MB_message_is_streamed_into_the_database_and_out_of_it_allocating_a_small_fraction_of_its_size()
    {
        const long Size = 32L * 1024 * 1024;
        using var services = Services();
        var store = services.GetRequiredService<IMailOutboxStore>();
        var now = DateTimeOffset.UtcNow;
        await store.ListAsync(null, 1, default); // the schema exists before the measurement
        var written = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[Chunk];

        var beforeAdd = GC.GetTotalAllocatedBytes(precise: true);
        var stored = await store.AddAsync(new MailOutboxEntry("large-1", Lab.Alice.Address, "large@lab.test", [Lab.Bob.Address], now) { NextAttempt = now }, async (stream, token) =>
        {
            for (var offset = 0L; offset < Size; offset += Chunk)
            {
                RandomNumberGenerator.Fill(block);
                written.AppendData(block);
                await stream.WriteAsync(block, token);
            }
        }, default);
        var addAllocated = GC.GetTotalAllocatedBytes(precise: true) - beforeAdd;

        (await store.ClaimAsync(Lab.Alice.Address, now, 1, default)).Should().ContainSingle();
        var read = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var beforeRead = GC.GetTotalAllocatedBytes(precise: true);
        long length = 0;
        await using (var content = await store.OpenContentAsync("large-1", default))
        {
            int count;
            while ((count = await content.ReadAsync(block)) > 0)
            {
                read.AppendData(block, 0, count);
                length += count;
            }
        }

        var readAllocated = GC.GetTotalAllocatedBytes(precise: true) - beforeRead;
        TestContext.Out.WriteLine($"32 MiB message: {addAllocated / 1024} KiB allocated while queued, {readAllocated / 1024} KiB while read back");

        stored.Size.Should().Be(Size);
        length.Should().Be(Size);
        read.GetHashAndReset().Should().Equal(written.GetHashAndReset());
        addAllocated.Should().BeLessThan(Size / 8, "the content is streamed into the database, not held in memory");
        readAllocated.Should().BeLessThan(Size / 8, "the content is streamed out of the database into a temporary file");
    }

    [Test]
    public async Task A_large_message_queued_in_PostgreSQL_is_sent_from_its_stream_and_arrives_once()
    {
        var attachment = Path.Combine(Path.GetTempPath(), $"mkc-pg-large-{Guid.NewGuid():N}.bin");
        try
        {
            await using (var file = File.Create(attachment))
            {
                var block = new byte[Chunk];
                for (var i = 0; i < 80; i++)
                {
                    RandomNumberGenerator.Fill(block);
                    await file.WriteAsync(block);
                }
            }

            using var services = Services();
            var outbox = services.GetRequiredService<IMailOutbox>();
            var account = new MailAccountSettings { Address = Lab.Alice.Address, Usage = MailUsage.Send, Smtp = new ServerEndpoint(Lab.Host, Lab.Ports.Smtp, MailSecurity.None) };
            var id = await outbox.EnqueueAsync(account, new OutgoingMessage { Subject = "Large from PostgreSQL " + Guid.NewGuid(), TextBody = "attached", To = { Lab.Bob.Address }, Attachments = { MailAttachment.FromFile(attachment) } });
            var queued = (await outbox.GetAsync(id))!;

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var run = await outbox.SendPendingAsync(account.Address);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            TestContext.Out.WriteLine($"{queued.Size / 1024} KiB message: {allocated / 1024} KiB allocated while sent from the outbox");

            run.Sent.Should().Be(1);
            queued.Size.Should().BeGreaterThan(5 * 1024 * 1024);
            var arrived = await LabMail.ReadFromImapAsync(Lab.Bob, queued.MessageId); // waits for it; fails on a second copy
            arrived.Attachments.Should().ContainSingle();
            allocated.Should().BeLessThan(queued.Size / 2, "the message is sent from a temporary file, not from memory");
        }
        finally
        {
            File.Delete(attachment);
        }
    }

    private ServiceProvider Services()
        => LabMail.CreateServices(module: m => m.UsePostgreSqlOutbox(LabSchema.ConnectionString, o => o.Schema = Schema.Name));
}
