using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Retrieve;

/// <summary>
/// What retrieval keeps in memory per document: one int8 vector per clause, keyed by a hash of the document's content
/// so that re-ingesting an unchanged document reuses it. Its index terms (<see cref="DocumentTerms"/>) live in the
/// analysis store on disk, not here.
/// </summary>
internal sealed class DocumentAnalysis
{
    public required string ContentHash { get; init; }

    /// <summary>Clause vectors, quantised: row i is <c>Vectors[i*Dimensions ..]</c> times <c>Scales[i]</c>.</summary>
    public required sbyte[] Vectors { get; init; }
    public required float[] Scales { get; init; }
    public required int Dimensions { get; init; }

    public int ClauseCount => Scales.Length;

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

    /// <summary>Segments the document's fields and embeds its clauses.</summary>
    public static async Task<(DocumentAnalysis Analysis, DocumentTerms Terms)> CreateAsync(PolicyDocument d, string hash, ClauseEmbedder embedder, CancellationToken ct)
    {
        var terms = TermsOf(d);
        var (vectors, scales, dims) = await embedder.EmbedQuantizedAsync(d.Clauses.Select(EmbeddingText).ToArray(), ct).ConfigureAwait(false);
        return (new DocumentAnalysis { ContentHash = hash, Vectors = vectors, Scales = scales, Dimensions = dims }, terms);
    }

    /// <summary>A clause's index terms: its label (第十条, 1.) and its text.</summary>
    public static TermBag ClauseTerms(Clause clause) => TermBag.Of(clause.Label is null ? clause.Text : clause.Label + clause.Text);

    public static DocumentTerms TermsOf(PolicyDocument d)
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
            clauses[i] = ClauseTerms(c);
        }
        return new DocumentTerms
        {
            Title = TermBag.Of(string.Join('\n', d.DisplayTitle, d.Issuer, d.Type)),
            Number = TermBag.Of(d.DocNumber),
            Sections = sections.ToArray(),
            ClauseSection = clauseSection,
            Clauses = clauses,
        };
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ContentHash);
        w.Write(Dimensions);
        w.Write(Scales.Length);
        w.Write(MemoryMarshal.AsBytes(Scales.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(Vectors.AsSpan()));
    }

    public static DocumentAnalysis Read(BinaryReader r)
    {
        var hash = r.ReadString();
        var dims = CheckedCount(r.ReadInt32());
        var scales = new float[CheckedCount(r.ReadInt32())];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(scales.AsSpan()));
        var vectors = new sbyte[(long)scales.Length * dims];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan()));
        return new DocumentAnalysis { ContentHash = hash, Vectors = vectors, Scales = scales, Dimensions = dims };
    }

    private static int CheckedCount(int n) => n is >= 0 and <= 10_000_000 ? n : throw new InvalidDataException("bad count");
}
