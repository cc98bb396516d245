using System.Numerics.Tensors;
using PolicyBot.Retrieve.Lexical;
using PolicyBot.Text;

namespace PolicyBot.Retrieve.KnownQuestions;

/// <summary>
/// The question log made searchable: each distinct known question as a tf-idf term vector (the analyzer's query
/// terms) and an embedding. A new question finds its nearest known questions (cosine of terms and of embeddings
/// blended) and each passes its similarity, as a vote, to the clauses that answered it.
/// </summary>
internal sealed class KnownQuestionIndex
{
    private readonly string[] _questions;
    private readonly string[][] _questionWords;
    private readonly (string Document, string? Label)[][] _answers;
    private readonly Dictionary<string, (int Question, float Weight)[]> _postings;
    private readonly Dictionary<string, float> _idf;
    private readonly float[] _vectors;
    private readonly int _dimensions;
    private Resolution? _resolved;

    private KnownQuestionIndex(string[] questions, string[][] questionWords, (string, string?)[][] answers, Dictionary<string, (int, float)[]> postings,
        Dictionary<string, float> idf, float[] vectors, int dimensions)
    {
        _questions = questions;
        _questionWords = questionWords;
        _answers = answers;
        _postings = postings;
        _idf = idf;
        _vectors = vectors;
        _dimensions = dimensions;
    }

    public int Count => _questions.Length;

    public static async Task<KnownQuestionIndex> BuildAsync(KnownQuestionLog log, ChineseAnalyzer analyzer, ClauseEmbedder? embedder, CancellationToken ct)
    {
        var byQuestion = new Dictionary<string, List<(string, string?)>>(StringComparer.Ordinal);
        foreach (var e in log.Entries)
        {
            var key = ChineseText.Normalize(e.Question);
            if (!byQuestion.TryGetValue(key, out var list)) byQuestion[key] = list = [];
            var answer = (e.Document, e.ClauseLabel is null ? null : Label(e.ClauseLabel));
            if (!list.Contains(answer)) list.Add(answer);
        }
        var questions = byQuestion.Keys.ToArray();
        var answers = byQuestion.Values.Select(l => l.ToArray()).ToArray();

        var terms = questions.Select(q => analyzer.AnalyzeQuery(q)).ToArray();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms.SelectMany(x => x)) df[t.Term] = df.GetValueOrDefault(t.Term) + 1;
        var idf = df.ToDictionary(kv => kv.Key, kv => (float)Math.Log(1 + (questions.Length + 1.0) / kv.Value), StringComparer.Ordinal);
        var postings = new Dictionary<string, List<(int, float)>>(StringComparer.Ordinal);
        for (var q = 0; q < terms.Length; q++)
        {
            var norm = MathF.Sqrt(terms[q].Sum(t => Square(t.Weight * idf[t.Term])));
            foreach (var t in terms[q])
            {
                if (!postings.TryGetValue(t.Term, out var list)) postings[t.Term] = list = [];
                list.Add((q, t.Weight * idf[t.Term] / norm));
            }
        }

