using MailKitConfig.Tests.Lab;

namespace MailKitConfig.Tests.Storage;

public class TemporaryFileTests
{
    [Test]
    public void A_temporary_file_is_new_readable_only_by_its_user_and_deleted_when_closed()
    {
        string path;
        using (var file = TemporaryFile.Create())
        {
            path = file.Name;
            Path.GetDirectoryName(path).Should().Be(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar));
            File.Exists(path).Should().BeTrue();
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "received and sent mail is nobody else's to read");
            }
        }

        File.Exists(path).Should().BeFalse();
    }

    [Test]
    public async Task A_stream_that_cannot_seek_is_copied_whole_and_the_copy_can_be_read_again()
    {
        var bytes = Enumerable.Range(0, 200_001).Select(i => (byte)i).ToArray();
        using var source = new ForwardOnlyStream(new MemoryStream(bytes));

        await using var copy = await TemporaryFile.CopyAsync(source, bytes.Length, CancellationToken.None);

        copy.Should().NotBeNull();
        copy!.Position.Should().Be(0);
        for (var pass = 0; pass < 2; pass++)
        {
            using var read = new MemoryStream();
            copy.Position = 0;
            await copy.CopyToAsync(read);
            read.ToArray().Should().Equal(bytes);
        }
    }

    [Test]
    public async Task A_stream_longer_than_the_limit_is_not_copied_and_leaves_no_file()
    {
        var before = LibraryFiles();
        using var source = new ForwardOnlyStream(new MemoryStream(new byte[100_001]));

        var copy = await TemporaryFile.CopyAsync(source, 100_000, CancellationToken.None);

        copy.Should().BeNull();
        await NoNewFileRemainsAsync(before);
    }

    [Test]
    public async Task A_source_that_fails_half_way_leaves_no_file()
    {
        var before = LibraryFiles();
        using var source = new FailingStream(100_000);

        await FluentActions.Awaiting(() => TemporaryFile.CopyAsync(source, long.MaxValue, CancellationToken.None)).Should().ThrowAsync<IOException>();

        await NoNewFileRemainsAsync(before);
    }

    private static string[] LibraryFiles() => Directory.GetFiles(Path.GetTempPath(), "mailkitconfig-*");

    /// <summary>
    /// Checks that no temporary file made since <paramref name="before"/> remains. Other test runs on the machine make
    /// such files too, for moments: a file that stays for seconds is this test's leak.
    /// </summary>
    private static async Task NoNewFileRemainsAsync(string[] before)
    {
        for (var wait = 0; wait < 50 && LibraryFiles().Except(before).Any(); wait++)
        {
            await Task.Delay(100);
        }

        LibraryFiles().Except(before).Should().BeEmpty();
    }

    /// <summary>Gives zeros, then fails like a broken network stream.</summary>
    private sealed class FailingStream(long failAfter) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= failAfter)
            {
                throw new IOException("The connection was reset.");
            }

            var n = (int)Math.Min(count, failAfter - position);
            Array.Clear(buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
