using PolicyBot.Answer;
using PolicyBot.Benchmarks.Baseline;
using PolicyBot.Benchmarks.Corpora;
using PolicyBot.Benchmarks.Reporting;
using PolicyBot.Evaluation;

namespace PolicyBot.Benchmarks.Suites;

/// <summary>
/// The answer metrics on dev.jsonl (the configured answerer, extractive by default) beside the baseline's
/// top-passage "answer", per question type, and the latency of <c>ask</c> at gazette scale.
/// </summary>
public static class AnswersBenchmark
{
    public const string Command = "dotnet run -c Release --project benchmarks/PolicyBot.Benchmarks -- answers";
    private const int Rounds = 5;

    public static async Task<IReadOnlyList<ResultTable>> RunAsync(BenchmarkContext ctx, CancellationToken ct)
    {
        var metrics = new ResultTable("Answers: dev.jsonl on the gazette", Command,
            "system", "factCoverage", "allFacts", "citationHit", "citationPrecision", "refusalAccuracy", "falseRefusalRate", "hitAt1", "docAt1");
        var byType = new ResultTable("Answers by question type (PolicyBot)", Command,
            "type", "n", "hitAt1", "hitAt5", "mrrAt10", "docAt1", "factCoverage", "allFacts", "citationHit", "refusalAccuracy", "falseRefusalRate");
        var latency = new ResultTable("ask latency at gazette scale (54 questions × 5 rounds after a warm-up round)", Command,
            "system", "calls", "p50 ms", "p95 ms");

        using var lucene = new LuceneSearch(BaselineUnits.Chunks(GazetteSplitter.Split(ctx.Shared.Gazette)));
        var baselineAnswerer = new TopPassageAnswerer(lucene);
        var baseline = await GoldEvaluation.RunAsync(ctx.Shared.Gold, lucene, baselineAnswerer, ct);
        metrics.Row(Row("Lucene top passage", baseline));
        var baselineLatency = await TimeAsksAsync(ctx, baselineAnswerer, ct);
        latency.Row("Lucene top passage", baselineLatency.Count.ToString(), ResultTable.F(baselineLatency.Percentile(50), "0.0"), ResultTable.F(baselineLatency.Percentile(95), "0.0"));

        try
        {
            await using var product = PolicyBotPipeline.Create(ctx.NewFolder("answers-index"));
            await product.IngestAsync([ctx.Shared.Gazette], ctx.Log, ct);
            var report = await GoldEvaluation.RunAsync(ctx.Shared.Gold, product.Search, product.Answerer, ct);
            metrics.Row(Row("PolicyBot", report));
            ctx.Save("answers-policybot", report);
            metrics.Row("PolicyBot ÷ baseline",
                ResultTable.Ratio(report.FactCoverage, baseline.FactCoverage), ResultTable.Ratio(report.AllFacts, baseline.AllFacts),
                ResultTable.Ratio(report.CitationHit, baseline.CitationHit), ResultTable.Ratio(report.CitationPrecision, baseline.CitationPrecision),
                "—", "—", ResultTable.Ratio(report.HitAt1, baseline.HitAt1), ResultTable.Ratio(report.DocAt1, baseline.DocAt1));
            foreach (var (type, m) in report.ByType.Append(new("all", report)))
                byType.Row(type, m.Questions.ToString(), ResultTable.F(m.HitAt1), ResultTable.F(m.HitAt5), ResultTable.F(m.MrrAt10),
                    ResultTable.F(m.DocAt1), ResultTable.F(m.FactCoverage), ResultTable.F(m.AllFacts), ResultTable.F(m.CitationHit),
                    ResultTable.F(m.RefusalAccuracy), ResultTable.F(m.FalseRefusalRate));
            var asks = await TimeAsksAsync(ctx, product.Answerer, ct);
            latency.Row("PolicyBot", asks.Count.ToString(), ResultTable.F(asks.Percentile(50), "0.0"), ResultTable.F(asks.Percentile(95), "0.0"));
        }
        catch (BenchmarkException e)
        {
            ctx.Log(e.Message);
            metrics.Row("PolicyBot", "pending", "—", "—", "—", "—", "—", "—", "—").Note(e.Message);
            byType.Row("all", "pending", "—", "—", "—", "—", "—", "—", "—", "—", "—").Note(e.Message);
            latency.Row("PolicyBot", "pending", "—", "—").Note(e.Message);
        }
        metrics.Note("The baseline's answer is its top passage, cited, never refused: an upper bound for plain retrieval; it cannot refuse.");
        latency.Note("Target for PolicyBot: p50 ≤ 30 ms.");
        return [metrics, byType, latency];
    }

    private static async Task<Latency> TimeAsksAsync(BenchmarkContext ctx, IAnswerer answerer, CancellationToken ct)
    {
        var questions = await GoldSet.LoadAsync(ctx.Shared.Gold, ct);
        var conversations = questions.Select(GoldEvaluation.Conversation).ToArray();
        foreach (var c in conversations) await answerer.AnswerAsync(c, ct);
        var latency = new Latency();
        for (var round = 0; round < Rounds; round++)
            foreach (var c in conversations) await latency.TimeAsync(() => answerer.AnswerAsync(c, ct));
        return latency;
    }

    private static string[] Row(string system, EvaluationMetrics m) =>
    [
        system, ResultTable.F(m.FactCoverage), ResultTable.F(m.AllFacts), ResultTable.F(m.CitationHit), ResultTable.F(m.CitationPrecision),
        ResultTable.F(m.RefusalAccuracy), ResultTable.F(m.FalseRefusalRate), ResultTable.F(m.HitAt1), ResultTable.F(m.DocAt1),
    ];
}
