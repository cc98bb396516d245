using System.Runtime.CompilerServices;
using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Web.Tests.Api.StandIns;

/// <summary>
/// TEST DOUBLE, to be removed when the answer stage lands: quotes the sentence of the top passages that shares most
/// bigrams with the question, cites its clause, and streams the text in pieces.
/// </summary>
public sealed class StandInAnswerer(IPolicySearch search) : IAnswerer
{
    public async Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.FromConversation(conversation, top: 5);
        var passages = await search.SearchAsync(query, cancellationToken);
        if (passages.Count == 0)
            return new PolicyAnswer { Text = "现有政策文件中没有找到这个问题的答案。", Grounded = false, Passages = passages };
        var bigrams = Bigrams(query.Text);
        var (top, sentence) = passages.Take(3)
            .SelectMany(p => p.Text.Split(['。', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (p, s)))
            .OrderByDescending(x => Score(x.s, bigrams)).First();
        return new PolicyAnswer
        {
            Text = $"根据{top.DocNumber}：{sentence}。",
            Grounded = true,
            Citations = [new Citation(top.DocNumber, top.Title, top.Section, top.ClauseId, sentence)],
            Passages = passages,
        };
    }

    private static HashSet<string> Bigrams(string text)
    {
        var han = new string(text.Where(char.IsLetterOrDigit).ToArray());
        return Enumerable.Range(0, Math.Max(0, han.Length - 1)).Select(i => han.Substring(i, 2)).ToHashSet();
    }

    private static int Score(string text, HashSet<string> bigrams) => bigrams.Count(b => text.Contains(b, StringComparison.Ordinal));

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await AnswerAsync(conversation, cancellationToken);
        foreach (var piece in answer.Text.Chunk(12)) yield return new AnswerUpdate(new string(piece));
        yield return new AnswerUpdate(null, answer);
    }
}
