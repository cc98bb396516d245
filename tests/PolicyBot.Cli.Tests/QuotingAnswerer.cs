using System.Runtime.CompilerServices;
using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Cli.Tests;

/// <summary>A stand-in for the answer stage: quotes the first passage found, or says the documents do not answer.</summary>
internal sealed class QuotingAnswerer(IPolicySearch search) : IAnswerer
{
    public async Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
    {
        var passages = await search.SearchAsync(SearchQuery.FromConversation(conversation, 5), cancellationToken);
        if (passages.Count == 0) return new PolicyAnswer { Text = "现有文件中没有找到答案。", Grounded = false };
        var p = passages[0];
        return new PolicyAnswer
        {
            Text = p.Text,
            Grounded = true,
            Citations = [new Citation(p.DocNumber, p.Title, p.Section, p.ClauseId, p.Text)],
            Passages = passages,
        };
    }

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await AnswerAsync(conversation, cancellationToken);
        yield return new AnswerUpdate(answer.Text);
        yield return new AnswerUpdate(null, answer);
    }
}
