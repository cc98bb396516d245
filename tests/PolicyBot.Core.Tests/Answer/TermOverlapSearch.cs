using PolicyBot.Domain;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>
/// TEST-ONLY minimal search while the retrieval stage's EmbeddedPolicySearch is not in main: BM25 over the
/// ChineseAnalyzer terms of each clause with its document title and headings; a follow-up adds the earlier user
/// turns' terms at half weight.
/// </summary>
internal sealed class TermOverlapSearch : IPolicySearch
{
    private const double K1 = 1.2, B = 0.75;
    private readonly ChineseAnalyzer _analyzer = new();
    private readonly List<(Clause Clause, PolicyDocument Document, Dictionary<string, int> Tf, int Length)> _clauses = [];
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public TermOverlapSearch(IReadOnlyList<PolicyDocument> documents)
    {
        foreach (var d in documents)
            foreach (var c in d.Clauses)
            {
                var terms = _analyzer.Analyze($"{d.Title} {c.Section} {c.Text}");
                var tf = terms.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                foreach (var t in tf.Keys) _df[t] = _df.GetValueOrDefault(t) + 1;
                _clauses.Add((c, d, tf, terms.Count));
            }
        _averageLength = _clauses.Count == 0 ? 1 : _clauses.Average(c => c.Length);
    }

    public Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in _analyzer.Analyze(query.Text)) weights[t] = 1;
        foreach (var turn in query.History.Where(t => t.IsUser).TakeLast(2))
            foreach (var t in _analyzer.Analyze(turn.Content)) weights.TryAdd(t, 0.5);
        var n = _clauses.Count;
        var scored = _clauses.Select(c =>
        {
            double score = 0;
            foreach (var (t, w) in weights)
            {
                if (!c.Tf.TryGetValue(t, out var tf)) continue;
                var idf = Math.Log(1 + (n - _df[t] + 0.5) / (_df[t] + 0.5));
                score += w * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * c.Length / _averageLength));
            }
            return (c.Clause, c.Document, Score: score);
        }).Where(s => s.Score > 0).OrderByDescending(s => s.Score).Take(query.Top).ToList();
        IReadOnlyList<Passage> passages = scored.Select((s, i) => new Passage(i + 1, s.Score, s.Clause, s.Document)).ToList();
        return Task.FromResult(passages);
    }
}
