namespace PolicyBot.Retrieve;

/// <summary>The knobs of hybrid search, with the defaults measured best on the gold questions.</summary>
public sealed record SearchTuning
{
    /// <summary>How many candidates each of lexical and vector search contributes to fusion.</summary>
    public int Candidates { get; init; } = 100;

    /// <summary>Use the embedder at all (lexical only when false).</summary>
    public bool UseVectors { get; init; } = true;

    /// <summary><c>Weighted</c> (normalised score sum) or <c>Rrf</c> (reciprocal-rank fusion).</summary>
    public FusionMethod Fusion { get; init; } = FusionMethod.Weighted;

    /// <summary>Share of the vector score in weighted fusion.</summary>
    public float VectorWeight { get; init; } = 0.3f;

    /// <summary>Weight of an earlier user turn's terms (the most recent; older turns get half again less).</summary>
    public float HistoryWeight { get; init; } = 0.3f;

    /// <summary>Bonus, relative to the best lexical score, for the documents the previous turn's results came from.</summary>
    public float HistoryDocumentPrior { get; init; } = 0.25f;
}

public enum FusionMethod { Weighted, Rrf }
