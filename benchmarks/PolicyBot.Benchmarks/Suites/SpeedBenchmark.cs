using System.Diagnostics;
using PolicyBot.Benchmarks.Corpora;
using PolicyBot.Benchmarks.Reporting;
using PolicyBot.Evaluation;
using PolicyBot.Retrieve;

namespace PolicyBot.Benchmarks.Suites;

/// <summary>
/// Ingest throughput (embedding included), index size on disk, load time, query latency and peak memory with the
/// embedded store, at growing corpus sizes made from the real corpora (<see cref="SyntheticCorpus"/>).
/// </summary>
public static class SpeedBenchmark
{
    public const string Command = "dotnet run -c Release --project benchmarks/PolicyBot.Benchmarks -- speed [--sizes 1000,100000,1000000]";

    public static async Task<ResultTable> RunAsync(BenchmarkContext ctx, CancellationToken ct)
    {
        var table = new ResultTable("Speed and memory (embedded store)", Command,
            "clauses (target)", "clauses", "corpus MB", "ingest MB/s", "index MB", "load s", "query p50 ms", "query p95 ms", "managed heap MB", "peak working set MB");
        var queries = Queries(ctx);
        foreach (var size in ctx.Options.Sizes.Order())
        {
            try
            {
                table.Row(await MeasureAsync(ctx, size, queries, ct));
            }
            catch (BenchmarkException e)
            {
                ctx.Log(e.Message);
                table.Row(size.ToString("N0"), "pending", "—", "—", "—", "—", "—", "—", "—", "—").Note($"{size:N0}: {e.Message}");
                break;
            }
        }
        table.Note("Corpora: the shared policies and laws, copied round after round with perturbed 文号 and titles up to the target clause count. " +
                   $"Queries: {ctx.Options.Queries} (STARD questions and the dev turns), after one warm-up query. " +
                   "Ingest: parse, index commit, analysis and embedding (timed after the model is loaded). Load: open the index folder and answer a first query. " +
                   "Peak working set is the process's peak so far (sizes run smallest first). " +
                   "Targets: p50 ≤ 20 ms at 100k and ≤ 150 ms at 1M, peak memory at 1M ≤ 3 GB, ingest ≥ 2 MB/s.");
        return table;
    }

    private static async Task<string[]> MeasureAsync(BenchmarkContext ctx, int size, IReadOnlyList<string> queries, CancellationToken ct)
    {
        ctx.Log($"speed {size:N0}: writing the synthetic corpus");
        var (files, bytes) = SyntheticCorpus.Build(ctx.Shared, size, ctx.NewFolder($"speed-{size}-corpus"));
        var indexPath = ctx.NewFolder($"speed-{size}-index");

        ctx.Log($"speed {size:N0}: ingesting {files.Count} files, {bytes / 1e6:0.0} MB");
        var ingest = await IngestAsync(ctx, indexPath, files, ct);
        await Task.Yield(); // leave this frame, so that nothing on its stack keeps the writer alive
        ctx.Log($"speed {size:N0}: after ingest {Memory()}");
        var indexBytes = Directory.EnumerateFiles(indexPath, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var load = Stopwatch.StartNew();
        await using var reader = PolicyBotPipeline.Create(indexPath);
        var clauses = reader.Snapshot.ClauseCount;
        await reader.Search.SearchAsync(new SearchQuery(queries[0]), ct);
        load.Stop();
        ctx.Log($"speed {size:N0}: loaded in {load.Elapsed.TotalSeconds:0.0} s, {Memory()}");

        ctx.Log($"speed {size:N0}: {clauses:N0} clauses; timing {ctx.Options.Queries} queries");
        var latency = new Latency();
        for (var i = 0; i < ctx.Options.Queries; i++)
        {
            var q = queries[i % queries.Count];
            await latency.TimeAsync(() => reader.Search.SearchAsync(new SearchQuery(q), ct));
        }
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        return
        [
            size.ToString("N0"), clauses.ToString("N0"), ResultTable.F(bytes / 1e6, "0.0"), ResultTable.F(bytes / 1e6 / ingest.TotalSeconds, "0.00"),
            ResultTable.F(indexBytes / 1e6, "0.0"), ResultTable.F(load.Elapsed.TotalSeconds, "0.00"), ResultTable.F(latency.Percentile(50), "0.0"),
            ResultTable.F(latency.Percentile(95), "0.0"), ResultTable.F(heap / 1e6, "0"), ResultTable.F(peak / 1e6, "0"),
        ];
    }

    /// <summary>
    /// Ingests in a pipeline of its own that is unreachable once ingest is done. An async method's locals live on in
    /// its task after it returns, and the caller's frame may hold that task while the index is loaded and queried: the
    /// pipeline is therefore cleared, not just disposed, or the reader's figures would include the writer's memory.
    /// </summary>
    private static async Task<TimeSpan> IngestAsync(BenchmarkContext ctx, string indexPath, IReadOnlyList<string> files, CancellationToken ct)
    {
        var writer = PolicyBotPipeline.Create(indexPath);
        try
        {
            _ = writer.Search; // loads the embedding model and dictionaries: start-up, not ingest
            var ingest = Stopwatch.StartNew();
            await writer.IngestAsync(files, ctx.Log, ct);
            return ingest.Elapsed;
        }
        finally
        {
            await writer.DisposeAsync();
            writer = null;
        }
    }

    private static string Memory() =>
        $"managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1e6:0} MB, working set {Environment.WorkingSet / 1e6:0} MB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB";

    private static IReadOnlyList<string> Queries(BenchmarkContext ctx)
    {
        var stard = StardQuestion.Load(ctx.Shared.Stard).Select(q => q.Question);
        var dev = GoldSet.LoadAsync(ctx.Shared.Gold).GetAwaiter().GetResult().Select(q => q.Turns[^1]);
        return dev.Concat(stard).ToArray();
    }
}
