using System.Runtime.CompilerServices;
using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Evaluation;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Evaluation;

public class GoldEvaluationTests : IDisposable
{
    private readonly string _gold = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_gold);

    [Fact]
    public async Task A_follow_up_is_asked_as_its_last_turn_with_the_earlier_user_turns_as_history()
    {
        File.WriteAllText(_gold,
            """
            {"id": "q053", "type": "followup", "turns": ["文登区推动供销社高质量发展，到2026年定了哪些目标？", "那农资仓储能力要达到多少？"], "doc_numbers": ["威文政发〔2024〕10号"], "section": "", "answer_facts": ["1万吨"], "evidence": ""}

            {"id": "q083", "type": "unanswerable", "turns": ["江苏省的失能老人护理补贴一个月多少钱？"], "doc_numbers": [], "section": "", "answer_facts": [], "evidence": ""}
            """);
        var search = new OneClauseSearch("农资仓储能力达到1万吨");
        var answerer = new RecordingAnswerer();

        var report = await GoldEvaluation.RunAsync(_gold, search, answerer, CancellationToken.None);

        var followUp = search.Queries[0];
        Assert.Equal("那农资仓储能力要达到多少？", followUp.Text);
        Assert.Equal(["文登区推动供销社高质量发展，到2026年定了哪些目标？"], followUp.History.Select(t => t.Content));
        Assert.All(answerer.Conversations.SelectMany(c => c), t => Assert.True(t.IsUser));
        Assert.Equal(2, answerer.Conversations[0].Count);
        Assert.Equal(1, report.HitAt1);
        Assert.Equal(1, report.DocAt1);
        Assert.Equal(1, report.FalseRefusalRate);
        Assert.Equal(1, report.RefusalAccuracy);
    }

    [Fact]
    public async Task A_malformed_gold_line_is_reported_with_its_line_number()
    {
        File.WriteAllText(_gold, "{\"id\": \"q1\", \"type\": \"fact\", \"turns\": [\"问\"], \"answer_facts\": [\"答\"]}\n{not json}\n");
        var e = await Assert.ThrowsAsync<GoldFileException>(() =>
            GoldEvaluation.RunAsync(_gold, new OneClauseSearch(""), new RecordingAnswerer(), CancellationToken.None));
        Assert.Contains(":2:", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public async Task A_missing_gold_file_is_a_clear_error() =>
        await Assert.ThrowsAsync<FileNotFoundException>(() =>
            GoldEvaluation.RunAsync(_gold + ".missing", new OneClauseSearch(""), new RecordingAnswerer(), CancellationToken.None));

    /// <summary>Returns one fixed clause of 威文政发〔2024〕10号 for any query, and records the queries.</summary>
    private sealed class OneClauseSearch(string text) : IPolicySearch
    {
        public List<SearchQuery> Queries { get; } = [];

        public Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
        {
            Queries.Add(query);
            var clause = new Clause { Id = "威文政发〔2024〕10号-003", DocNumber = "威文政发〔2024〕10号", Position = 3, Section = SectionPath.Root, Text = text };
            var doc = new PolicyDocument { DocNumber = clause.DocNumber, Title = "关于推动供销合作社高质量发展的实施意见", Clauses = [clause] };
            return Task.FromResult<IReadOnlyList<Passage>>([new Passage(1, 1.0, clause, doc)]);
        }
    }

    /// <summary>Refuses every question and records the conversations it was given.</summary>
    private sealed class RecordingAnswerer : IAnswerer
    {
        public List<IReadOnlyList<ChatTurn>> Conversations { get; } = [];

        public Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
        {
            Conversations.Add(conversation);
            return Task.FromResult(new PolicyAnswer { Text = "未找到相关规定。", Grounded = false });
        }

        public async IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return new AnswerUpdate(null, await AnswerAsync(conversation, cancellationToken));
        }
    }
}
