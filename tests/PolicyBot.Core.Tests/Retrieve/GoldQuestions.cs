using System.Text;
using System.Text.Json;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>
/// The dev gold questions and the retrieval metrics of <c>shared/eval/README.md</c> (hit@1, hit@5, MRR@10, docAt1 over
/// answerable questions), for tuning and for guarding the measured quality.
/// </summary>
internal sealed record GoldQuestion(string Id, string Type, string[] Turns, string[] DocNumbers, string[] AnswerFacts)
{
    public bool Answerable => AnswerFacts.Length > 0;

    public SearchQuery ToQuery(int top = 10) =>
        SearchQuery.FromConversation(Turns.Select(t => new ChatTurn(ChatTurn.User, t)).ToArray(), top);

    public static IReadOnlyList<GoldQuestion> LoadDev() =>
        File.ReadLines(SharedPaths.DevQuestions).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            var r = json.RootElement;
            string[] Strings(string name) => r.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
            return new GoldQuestion(r.GetProperty("id").GetString()!, r.GetProperty("type").GetString()!, Strings("turns"), Strings("doc_numbers"), Strings("answer_facts"));
        }).ToArray();
}

internal sealed record GoldMetrics(double HitAt1, double HitAt5, double MrrAt10, double DocAt1, int Questions, string Misses)
{
    public override string ToString() => $"hit@1 {HitAt1:F3}  hit@5 {HitAt5:F3}  MRR@10 {MrrAt10:F3}  docAt1 {DocAt1:F3}  (n={Questions})";

    public static async Task<GoldMetrics> MeasureAsync(IPolicySearch search, IEnumerable<GoldQuestion> questions)
    {
        double h1 = 0, h5 = 0, mrr = 0, d1 = 0;
        var n = 0;
        var misses = new StringBuilder();
        foreach (var q in questions.Where(q => q.Answerable))
        {
            n++;
            var passages = await search.SearchAsync(q.ToQuery());
            var texts = passages.Select(p => Norm(p.DocNumber + p.Title + p.Section + p.Text)).ToArray();
            var facts = q.AnswerFacts.Select(Norm).ToArray();
            bool All(int k) => facts.All(f => string.Concat(texts.Take(k)).Contains(f, StringComparison.Ordinal));
            if (All(1)) h1++;
            if (All(5)) h5++;
            var first = Array.FindIndex(texts, t => facts.Any(f => t.Contains(f, StringComparison.Ordinal)));
            if (first >= 0) mrr += 1.0 / (first + 1);
            if (passages.Count > 0 && q.DocNumbers.Contains(passages[0].DocNumber)) d1++;
            if (!All(1)) misses.AppendLine($"{q.Id} {q.Type} first-fact-rank {first + 1} top1 {passages.FirstOrDefault()?.ClauseId} | {q.Turns[^1]}");
        }
        return new GoldMetrics(h1 / n, h5 / n, mrr / n, d1 / n, n, misses.ToString());
    }

    private static string Norm(string s) => new(s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
