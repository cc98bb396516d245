using PolicyBot.Domain;

namespace PolicyBot.Web.Components.Services;

/// <summary>
/// A document laid out for reading: its clauses in order with a heading wherever <see cref="Clause.Section"/>
/// changes, and the outline (section tree) whose entries link to those headings.
/// </summary>
public sealed record DocumentLayout(IReadOnlyList<DocumentBlock> Blocks, IReadOnlyList<OutlineNode> Outline)
{
    public static DocumentLayout Of(PolicyDocument document)
    {
        var blocks = new List<DocumentBlock>();
        var roots = new List<Builder>();
        var open = new List<Builder>(); // open[i]: the current heading at level i + 1
        IReadOnlyList<string> previous = [];
        foreach (var clause in document.Clauses)
        {
            var headings = clause.Section.Headings;
            var same = 0;
            while (same < headings.Count && same < previous.Count && headings[same] == previous[same]) same++;
            if (open.Count > same) open.RemoveRange(same, open.Count - same);
            for (var level = same; level < headings.Count; level++)
            {
                var node = new Builder(headings[level], $"section-{blocks.Count}");
                blocks.Add(new DocumentBlock { Heading = node.Heading, Level = level + 1, AnchorId = node.AnchorId });
                (level == 0 ? roots : open[level - 1].Children).Add(node);
                open.Add(node);
            }
            foreach (var node in open) node.ClauseCount++;
            blocks.Add(new DocumentBlock { Clause = clause, AnchorId = DocumentLinks.ClauseAnchor(clause.Position) });
            previous = headings;
        }
        return new DocumentLayout(blocks, roots.Select(r => r.Build()).ToArray());
    }

    private sealed class Builder(string heading, string anchorId)
    {
        public string Heading { get; } = heading;
        public string AnchorId { get; } = anchorId;
        public int ClauseCount { get; set; }
        public List<Builder> Children { get; } = [];

        public OutlineNode Build() => new(Heading, AnchorId, ClauseCount, Children.Select(c => c.Build()).ToArray());
    }
}
