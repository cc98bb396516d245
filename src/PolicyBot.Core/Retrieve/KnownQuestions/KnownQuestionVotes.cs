namespace PolicyBot.Retrieve.KnownQuestions;

/// <summary>What the nearest known questions vote for: clauses (by ordinal) and their documents (by ordinal).</summary>
internal sealed class KnownQuestionVotes
{
    public Dictionary<int, float> Clauses { get; } = [];
    public Dictionary<int, float> Documents { get; } = [];
}
