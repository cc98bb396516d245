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
        foreach (var (k, v) in counts) { keys[i] = k; values[i++] = v; }
        return new TermBag(keys, values, terms.Count);
    }

    /// <summary>Appends the bag as term ids of <paramref name="vocabulary"/> (adding new terms): length, count, (id, count) pairs.</summary>
    public void Encode(Vocabulary vocabulary, VarintWriter to)
    {
        to.Write(Length);
        to.Write(Terms.Length);
        for (var i = 0; i < Terms.Length; i++) { to.Write(vocabulary.GetOrAdd(Terms[i])); to.Write(Counts[i]); }
    }
}
