using System.Buffers;
using System.Collections.Immutable;
using System.Numerics.Tensors;
using PolicyBot.Text;

namespace PolicyBot.Retrieve.Vectors;

/// <summary>
/// The in-process vector store: int8 clause vectors in one block per document, exact top-k by SIMD dot product
/// (<see cref="TensorPrimitives"/>). Writers swap an immutable map of blocks, so a search always sees whole documents.
/// </summary>
public sealed class EmbeddedVectorIndex : IVectorIndex
{
    private ImmutableSortedDictionary<string, VectorDocument> _documents = ImmutableSortedDictionary.Create<string, VectorDocument>(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

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

    /// <summary>Exact top-k over the documents that <paramref name="allow"/> accepts (all when null).</summary>
    internal IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top, Func<VectorDocument, bool>? allow)
    {
        if (top <= 0) return [];
        var heap = new PriorityQueue<(VectorDocument Doc, int Row), float>(top + 1);
        var dims = query.Length;
        var row = ArrayPool<float>.Shared.Rent(dims);
        try
        {
            var rowSpan = row.AsSpan(0, dims);
            foreach (var (_, doc) in _documents)
            {
                if (doc.Dimensions != dims || (allow is not null && !allow(doc))) continue;
                for (var i = 0; i < doc.Scales.Length; i++)
                {
                    TensorPrimitives.ConvertTruncating<sbyte, float>(doc.Vectors.AsSpan(i * dims, dims), rowSpan);
                    var score = TensorPrimitives.Dot(rowSpan, query) * doc.Scales[i];
                    if (heap.Count < top) heap.Enqueue((doc, i), score);
                    else if (heap.TryPeek(out _, out var min) && score > min) heap.EnqueueDequeue((doc, i), score);
                }
            }
        }
        finally { ArrayPool<float>.Shared.Return(row); }
        var hits = new VectorHit[heap.Count];
        for (var k = hits.Length - 1; k >= 0; k--)
        {
            heap.TryDequeue(out var e, out var s);
            hits[k] = new VectorHit(e.Doc.ClauseIds[e.Row], s);
        }
        return hits;
    }

    /// <summary>Whether a document's metadata passes a filter (文号 in any variant, issuer by containment, year, type).</summary>
    public static bool Matches(VectorDocument d, SearchFilter f) =>
        SearchFilters.Matches(f, d.DocNumber, d.Issuer, d.Year, d.Type);
}
