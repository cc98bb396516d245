using System.Collections.Immutable;
using PolicyBot.Text;

namespace PolicyBot.Retrieve.Vectors;

/// <summary>
/// The in-process vector store: int8 clause vectors in one block per document, exact top-k by SIMD dot product
/// (<see cref="Int8Dot"/>). Writers swap an immutable map of blocks, so a search always sees whole documents.
/// </summary>
public sealed class EmbeddedVectorIndex : IVectorIndex
{
    private ImmutableSortedDictionary<string, VectorDocument> _documents = ImmutableSortedDictionary.Create<string, VectorDocument>(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private volatile OrderedDocuments _ordered = new(null, [], [0]);

    private sealed record OrderedDocuments(object? Source, VectorDocument[] Documents, int[] Starts);

    public int DocumentCount => _documents.Count;

    public Task UpsertDocumentAsync(VectorDocument document, CancellationToken cancellationToken = default)
    {
        if (document.Scales.Length != document.ClauseIds.Count || document.Vectors.Length != document.ClauseIds.Count * document.Dimensions)
            throw new ArgumentException($"The vectors of {document.DocNumber} do not match its clauses.", nameof(document));
        lock (_writeLock) _documents = _documents.SetItem(document.DocNumber, document);
        return Task.CompletedTask;
    }

    public Task DeleteDocumentAsync(string docNumber, CancellationToken cancellationToken = default)
    {
        lock (_writeLock) _documents = _documents.Remove(docNumber);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<VectorHit>> SearchAsync(ReadOnlyMemory<float> vector, int top, SearchFilter? filter = null,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(Search(vector.Span, top, filter is null || filter.IsEmpty ? null : d => Matches(d, filter)));

    /// <summary>
    /// Exact top-k over the documents that <paramref name="allow"/> accepts (all when null). A large index is
    /// scanned in one slice per core; equal scores go to the document first in order, so the result is the same
    /// however it is sliced.
    /// </summary>
    internal IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top, Func<VectorDocument, bool>? allow)
    {
        if (top <= 0) return [];
        var (documents, starts) = Ordered();
        var rows = starts[^1];
        var slices = Math.Clamp(rows / RowsPerSlice, 1, Environment.ProcessorCount);
        var heaps = new PriorityQueue<(int Doc, int Row), (float Score, int Doc)>[slices];
        if (slices == 1) heaps[0] = Scan(query, top, allow, documents, 0, documents.Length);
        else
        {
            var q = query.ToArray();
            var bounds = new int[slices + 1];
            for (var s = 1; s < slices; s++)
            {
                var i = Array.BinarySearch(starts, (int)((long)rows * s / slices));
                bounds[s] = Math.Max(bounds[s - 1], i >= 0 ? i : ~i - 1);
            }
            bounds[slices] = documents.Length;
            Parallel.For(0, slices, s => heaps[s] = Scan(q, top, allow, documents, bounds[s], bounds[s + 1]));
        }
        var best = heaps[0];
        for (var s = 1; s < slices; s++)
            while (heaps[s].TryDequeue(out var e, out var p)) Offer(best, top, e, p);
        var hits = new VectorHit[best.Count];
        for (var k = hits.Length - 1; k >= 0; k--)
        {
            best.TryDequeue(out var e, out var p);
            hits[k] = new VectorHit(documents[e.Doc].ClauseIds[e.Row], p.Score);
        }
        return hits;
    }

    private const int RowsPerSlice = 50_000;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static PriorityQueue<(int Doc, int Row), (float Score, int Doc)> Scan(ReadOnlySpan<float> query, int top,
        Func<VectorDocument, bool>? allow, VectorDocument[] documents, int from, int to)
    {
        var heap = new PriorityQueue<(int Doc, int Row), (float Score, int Doc)>(top + 1, ScoreOrder.Instance);
        var dims = query.Length;
        for (var d = from; d < to; d++)
        {
            var doc = documents[d];
            if (doc.Dimensions != dims || (allow is not null && !allow(doc))) continue;
            var vectors = doc.Vectors;
            var scales = doc.Scales;
            for (var i = 0; i < scales.Length; i++)
            {
                var score = Int8Dot.Dot(vectors.AsSpan(i * dims, dims), query) * scales[i];
                if (heap.Count < top) heap.Enqueue((d, i), (score, d));
                else if (heap.TryPeek(out _, out var min) && (score > min.Score || (score == min.Score && d < min.Doc)))
                    heap.EnqueueDequeue((d, i), (score, d));
            }
        }
        return heap;
    }

    private static void Offer(PriorityQueue<(int Doc, int Row), (float Score, int Doc)> heap, int top, (int Doc, int Row) e, (float Score, int Doc) p)
    {
        if (heap.Count < top) heap.Enqueue(e, p);
        else if (heap.TryPeek(out _, out var min) && ScoreOrder.Instance.Compare(p, min) > 0) heap.EnqueueDequeue(e, p);
    }

    /// <summary>The documents in key order with each one's first row (and the total last), cached per version.</summary>
    private (VectorDocument[] Documents, int[] Starts) Ordered()
    {
        var current = _documents;
        var ordered = _ordered;
        if (ReferenceEquals(ordered.Source, current)) return (ordered.Documents, ordered.Starts);
        var documents = current.Values.ToArray();
        var starts = new int[documents.Length + 1];
        for (var i = 0; i < documents.Length; i++) starts[i + 1] = checked(starts[i] + documents[i].Scales.Length);
        _ordered = new OrderedDocuments(current, documents, starts);
        return (documents, starts);
    }

    /// <summary>Higher score is better; on equal scores the earlier document is.</summary>
    private sealed class ScoreOrder : IComparer<(float Score, int Doc)>
    {
        public static readonly ScoreOrder Instance = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }

    /// <summary>Whether a document's metadata passes a filter (文号 in any variant, issuer by containment, year, type).</summary>
    public static bool Matches(VectorDocument d, SearchFilter f) =>
        SearchFilters.Matches(f, d.DocNumber, d.Issuer, d.Year, d.Type);
}
