using System.Buffers;
using System.Runtime.InteropServices;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// Per-field BM25 over compact postings (arrays in CSR layout, one float per posting). Clause-level postings carry
/// the clause text and its section headings (BM25F: both fields' normalised frequencies summed before saturation);
/// document-level postings carry the title and the 文号, scored once per document and added to each of its clauses.
/// </summary>
internal sealed class LexicalIndex
{
    private const float K1 = 1.2f;
    private const float TextBoost = 1f, SectionBoost = 0.7f, TitleBoost = 0.45f, NumberBoost = 1f;
    private const float TextB = 0.75f, SectionB = 0.4f, TitleB = 0.4f;

    private readonly Postings _clauses;
    private readonly Postings _documents;
    private readonly int[] _clauseDocument;

    private LexicalIndex(Postings clauses, Postings documents, int[] clauseDocument)
    {
        _clauses = clauses;
        _documents = documents;
        _clauseDocument = clauseDocument;
    }

    public int ClauseCount => _clauseDocument.Length;

    /// <summary>Builds the index over the analysed documents, clauses numbered in order across documents.</summary>
    public static LexicalIndex Build(IReadOnlyList<DocumentAnalysis> documents)
    {
        var clauseCount = 0;
        foreach (var d in documents) clauseCount += d.Clauses.Length;
        var clauseDocument = new int[clauseCount];

        double textLen = 0, sectionLen = 0, titleLen = 0;
        foreach (var d in documents)
        {
            titleLen += d.Title.Length;
            for (var i = 0; i < d.Clauses.Length; i++) { textLen += d.Clauses[i].Length; sectionLen += d.Sections[d.ClauseSection[i]].Length; }
        }
        var avgText = (float)Math.Max(1, textLen / Math.Max(1, clauseCount));
        var avgSection = (float)Math.Max(1, sectionLen / Math.Max(1, clauseCount));
        var avgTitle = (float)Math.Max(1, titleLen / Math.Max(1, documents.Count));

        long clausePostings = 0, documentPostings = 0;
        foreach (var d in documents)
        {
            documentPostings += d.Title.Terms.Length + d.Number.Terms.Length;
            for (var i = 0; i < d.Clauses.Length; i++) clausePostings += d.Clauses[i].Terms.Length + d.Sections[d.ClauseSection[i]].Terms.Length;
        }
        var clauseBuilder = new PostingsBuilder(clauseCount, clausePostings);
        var docBuilder = new PostingsBuilder(documents.Count, documentPostings);
        var scratch = new Dictionary<string, float>(StringComparer.Ordinal);
        var c = 0;
        for (var di = 0; di < documents.Count; di++)
        {
            var d = documents[di];
            scratch.Clear();
            AddField(scratch, d.Title, TitleBoost, TitleB, avgTitle);
            AddField(scratch, d.Number, NumberBoost, 0, 1);
            docBuilder.Add(di, scratch);
            for (var i = 0; i < d.Clauses.Length; i++, c++)
            {
                clauseDocument[c] = di;
                scratch.Clear();
                AddField(scratch, d.Clauses[i], TextBoost, TextB, avgText);
                AddField(scratch, d.Sections[d.ClauseSection[i]], SectionBoost, SectionB, avgSection);
                clauseBuilder.Add(c, scratch);
            }
        }
        return new LexicalIndex(clauseBuilder.Build(), docBuilder.Build(), clauseDocument);
    }

    private static void AddField(Dictionary<string, float> acc, TermBag bag, float boost, float b, float avgLength)
    {
        var norm = 1 - b + b * bag.Length / avgLength;
        for (var i = 0; i < bag.Terms.Length; i++)
        {
            ref var v = ref CollectionsMarshal.GetValueRefOrAddDefault(acc, bag.Terms[i], out _);
            v += boost * bag.Counts[i] / norm;
        }
    }

