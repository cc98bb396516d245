using PolicyBot.Domain;

namespace PolicyBot.Index;

/// <summary>
/// A manifest with its documents in memory: the snapshot readers see, and every segment's documents by segment
/// name, so that the next commit re-reads only the segments it wrote.
/// </summary>
internal sealed record LoadedState(
    IndexManifest Manifest, IndexSnapshot Snapshot, Dictionary<string, IReadOnlyList<PolicyDocument>> SegmentDocuments)
{
    private const int Attempts = 5;

    public static LoadedState Build(
        PolicyIndex index, IndexManifest manifest,
        IReadOnlyDictionary<string, IReadOnlyList<PolicyDocument>>? fresh,
        IReadOnlyDictionary<string, IReadOnlyList<PolicyDocument>>? known)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return BuildOnce(index, manifest, fresh, known);
            }
            catch (FileNotFoundException e)
            {
                // A writer in another process committed a newer manifest and collected a segment the one we read
                // still named: read the new manifest and try again.
                if (attempt == Attempts)
                    throw new IndexException($"The index segment {e.FileName} is missing; ingest its source again.", e);
                manifest = IndexManifest.Load(index.Folder);
            }
        }
    }

    private static LoadedState BuildOnce(
        PolicyIndex index, IndexManifest manifest,
        IReadOnlyDictionary<string, IReadOnlyList<PolicyDocument>>? fresh,
        IReadOnlyDictionary<string, IReadOnlyList<PolicyDocument>>? known)
    {
        var segments = new Dictionary<string, IReadOnlyList<PolicyDocument>>(StringComparer.Ordinal);
        var documents = new List<PolicyDocument>();
        foreach (var source in manifest.Sources)
        {
            if (source.Documents.Count == 0) continue;
            var inSegment = Find(fresh, source.Segment) ?? Find(known, source.Segment)
                ?? SegmentFile.Read(index.SegmentsFolder, source.Segment);
            segments[source.Segment] = inSegment;
            var live = source.Documents.ToHashSet(StringComparer.Ordinal);
            documents.AddRange(inSegment.Where(d => live.Contains(d.DocNumber)));
        }
        return new LoadedState(manifest, new IndexSnapshot(manifest.Version, documents), segments);
    }

    private static IReadOnlyList<PolicyDocument>? Find(IReadOnlyDictionary<string, IReadOnlyList<PolicyDocument>>? segments, string name) =>
        segments is not null && segments.TryGetValue(name, out var documents) ? documents : null;
}
