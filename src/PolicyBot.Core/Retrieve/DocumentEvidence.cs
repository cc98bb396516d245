namespace PolicyBot.Retrieve;

/// <summary>
/// Document-level evidence: when several clauses of one document match, that document is likelier the one asked
/// about. Each candidate gains a share of the scores of its document's next best candidates.
/// </summary>
internal static class DocumentEvidence
{
    public static void Apply(RetrievalIndex index, Dictionary<int, float> scores, SearchTuning tuning)
    {
        var byDocument = new Dictionary<int, List<float>>();
        foreach (var (c, s) in scores)
        {
            var d = index.ClauseDocument[c];
            if (!byDocument.TryGetValue(d, out var list)) byDocument[d] = list = [];
            list.Add(s);
        }
        var take = Math.Max(1, tuning.DocumentEvidenceClauses);
        var best = new Dictionary<int, float[]>(byDocument.Count);
        foreach (var (d, list) in byDocument)
        {
            if (list.Count < 2) continue;
            list.Sort((a, b) => b.CompareTo(a));
            best[d] = list.Take(take + 1).ToArray();
        }
        foreach (var c in scores.Keys.ToArray())
        {
            if (!best.TryGetValue(index.ClauseDocument[c], out var top)) continue;
            var own = scores[c];
            // The evidence of the others: the best `take` scores of the document other than this clause's own.
            float sum = 0;
            var skipped = false;
            var counted = 0;
            foreach (var s in top)
            {
                if (!skipped && s == own) { skipped = true; continue; }
                if (counted++ == take) break;
                sum += s;
            }
            scores[c] = own + tuning.DocumentEvidence * sum;
        }
    }
}
