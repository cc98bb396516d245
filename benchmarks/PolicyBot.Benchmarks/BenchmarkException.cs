namespace PolicyBot.Benchmarks;

/// <summary>A benchmark that cannot run; the message is one line that says why and what to do.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
