using System.Runtime.CompilerServices;
using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Benchmarks.Baseline;

/// <summary>
/// A baseline's "answer": its top passage, cited, never a refusal. Its answer figures are therefore an upper bound
/// for plain retrieval, and its refusal accuracy is 0 (see shared/eval/baselines.md).
/// </summary>
public sealed class TopPassageAnswerer(IPolicySearch search) : IAnswerer
{
    public async Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
    {
        var passages = await search.SearchAsync(SearchQuery.FromConversation(conversation, 5), cancellationToken);
        if (passages.Count == 0) return new PolicyAnswer { Text = "", Grounded = true };
        var top = passages[0];
        return new PolicyAnswer
        {
            Text = top.Text,
            Grounded = true,
            Citations = [new Citation(top.DocNumber, top.Title, top.Section, top.ClauseId, top.Text)],
            Passages = passages,
        };
    }

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new AnswerUpdate(null, await AnswerAsync(conversation, cancellationToken));
    }
}
