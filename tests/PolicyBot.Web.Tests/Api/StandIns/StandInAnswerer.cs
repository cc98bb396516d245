using System.Runtime.CompilerServices;
using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Web.Tests.Api.StandIns;

/// <summary>
/// TEST DOUBLE, to be removed when the answer stage lands: quotes the sentence of the top passage that shares most
/// bigrams with the question, cites its clause, and streams the text in pieces.
/// </summary>
public sealed class StandInAnswerer(IPolicySearch search) : IAnswerer
{
    public async Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.FromConversation(conversation, top: 5);
        var passages = await search.SearchAsync(query, cancellationToken);
        if (passages.Count == 0 || passages[0].Score < 3)
            return new PolicyAnswer { Text = "现有政策文件中没有找到这个问题的答案。", Grounded = false, Passages = passages };
        var top = passages[0];
        var bigrams = StandInSearch.Bigrams(query.Text);
        var sentence = top.Text.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .OrderByDescending(s => StandInSearch.Score(s, bigrams)).First();
        return new PolicyAnswer
        {
            Text = $"根据{top.DocNumber}：{sentence}。",
            Grounded = true,
            Citations = [new Citation(top.DocNumber, top.Title, top.Section, top.ClauseId, sentence)],
            Passages = passages,
        };
    }

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await AnswerAsync(conversation, cancellationToken);
        foreach (var piece in answer.Text.Chunk(12)) yield return new AnswerUpdate(new string(piece));
        yield return new AnswerUpdate(null, answer);
    }
}
