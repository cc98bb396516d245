using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;
using Xunit.Abstractions;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>The extractive answerer on the gazette questions of shared/eval/dev.jsonl, through ingest and search.</summary>
public sealed class DevSetAnswerTests(GazetteFixture gazette, ITestOutputHelper output) : IClassFixture<GazetteFixture>
{
    private readonly ExtractiveAnswerer _answerer = new(gazette.Search, ChineseAnalyzer.Default, new TopicCheck(Retrieve.Gazette.LocalEmbedder));

    [Fact]
    public async Task Dev_set_answers_meet_the_targets()
    {
        var results = new List<(GoldQuestion, PolicyAnswer)>();
        foreach (var gold in GoldQuestion.LoadDev())
        {
            var answer = await _answerer.AnswerAsync(gold.Conversation);
            results.Add((gold, answer));
            var share = AnswerMetrics.FactShare(gold, answer);
            var wrong = gold.IsAnswerable ? share < 1 || !answer.Grounded || !AnswerMetrics.CitesGold(gold, answer) : answer.Grounded;
            if (wrong)
                output.WriteLine($"MISS {gold} facts={string.Join("/", gold.AnswerFacts)} share={share:F2} grounded={answer.Grounded}\n{answer.Text}\n");
        }
        var metrics = AnswerMetrics.Of(results);
        output.WriteLine(metrics.ToString());
        Assert.True(metrics.AllFacts >= 0.9, metrics.ToString());
        Assert.True(metrics.CitationHit >= 0.97, metrics.ToString());
        Assert.True(metrics.RefusalAccuracy >= 0.9, metrics.ToString());
        Assert.True(metrics.FalseRefusalRate <= 0.05, metrics.ToString());
    }
}
