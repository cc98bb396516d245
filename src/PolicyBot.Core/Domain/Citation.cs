namespace PolicyBot.Domain;

/// <summary>A structured citation: which clause of which document an answer rests on, and the sentence quoted.</summary>
public sealed record Citation(string DocNumber, string Title, string Section, string ClauseId, string Quote)
{
    /// <summary>Departments named by the clause's responsibility note, when it has one.</summary>
    public Responsibility? Responsibility { get; init; }
}
