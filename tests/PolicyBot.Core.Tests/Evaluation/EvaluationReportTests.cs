using System.Text.Json;
using PolicyBot.Contracts;
using PolicyBot.Evaluation;

namespace PolicyBot.Core.Tests.Evaluation;

public class EvaluationReportTests
{
    private static EvaluationReport Sample()
    {
        QuestionScore[] scores =
        [
            new("q1", "fact", true) { HitAt1 = 1, HitAt5 = 1, FactRecallAt5 = 1, ReciprocalRankAt10 = 1, DocAt1 = 1, FactCoverage = 1, AllFacts = 1, CitationHit = 1, CitationPrecision = 1, FalselyRefused = 0 },
            new("q2", "followup", true) { HitAt1 = 0, HitAt5 = 1, FactRecallAt5 = 0.5, ReciprocalRankAt10 = 0.25, DocAt1 = 0, FactCoverage = 0, AllFacts = 0, CitationHit = 0, FalselyRefused = 1 },
            new("q3", "unanswerable", false) { RefusedCorrectly = 1 },
        ];
        return EvaluationReport.From("dev.jsonl", scores);
    }

    [Fact]
    public void Json_has_the_metric_names_of_the_readme_as_top_level_fields_and_a_per_type_breakdown()
    {
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(Sample(), PolicyBotJson.Options));
        var root = doc.RootElement;
        Assert.Equal(0.5, root.GetProperty("hitAt1").GetDouble());
        Assert.Equal(0.625, root.GetProperty("mrrAt10").GetDouble());
        Assert.Equal(0.75, root.GetProperty("factRecallAt5").GetDouble());
        Assert.Equal(1, root.GetProperty("refusalAccuracy").GetDouble());
        Assert.Equal(0.5, root.GetProperty("falseRefusalRate").GetDouble());
        foreach (var name in new[] { "hitAt5", "docAt1", "factCoverage", "allFacts", "citationHit", "citationPrecision" })
            Assert.True(root.TryGetProperty(name, out _), name);
        Assert.Equal(0.25, root.GetProperty("byType").GetProperty("followup").GetProperty("mrrAt10").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("byType").GetProperty("unanswerable").GetProperty("hitAt1").ValueKind);
    }

    [Fact]
    public void The_table_has_a_row_per_type_in_reading_order_and_one_for_all()
    {
        var lines = Sample().ToTable().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("dev.jsonl: 3 questions (2 answerable, 1 unanswerable)", lines[0]);
        Assert.Contains("hitAt1", lines[1]);
        Assert.StartsWith("fact ", lines[2]);
        Assert.StartsWith("followup ", lines[3]);
        Assert.StartsWith("unanswerable ", lines[4]);
        Assert.Contains("—", lines[4]);
        Assert.StartsWith("all ", lines[5]);
        Assert.Contains("0.625", lines[5]);
    }
}
