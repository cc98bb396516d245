namespace PolicyBot.Answer;

/// <summary>One sub-question: its text and the kind of fact it asks for.</summary>
public sealed record QuestionPart(string Text, QuestionKind Kinds)
{
    public bool Asks(QuestionKind kind) => (Kinds & kind) != 0;
}
