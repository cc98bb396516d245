using PolicyBot.Benchmarks.Corpora;
using PolicyBot.Benchmarks.Reporting;
using PolicyBot.Benchmarks.Suites;

namespace PolicyBot.Benchmarks;

/// <summary>Runs the benchmark a command names (or all of them), prints the tables, and optionally rewrites docs/benchmarks.md.</summary>
public static class BenchmarkRunner
{
    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken ct)
    {
        var shared = SharedFolder.Locate();
        var work = options.WorkFolder ?? Path.Combine(shared.RepoRoot, "artifacts", "bench");
        Directory.CreateDirectory(work);
        var ctx = new BenchmarkContext(shared, work, options);
        ctx.Log($"shared corpora: {shared.Root} (override with {SharedFolder.EnvironmentVariable}); work folder: {work}");

        var tables = new List<ResultTable>();
        var all = options.Command == "all";
        if (all || options.Command == "gazette") tables.Add(Print(await GazetteBenchmark.RunAsync(ctx, ct)));
        if (all || options.Command == "stard") tables.Add(Print(await StardBenchmark.RunAsync(ctx, ct)));
        if (all || options.Command == "answers") tables.AddRange((await AnswersBenchmark.RunAsync(ctx, ct)).Select(Print));
        if (all || options.Command == "speed") tables.Add(Print(await SpeedBenchmark.RunAsync(ctx, ct)));

        if (options.WriteDocs)
        {
            var docs = BenchmarksDoc.Rewrite(Path.Combine(shared.RepoRoot, "docs", "benchmarks.md"), tables, MachineInfo.Describe(shared.RepoRoot));
            ctx.Log($"figures written to {docs}");
        }
        return 0;
    }

    private static ResultTable Print(ResultTable table)
    {
        Console.WriteLine(table.ToConsole());
        return table;
    }
}
