using System.Diagnostics;

namespace PolicyBot.Benchmarks.Reporting;

/// <summary>Wall-clock timings of repeated calls, summarised as percentiles in milliseconds.</summary>
public sealed class Latency
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var sw = Stopwatch.StartNew();
        var result = await call();
        _ms.Add(sw.Elapsed.TotalMilliseconds);
        return result;
    }

    /// <summary>The nearest-rank percentile (p in 0..100).</summary>
    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
