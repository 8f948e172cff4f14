using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace MailKitConfig.Tests.Sample;

/// <summary>Runs the sample program in its own process, as a user would, and captures what it prints.</summary>
internal static class SampleProgram
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Gets the built sample, as recorded by the test project's build.</summary>
    private static string SamplePath => typeof(SampleProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "MailKitConfig.Sample").Value!;

    /// <summary>Runs the sample with the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code and both outputs.</returns>
    public static Task<SampleRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs the sample with environment variables (configuration such as <c>Mail__Accounts__system__Address</c>) and arguments.</summary>
    /// <param name="environment">The variables to set.</param>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code and both outputs.</returns>
    public static Task<SampleRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) => RunAsync(environment, null, args);

    /// <summary>Runs the sample and hands each line of its standard output to <paramref name="onLine"/> as it is printed (e.g. to act as the user's browser).</summary>
    /// <param name="environment">The variables to set.</param>
    /// <param name="onLine">Called with each output line while the sample runs.</param>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code and both outputs.</returns>
    public static Task<SampleRun> RunAsync(IReadOnlyDictionary<string, string> environment, Func<string, Task>? onLine, params string[] args)
        => RunAsync(environment, onLine, input: "", args);

    /// <summary>Runs the sample with <paramref name="input"/> as its standard input (e.g. JSON lines for <c>explain</c>).</summary>
    /// <param name="input">What the sample reads from standard input.</param>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code and both outputs.</returns>
    public static Task<SampleRun> RunWithInputAsync(string input, params string[] args)
        => RunAsync(new Dictionary<string, string>(), onLine: null, input, args);

    private static async Task<SampleRun> RunAsync(IReadOnlyDictionary<string, string> environment, Func<string, Task>? onLine, string input, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SamplePath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("MAILKITCONFIG_PASSWORD");
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = ReadLinesAsync(process.StandardOutput, onLine); // read while the input is written: a full pipe would stall both
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample did not finish within {Limit.TotalSeconds} s: {string.Join(' ', args)}");
        }

        return new SampleRun(process.ExitCode, await output, await error);
    }

    private static async Task<string> ReadLinesAsync(StreamReader reader, Func<string, Task>? onLine)
    {
        if (onLine is null)
        {
            return await reader.ReadToEndAsync();
        }

        var all = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            all.AppendLine(line);
            await onLine(line);
        }

        return all.ToString();
    }
}

/// <summary>What one run of the sample did.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    /// <inheritdoc />
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}--- stdout:{Environment.NewLine}{Output}--- stderr:{Environment.NewLine}{Error}";
}
