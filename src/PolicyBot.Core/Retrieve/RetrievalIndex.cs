using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Retrieve;

/// <summary>
/// Everything search reads for one index snapshot: the clauses in order, the lexical index over them and the
/// per-document analyses it was built from. Immutable; a new snapshot gets a new one, swapped in whole.
/// </summary>
internal sealed class RetrievalIndex
{
    private readonly Dictionary<string, int> _clauseOrdinal;
    private readonly Dictionary<string, int> _documentOrdinal;
    private readonly int[] _documentFirstClause;

    public RetrievalIndex(IndexSnapshot snapshot, IReadOnlyList<DocumentAnalysis> analyses)
    {
        Snapshot = snapshot;
        Analyses = analyses;
        var docs = snapshot.Documents;
        var total = docs.Sum(d => d.Clauses.Count);
        Clauses = new Clause[total];
        ClauseDocument = new int[total];
        _clauseOrdinal = new Dictionary<string, int>(total, StringComparer.Ordinal);
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
                ClauseDocument[c] = d;
                _clauseOrdinal[clause.Id] = c++;
            }
        }
        Lexical = LexicalIndex.Build(analyses);
    }

    public static readonly RetrievalIndex Empty = new(IndexSnapshot.Empty, []);

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

    /// <summary>The ordinal of document <paramref name="document"/>'s first clause.</summary>
    public int FirstClauseOf(int document) => _documentFirstClause[document];

    public int? OrdinalOf(string clauseId) => _clauseOrdinal.TryGetValue(clauseId, out var i) ? i : null;

    public int? DocumentOrdinal(string docNumber) => _documentOrdinal.TryGetValue(docNumber, out var i) ? i : null;
}
