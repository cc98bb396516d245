namespace PolicyBot.Evaluation;

/// <summary>
/// The gold-question metrics over a set of questions (README of <c>shared/eval</c>). Retrieval and answer metrics are
/// means over the answerable questions, <see cref="RefusalAccuracy"/> over the unanswerable ones; null when the set
/// has no question the metric applies to. <see cref="CitationPrecision"/> averages over answers that cite something.
/// </summary>
public record EvaluationMetrics
{
    public int Questions { get; init; }
    public int Answerable { get; init; }
    public int Unanswerable { get; init; }
    public double? HitAt1 { get; init; }
    public double? HitAt5 { get; init; }
    public double? FactRecallAt5 { get; init; }
    public double? MrrAt10 { get; init; }
    public double? DocAt1 { get; init; }
    public double? FactCoverage { get; init; }
    public double? AllFacts { get; init; }
    public double? CitationHit { get; init; }
    public double? CitationPrecision { get; init; }
    public double? RefusalAccuracy { get; init; }
    public double? FalseRefusalRate { get; init; }
}
