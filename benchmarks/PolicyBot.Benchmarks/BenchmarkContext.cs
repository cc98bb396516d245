using System.Text.Json;
using PolicyBot.Contracts;
using System.Diagnostics;
using PolicyBot.Benchmarks.Corpora;

namespace PolicyBot.Benchmarks;

/// <summary>What every benchmark gets: the shared corpora, a work folder for indexes, the options, a progress log.</summary>
public sealed class BenchmarkContext(SharedFolder shared, string workFolder, BenchmarkOptions options)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public SharedFolder Shared => shared;
    public BenchmarkOptions Options => options;

    /// <summary>A fresh, empty folder under the work folder.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(workFolder, name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes <paramref name="value"/> as JSON beside the indexes (per-question results, for reading failures).</summary>
    public void Save(string name, object value)
    {
        var path = Path.Combine(workFolder, name + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(value, value.GetType(), PolicyBotJson.Indented));
        Log($"details: {path}");
    }

    public void Log(string message) => Console.Error.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {message}");
}
