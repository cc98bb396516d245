using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using PolicyBot.Domain;

namespace PolicyBot.Answer;

/// <summary>
/// "Grounded or silent" for questions off the corpus' subject (护照怎么办理？): lexical search always finds some
/// clause that shares a common word (办理), so the best clauses are compared with the question by meaning. When none
/// of the top clauses is near the question, the documents do not cover it and PolicyBot says so.
/// </summary>
/// <remarks>
/// Calibrated for the Local embedder on the gazette: every gold question (answerable or not) meets its best clause at
/// cosine 0.25 or more; questions on subjects the gazette never treats (marriage registration, social-security cards,
/// driving licences, income-tax refunds, unemployment benefit) at 0.10–0.19. Off-topic questions that share a
/// subject word with the corpus (公积金, 旅游) are left to the answer composer's own checks.
/// </remarks>
public sealed class TopicCheck(IEmbeddingGenerator<string, Embedding<float>> embedder, float minCosine = TopicCheck.DefaultMinCosine)
{
    public const float DefaultMinCosine = 0.2f;

    /// <summary>How many of the top clauses may show that the question is on topic.</summary>
    public const int ClausesCompared = 3;

    public async Task<bool> IsOffTopicAsync(IReadOnlyList<ChatTurn> conversation, IReadOnlyList<Passage> passages,
        CancellationToken cancellationToken = default)
    {
        if (passages.Count == 0) return false;
        var question = string.Join("；", conversation.Where(t => t.IsUser).TakeLast(2).Select(t => t.Content));
        // A question naming a 文号 is about that document whatever its words.
        if (DocumentNumber.FindAll(question).Count > 0) return false;
        var texts = new List<string>(ClausesCompared + 1) { question };
        texts.AddRange(passages.Take(ClausesCompared).Select(p => p.Text));
        var vectors = await embedder.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        var best = 0f;
        for (var i = 1; i < vectors.Count; i++)
        {
            var cosine = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[i].Vector.Span);
            if (!float.IsNaN(cosine)) best = Math.Max(best, cosine);
        }
        return best < minCosine;
    }
}
