using System.Globalization;
using System.Reflection;
using PolicyBot.Retrieve;

namespace PolicyBot.Benchmarks.Suites;

/// <summary>
/// Variants of <see cref="SearchTuning"/> to compare in one run (one ingest): <c>POLICYBOT_SWEEP="A=1,B=0.5;A=2"</c>,
/// one variant per <c>;</c>, each a list of knob=value over the defaults. Baselines are skipped while sweeping.
/// </summary>
public static class TuningSweep
{
    public static IReadOnlyList<(string Name, SearchTuning Tuning)>? FromEnvironment()
    {
        var spec = Environment.GetEnvironmentVariable("POLICYBOT_SWEEP");
        if (string.IsNullOrWhiteSpace(spec)) return null;
        return spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToArray();
    }

    private static (string, SearchTuning) Parse(string variant)
    {
        var tuning = new SearchTuning();
        foreach (var setting in variant.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = setting.Split('=', 2);
            var property = typeof(SearchTuning).GetProperty(parts[0], BindingFlags.Public | BindingFlags.Instance)
                ?? throw new BenchmarkException($"POLICYBOT_SWEEP: SearchTuning has no knob {parts[0]}");
            var value = property.PropertyType.IsEnum
                ? Enum.Parse(property.PropertyType, parts[1])
                : Convert.ChangeType(parts[1], property.PropertyType, CultureInfo.InvariantCulture);
            tuning = tuning with { };
            property.SetValue(tuning, value);
        }
        return ("[" + variant + "]", tuning);
    }
}
