using System.Globalization;

/// <summary>
/// The CPU time used so far by the lab's mail servers: every process under the Postfix and Dovecot masters whose
/// working directories are in the lab's state directory (Postfix keeps its pid file locked), with the children they
/// reaped (Linux <c>/proc</c>; zero elsewhere).
/// </summary>
internal sealed class LabCpu(string labState)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly string[] masterDirectories = [Path.Combine(labState, "postfix", "spool"), Path.Combine(labState, "dovecot", "run")];

    /// <summary>Gets the servers' CPU time so far.</summary>
    /// <returns>The CPU time, or zero when it cannot be read.</returns>
    public TimeSpan Now()
    {
        if (!Directory.Exists("/proc"))
        {
            return TimeSpan.Zero;
        }

        var parents = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } stat)
            {
                parents[pid] = stat;
            }
        }

        var roots = parents.Where(p => masterDirectories.Contains(WorkingDirectory(p.Key))).Select(p => p.Key).ToHashSet();
        long total = 0;
        foreach (var (pid, (_, ticks)) in parents)
        {
            for (var p = pid; parents.TryGetValue(p, out var s); p = s.Parent)
            {
                if (roots.Contains(p))
                {
                    total += ticks;
                    break;
                }
            }
        }

        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    private static string? WorkingDirectory(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The parent and utime + stime + cutime + cstime of a process, or null when it is gone.</summary>
    private static (int Parent, long Ticks)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' '); // fields from the 3rd (state) on
            long F(int n) => long.Parse(fields[n - 3], CultureInfo.InvariantCulture);
            return ((int)F(4), F(14) + F(15) + F(16) + F(17));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
