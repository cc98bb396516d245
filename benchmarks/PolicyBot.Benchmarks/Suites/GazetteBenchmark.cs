using PolicyBot.Benchmarks.Baseline;
using PolicyBot.Benchmarks.Corpora;
using PolicyBot.Benchmarks.Reporting;
using PolicyBot.Evaluation;
using PolicyBot.Retrieve;

namespace PolicyBot.Benchmarks.Suites;

/// <summary>
/// The dev questions on the gazette alone, then with every policy and law of the shared corpus mixed in as
/// distractors: retrieval metrics of PolicyBot beside the Lucene baseline.
/// </summary>
public static class GazetteBenchmark
{
    public const string Command = "dotnet run -c Release --project benchmarks/PolicyBot.Benchmarks -- gazette";

    public static async Task<ResultTable> RunAsync(BenchmarkContext ctx, CancellationToken ct)
    {
        var table = new ResultTable("Gazette retrieval: dev.jsonl (54 questions, 48 answerable)", Command,
            "corpus", "system", "units", "hitAt1", "hitAt5", "factRecallAt5", "mrrAt10", "docAt1");
        var gazette = GazetteSplitter.Split(ctx.Shared.Gazette);
        ctx.Log($"gazette: {gazette.Count} documents");
        var distractors = DistractorCorpus.Load(ctx.Shared);
        var sweep = TuningSweep.FromEnvironment();
        ctx.Log($"distractors: {distractors.Count} policy and law files");

        foreach (var (corpus, docs, files) in new[]
        {
            ("gazette", (IReadOnlyList<RawDocument>)gazette, (IReadOnlyList<string>)[ctx.Shared.Gazette]),
            ("gazette + policies + laws", [.. gazette, .. distractors], [ctx.Shared.Gazette, .. DistractorCorpus.Files(ctx.Shared)]),
        })
        {
            EvaluationMetrics? baseline = null;
            if (sweep is null)
            {
                ctx.Log($"{corpus}: Lucene baseline over 500-character chunks");
                using var lucene = new LuceneSearch(BaselineUnits.Chunks(docs));
                baseline = await GoldEvaluation.RunAsync(ctx.Shared.Gold, lucene, new TopPassageAnswerer(lucene), ct);
                table.Row(Row(corpus, "Lucene SmartCn BM25", lucene.Count.ToString("N0"), baseline));
                ctx.Save($"gazette-{Slug(corpus)}-lucene", baseline);
            }

            ctx.Log($"{corpus}: PolicyBot");
            try
            {
                await using var product = PolicyBotPipeline.Create(ctx.NewFolder("gazette-index"));
                await product.IngestAsync(files, ctx.Log, ct);
                // Only the retrieval metrics are reported here; the answer stage is measured by `answers`.
                var answerer = product.AnswererIfAny ?? new TopPassageAnswerer(product.Search);
                if (sweep is not null && product.Search is EmbeddedPolicySearch search)
                {
                    foreach (var (name, tuning) in sweep)
                    {
                        search.Tuning = tuning;
                        var variant = await GoldEvaluation.RunAsync(ctx.Shared.Gold, search, answerer, ct);
                        table.Row(Row(corpus, $"PolicyBot {name}", product.Snapshot.ClauseCount.ToString("N0"), variant));
                    }
                    continue;
                }
                var report = await GoldEvaluation.RunAsync(ctx.Shared.Gold, product.Search, answerer, ct);
                table.Row(Row(corpus, "PolicyBot", product.Snapshot.ClauseCount.ToString("N0"), report));
                ctx.Save($"gazette-{Slug(corpus)}-policybot", report);
                table.Row(corpus, "PolicyBot ÷ baseline", "",
                    ResultTable.Ratio(report.HitAt1, baseline!.HitAt1), ResultTable.Ratio(report.HitAt5, baseline.HitAt5),
                    ResultTable.Ratio(report.FactRecallAt5, baseline.FactRecallAt5), ResultTable.Ratio(report.MrrAt10, baseline.MrrAt10),
                    ResultTable.Ratio(report.DocAt1, baseline.DocAt1));
            }
            catch (BenchmarkException e)
            {
                ctx.Log(e.Message);
                table.Row(corpus, "PolicyBot", "pending", "—", "—", "—", "—", "—");
                table.Note($"{corpus}: {e.Message}");
            }
        }
        table.Note("Baseline: Lucene.Net 4.8 SmartChineseAnalyzer BM25 over 500-character chunks (50 overlap) of each document's raw text; " +
                   "question = the user turns joined. CEO's figures for it on the gazette: hitAt1 0.65, hitAt5 0.90, mrrAt10 0.82, docAt1 0.71.");
        return table;
    }

    private static string Slug(string corpus) => corpus == "gazette" ? "alone" : "distractors";

    private static string[] Row(string corpus, string system, string units, EvaluationMetrics m) =>
        [corpus, system, units, ResultTable.F(m.HitAt1), ResultTable.F(m.HitAt5), ResultTable.F(m.FactRecallAt5), ResultTable.F(m.MrrAt10), ResultTable.F(m.DocAt1)];
}
