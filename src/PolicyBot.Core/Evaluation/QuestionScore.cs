namespace PolicyBot.Evaluation;

/// <summary>
/// The metrics of one gold question (see <c>shared/eval/README.md</c>). A metric that does not apply to the question
/// is null: the retrieval and answer metrics for an unanswerable question, <see cref="RefusedCorrectly"/> for an
/// answerable one, <see cref="CitationPrecision"/> when the answer cites nothing.
/// </summary>
public sealed record QuestionScore(string Id, string Type, bool Answerable)
{
    public double? HitAt1 { get; init; }
    public double? HitAt5 { get; init; }
    public double? FactRecallAt5 { get; init; }
    public double? ReciprocalRankAt10 { get; init; }
    public double? DocAt1 { get; init; }
    public double? FactCoverage { get; init; }
    public double? AllFacts { get; init; }
    public double? CitationHit { get; init; }
    public double? CitationPrecision { get; init; }

    /// <summary>Unanswerable questions: 1 when answered with <c>grounded: false</c>.</summary>
    public double? RefusedCorrectly { get; init; }

    /// <summary>Answerable questions: 1 when answered with <c>grounded: false</c>.</summary>
    public double? FalselyRefused { get; init; }

    /// <summary>The answer facts found nowhere in the first 10 passages, for reading failures.</summary>
    public IReadOnlyList<string> MissedFacts { get; init; } = [];
}
