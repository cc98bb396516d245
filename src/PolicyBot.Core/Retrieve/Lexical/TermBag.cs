namespace PolicyBot.Retrieve.Lexical;

/// <summary>The distinct terms of one field with their counts, and the field's length in terms.</summary>
internal sealed record TermBag(string[] Terms, int[] Counts, int Length)
{
    public static readonly TermBag Empty = new([], [], 0);

    public static TermBag Of(string? text) => string.IsNullOrEmpty(text) ? Empty : From(ChineseAnalyzer.Default.Analyze(text));

    public static TermBag From(IReadOnlyList<string> terms)
    {
        var counts = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        foreach (var t in terms) counts[t] = counts.GetValueOrDefault(t) + 1;
        var keys = new string[counts.Count];
        var values = new int[counts.Count];
        var i = 0;
        foreach (var (k, v) in counts) { keys[i] = TermPool.Intern(k); values[i++] = v; }
        return new TermBag(keys, values, terms.Count);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Length);
        w.Write(Terms.Length);
        for (var i = 0; i < Terms.Length; i++) { w.Write(Terms[i]); w.Write(Counts[i]); }
    }

    public static TermBag Read(BinaryReader r)
    {
        var length = r.ReadInt32();
        var n = r.ReadInt32();
        if (n < 0 || n > 1_000_000) throw new InvalidDataException("bad term count");
        var terms = new string[n];
        var counts = new int[n];
        for (var i = 0; i < n; i++) { terms[i] = TermPool.Intern(r.ReadString()); counts[i] = r.ReadInt32(); }
        return new TermBag(terms, counts, length);
    }
}
