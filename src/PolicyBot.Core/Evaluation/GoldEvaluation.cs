using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Evaluation;

/// <summary>
/// Runs the gold questions of a file through search and answer and scores them (<c>policybot eval --gold FILE</c>).
/// For a multi-turn question the last turn is asked with the earlier user turns as history; the earlier assistant
/// replies are not part of the gold, so they are left out.
/// </summary>
public static class GoldEvaluation
{
    /// <summary>Passages scored per question: <c>mrrAt10</c> reads ten.</summary>
    public const int PassagesPerQuestion = 10;

    public static async Task<EvaluationReport> RunAsync(string goldPath, IPolicySearch search, IAnswerer answerer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(answerer);
        var questions = await GoldSet.LoadAsync(goldPath, ct);
        var scores = new List<QuestionScore>(questions.Count);
        foreach (var question in questions)
        {
            ct.ThrowIfCancellationRequested();
            var reply = await AskAsync(question, search, answerer, ct);
            scores.Add(GoldMetrics.Score(question, reply));
        }
        return EvaluationReport.From(Path.GetFileName(goldPath), scores);
    }

    /// <summary>The product's passages and answer for one gold question.</summary>
    public static async Task<ProductReply> AskAsync(GoldQuestion question, IPolicySearch search, IAnswerer answerer, CancellationToken ct)
    {
        var conversation = Conversation(question);
        var passages = await search.SearchAsync(SearchQuery.FromConversation(conversation, PassagesPerQuestion), ct);
        var answer = await answerer.AnswerAsync(conversation, ct);
        return ProductReply.From(passages, answer);
    }

    /// <summary>The question's turns as user messages, oldest first.</summary>
    public static IReadOnlyList<ChatTurn> Conversation(GoldQuestion question) =>
        question.Turns.Select(t => new ChatTurn(ChatTurn.User, t)).ToArray();
}
