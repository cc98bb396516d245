using System.Globalization;

namespace PolicyBot.LoadTest;

/// <summary>Throughput and latency percentiles of one scenario.</summary>
public sealed record LatencyReport(string Scenario, int Requests, int Errors, TimeSpan Elapsed, int Concurrency, IReadOnlyList<double> LatenciesMs)
{
    public double Throughput => Requests / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Nearest-rank percentile of the latencies, in milliseconds.</summary>
    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0) return double.NaN;
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string MarkdownHeader =>
        "| scenario | requests | errors | concurrency | elapsed (s) | throughput (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string MarkdownRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Scenario} | {Requests} | {Errors} | {Concurrency} | {Elapsed.TotalSeconds:F1} | {Throughput:F1} | {Percentile(50):F1} | {Percentile(90):F1} | {Percentile(99):F1} | {Percentile(100):F1} |");
}