    /// <summary>
    /// Scores clauses for the weighted query terms. <paramref name="documentAllowed"/> (by document ordinal) filters;
    /// <paramref name="documentPrior"/> (by document ordinal) adds a per-document bonus, e.g. from earlier turns.
    /// Returns up to <paramref name="top"/> (clause ordinal, score), best first.
    /// </summary>
    public List<(int Clause, float Score)> Search(IReadOnlyList<WeightedTerm> query, int top,
        Func<int, bool>? documentAllowed = null, IReadOnlyDictionary<int, float>? documentPrior = null,
        SearchTuning? tuning = null)
    {
        var weighted = Weighted(query, tuning);
        var documentScale = ReferenceEquals(weighted, query) ? 1f : tuning?.DocumentScale ?? 1f;
        query = weighted;
        var n = _clauseDocument.Length;
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, n));
        var docScores = ArrayPool<float>.Shared.Rent(Math.Max(1, _documents.Count));
        Array.Clear(scores, 0, n);
        Array.Clear(docScores, 0, _documents.Count);
        var touched = new List<int>();
        var touchedDocs = new List<int>();
        try
        {
            foreach (var q in query)
            {
                _clauses.Accumulate(q.Term, q.Weight, scores, touched);
                _documents.Accumulate(q.Term, q.Weight * documentScale, docScores, touchedDocs);
            }
            if (documentPrior is not null)
                foreach (var (doc, bonus) in documentPrior)
                {
                    if (docScores[doc] == 0) touchedDocs.Add(doc);
                    docScores[doc] += bonus;
                }

            // Clauses of the best documents by title / 文号 alone are candidates too (a 文号 lookup names no clause words).
            var bestDocs = new List<(int Doc, float Score)>();
            foreach (var d in touchedDocs) bestDocs.Add((d, docScores[d]));
            bestDocs.Sort((a, b) => b.Score.CompareTo(a.Score));
            var heap = new PriorityQueue<int, float>(top + 1);
            void Offer(int clause, float score)
            {
                if (documentAllowed is not null && !documentAllowed(_clauseDocument[clause])) return;
                if (heap.Count < top) heap.Enqueue(clause, score);
                else if (heap.TryPeek(out _, out var min) && score > min) heap.EnqueueDequeue(clause, score);
            }
            foreach (var clause in touched) Offer(clause, scores[clause] + docScores[_clauseDocument[clause]]);
            for (var i = 0; i < Math.Min(3, bestDocs.Count); i++)
            {
                var (doc, docScore) = bestDocs[i];
                var (first, count) = ClausesOf(doc);
                for (var k = 0; k < Math.Min(count, 64); k++)
                    if (scores[first + k] == 0) Offer(first + k, docScore - 1e-4f * k);
            }
            var result = new List<(int, float)>(heap.Count);
            while (heap.TryDequeue(out var clause, out var score)) result.Add((clause, score));
            result.Reverse();
            return result;
        }
        finally
        {
            foreach (var t in touched) scores[t] = 0;
            foreach (var t in touchedDocs) docScores[t] = 0;
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(docScores);
        }
    }

    public int DocumentOf(int clause) => _clauseDocument[clause];

    /// <summary>How many clauses hold <paramref name="term"/> in their text or section headings.</summary>
    public int ClauseFrequency(string term) => _clauses.DocumentFrequency(term);

    /// <summary>The query terms with the tuning's bigram scale applied and the commonest terms dropped.</summary>
    private IReadOnlyList<WeightedTerm> Weighted(IReadOnlyList<WeightedTerm> query, SearchTuning? tuning)
    {
        // A 文号 typed asks for that document: title and number are scored as they are indexed.
        if (tuning is null || query.Any(q => q.Term.StartsWith(ChineseAnalyzer.DocNumberPrefix, StringComparison.Ordinal))) return query;
        var maxDf = tuning.MaxTermShare * _clauseDocument.Length;
        var kept = new List<WeightedTerm>(query.Count);
        foreach (var q in query)
        {
            if (tuning.MaxTermShare < 1 && _clauses.DocumentFrequency(q.Term) > maxDf && _documents.DocumentFrequency(q.Term) == 0) continue;
            var w = q.Weight;
            if (q.Term.StartsWith(ChineseAnalyzer.BigramPrefix, StringComparison.Ordinal)) w *= tuning.BigramScale;
            kept.Add(new WeightedTerm(q.Term, w));
        }
        return kept.Count > 0 ? kept : [.. query];
    }

    private (int First, int Count) ClausesOf(int doc)
    {
        var first = Array.BinarySearch(_clauseDocument, doc);
        if (first < 0) return (0, 0);
        while (first > 0 && _clauseDocument[first - 1] == doc) first--;
        var end = first;
        while (end < _clauseDocument.Length && _clauseDocument[end] == doc) end++;
        return (first, end - first);
    }

    /// <summary>Postings in CSR layout: for term t, entries offsets[t]..offsets[t+1] of ids and saturated weights.</summary>
    private sealed class Postings(Dictionary<string, int> termIds, int[] offsets, int[] ids, float[] weights, float[] idf, int count)
    {
        public int Count => count;

        public int DocumentFrequency(string term) => termIds.TryGetValue(term, out var t) ? offsets[t + 1] - offsets[t] : 0;

        public void Accumulate(string term, float queryWeight, float[] scores, List<int> touched)
        {
            if (!termIds.TryGetValue(term, out var t)) return;
            var w = queryWeight * idf[t];
            for (var p = offsets[t]; p < offsets[t + 1]; p++)
            {
                var id = ids[p];
                if (scores[id] == 0) touched.Add(id);
                scores[id] += w * weights[p];
            }
        }
    }

    /// <summary>Collects (term, id, weight) triples in arrays sized up front, then lays them out by term.</summary>
    private sealed class PostingsBuilder(int count, long capacity)
    {
        private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
        private readonly int[] _terms = new int[capacity];
        private readonly int[] _ids = new int[capacity];
        private readonly float[] _weights = new float[capacity];
        private int _size;

        public void Add(int id, Dictionary<string, float> termFrequencies)
        {
            foreach (var (term, tf) in termFrequencies)
            {
                ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out var exists);
                if (!exists) t = _termIds.Count - 1;
                _terms[_size] = t;
                _ids[_size] = id;
                _weights[_size++] = tf * (K1 + 1) / (tf + K1);
            }
        }

        public Postings Build()
        {
            var termCount = _termIds.Count;
            var offsets = new int[termCount + 1];
            for (var i = 0; i < _size; i++) offsets[_terms[i] + 1]++;
            for (var t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
            var fill = offsets[..^1].ToArray();
            var ids = new int[_size];
            var weights = new float[_size];
            for (var i = 0; i < _size; i++)
            {
                var p = fill[_terms[i]]++;
                ids[p] = _ids[i];
                weights[p] = _weights[i];
            }
            var idf = new float[termCount];
            for (var t = 0; t < termCount; t++)
            {
                var df = offsets[t + 1] - offsets[t];
                idf[t] = (float)Math.Log(1 + (count - df + 0.5) / (df + 0.5));
            }
            return new Postings(_termIds, offsets, ids, weights, idf, count);
        }
    }
}
