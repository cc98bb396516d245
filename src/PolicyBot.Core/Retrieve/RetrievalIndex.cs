using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Retrieve;

/// <summary>
/// Everything search reads for one index snapshot: the clauses in order, the lexical index over them and the
/// per-document analyses (clause vectors). Immutable; a new snapshot gets a new one, swapped in whole.
/// </summary>
internal sealed class RetrievalIndex
{
    private readonly Dictionary<string, int> _documentOrdinal;
    private readonly int[] _documentFirstClause;

    public RetrievalIndex(IndexSnapshot snapshot, IReadOnlyList<DocumentAnalysis> analyses, LexicalIndex lexical)
    {
        Snapshot = snapshot;
        Analyses = analyses;
        var docs = snapshot.Documents;
        _years = docs.Select(d => SearchFilters.YearOf(d) ?? 0).ToArray();
        _newestYear = _years.Length == 0 ? 0 : _years.Max();
        Authorities = docs.Select(LegalAuthority.Of).ToArray();
        Amendments = docs.Select(LegalAuthority.IsAmendment).ToArray();
        PlaceNames = Authorities.Where(a => a.Place is not null).Select(a => a.Place!).Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, AuthorityPrior.NamesOf, StringComparer.Ordinal);
        var total = docs.Sum(d => d.Clauses.Count);
        Clauses = new Clause[total];
        ClauseDocument = new int[total];
        _documentOrdinal = new Dictionary<string, int>(docs.Count, StringComparer.Ordinal);
        _documentFirstClause = new int[docs.Count];
        var c = 0;
        for (var d = 0; d < docs.Count; d++)
        {
            _documentFirstClause[d] = c;
            _documentOrdinal[docs[d].DocNumber] = d;
            foreach (var clause in docs[d].Clauses)
            {
                Clauses[c] = clause;
                ClauseDocument[c++] = d;
            }
        }
        Lexical = lexical;
    }

    public static readonly RetrievalIndex Empty = new(IndexSnapshot.Empty, [], LexicalIndex.Empty);

    public IndexSnapshot Snapshot { get; }
    public long Version => Snapshot.Version;
    public IReadOnlyList<PolicyDocument> Documents => Snapshot.Documents;
    public IReadOnlyList<DocumentAnalysis> Analyses { get; }
    public Clause[] Clauses { get; }
    public int[] ClauseDocument { get; }
    public LexicalIndex Lexical { get; }

    /// <summary>Cosine of clause <paramref name="clause"/>'s stored vector with the unit vector <paramref name="query"/>; 0 without vectors.</summary>
    public float Cosine(int clause, ReadOnlySpan<float> query)
    {
        var d = ClauseDocument[clause];
        var a = Analyses[d];
        if (a.Dimensions != query.Length) return 0;
        var row = clause - _documentFirstClause[d];
        Span<float> v = stackalloc float[a.Dimensions];
        System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<sbyte, float>(a.Vectors.AsSpan(row * a.Dimensions, a.Dimensions), v);
        return System.Numerics.Tensors.TensorPrimitives.Dot(v, query) * a.Scales[row];
    }

    /// <summary>The ordinal of document <paramref name="document"/>'s signature clause (落款), or null when it has none.</summary>
    public int? SignatureOf(int document)
    {
        var clauses = Documents[document].Clauses;
        for (var i = clauses.Count - 1; i >= 0; i--)
            if (Clause.IsSignature(clauses[i])) return _documentFirstClause[document] + i;
        return null;
    }

    /// <summary>The clause's ordinal, found through the snapshot's clause map (no second map of a million ids).</summary>
    public int? OrdinalOf(string clauseId)
    {
        if (Snapshot.FindClause(clauseId) is not { } hit || DocumentOrdinal(hit.Document.DocNumber) is not int d) return null;
        var clause = hit.Clause;
        var first = _documentFirstClause[d];
        var end = d + 1 < _documentFirstClause.Length ? _documentFirstClause[d + 1] : Clauses.Length;
        if (first + clause.Position < end && ReferenceEquals(Clauses[first + clause.Position], clause)) return first + clause.Position;
        for (var i = first; i < end; i++)
            if (ReferenceEquals(Clauses[i], clause)) return i;
        return null;
    }

    private readonly int[] _years;
    private readonly int _newestYear;

    /// <summary>1 for a document of the newest year in the index, falling linearly to 0 over <paramref name="years"/> years; 0 undated.</summary>
    public float Recency(int document, int years)
    {
        var year = _years[document];
        return year == 0 ? 0 : Math.Max(0, 1 - (_newestYear - year) / (float)Math.Max(1, years));
    }

    /// <summary>Each document's level of legal force and, for a local rule, its place (see <see cref="LegalAuthority"/>).</summary>
    public LegalAuthority[] Authorities { get; }

    /// <summary>Whether each document amends or repeals others (see <see cref="LegalAuthority.IsAmendment"/>).</summary>
    public bool[] Amendments { get; }

    /// <summary>The distinct places of the index's documents, each with the short names of its parts (威海市文登区 → 威海, 文登).</summary>
    public Dictionary<string, string[]> PlaceNames { get; }

    public int? DocumentOrdinal(string docNumber) => _documentOrdinal.TryGetValue(docNumber, out var i) ? i : null;
}
