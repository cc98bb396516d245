using System.Text;

namespace PolicyBot.Retrieve;

/// <summary>
/// The per-document analyses (terms and clause vectors) persisted as <c>{index}/retrieval/analysis.bin</c>, so that
/// reopening an index does not segment and embed every clause again. Written atomically (temporary file, then
/// rename); a missing, stale or corrupt file is simply rebuilt.
/// </summary>
internal sealed class AnalysisCache(string? folder)
{
    private const string Magic = "PolicyBot.RetrievalAnalysis/1";
    public const string FileName = "analysis.bin";

    public string? FilePath => folder is null ? null : Path.Combine(folder, FileName);

    public Dictionary<string, DocumentAnalysis> Load()
    {
        var result = new Dictionary<string, DocumentAnalysis>(StringComparer.Ordinal);
        if (FilePath is not { } path || !File.Exists(path)) return result;
        try
        {
            using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
            if (r.ReadString() != Magic) return result;
            var count = r.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var a = DocumentAnalysis.Read(r);
                result[a.ContentHash] = a;
            }
            return result;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            return new Dictionary<string, DocumentAnalysis>(StringComparer.Ordinal);
        }
    }

    public void Save(IReadOnlyList<DocumentAnalysis> analyses)
    {
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        var path = FilePath!;
        var tmp = path + ".tmp";
        using (var w = new BinaryWriter(new BufferedStream(File.Create(tmp), 1 << 16), Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(analyses.Count);
            foreach (var a in analyses) a.Write(w);
        }
        File.Move(tmp, path, overwrite: true);
    }
}
