using PolicyBot.Domain;

namespace PolicyBot.Answer;

/// <summary>Answers the last user turn of a conversation from retrieved clauses (extractive, or an LLM through Semantic Kernel).</summary>
public interface IAnswerer
{
    Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default);

    /// <summary>Text deltas as they are produced, then one update holding the whole answer.</summary>
    IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default);
}

/// <summary>A streamed piece of an answer: a text <see cref="Delta"/>, or (last) the <see cref="Final"/> answer.</summary>
public sealed record AnswerUpdate(string? Delta, PolicyAnswer? Final = null);
