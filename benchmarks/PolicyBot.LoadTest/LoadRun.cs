using System.Collections.Concurrent;
using System.Diagnostics;

namespace PolicyBot.LoadTest;

/// <summary>Sends at most <c>requests</c> requests with <c>concurrency</c> in flight, stopping early when the time is up.</summary>
public static class LoadRun
{
    /// <param name="send">Sends request number i; true when the reply is what the scenario expects.</param>
    public static async Task<LatencyReport> RunAsync(
        string scenario, int requests, int concurrency, TimeSpan duration, Func<int, CancellationToken, Task<bool>> send, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var next = -1;
        using var timeUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeUp.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while (!timeUp.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try { ok = await send(i, timeUp.Token); }
                catch (OperationCanceledException) when (timeUp.IsCancellationRequested) { break; }
                catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException)
                {
                    Console.Error.WriteLine($"{scenario} #{i}: {e.Message}");
                    ok = false;
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref errors);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        return new LatencyReport(scenario, latencies.Count, errors, clock.Elapsed, concurrency, latencies.ToArray());
    }
}
