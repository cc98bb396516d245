namespace PolicyBot.Web.Components.Services;

/// <summary>A heading in a document's outline, with the anchor of its place in the clause list and its sub-headings.</summary>
public sealed record OutlineNode(string Heading, string AnchorId, int ClauseCount, IReadOnlyList<OutlineNode> Children);
