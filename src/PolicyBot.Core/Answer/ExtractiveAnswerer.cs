using PolicyBot.Domain;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Answer;

/// <summary>
/// The default answerer: no LLM, offline. Searches the clauses for the last user turn (read with the earlier ones),
/// then quotes the sentences that answer it, with their 文号 and section, or says plainly that the documents do not.
/// With a <see cref="TopicCheck"/>, a question the top clauses are not about is refused before composing.
/// </summary>
public sealed class ExtractiveAnswerer(IPolicySearch search, ChineseAnalyzer analyzer, TopicCheck? topic = null) : IAnswerer
{
    /// <summary>How many clauses are searched for each question.</summary>
    public const int SearchDepth = 10;

    private readonly AnswerComposer _composer = new(analyzer);

    public async Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
    {
        var question = QuestionReader.Read(conversation);
        var passages = await search.SearchAsync(SearchQuery.FromConversation(conversation, SearchDepth), cancellationToken).ConfigureAwait(false);
        if (topic is not null && await topic.IsOffTopicAsync(conversation, passages, cancellationToken).ConfigureAwait(false))
            return AnswerComposer.NotCovered();
        return _composer.Compose(question, passages);
    }

    /// <summary>The extractive answer over passages already retrieved (the LLM answerer's fallback).</summary>
    public PolicyAnswer Compose(IReadOnlyList<ChatTurn> conversation, IReadOnlyList<Passage> passages) =>
        _composer.Compose(QuestionReader.Read(conversation), passages);

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await AnswerAsync(conversation, cancellationToken).ConfigureAwait(false);
        await foreach (var update in AnswerStream.Of(answer, cancellationToken).ConfigureAwait(false)) yield return update;
    }
}
