using System.Text.Json;

namespace PolicyBot.Index;

/// <summary>
/// The committed state of an index folder: its version and the ingested sources in order. Replaced as a whole by an
/// atomic rename (see <see cref="DurableFile"/>); whatever it names is complete on disk.
/// </summary>
internal sealed record IndexManifest(int Format, long Version, IReadOnlyList<SourceEntry> Sources)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";

    public static readonly IndexManifest Empty = new(CurrentFormat, 0, []);

    public int DocumentCount => Sources.Sum(s => s.Documents.Count);

    public static IndexManifest Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return Empty; }
        catch (IOException e) { throw new IndexException($"Cannot read the index manifest {path}: {e.Message}", e); }
        IndexManifest? manifest;
        try { manifest = JsonSerializer.Deserialize<IndexManifest>(bytes, IndexJson.Options); }
        catch (JsonException e) { throw new IndexException($"The index manifest {path} is damaged ({e.Message}); delete the folder and ingest again.", e); }
        if (manifest is null || manifest.Format != CurrentFormat)
            throw new IndexException($"The index {folder} was written in format {manifest?.Format} but this version reads format {CurrentFormat}; ingest into a new folder.");
        return manifest;
    }

    public void Save(string folder) =>
        DurableFile.WriteAtomically(Path.Combine(folder, FileName), s => JsonSerializer.Serialize(s, this, IndexJson.Options));
}
