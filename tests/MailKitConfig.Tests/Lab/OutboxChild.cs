using System.Diagnostics;

namespace MailKitConfig.Tests.Lab;

/// <summary>The outbox tests' child process (tests/MailKitConfig.OutboxWorker), started with dotnet and killed at chosen points.</summary>
internal sealed class OutboxChild : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3); // a bound for a stuck child, not a timing: loaded machines start processes slowly

    private readonly Process process;

    private OutboxChild(Process process) => this.process = process;

    /// <summary>Starts the child.</summary>
    /// <param name="arguments">Its command line.</param>
    /// <returns>The running child.</returns>
    public static OutboxChild Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MailKitConfig.OutboxWorker.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[LabEnvironment.ConfigVariable] = Environment.GetEnvironmentVariable(LabEnvironment.ConfigVariable) is { Length: > 0 } config ? config : "/tmp/mailkitconfig-lab/lab.json";
        return new OutboxChild(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs the child to its end.</summary>
    /// <param name="arguments">Its command line.</param>
    /// <returns>What it printed.</returns>
    public static async Task<string> RunAsync(params string[] arguments)
    {
        using var child = Start(arguments);
        var output = child.process.StandardOutput.ReadToEndAsync();
        var errors = child.process.StandardError.ReadToEndAsync();
        await child.process.WaitForExitAsync().WaitAsync(Patience);
        child.process.ExitCode.Should().Be(0, await errors);
        return (await output).Trim();
    }

    /// <summary>Reads the next line the child prints.</summary>
    /// <returns>The line.</returns>
    public async Task<string> ReadLineAsync()
        => await process.StandardOutput.ReadLineAsync().WaitAsync(Patience) ?? throw new InvalidOperationException("The child ended: " + await process.StandardError.ReadToEndAsync());

    /// <summary>Kills the child (SIGKILL: no clean-up of any kind) and waits until it is gone.</summary>
    /// <returns>A task that completes when the child is gone.</returns>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().WaitAsync(Patience);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
