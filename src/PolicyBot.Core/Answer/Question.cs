namespace PolicyBot.Answer;

/// <summary>
/// A user's question as the answerer reads it: what it asks for, the places it names, its parts (a question that asks
/// two things, or the same thing of two documents) and, for a follow-up, the earlier question it continues.
/// </summary>
public sealed record Question
{
    public required string Text { get; init; }

    /// <summary>Everything a term may come from: the question and, for a follow-up, the earlier user turns.</summary>
    public required string Context { get; init; }

    public required QuestionKind Kinds { get; init; }

    /// <summary>The sub-questions, each with its own kind (one part for a simple question).</summary>
    public required IReadOnlyList<QuestionPart> Parts { get; init; }

    /// <summary>Provinces, cities, towns the question names (江苏省, 米山镇): the corpus must know them.</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>The measure word of the asked-for amount (多少家 → 家), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>True when the answer should span several documents or clauses (分别, 哪几种, 两个文件).</summary>
    public bool WantsSeveral { get; init; }

    /// <summary>True when the question leans on an earlier turn (这块工作是哪个部门牵头的？).</summary>
    public bool IsFollowUp { get; init; }

    public bool Asks(QuestionKind kind) => (Kinds & kind) != 0;
}

/// <summary>One sub-question: its text and the kind of fact it asks for.</summary>
public sealed record QuestionPart(string Text, QuestionKind Kinds)
{
    public bool Asks(QuestionKind kind) => (Kinds & kind) != 0;
}
