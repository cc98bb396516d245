using PolicyBot.Benchmarks.Baseline;
using PolicyBot.Benchmarks.Corpora;
using PolicyBot.Benchmarks.Reporting;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.KnownQuestions;

namespace PolicyBot.Benchmarks.Suites;

/// <summary>
/// STARD: real citizens' legal questions against the laws corpus, one article a clause. A retrieved clause counts
/// when its document came from one of the gold article's files and its label is the gold 第X条.
/// </summary>
public static class StardBenchmark
{
    public const string Command = "dotnet run -c Release --project benchmarks/PolicyBot.Benchmarks -- stard";

    public static async Task<ResultTable> RunAsync(BenchmarkContext ctx, CancellationToken ct)
    {
        var table = new ResultTable("STARD statute retrieval (laws corpus, one article a clause)", Command,
            "split", "system", "questions", "articles", "Recall@10", "Recall@100", "MRR@10");
        var questions = StardQuestion.Load(ctx.Shared.Stard);
        var files = Directory.EnumerateFiles(ctx.Shared.Laws, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var articles = files.SelectMany(LawArticleSplitter.Split).ToArray();
        ctx.Log($"STARD: {questions.Count} questions; laws: {files.Length} files, {articles.Length} articles");

        var present = articles.Select(a => Key(ctx, a.File, a.Label)).ToHashSet(StringComparer.Ordinal);
        var goldArticles = questions.SelectMany(q => q.GoldArticles).ToArray();
        var covered = goldArticles.Count(g => g.Keys.Any(present.Contains));
        table.Note($"The baseline's article splitter holds {covered} of {goldArticles.Length} gold articles ({(double)covered / goldArticles.Length:P1}).");

        var sweep = TuningSweep.FromEnvironment();
        if (sweep is null) await BaselineRowsAsync(ctx, table, questions, files, articles, goldArticles, ct);

        try
        {
            await using var product = PolicyBotPipeline.Create(ctx.NewFolder("stard-index"));
            await product.IngestAsync(files, ctx.Log, ct);
            var search = product.Search as EmbeddedPolicySearch
                ?? throw new BenchmarkException("the question-log rows need the embedded search (PolicyBot:VectorStore:Provider=Embedded)");
            var train = questions.Where(q => q.Split == "train").ToArray();
            foreach (var (name, tuning) in sweep ?? [("", search.Tuning)])
            {
                search.Tuning = tuning;
                var system = name.Length == 0 ? "PolicyBot" : $"PolicyBot {name}";
                foreach (var split in ctx.Options.Splits)
                {
                    search.KnownQuestions = null;
                    var m = await ScoreAsync(ctx, search, questions.Where(q => q.Split == split).ToArray(), ct);
                    table.Row(split, system, m.Questions.ToString(), product.Snapshot.ClauseCount.ToString("N0"),
                        ResultTable.F(m.RecallAt10), ResultTable.F(m.RecallAt100), ResultTable.F(m.MrrAt10));
                }
                foreach (var split in ctx.Options.Splits)
                {
                    var m = await ScoreWithLogAsync(ctx, search, train, questions.Where(q => q.Split == split).ToArray(), ct);
                    table.Row(split, system + " + question log", m.Questions.ToString(), product.Snapshot.ClauseCount.ToString("N0"),
                        ResultTable.F(m.RecallAt10), ResultTable.F(m.RecallAt100), ResultTable.F(m.MrrAt10));
                }
                search.KnownQuestions = null;
            }
            var testGold = questions.Where(q => q.Split == "test").SelectMany(q => q.GoldArticles).Select(g => g.Keys.First()).ToArray();
            var trainGold = train.SelectMany(q => q.GoldArticles).Select(g => g.Keys.First()).ToHashSet(StringComparer.Ordinal);
            table.Note($"\"+ question log\": the train questions with their gold articles as the log of known questions " +
                       $"(`PolicyBot:Retrieval:KnownQuestions`); {testGold.Count(trainGold.Contains)} of the {testGold.Length} test gold articles " +
                       $"({testGold.Distinct().Count(trainGold.Contains)} of {testGold.Distinct().Count()} distinct) " +
                       "are also gold for some train question, so these rows are not comparable with the baseline's. On train, two-fold: " +
                       "each half is scored with the other half as the log. Test questions are never in the log.");
        }
        catch (BenchmarkException e)
        {
            ctx.Log(e.Message);
            table.Row("test", "PolicyBot", "pending", "—", "—", "—", "—");
            table.Note(e.Message);
        }
        table.Note("Targets for PolicyBot with the Local embedder on test: Recall@10 ≥ 0.6, Recall@100 ≥ 0.85, MRR@10 ≥ 0.5. " +
                   "CEO's Lucene figures on test: 0.472 / 0.645 / 0.385. `train` is for tuning; `test` is the figure.");
        return table;
    }

    private static async Task BaselineRowsAsync(BenchmarkContext ctx, ResultTable table, IReadOnlyList<StardQuestion> questions,
        string[] files, LawArticle[] articles, StardArticle[] goldArticles, CancellationToken ct)
    {
            var ingested = BaselineUnits.Ingested(files, ct);
            var ingestedKeys = ingested.Select(u => Key(ctx, u.Item1.Source, u.Item2.Label)).ToHashSet(StringComparer.Ordinal);
            var coveredByIngest = goldArticles.Count(g => g.Keys.Any(ingestedKeys.Contains));
            table.Note($"PolicyBot's ingest makes {ingested.Count:N0} clauses of the laws, holding {coveredByIngest} of {goldArticles.Length} gold articles ({(double)coveredByIngest / goldArticles.Length:P1}).");
            ctx.Log($"ingest clauses: {ingested.Count}, gold covered {coveredByIngest}");
            using (var lucene = new LuceneSearch(ingested))
            {
                foreach (var split in ctx.Options.Splits)
                {
                    var m = await ScoreAsync(ctx, lucene, questions.Where(q => q.Split == split).ToArray(), ct);
                    table.Row(split, "Lucene over ingest clauses", m.Questions.ToString(), ingested.Count.ToString("N0"),
                        ResultTable.F(m.RecallAt10), ResultTable.F(m.RecallAt100), ResultTable.F(m.MrrAt10));
                }
            }
            using (var lucene = new LuceneSearch(BaselineUnits.Articles(articles)))
            {
                ctx.Log("STARD: Lucene baseline index built");
                foreach (var split in ctx.Options.Splits)
                {
                    var m = await ScoreAsync(ctx, lucene, questions.Where(q => q.Split == split).ToArray(), ct);
                    table.Row(split, "Lucene SmartCn BM25", m.Questions.ToString(), articles.Length.ToString("N0"),
                        ResultTable.F(m.RecallAt10), ResultTable.F(m.RecallAt100), ResultTable.F(m.MrrAt10));
                }
            }
    }

    /// <summary>
    /// The figures with a question log: for test, the whole train split is the log; for train, each half (by position)
    /// is scored with the other half as the log, so no question ever finds itself.
    /// </summary>
    private static async Task<StardScore> ScoreWithLogAsync(BenchmarkContext ctx, EmbeddedPolicySearch search, StardQuestion[] train,
        StardQuestion[] questions, CancellationToken ct)
    {
        if (questions.Length == 0 || questions[0].Split != "train")
        {
            search.KnownQuestions = Log(train);
            return await ScoreAsync(ctx, search, questions, ct);
        }
        var folds = new[] { questions.Where((_, i) => i % 2 == 0).ToArray(), questions.Where((_, i) => i % 2 == 1).ToArray() };
        var scores = new List<StardScore>();
        for (var f = 0; f < 2; f++)
        {
            var asked = folds[f].Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            search.KnownQuestions = Log(train.Where(q => !asked.Contains(q.Id)));
            scores.Add(await ScoreAsync(ctx, search, folds[f], ct));
        }
        int n = scores.Sum(s => s.Questions);
        return new StardScore(n, scores.Sum(s => s.RecallAt10 * s.Questions) / n, scores.Sum(s => s.RecallAt100 * s.Questions) / n,
            scores.Sum(s => s.MrrAt10 * s.Questions) / n);
    }

    /// <summary>Questions with their gold articles as a question log (one entry per article and file that holds it).</summary>
    public static KnownQuestionLog Log(IEnumerable<StardQuestion> questions) =>
        new(questions.SelectMany(q => q.GoldArticles.SelectMany(g => g.CorpusFiles.Select(f => new KnownQuestion(q.Question, f, g.Article)))));

    /// <summary>With <c>POLICYBOT_STARD_DUMP=FILE</c>, every question's first 100 clauses are written there (JSON lines) for analysis.</summary>
    private static readonly StreamWriter? Dump = Environment.GetEnvironmentVariable("POLICYBOT_STARD_DUMP") is { Length: > 0 } path
        ? new StreamWriter(path) { AutoFlush = true } : null;

    /// <summary>Recall@k: share of a question's gold articles among the first k clauses, averaged; MRR@10: 1/rank of the first gold clause.</summary>
    public static async Task<StardScore> ScoreAsync(BenchmarkContext ctx, IPolicySearch search, IReadOnlyList<StardQuestion> questions, CancellationToken ct)
    {
        double r10 = 0, r100 = 0, mrr = 0;
        foreach (var q in questions)
        {
            var passages = await search.SearchAsync(new SearchQuery(q.Question) { Top = 100 }, ct);
            var keys = passages.Select(p => Key(ctx, p.Document.Source, p.Clause.Label)).ToArray();
            int FoundIn(int k) => q.GoldArticles.Count(g => g.Keys.Any(gk => keys.Take(k).Contains(gk, StringComparer.Ordinal)));
            var gold = q.GoldArticles.SelectMany(g => g.Keys).ToHashSet(StringComparer.Ordinal);
            var first = Array.FindIndex(keys, k => gold.Contains(k));
            Dump?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                q = q.Question, split = q.Split, gold = q.GoldArticles.Select(g => g.Keys.First()),
                top = passages.Select((p, i) => new { k = keys[i], t = p.Document.Title, s = p.Score }),
            }));
            r10 += (double)FoundIn(10) / q.GoldArticles.Count;
            r100 += (double)FoundIn(100) / q.GoldArticles.Count;
            mrr += first is >= 0 and < 10 ? 1.0 / (first + 1) : 0;
        }
        var n = Math.Max(questions.Count, 1);
        return new StardScore(questions.Count, r10 / n, r100 / n, mrr / n);
    }

    /// <summary>The article key of a clause: its source file relative to corpus/ and its label.</summary>
    private static string Key(BenchmarkContext ctx, string source, string? label)
    {
        var full = Path.GetFullPath(source, ctx.Shared.RepoRoot);
        var rel = Path.GetRelativePath(ctx.Shared.Corpus, full);
        return StardArticle.ArticleKey(rel, label is null ? null : ChineseArticleLabel(label));
    }

    /// <summary>The label in the gold's form: 第X条 without white space.</summary>
    private static string ChineseArticleLabel(string label) => string.Concat(label.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>STARD figures for one split.</summary>
public sealed record StardScore(int Questions, double RecallAt10, double RecallAt100, double MrrAt10);
