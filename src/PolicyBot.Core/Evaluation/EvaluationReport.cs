using System.Globalization;
using System.Text;

namespace PolicyBot.Evaluation;

/// <summary>
/// The result of <c>eval --gold FILE</c>: the metrics over all questions (top-level fields), per question type
/// (<see cref="ByType"/>) and per question (<see cref="Scores"/>).
/// </summary>
public sealed record EvaluationReport : EvaluationMetrics
{
    /// <summary>The order types are listed in; unknown types follow.</summary>
    public static readonly IReadOnlyList<string> TypeOrder = ["fact", "definition", "responsibility", "locate", "multi", "followup", "unanswerable"];

    private static readonly (string Name, Func<EvaluationMetrics, double?> Value)[] Columns =
    [
        ("hitAt1", m => m.HitAt1), ("hitAt5", m => m.HitAt5), ("factRecallAt5", m => m.FactRecallAt5),
        ("mrrAt10", m => m.MrrAt10), ("docAt1", m => m.DocAt1), ("factCoverage", m => m.FactCoverage),
        ("allFacts", m => m.AllFacts), ("citationHit", m => m.CitationHit), ("citationPrecision", m => m.CitationPrecision),
        ("refusalAccuracy", m => m.RefusalAccuracy), ("falseRefusalRate", m => m.FalseRefusalRate),
    ];

    public string Gold { get; init; } = "";
    public IReadOnlyDictionary<string, EvaluationMetrics> ByType { get; init; } = new Dictionary<string, EvaluationMetrics>();
    public IReadOnlyList<QuestionScore> Scores { get; init; } = [];

    public static EvaluationReport From(string gold, IReadOnlyList<QuestionScore> scores)
    {
        var byType = scores.GroupBy(s => s.Type, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => TypeRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => GoldMetrics.Aggregate(g.ToArray()), StringComparer.OrdinalIgnoreCase);
        return new EvaluationReport(GoldMetrics.Aggregate(scores)) { Gold = gold, ByType = byType, Scores = scores };
    }

    private EvaluationReport(EvaluationMetrics overall) : base(overall) { }

    /// <summary>A plain-text table: one row per question type and one for all, one column per metric ("—" where it does not apply).</summary>
    public string ToTable()
    {
        List<string[]> rows = [["", "n", .. Columns.Select(c => c.Name)]];
        foreach (var (type, m) in ByType) rows.Add(Row(type, m));
        rows.Add(Row("all", this));
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Gold}: {Questions} questions ({Answerable} answerable, {Unanswerable} unanswerable)").AppendLine();
        foreach (var r in rows)
            sb.AppendLine(string.Join("  ", r.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        return sb.ToString();
    }

    private static string[] Row(string label, EvaluationMetrics m) =>
        [label, m.Questions.ToString(CultureInfo.InvariantCulture), .. Columns.Select(c => Format(c.Value(m)))];

    private static string Format(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    private static int TypeRank(string type)
    {
        for (var i = 0; i < TypeOrder.Count; i++)
            if (string.Equals(TypeOrder[i], type, StringComparison.OrdinalIgnoreCase)) return i;
        return TypeOrder.Count;
    }
}
