using System.Runtime.ExceptionServices;
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
        var live = manifest.Sources.Where(s => s.Documents.Count > 0).ToArray();
        var segments = new Dictionary<string, IReadOnlyList<PolicyDocument>>(StringComparer.Ordinal);
        foreach (var source in live)
            if ((Find(fresh, source.Segment) ?? Find(known, source.Segment)) is { } inMemory) segments[source.Segment] = inMemory;
        ReadInParallel(index, live.Select(s => s.Segment).Where(n => !segments.ContainsKey(n)).ToArray(), segments);

        var documents = new List<PolicyDocument>();
        foreach (var source in live)
        {
            var numbers = source.Documents.ToHashSet(StringComparer.Ordinal);
            documents.AddRange(segments[source.Segment].Where(d => numbers.Contains(d.DocNumber)));
        }
        return new LoadedState(manifest, new IndexSnapshot(manifest.Version, documents), segments);
    }

    private static IReadOnlyList<PolicyDocument>? Find(IReadOnlyDictionary<string, IReadOnlyList<PolicyDocument>>? segments, string name) =>
        segments is not null && segments.TryGetValue(name, out var documents) ? documents : null;

    /// <summary>Reads segments on all cores (decompressing and parsing is the cost of opening a big index).</summary>
    private static void ReadInParallel(PolicyIndex index, string[] names, Dictionary<string, IReadOnlyList<PolicyDocument>> into)
    {
        var read = new IReadOnlyList<PolicyDocument>[names.Length];
        Exception? failure = null;
        Parallel.For(0, names.Length, i =>
        {
            try { read[i] = SegmentFile.Read(index.SegmentsFolder, names[i]); }
            catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
        });
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
        for (var i = 0; i < names.Length; i++) into[names[i]] = read[i];
    }
}
