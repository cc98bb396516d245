using System.IO.Compression;
using System.Text.Json;
using PolicyBot.Domain;

namespace PolicyBot.Index;

/// <summary>
/// A segment: the documents (with their clauses) parsed from one source file, as gzip-compressed JSON under
/// <c>segments/</c>. Written once under a fresh name and never changed; the manifest decides whether it is live.
/// </summary>
internal static class SegmentFile
{
    public const string FolderName = "segments";
    public const string Extension = ".seg";

    private sealed record Content(string Source, IReadOnlyList<PolicyDocument> Documents);

    /// <summary>
    /// Writes a new segment; returns its file name. Not yet durable: the commit that names it first makes it so
    /// (<see cref="MakeDurable"/>), all of a commit's segments at once.
    /// </summary>
    public static string Write(string segmentsFolder, string source, IReadOnlyList<PolicyDocument> documents)
    {
        var name = Guid.NewGuid().ToString("N") + Extension;
        var path = Path.Combine(segmentsFolder, name);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var zip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(zip, new Content(source, documents), IndexJson.Options);
        return name;
    }

    /// <summary>
    /// Flushes the named segments to disk (fsync), several at a time: the file system commits concurrent flushes
    /// together, which halves the cost of one flush per ingested file.
    /// </summary>
    public static void MakeDurable(string segmentsFolder, IReadOnlyCollection<string> names)
    {
        Parallel.ForEach(names, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            name => DurableFile.FlushFile(Path.Combine(segmentsFolder, name)));
    }

    /// <summary>
    /// The document with what its clauses repeat stored once: the 文号 string, each section path (the clauses under
    /// one heading share it), and an empty list of citations. JSON gives every clause its own copies, which at a
    /// million clauses is a few hundred megabytes of duplicates.
    /// </summary>
    private static PolicyDocument Shared(PolicyDocument d)
    {
        var clauses = new Clause[d.Clauses.Count];
        SectionPath? previous = null;
        for (var i = 0; i < clauses.Length; i++)
        {
            var c = d.Clauses[i];
            var section = previous is not null && previous.Equals(c.Section) ? previous : c.Section;
            previous = section;
            clauses[i] = c with
            {
                DocNumber = c.DocNumber == d.DocNumber ? d.DocNumber : c.DocNumber,
                Section = section,
                Cites = c.Cites.Count == 0 ? [] : c.Cites,
            };
        }
        return d with { Clauses = clauses };
    }

    /// <summary>Reads a segment; throws <see cref="FileNotFoundException"/> when it is gone (collected by a writer).</summary>
    public static IReadOnlyList<PolicyDocument> Read(string segmentsFolder, string name)
    {
        var path = Path.Combine(segmentsFolder, name);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        try
        {
            var documents = JsonSerializer.Deserialize<Content>(zip, IndexJson.Options)?.Documents
                ?? throw new IndexException($"The index segment {path} is empty.");
            return documents.Select(Shared).ToArray();
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new IndexException($"The index segment {path} is damaged ({e.Message}); ingest its source again.", e);
        }
    }
}
