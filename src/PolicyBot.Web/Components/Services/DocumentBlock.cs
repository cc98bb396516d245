using PolicyBot.Domain;

namespace PolicyBot.Web.Components.Services;

/// <summary>One thing shown on a document page, in order: a section heading (level 1 = outermost) or a clause.</summary>
public sealed record DocumentBlock
{
    public string? Heading { get; init; }
    public int Level { get; init; }
    public string? AnchorId { get; init; }
    public Clause? Clause { get; init; }
}
