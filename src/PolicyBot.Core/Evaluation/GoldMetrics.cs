using System.Text;
using PolicyBot.Domain;

namespace PolicyBot.Evaluation;

/// <summary>
/// The metric arithmetic of <c>shared/eval/README.md</c>. Text is compared after Unicode NFKC with all white space
/// removed, on both sides; a passage is its docNumber, title, section and text joined.
/// </summary>
public static class GoldMetrics
{
    /// <summary>Scores one question against what the product returned for it.</summary>
    public static QuestionScore Score(GoldQuestion question, ProductReply reply)
    {
        var refused = reply.Grounded ? 0.0 : 1.0;
        if (!question.IsAnswerable)
            return new QuestionScore(question.Id, question.Type, Answerable: false) { RefusedCorrectly = refused };

        var facts = question.AnswerFacts.Select(Comparable).Where(f => f.Length > 0).Distinct().ToArray();
        var passages = reply.Passages.Take(10).Select(p => Comparable(p.DocNumber + p.Title + p.Section + p.Text)).ToArray();
        var answer = Comparable(reply.Answer);
        var cited = reply.CitedDocNumbers;

        int FoundInFirst(int k) => facts.Count(f => passages.Take(k).Any(p => p.Contains(f, StringComparison.Ordinal)));
        var firstHolding = Array.FindIndex(passages, p => facts.Any(f => p.Contains(f, StringComparison.Ordinal)));
        var inAnswer = facts.Count(f => answer.Contains(f, StringComparison.Ordinal));
        var citedRight = cited.Count(c => question.DocNumbers.Any(g => SameDocument(c, g)));

        return new QuestionScore(question.Id, question.Type, Answerable: true)
        {
            HitAt1 = FoundInFirst(1) == facts.Length ? 1 : 0,
            HitAt5 = FoundInFirst(5) == facts.Length ? 1 : 0,
            FactRecallAt5 = facts.Length == 0 ? 1 : (double)FoundInFirst(5) / facts.Length,
            ReciprocalRankAt10 = firstHolding < 0 ? 0 : 1.0 / (firstHolding + 1),
            DocAt1 = reply.Passages.Count > 0 && question.DocNumbers.Any(g => SameDocument(reply.Passages[0].DocNumber, g)) ? 1 : 0,
            FactCoverage = facts.Length == 0 ? 1 : (double)inAnswer / facts.Length,
            AllFacts = inAnswer == facts.Length ? 1 : 0,
            CitationHit = citedRight > 0 ? 1 : 0,
            CitationPrecision = cited.Count == 0 ? null : (double)citedRight / cited.Count,
            FalselyRefused = refused,
            MissedFacts = question.AnswerFacts.Where(f => !passages.Any(p => p.Contains(Comparable(f), StringComparison.Ordinal))).ToArray(),
        };
    }

    /// <summary>The means over <paramref name="scores"/>; a metric no question defines is null.</summary>
    public static EvaluationMetrics Aggregate(IReadOnlyCollection<QuestionScore> scores) => new()
    {
        Questions = scores.Count,
        Answerable = scores.Count(s => s.Answerable),
        Unanswerable = scores.Count(s => !s.Answerable),
        HitAt1 = Mean(scores, s => s.HitAt1),
        HitAt5 = Mean(scores, s => s.HitAt5),
        FactRecallAt5 = Mean(scores, s => s.FactRecallAt5),
        MrrAt10 = Mean(scores, s => s.ReciprocalRankAt10),
        DocAt1 = Mean(scores, s => s.DocAt1),
        FactCoverage = Mean(scores, s => s.FactCoverage),
        AllFacts = Mean(scores, s => s.AllFacts),
        CitationHit = Mean(scores, s => s.CitationHit),
        CitationPrecision = Mean(scores, s => s.CitationPrecision),
        RefusalAccuracy = Mean(scores, s => s.RefusedCorrectly),
        FalseRefusalRate = Mean(scores, s => s.FalselyRefused),
    };

    /// <summary>The form text is compared in: NFKC, all white space removed.</summary>
    public static string Comparable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Two 文号 name the same document when their canonical forms (or, failing a parse, their compared texts) agree.</summary>
    public static bool SameDocument(string? a, string? b)
    {
        if (DocumentNumber.TryParse(a, out var x) && DocumentNumber.TryParse(b, out var y)) return x == y;
        var ca = Comparable(a);
        return ca.Length > 0 && ca == Comparable(b);
    }

    private static double? Mean(IEnumerable<QuestionScore> scores, Func<QuestionScore, double?> metric)
    {
        var values = scores.Select(metric).OfType<double>().ToArray();
        return values.Length == 0 ? null : values.Average();
    }
}
