using PolicyBot.Evaluation;

namespace PolicyBot.Core.Tests.Evaluation;

public class GoldSetTests
{
    /// <summary>shared/eval/dev.jsonl, found as the benchmarks find it: POLICYBOT_SHARED, or a <c>shared</c> folder above the repository.</summary>
    private static string? DevSet()
    {
        var env = Environment.GetEnvironmentVariable("POLICYBOT_SHARED");
        if (!string.IsNullOrWhiteSpace(env)) return Path.Combine(env, "eval", "dev.jsonl");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "dev.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    [SkippableFact]
    public async Task The_dev_set_reads_as_54_questions_of_the_seven_types()
    {
        var path = DevSet();
        Skip.If(path is null || !File.Exists(path), "shared/eval/dev.jsonl not found (set POLICYBOT_SHARED)");

        var questions = await GoldSet.LoadAsync(path!);

        Assert.Equal(54, questions.Count);
        Assert.Equal(6, questions.Count(q => !q.IsAnswerable));
        Assert.Subset(EvaluationReport.TypeOrder.ToHashSet(), questions.Select(q => q.Type).ToHashSet());
        Assert.All(questions.Where(q => q.IsAnswerable), q => Assert.NotEmpty(q.DocNumbers));
        var followUp = questions.Single(q => q.Id == "q053");
        Assert.Equal(["1万吨"], followUp.AnswerFacts);
        Assert.Equal(2, followUp.Turns.Count);
    }

    [Fact]
    public void An_answerable_question_without_facts_is_refused_with_its_place()
    {
        var e = Assert.Throws<GoldFileException>(() =>
            GoldSet.Parse("""{"id": "q1", "type": "fact", "turns": ["问"], "answer_facts": []}""", "dev.jsonl:7"));
        Assert.StartsWith("dev.jsonl:7:", e.Message);
    }
}
