namespace PolicyBot.Retrieve;

/// <summary>The knobs of hybrid search, with the defaults measured best on the gold questions.</summary>
public sealed record SearchTuning
{
    /// <summary>
    /// How many candidates lexical search contributes to fusion (300 rather than 100: STARD Recall@100 +0.02, and room
    /// for the clauses of documents the question log votes for; no measurable cost at 100k clauses).
    /// </summary>
    public int Candidates { get; init; } = 300;

    /// <summary>How many nearest clauses vector search contributes to fusion (at scale it should bring candidates of its own).</summary>
    public int VectorCandidates { get; init; } = 200;

    /// <summary>Use the embedder at all (lexical only when false).</summary>
    public bool UseVectors { get; init; } = true;

    /// <summary>How the lexical and vector lists are merged (see <see cref="FusionMethod"/>).</summary>
    public FusionMethod Fusion { get; init; } = FusionMethod.Cosine;

    /// <summary>Share of the vector score in weighted fusion.</summary>
    public float VectorWeight { get; init; } = 0.4f;

    /// <summary>Weight of an earlier user turn's terms (the most recent; older turns get half again less).</summary>
    public float HistoryWeight { get; init; } = 0.3f;

    /// <summary>
    /// Weight of the most recent earlier turn when the follow-up has at most one word of its own (这项工作谁负责？ 村里呢？):
    /// such a turn is about what was asked before. The dev questions are unchanged from 0.3 to 0.9; it keeps
    /// “这项工作谁负责？” after a question on the budget 意见 from matching another document's 领导小组 on 工作/负责.
    /// </summary>
    public float BareFollowUpHistoryWeight { get; init; } = 0.8f;

    /// <summary>Bonus, relative to the best lexical score, for the documents the previous turn's results came from.</summary>
    public float HistoryDocumentPrior { get; init; } = 0.25f;

    /// <summary>Multiplies the analyzer's weight of character bigrams (measured at scale: fewer bigrams lose recall, more gain nothing).</summary>
    public float BigramScale { get; init; } = 1f;

    /// <summary>Multiplies the document-title score added to each clause of a document (a 文号 typed keeps its full weight).</summary>
    public float DocumentScale { get; init; } = 0.25f;

    /// <summary>Query terms found in more than this share of clauses are dropped (unless every term would be).</summary>
    public float MaxTermShare { get; init; } = 1f;

    /// <summary>Weight of the known questions' votes (question log, <c>PolicyBot:Retrieval:KnownQuestions</c>) in the fused score.</summary>
    public float KnownQuestionWeight { get; init; } = 0.5f;

    /// <summary>Weight of the known questions' votes for a document, added to each of its candidate clauses (a law asked about before).</summary>
    public float KnownQuestionDocumentWeight { get; init; } = 0.5f;

    /// <summary>Weight of the statute words the question log associates with a query word (0: no expansion).</summary>
    public float KnownQuestionExpansion { get; init; } = 1f;

    /// <summary>How many of the nearest known questions vote.</summary>
    public int KnownQuestionNeighbours { get; init; } = 10;

    /// <summary>Share of the embedding cosine (the rest: term cosine) in the similarity of a question to a known question.</summary>
    public float KnownQuestionVectorShare { get; init; } = 0.4f;

    /// <summary>Known questions less similar than this do not vote.</summary>
    public float KnownQuestionMinSimilarity { get; init; } = 0.2f;

    /// <summary>A known question's vote is its similarity to this power (higher: only close questions count).</summary>
    public float KnownQuestionPower { get; init; } = 2f;

    /// <summary>
    /// Bonus for newer documents, added to the fused score: this weight for a document of the newest year in the
    /// index, falling linearly to 0 over <see cref="RecencyYears"/> years (undated documents get none). A newer
    /// policy usually supersedes an older one on the same subject, and the newest version of a law is the one in
    /// force. Measured: STARD train without a question log Recall@10 0.447 → 0.454, MRR@10 0.363 → 0.373 (with the
    /// log −0.006 Recall@10); gazette questions among the distractors docAt1 0.854 → 0.917, MRR@10 0.802 → 0.841;
    /// 0.1 gains less on both, 0.3 loses on STARD.
    /// </summary>
    public float RecencyWeight { get; init; } = 0.2f;

    /// <summary>Over how many years the recency bonus falls to 0.</summary>
    public int RecencyYears { get; init; } = 10;

    /// <summary>
    /// Bonus for a clause that holds the kind of fact the question asks for (a figure for 多少, a date for 什么时候),
    /// see <see cref="AnswerShapes"/>. Measured: gazette alone hit@1 0.833 → 0.854, MRR@10 0.965 → 0.976; among the
    /// distractors hit@1 0.667 → 0.729, MRR@10 0.841 → 0.876; STARD unchanged; flat from 0.1 to 0.2, nothing below 0.1.
    /// </summary>
    public float AnswerShapeWeight { get; init; } = 0.1f;

    /// <summary>
    /// Subtracted from clauses of administrative regulations, judicial interpretations and department rules, so that
    /// the law they implement comes first when both match (see <see cref="AuthorityPrior"/>).
    /// </summary>
    public float LowerAuthorityPenalty { get; init; } = 0.1f;

    /// <summary>
    /// Subtracted from clauses of a local rule (地方性法规, 地方政府规章) whose place the conversation does not name and
    /// the deployment does not serve (<c>PolicyBot:Retrieval:Places</c>): it is not in force where the caller is. With
    /// places configured, the same for a local body's policy document of another place. See <see cref="AuthorityPrior"/>.
    /// </summary>
    public float ElsewherePenalty { get; init; } = 0.3f;

    /// <summary>
    /// Subtracted from clauses of an instrument that amends or repeals others (关于修改《…》的决定, 刑法修正案): its
    /// changes are in the consolidated text, which is the answer about the rule in force. Measured on STARD train
    /// without a log: MRR@10 0.423 → 0.430, Recall@100 0.730 → 0.733 (0.2 the same); the gazette rows unchanged.
    /// </summary>
    public float AmendmentPenalty { get; init; } = 0.1f;

    /// <summary>
    /// Added to clauses of a document of a place the conversation names (威海有啥说法？ → 威海's documents). Measured:
    /// gazette questions among the distractors hit@1 0.771 → 0.792, MRR@10 0.906 → 0.916, docAt1 0.958 → 0.979
    /// (0.2 and 0.3 the same); gazette alone and STARD unchanged.
    /// </summary>
    public float NamedPlaceBonus { get; init; } = 0.1f;
}

public enum FusionMethod
{
    /// <summary>Lexical score over the best lexical score, plus the vector score min-max normalised over the vector list.</summary>
    Weighted,

    /// <summary>Reciprocal-rank fusion of the two lists.</summary>
    Rrf,

    /// <summary>Lexical score over the best, plus each candidate's exact cosine to the query.</summary>
    Cosine,
}