        float[] vectors = [];
        var dims = 0;
        if (embedder is not null && questions.Length > 0)
        {
            for (var q = 0; q < questions.Length; q++)
            {
                var v = await embedder.EmbedAsync(questions[q], ct).ConfigureAwait(false);
                if (q == 0) { dims = v.Length; vectors = new float[questions.Length * dims]; }
                v.CopyTo(vectors.AsSpan(q * dims, dims));
            }
        }
        var words = terms.Select(t => t.Where(x => IsWord(x.Term)).Select(x => x.Term).ToArray()).ToArray();
        return new KnownQuestionIndex(questions, words, answers, postings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            idf, vectors, dims);
    }

    /// <summary>
    /// Votes of the known questions nearest to the query, by clause and by document ordinal of <paramref name="index"/>:
    /// the sum over the nearest questions of similarity^power, for every clause that answered them and its document
    /// (only in the documents <paramref name="documentAllowed"/> lets through, when given).
    /// </summary>
    public KnownQuestionVotes Votes(RetrievalIndex index, IReadOnlyList<WeightedTerm> query, float[]? queryVector, SearchTuning tuning,
        Func<int, bool>? documentAllowed = null)
    {
        var votes = new KnownQuestionVotes();
        var nearest = Nearest(query, queryVector, tuning);
        if (nearest.Count == 0) return votes;
        var clauses = Resolve(index);
        var documents = new HashSet<int>();
        foreach (var (q, similarity) in nearest)
        {
            var vote = MathF.Pow(similarity, tuning.KnownQuestionPower);
            documents.Clear();
            foreach (var c in clauses[q])
            {
                if (documentAllowed is not null && !documentAllowed(index.ClauseDocument[c])) continue;
                votes.Clauses[c] = votes.Clauses.GetValueOrDefault(c) + vote;
                documents.Add(index.ClauseDocument[c]);
            }
            foreach (var d in documents) votes.Documents[d] = votes.Documents.GetValueOrDefault(d) + vote;
        }
        return votes;
    }

    /// <summary>The known questions most similar to the query (at most the tuning's neighbours), best first.</summary>
    public List<(int Question, float Similarity)> Nearest(IReadOnlyList<WeightedTerm> query, float[]? queryVector, SearchTuning tuning)
    {
        var lexical = new Dictionary<int, float>();
        var norm = 0f;
        foreach (var t in query)
        {
            if (!_idf.TryGetValue(t.Term, out var idf)) continue;
            var w = t.Weight * idf;
            norm += w * w;
            foreach (var (q, weight) in _postings[t.Term]) lexical[q] = lexical.GetValueOrDefault(q) + w * weight;
        }
        norm = MathF.Sqrt(norm);
        var share = queryVector is not null && queryVector.Length == _dimensions ? tuning.KnownQuestionVectorShare : 0;
        var heap = new PriorityQueue<int, float>();
        var k = Math.Max(1, tuning.KnownQuestionNeighbours);
        for (var q = 0; q < _questions.Length; q++)
        {
            var s = (1 - share) * (norm > 0 ? lexical.GetValueOrDefault(q) / norm : 0);
            if (share > 0) s += share * TensorPrimitives.Dot(_vectors.AsSpan(q * _dimensions, _dimensions), queryVector);
            if (s < tuning.KnownQuestionMinSimilarity) continue;
            if (heap.Count < k) heap.Enqueue(q, s);
            else if (heap.TryPeek(out _, out var min) && s > min) heap.EnqueueDequeue(q, s);
        }
        var result = new List<(int, float)>(heap.Count);
        while (heap.TryDequeue(out var q, out var s)) result.Add((q, s));
        result.Reverse();
        return result;
    }

    /// <summary>
    /// Statute words the log associates with the query's words, as extra query terms: for each question word, the
    /// clause words that co-occur with it in (question, answering clause) pairs far more often than chance
    /// (at least <see cref="MinPairs"/> pairs and twice the chance rate), weighted by how often they follow it.
    /// Words the query already has are left out.
    /// </summary>
    public List<WeightedTerm> Expansions(RetrievalIndex index, IReadOnlyList<WeightedTerm> query, SearchTuning tuning)
    {
        var result = new List<WeightedTerm>();
        if (tuning.KnownQuestionExpansion <= 0) return result;
        Resolve(index);
        var table = _resolved!.Associations;
        var present = query.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var added = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var t in query)
        {
            if (!table.TryGetValue(t.Term, out var associated)) continue;
            foreach (var (term, weight) in associated)
                if (!present.Contains(term))
                    added[term] = Math.Max(added.GetValueOrDefault(term), tuning.KnownQuestionExpansion * weight * t.Weight);
        }
        foreach (var (term, weight) in added) result.Add(new WeightedTerm(term, weight));
        return result;
    }

    /// <summary>A question word and a clause word must meet in at least this many pairs to be associated.</summary>
    public const int MinPairs = 2;

    private const int AssociationsPerWord = 5;

    /// <summary>The association table of question words to clause words over the log's pairs resolved in this index.</summary>
    private static Dictionary<string, (string Term, float Weight)[]> Associate(RetrievalIndex index, string[][] questionWords, int[][] clauses)
    {
        var pairs = 0;
        var questionCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var clauseCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var joint = new Dictionary<(string, string), int>();
        var clauseWords = new HashSet<string>(StringComparer.Ordinal);
        for (var q = 0; q < clauses.Length; q++)
        {
            foreach (var c in clauses[q])
            {
                pairs++;
                clauseWords.Clear();
                // The clause's index terms, analysed again (retrieval keeps them on disk, not in memory).
                foreach (var term in DocumentAnalysis.ClauseTerms(index.Clauses[c]).Terms)
                    if (IsWord(term)) clauseWords.Add(term);
                foreach (var w in questionWords[q]) questionCount[w] = questionCount.GetValueOrDefault(w) + 1;
                foreach (var w in clauseWords) clauseCount[w] = clauseCount.GetValueOrDefault(w) + 1;
                foreach (var qw in questionWords[q])
                    foreach (var cw in clauseWords)
                        joint[(qw, cw)] = joint.GetValueOrDefault((qw, cw)) + 1;
            }
        }
        var table = new Dictionary<string, List<(string, float)>>(StringComparer.Ordinal);
        foreach (var ((qw, cw), n) in joint)
        {
            if (n < MinPairs || qw == cw) continue;
            var nq = questionCount[qw];
            var nc = clauseCount[cw];
            if ((double)n * pairs < 2.0 * nq * nc) continue;
            if (!table.TryGetValue(qw, out var list)) table[qw] = list = [];
            list.Add((cw, n / (nq + 2f)));
        }
        // The most telling associations first: how often the word follows, times how rare it is among all clauses.
        var clauseTotal = Math.Max(1, index.Clauses.Length);
        float Telling((string Term, float Weight) a) => a.Weight * MathF.Log(1 + clauseTotal / (1f + index.Lexical.ClauseFrequency(a.Term)));
        return table.ToDictionary(kv => kv.Key,
            kv => kv.Value.OrderByDescending(Telling).ThenBy(x => x.Item1, StringComparer.Ordinal).Take(AssociationsPerWord).ToArray(),
            StringComparer.Ordinal);
    }

    private static bool IsWord(string term) =>
        !term.StartsWith(ChineseAnalyzer.BigramPrefix, StringComparison.Ordinal) && !term.StartsWith(ChineseAnalyzer.DocNumberPrefix, StringComparison.Ordinal);

    /// <summary>How many of the log's answers name a clause present in <paramref name="index"/>.</summary>
    public int ResolvedAnswers(RetrievalIndex index) => Resolve(index).Sum(c => c.Length);

    /// <summary>The clause ordinals that answered each known question, in this index (answers not in it are left out).</summary>
    private int[][] Resolve(RetrievalIndex index)
    {
        var resolved = _resolved;
        if (resolved is not null && ReferenceEquals(resolved.Index, index)) return resolved.Clauses;
        var documents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string key, int d)
        {
            if (!documents.TryGetValue(key, out var list)) documents[key] = list = [];
            if (!list.Contains(d)) list.Add(d);
        }
        for (var d = 0; d < index.Documents.Count; d++)
        {
            var doc = index.Documents[d];
            Add(doc.DocNumber, d);
            var source = doc.Source.Replace('\\', '/');
            for (var i = source.Length - 1; i >= 0; i--)
                if (i == 0 || source[i - 1] == '/') Add(source[i..], d);
        }
        var first = new int[index.Documents.Count + 1];
        for (var c = index.Clauses.Length - 1; c >= 0; c--) first[index.ClauseDocument[c]] = c;
        first[^1] = index.Clauses.Length;
        var clauses = new int[_questions.Length][];
        for (var q = 0; q < _questions.Length; q++)
        {
            var found = new List<int>();
            foreach (var (document, label) in _answers[q])
            {
                if (!documents.TryGetValue(document.Replace('\\', '/').TrimStart('/'), out var docs)) continue;
                foreach (var d in docs)
                    for (var c = first[d]; c < index.Clauses.Length && index.ClauseDocument[c] == d; c++)
                        if (label is null ? c == first[d] : index.Clauses[c].Label is { } l && Label(l) == label || Label(index.Clauses[c].Id) == label)
                            if (!found.Contains(c)) found.Add(c);
            }
            clauses[q] = [.. found];
        }
        _resolved = new Resolution(index, clauses, Associate(index, _questionWords, clauses));
        return clauses;
    }

    private static string Label(string label) => string.Concat(ChineseText.Normalize(label).Where(c => !char.IsWhiteSpace(c)));

    private static float Square(float x) => x * x;

    private sealed record Resolution(RetrievalIndex Index, int[][] Clauses, Dictionary<string, (string Term, float Weight)[]> Associations);
}
