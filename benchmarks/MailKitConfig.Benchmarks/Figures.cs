using System.Globalization;

/// <summary>The figures every benchmark reports: medians and spreads of runs, and the machine's load.</summary>
internal static class Figures
{
    /// <summary>The median (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>"median (min–max)".</summary>
    public static string Spread(IEnumerable<double> values, string format, string unit = "")
    {
        var list = values.ToList();
        string F(double v) => v.ToString(format, CultureInfo.InvariantCulture) + unit;
        return $"{F(Median(list))} ({F(list.Min())}–{F(list.Max())})";
    }

    /// <summary>The load average over 1, 5 and 15 minutes, as the kernel reports it.</summary>
    public static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
}
