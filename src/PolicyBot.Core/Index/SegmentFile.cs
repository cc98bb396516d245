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

    /// <summary>Writes and fsyncs a new segment; returns its file name.</summary>
    public static string Write(string segmentsFolder, string source, IReadOnlyList<PolicyDocument> documents)
    {
        var name = Guid.NewGuid().ToString("N") + Extension;
        var path = Path.Combine(segmentsFolder, name);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var zip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(zip, new Content(source, documents), IndexJson.Options);
        file.Flush(flushToDisk: true);
        return name;
    }

    /// <summary>Reads a segment; throws <see cref="FileNotFoundException"/> when it is gone (collected by a writer).</summary>
    public static IReadOnlyList<PolicyDocument> Read(string segmentsFolder, string name)
    {
        var path = Path.Combine(segmentsFolder, name);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        try
        {
            return JsonSerializer.Deserialize<Content>(zip, IndexJson.Options)?.Documents
                ?? throw new IndexException($"The index segment {path} is empty.");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new IndexException($"The index segment {path} is damaged ({e.Message}); ingest its source again.", e);
        }
    }
}
