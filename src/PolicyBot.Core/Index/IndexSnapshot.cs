using PolicyBot.Domain;

namespace PolicyBot.Index;

/// <summary>
/// An immutable view of the index at one version: what every search and answer reads. A re-ingest builds a new
/// snapshot and swaps it in atomically, so readers never see a half-replaced document.
/// </summary>
public sealed class IndexSnapshot
{
    private readonly Dictionary<string, PolicyDocument> _byNumber;
    private readonly Dictionary<string, (PolicyDocument Document, Clause Clause)> _byClauseId;

    public IndexSnapshot(long version, IReadOnlyList<PolicyDocument> documents)
    {
        Version = version;
        Documents = documents;
        _byNumber = new(StringComparer.Ordinal);
        _byClauseId = new(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            _byNumber[d.DocNumber] = d;
            foreach (var c in d.Clauses) _byClauseId[c.Id] = (d, c);
        }
    }

    public static readonly IndexSnapshot Empty = new(0, []);

    /// <summary>Increases with every committed change.</summary>
    public long Version { get; }

    /// <summary>All documents, in a stable order.</summary>
    public IReadOnlyList<PolicyDocument> Documents { get; }

    public int ClauseCount => _byClauseId.Count;

    /// <summary>A document by its 文号 in any usual variant, or by its stable id.</summary>
    public PolicyDocument? FindDocument(string docNumber)
    {
        if (string.IsNullOrWhiteSpace(docNumber)) return null;
        if (_byNumber.TryGetValue(docNumber.Trim(), out var d)) return d;
        return DocumentNumber.TryParse(docNumber, out var n) && _byNumber.TryGetValue(n.ToString(), out d) ? d : null;
    }

    public (PolicyDocument Document, Clause Clause)? FindClause(string clauseId) =>
        _byClauseId.TryGetValue(clauseId, out var hit) ? hit : null;
}
