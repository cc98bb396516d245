using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Qdrant;

/// <summary>
/// The lexical side of hybrid search as a Qdrant sparse vector: one dimension per index term of
/// <see cref="ChineseAnalyzer"/> (<see cref="TermIndex"/>), indices ascending and unique. Qdrant's IDF modifier on
/// the <c>lexical</c> vector supplies the inverse document frequency, so together the dot product is BM25-like.
/// </summary>
public sealed record SparseTermVector(uint[] Indices, float[] Values)
{
    /// <summary>BM25's term-frequency saturation: a term's weight grows with its count but levels off.</summary>
    public const float K1 = 1.2f;

    /// <summary>Weight of a term that only earlier user turns of the conversation contain.</summary>
    public const float HistoryWeight = 0.3f;

    public bool IsEmpty => Indices.Length == 0;

    /// <summary>A clause's vector: saturated term frequency, tf·(k1+1)/(tf+k1).</summary>
    public static SparseTermVector ForDocument(ChineseAnalyzer analyzer, string text)
    {
        var counts = new SortedDictionary<uint, int>();
        foreach (var term in analyzer.Analyze(text))
        {
            var index = TermIndex.Of(term);
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }
        return new([.. counts.Keys], [.. counts.Values.Select(tf => tf * (K1 + 1) / (tf + K1))]);
    }

    /// <summary>
    /// A question's vector: each term of the question weighs 1; terms that only the earlier user turns contain weigh
    /// <see cref="HistoryWeight"/>, so a follow-up such as 那农资仓储能力要达到多少？ still leans on the topic asked
    /// about before without letting it outweigh what is asked now.
    /// </summary>
    public static SparseTermVector ForQuery(ChineseAnalyzer analyzer, string question, IEnumerable<string> earlierUserTurns)
    {
        var weights = new SortedDictionary<uint, float>();
        foreach (var turn in earlierUserTurns)
            foreach (var term in analyzer.Analyze(turn))
                weights[TermIndex.Of(term)] = HistoryWeight;
        foreach (var term in analyzer.Analyze(question))
            weights[TermIndex.Of(term)] = 1f;
        return new([.. weights.Keys], [.. weights.Values]);
    }
}
