using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>The answer metrics of shared/eval/README.md over a set of gold questions and the product's answers.</summary>
public sealed record AnswerMetrics(double FactCoverage, double AllFacts, double CitationHit, double RefusalAccuracy, double FalseRefusalRate)
{
    public static AnswerMetrics Of(IReadOnlyList<(GoldQuestion Gold, PolicyAnswer Answer)> results)
    {
        var answerable = results.Where(r => r.Gold.IsAnswerable).ToList();
        var unanswerable = results.Where(r => !r.Gold.IsAnswerable).ToList();
        return new AnswerMetrics(
            Average(answerable, r => FactShare(r.Gold, r.Answer)),
            Average(answerable, r => FactShare(r.Gold, r.Answer) == 1 ? 1 : 0),
            Average(answerable, r => CitesGold(r.Gold, r.Answer) ? 1 : 0),
            Average(unanswerable, r => r.Answer.Grounded ? 0 : 1),
            Average(answerable, r => r.Answer.Grounded ? 0 : 1));
    }

    public static double FactShare(GoldQuestion gold, PolicyAnswer answer)
    {
        if (gold.AnswerFacts.Length == 0) return 1;
        var text = ChineseText.Normalize(answer.Text);
        return gold.AnswerFacts.Count(f => text.Contains(ChineseText.Normalize(f), StringComparison.Ordinal)) / (double)gold.AnswerFacts.Length;
    }

    public static bool CitesGold(GoldQuestion gold, PolicyAnswer answer) =>
        answer.Citations.Any(c => gold.DocNumbers.Contains(c.DocNumber));

    private static double Average<T>(List<T> items, Func<T, double> value) => items.Count == 0 ? 0 : items.Average(value);

    public override string ToString() =>
        $"factCoverage {FactCoverage:F3}, allFacts {AllFacts:F3}, citationHit {CitationHit:F3}, refusalAccuracy {RefusalAccuracy:F3}, falseRefusalRate {FalseRefusalRate:F3}";
}
