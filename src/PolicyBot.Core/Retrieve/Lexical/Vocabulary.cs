namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// Index terms numbered in order of first appearance. Append-only, so that term ids stored with an analysis stay
/// valid in every later vocabulary cloned from this one. Not thread-safe; a published index only reads it.
/// </summary>
internal sealed class Vocabulary
{
    private readonly List<string> _terms;
    private readonly Dictionary<string, int> _ids;

    public Vocabulary() : this([], new Dictionary<string, int>(StringComparer.Ordinal)) { }

    private Vocabulary(List<string> terms, Dictionary<string, int> ids)
    {
        _terms = terms;
        _ids = ids;
    }

    public int Count => _terms.Count;

    public bool TryGetId(string term, out int id) => _ids.TryGetValue(term, out id);

    public int GetOrAdd(string term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        _ids.Add(term, id = _terms.Count);
        _terms.Add(term);
        return id;
    }

    /// <summary>A copy to extend while this one is still being read.</summary>
    public Vocabulary Clone() => new([.. _terms], new Dictionary<string, int>(_ids, StringComparer.Ordinal));

    public void Write(BinaryWriter w)
    {
        w.Write(_terms.Count);
        foreach (var t in _terms) w.Write(t);
    }

    public static Vocabulary Read(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > 100_000_000) throw new InvalidDataException("bad vocabulary size");
        var terms = new List<string>(n);
        var ids = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var t = r.ReadString();
            if (!ids.TryAdd(t, i)) throw new InvalidDataException("duplicate vocabulary term");
            terms.Add(t);
        }
        return new Vocabulary(terms, ids);
    }
}
