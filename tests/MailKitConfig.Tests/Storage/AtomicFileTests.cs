namespace MailKitConfig.Tests.Storage;

public class AtomicFileTests
{
    [Test]
    public async Task A_file_written_with_an_owner_only_mode_is_never_readable_by_others_and_replaces_the_old_one()
    {
        var directory = Directory.CreateTempSubdirectory("mkc-atomic-").FullName;
        try
        {
            var path = Path.Combine(directory, "secret.json");
            await File.WriteAllTextAsync(path, "old");
            UnixFileMode? seen = null;

            await AtomicFile.WriteAsync(
                path,
                async (stream, token) =>
                {
                    if (!OperatingSystem.IsWindows())
                    {
                        seen = File.GetUnixFileMode(((FileStream)stream).Name); // the temporary file, while the secret is written
                    }

                    await stream.WriteAsync("new"u8.ToArray(), token);
                },
                CancellationToken.None,
                unixMode: UnixFileMode.UserRead | UnixFileMode.UserWrite);

            (await File.ReadAllTextAsync(path)).Should().Be("new");
            Directory.GetFiles(directory).Should().ContainSingle("the temporary file was renamed into place");
            if (!OperatingSystem.IsWindows())
            {
                seen.Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
                File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
