using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// Per-field BM25 over compact postings (CSR layout, about 3.5 bytes a posting, see <see cref="Postings"/>).
/// Clause-level postings carry the clause text and its section headings (BM25F: both fields' normalised frequencies
/// summed before saturation); document-level postings carry the title and the 文号, scored once per document and
/// added to each of its clauses.
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

    public static readonly LexicalIndex Empty = Build([], new Vocabulary(), null!);

    /// <summary>
    /// Builds the index over the analysed documents (clauses numbered in order across documents) from their term
    /// blocks, in two passes over the blocks: the first counts each term's postings and their encoded size, the
    /// second fills arrays of exactly that size, so building needs no more memory than the result.
    /// </summary>
    public static LexicalIndex Build(IReadOnlyList<DocumentAnalysis> documents, Vocabulary vocabulary, ITermBlocks blocks)
    {
        var clauseCount = 0;
        foreach (var d in documents) clauseCount += d.ClauseCount;
        var clauseDocument = new int[clauseCount];
        var clauses = new PostingsBuilder(vocabulary, clauseCount);
        var docs = new PostingsBuilder(vocabulary, documents.Count);
        var sectionStart = new List<int>();
        var sectionLength = new List<int>();

        // Pass 1: field lengths, and which terms each clause and document has.
        double textLen = 0, sectionLen = 0, titleLen = 0;
        var c = 0;
        for (var di = 0; di < documents.Count; di++)
        {
            var block = blocks.Read(documents[di]);
            var r = new VarintReader(block);
            titleLen += docs.Count(ref r, di);
            docs.Count(ref r, di);
            ReadSections(ref r, sectionStart, sectionLength);
            if (r.Next() != documents[di].ClauseCount) throw new InvalidDataException("term block does not match the document's clauses");
            for (var i = 0; i < documents[di].ClauseCount; i++, c++)
            {
                clauseDocument[c] = di;
                var s = Section(ref r, sectionStart.Count);
                textLen += clauses.Count(ref r, c);
                sectionLen += sectionLength[s];
                var sr = new VarintReader(block, sectionStart[s]);
                clauses.Count(ref sr, c);
            }
        }
        var avgText = (float)Math.Max(1, textLen / Math.Max(1, clauseCount));
        var avgSection = (float)Math.Max(1, sectionLen / Math.Max(1, clauseCount));
        var avgTitle = (float)Math.Max(1, titleLen / Math.Max(1, documents.Count));

        // Pass 2: BM25F-saturated weights (each field's normalised frequency summed before saturation).
        clauses.Allocate();
        docs.Allocate();
        c = 0;
        for (var di = 0; di < documents.Count; di++)
        {
            var block = blocks.Read(documents[di]);
            var r = new VarintReader(block);
            docs.AddField(ref r, TitleBoost, TitleB, avgTitle);
            docs.AddField(ref r, NumberBoost, 0, 1);
            docs.Flush(di);
            ReadSections(ref r, sectionStart, sectionLength);
            r.Next();
            for (var i = 0; i < documents[di].ClauseCount; i++, c++)
            {
                var s = Section(ref r, sectionStart.Count);
                clauses.AddField(ref r, TextBoost, TextB, avgText);
                var sr = new VarintReader(block, sectionStart[s]);
                clauses.AddField(ref sr, SectionBoost, SectionB, avgSection);
                clauses.Flush(c);
            }
        }
        return new LexicalIndex(clauses.Build(), docs.Build(), clauseDocument);
    }

    /// <summary>Writes the built index (postings arrays as they are in memory), for <see cref="Read"/>.</summary>
    public void Write(BinaryWriter w)
    {
        Postings.WriteArray(w, _clauseDocument);
        _clauses.Write(w);
        _documents.Write(w);
    }

    /// <summary>Reads an index <see cref="Write"/> wrote over <paramref name="vocabulary"/>; checks sizes, not contents.</summary>
    public static LexicalIndex Read(BinaryReader r, Vocabulary vocabulary)
    {
        var clauseDocument = Postings.ReadArray<int>(r);
        var clauses = Postings.Read(r, vocabulary);
        var documents = Postings.Read(r, vocabulary);
        if (clauses.Count != clauseDocument.Length) throw new InvalidDataException("lexical index does not match its clauses");
        return new LexicalIndex(clauses, documents, clauseDocument);
    }

    private static void ReadSections(ref VarintReader r, List<int> start, List<int> length)
    {
        start.Clear();
        length.Clear();
        var n = r.Next();
        for (var s = 0; s < n; s++)
        {
            start.Add(r.Position);
            length.Add(PostingsBuilder.SkipBag(ref r));
        }
    }

    private static int Section(ref VarintReader r, int sections)
    {
        var s = r.Next();
        return s < sections ? s : throw new InvalidDataException("bad section index in a term block");
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

    /// <summary>
    /// Postings in CSR layout: term t's entries are <c>starts[t]..starts[t+1]</c>; their clause (or document) ids
    /// are varint gaps from <c>idBytes[byteStarts[t]]</c> on, their saturated weights 16-bit fixed point. About
    /// 3.5 bytes a posting instead of 8; the weights are exact to ±2e-5 (BM25 weights lie in [0, k1+1)).
    /// </summary>
    private sealed class Postings(Vocabulary vocabulary, int[] starts, int[] byteStarts, byte[] idBytes, ushort[] weights, float[] idf, int count)
    {
        public int Count => count;

        public void Write(BinaryWriter w)
        {
            w.Write(count);
            WriteArray(w, starts);
            WriteArray(w, byteStarts);
            WriteArray(w, idBytes);
            WriteArray(w, weights);
            WriteArray(w, idf);
        }

        public static Postings Read(BinaryReader r, Vocabulary vocabulary)
        {
            var count = r.ReadInt32();
            var starts = ReadArray<int>(r);
            var byteStarts = ReadArray<int>(r);
            var idBytes = ReadArray<byte>(r);
            var weights = ReadArray<ushort>(r);
            var idf = ReadArray<float>(r);
            var terms = idf.Length;
            if (count < 0 || terms > vocabulary.Count || starts.Length != terms + 1 || byteStarts.Length != terms + 1
                || starts[terms] != weights.Length || byteStarts[terms] != idBytes.Length)
                throw new InvalidDataException("bad postings");
            return new Postings(vocabulary, starts, byteStarts, idBytes, weights, idf, count);
        }

        public static void WriteArray<T>(BinaryWriter w, T[] values) where T : unmanaged
        {
            w.Write(values.Length);
            w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        }

        public static T[] ReadArray<T>(BinaryReader r) where T : unmanaged
        {
            var n = r.ReadInt32();
            if (n < 0 || n > Array.MaxLength) throw new InvalidDataException("bad array length");
            var values = GC.AllocateUninitializedArray<T>(n);
            r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            return values;
        }

        public int DocumentFrequency(string term) => vocabulary.TryGetId(term, out var t) && t < idf.Length ? starts[t + 1] - starts[t] : 0;

        public void Accumulate(string term, float queryWeight, float[] scores, List<int> touched)
        {
            if (!vocabulary.TryGetId(term, out var t) || t >= idf.Length) return;
            var w = queryWeight * idf[t];
            var bytes = idBytes;
            var pos = byteStarts[t];
            var id = 0;
            for (var p = starts[t]; p < starts[t + 1]; p++)
            {
                uint gap = bytes[pos++];
                if (gap >= 0x80)
                {
                    gap &= 0x7F;
                    var shift = 7;
                    byte b;
                    do { b = bytes[pos++]; gap |= (uint)(b & 0x7F) << shift; shift += 7; } while (b >= 0x80);
                }
                id += (int)gap;
                if (scores[id] == 0) touched.Add(id);
                scores[id] += w * (weights[p] * PostingsBuilder.WeightStep);
            }
        }
    }

    /// <summary>Builds <see cref="Postings"/> in two passes over the same (id, field bags) sequence: count, then fill.</summary>
    private sealed class PostingsBuilder(Vocabulary vocabulary, int count)
    {
        public const float WeightStep = (K1 + 1) / 65535f;

        private readonly int _terms = vocabulary.Count;
        private readonly int[] _df = new int[vocabulary.Count];
        private readonly long[] _size = new long[vocabulary.Count];
        private readonly int[] _last = new int[vocabulary.Count];
        private readonly int[] _mark = new int[vocabulary.Count];
        private readonly float[] _acc = new float[vocabulary.Count];
        private readonly List<int> _touched = [];
        private int[] _starts = [];
        private int[] _byteStarts = [];
        private int[] _fill = [];
        private int[] _byteFill = [];
        private byte[] _bytes = [];
        private ushort[] _weights = [];

        /// <summary>Pass 1: notes that <paramref name="id"/> has the bag's terms; returns the bag's length.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Count(ref VarintReader r, int id)
        {
            var length = r.Next();
            var n = r.Next();
            for (var i = 0; i < n; i++)
            {
                var t = Term(r.Next());
                r.Next();
                if (_mark[t] == id + 1) continue;
                _mark[t] = id + 1;
                _df[t]++;
                _size[t] += VarintSize(id - _last[t]);
                _last[t] = id;
            }
            return length;
        }

        public static int SkipBag(ref VarintReader r)
        {
            var length = r.Next();
            var n = r.Next();
            for (var i = 0; i < 2 * n; i++) r.Next();
            return length;
        }

        public void Allocate()
        {
            _starts = new int[_terms + 1];
            _byteStarts = new int[_terms + 1];
            long postings = 0, bytes = 0;
            for (var t = 0; t < _terms; t++)
            {
                postings += _df[t];
                bytes += _size[t];
                if (postings > Array.MaxLength || bytes > Array.MaxLength) throw new InvalidOperationException("The lexical index is too large for one process.");
                _starts[t + 1] = (int)postings;
                _byteStarts[t + 1] = (int)bytes;
            }
            _weights = new ushort[postings];
            _bytes = new byte[bytes];
            _fill = _starts[..^1];
            _byteFill = _byteStarts[..^1];
            Array.Clear(_last);
        }

        /// <summary>Pass 2: adds the bag's normalised term frequencies to the current id's.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddField(ref VarintReader r, float boost, float b, float avgLength)
        {
            var length = r.Next();
            var norm = 1 - b + b * length / avgLength;
            var n = r.Next();
            for (var i = 0; i < n; i++)
            {
                var t = Term(r.Next());
                var tf = r.Next();
                if (_acc[t] == 0) _touched.Add(t);
                _acc[t] += boost * tf / norm;
            }
        }

        /// <summary>Pass 2: writes the current id's postings.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Flush(int id)
        {
            foreach (var t in _touched)
            {
                var tf = _acc[t];
                _acc[t] = 0;
                _weights[_fill[t]++] = (ushort)Math.Round(tf * (K1 + 1) / (tf + K1) / WeightStep);
                var gap = (uint)(id - _last[t]);
                _last[t] = id;
                ref var pos = ref _byteFill[t];
                while (gap >= 0x80) { _bytes[pos++] = (byte)(gap | 0x80); gap >>= 7; }
                _bytes[pos++] = (byte)gap;
            }
            _touched.Clear();
        }

        public Postings Build()
        {
            var idf = new float[_terms];
            for (var t = 0; t < _terms; t++)
            {
                var df = _starts[t + 1] - _starts[t];
                idf[t] = (float)Math.Log(1 + (count - df + 0.5) / (df + 0.5));
            }
            return new Postings(vocabulary, _starts, _byteStarts, _bytes, _weights, idf, count);
        }

        private int Term(int t) => t < _terms ? t : throw new InvalidDataException("bad term id in a term block");

        private static int VarintSize(int value) => value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
    }
}
