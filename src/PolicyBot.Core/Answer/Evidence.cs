using PolicyBot.Domain;

namespace PolicyBot.Answer;

/// <summary>One sentence of a retrieved clause, scored against one part of a question.</summary>
public sealed record Evidence(Passage Passage, int SentenceIndex, string Sentence)
{
    /// <summary>How much of the question the sentence, its clause and its headings/title cover (0–1.35).</summary>
    public double Relevance { get; init; }

    /// <summary><see cref="Relevance"/> plus the boost for holding the asked-for kind of fact and a small rank prior.</summary>
    public double Score { get; init; }

    public Clause Clause => Passage.Clause;
    public PolicyDocument Document => Passage.Document;
}
