using System.Security.Cryptography;
using System.Text;
using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Retrieve;

/// <summary>
/// What retrieval derives from one document (its terms per field, and one int8 vector per clause), keyed by a hash
/// of the document's content so that re-ingesting an unchanged document reuses it.
/// </summary>
internal sealed class DocumentAnalysis
{
    public required string ContentHash { get; init; }
    public required TermBag Title { get; init; }
    public required TermBag Number { get; init; }
    public required TermBag[] Sections { get; init; }
    public required int[] ClauseSection { get; init; }
    public required TermBag[] Clauses { get; init; }

    /// <summary>Clause vectors, quantised: row i is <c>Vectors[i*Dimensions ..]</c> times <c>Scales[i]</c>.</summary>
    public required sbyte[] Vectors { get; init; }
    public required float[] Scales { get; init; }
    public required int Dimensions { get; init; }

    /// <summary>The text a clause is embedded from: its innermost heading and its text.</summary>
    public static string EmbeddingText(Clause clause) =>
        clause.Section.Innermost is { } heading ? heading + "\n" + clause.Text : clause.Text;

    public static string HashOf(PolicyDocument d, string embedderId)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? s) { h.AppendData(Encoding.UTF8.GetBytes(s ?? "")); h.AppendData([0]); }
        Add(embedderId);
        Add(ChineseAnalyzer.Fingerprint);
        Add(d.DocNumber); Add(d.DisplayTitle); Add(d.Issuer); Add(d.Type);
        foreach (var c in d.Clauses) { Add(c.Section.ToString()); Add(c.Text); }
        return Convert.ToHexString(h.GetHashAndReset());
    }

    public static async Task<DocumentAnalysis> CreateAsync(PolicyDocument d, string hash, ClauseEmbedder embedder, CancellationToken ct)
    {
        var sectionIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sections = new List<TermBag>();
        var clauseSection = new int[d.Clauses.Count];
        var clauses = new TermBag[d.Clauses.Count];
        for (var i = 0; i < d.Clauses.Count; i++)
        {
            var c = d.Clauses[i];
            var key = c.Section.ToString();
            if (!sectionIds.TryGetValue(key, out var s))
            {
                sectionIds[key] = s = sections.Count;
                sections.Add(TermBag.Of(key));
            }
            clauseSection[i] = s;
            clauses[i] = TermBag.Of(c.Label is null ? c.Text : c.Label + c.Text);
        }
        var (vectors, scales, dims) = await embedder.EmbedQuantizedAsync(d.Clauses.Select(EmbeddingText).ToArray(), ct).ConfigureAwait(false);
        return new DocumentAnalysis
        {
            ContentHash = hash,
            Title = TermBag.Of(string.Join('\n', d.DisplayTitle, d.Issuer, d.Type)),
            Number = TermBag.Of(d.DocNumber),
            Sections = sections.ToArray(),
            ClauseSection = clauseSection,
            Clauses = clauses,
            Vectors = vectors,
            Scales = scales,
            Dimensions = dims,
        };
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ContentHash);
        Title.Write(w);
        Number.Write(w);
        w.Write(Sections.Length);
        foreach (var s in Sections) s.Write(w);
        w.Write(Clauses.Length);
        for (var i = 0; i < Clauses.Length; i++) { w.Write(ClauseSection[i]); Clauses[i].Write(w); }
        w.Write(Dimensions);
        w.Write(Scales.Length);
        foreach (var s in Scales) w.Write(s);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Vectors.AsSpan()));
    }

    public static DocumentAnalysis Read(BinaryReader r)
    {
        var hash = r.ReadString();
        var title = TermBag.Read(r);
        var number = TermBag.Read(r);
        var sections = new TermBag[CheckedCount(r.ReadInt32())];
        for (var i = 0; i < sections.Length; i++) sections[i] = TermBag.Read(r);
        var n = CheckedCount(r.ReadInt32());
        var clauseSection = new int[n];
        var clauses = new TermBag[n];
        for (var i = 0; i < n; i++)
        {
            clauseSection[i] = r.ReadInt32();
            if ((uint)clauseSection[i] >= (uint)sections.Length) throw new InvalidDataException("bad section index");
            clauses[i] = TermBag.Read(r);
        }
        var dims = CheckedCount(r.ReadInt32());
        var scales = new float[CheckedCount(r.ReadInt32())];
        for (var i = 0; i < scales.Length; i++) scales[i] = r.ReadSingle();
        var vectors = new sbyte[scales.Length * dims];
        if (r.Read(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan())) != vectors.Length) throw new EndOfStreamException();
        return new DocumentAnalysis
        {
            ContentHash = hash, Title = title, Number = number, Sections = sections, ClauseSection = clauseSection,
            Clauses = clauses, Vectors = vectors, Scales = scales, Dimensions = dims,
        };
    }

    private static int CheckedCount(int n) => n is >= 0 and <= 10_000_000 ? n : throw new InvalidDataException("bad count");
}
