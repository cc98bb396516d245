namespace PolicyBot.Retrieve;

/// <summary>Merges the lexical and the vector candidate lists into one ranking (clause ordinal, score), best first.</summary>
internal static class HybridFusion
{
    private const int RrfK = 60;

    /// <param name="conversation">The user turns, for the places they name (see <see cref="AuthorityPrior"/>).</param>
    /// <param name="homePlaces">The places the deployment serves (<c>PolicyBot:Retrieval:Places</c>).</param>
    /// <param name="votes">Known questions' votes by clause (see <see cref="KnownQuestions.KnownQuestionIndex"/>), or null.</param>
    public static List<(int Clause, float Score)> Fuse(RetrievalIndex index, List<(int Clause, float Score)> lexical,
        IReadOnlyList<VectorHit> vector, float[]? queryVector, SearchTuning tuning, KnownQuestions.KnownQuestionVotes? votes = null,
        string? question = null, string? conversation = null, IReadOnlyCollection<string>? homePlaces = null)
    {
        var scores = new Dictionary<int, float>(lexical.Count + vector.Count);
        if (tuning.Fusion == FusionMethod.Cosine && queryVector is not null)
        {
            // Every candidate gets its exact cosine; lexical scores are normalised by the best one.
            var maxLex = lexical.Count > 0 ? lexical[0].Score : 1;
            var w = tuning.VectorWeight;
            foreach (var (c, s) in lexical) scores[c] = (1 - w) * s / maxLex;
            foreach (var hit in vector)
                if (index.OrdinalOf(hit.ClauseId) is int c) scores.TryAdd(c, 0);
            if (votes is not null)
                foreach (var c in votes.Clauses.Keys) scores.TryAdd(c, 0);
            foreach (var c in scores.Keys.ToArray()) scores[c] += w * index.Cosine(c, queryVector);
        }
        else if (tuning.Fusion == FusionMethod.Rrf)
        {
            for (var r = 0; r < lexical.Count; r++) Add(scores, lexical[r].Clause, 1f / (RrfK + r + 1));
            for (var r = 0; r < vector.Count; r++)
                if (index.OrdinalOf(vector[r].ClauseId) is int c) Add(scores, c, 1f / (RrfK + r + 1));
        }
        else
        {
            var w = vector.Count == 0 ? 0 : tuning.VectorWeight;
            var maxLex = lexical.Count > 0 ? lexical[0].Score : 1;
            foreach (var (c, s) in lexical) Add(scores, c, (1 - w) * s / maxLex);
            if (vector.Count > 0)
            {
                var top = vector[0].Score;
                var floor = vector[^1].Score;
                var range = Math.Max(1e-6f, top - floor);
                foreach (var hit in vector)
                    if (index.OrdinalOf(hit.ClauseId) is int c) Add(scores, c, w * (hit.Score - floor) / range);
            }
        }
        if (votes is not null)
        {
            foreach (var (c, v) in votes.Clauses) Add(scores, c, tuning.KnownQuestionWeight * v);
            if (votes.Documents.Count > 0 && tuning.KnownQuestionDocumentWeight > 0)
                foreach (var c in scores.Keys.ToArray())
                    if (votes.Documents.TryGetValue(index.ClauseDocument[c], out var v)) scores[c] += tuning.KnownQuestionDocumentWeight * v;
        }
        if (question is not null) AnswerShapes.Apply(question, scores, c => index.Clauses[c], tuning.AnswerShapeWeight);
        if (tuning.RecencyWeight > 0)
            foreach (var c in scores.Keys.ToArray()) scores[c] += tuning.RecencyWeight * index.Recency(index.ClauseDocument[c], tuning.RecencyYears);
        AuthorityPrior.Apply(index, scores, conversation ?? question ?? "", homePlaces ?? [], tuning);

        var result = new List<(int, float)>(scores.Count);
        foreach (var (c, s) in scores) result.Add((c, s));
        result.Sort((a, b) => b.Item2 != a.Item2 ? b.Item2.CompareTo(a.Item2) : a.Item1.CompareTo(b.Item1));
        return result;
    }

    private static void Add(Dictionary<int, float> scores, int clause, float value) =>
        scores[clause] = scores.GetValueOrDefault(clause) + value;
}
