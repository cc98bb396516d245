namespace PolicyBot.Retrieve;

/// <summary>
/// Where clause vectors live: the embedded store by default, an external one (Qdrant) at scale. Vectors are
/// replaced a whole document at a time, the unit that ingest replaces.
/// </summary>
public interface IVectorIndex
{
    /// <summary>Replaces the vectors of one document (its clauses, in order).</summary>
    Task UpsertDocumentAsync(VectorDocument document, CancellationToken cancellationToken = default);

    Task DeleteDocumentAsync(string docNumber, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="top"/> clauses nearest (cosine) to <paramref name="vector"/> that pass <paramref name="filter"/>, best first.</summary>
    Task<IReadOnlyList<VectorHit>> SearchAsync(ReadOnlyMemory<float> vector, int top, SearchFilter? filter = null,
        CancellationToken cancellationToken = default);
}
