using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Retrieve;

/// <summary>
/// The index terms of one document per field (title, 文号, each section heading path, each clause). Held only until
/// written to the analysis store as a term block (<see cref="Encode"/>); the lexical index is built from the blocks.
/// </summary>
internal sealed class DocumentTerms
{
    public required TermBag Title { get; init; }
    public required TermBag Number { get; init; }
    public required TermBag[] Sections { get; init; }
    public required int[] ClauseSection { get; init; }
    public required TermBag[] Clauses { get; init; }

    /// <summary>
    /// The block: title bag, 文号 bag, section count and bags, clause count and per clause its section and bag;
    /// every number a varint, every bag as <see cref="TermBag.Encode"/> writes it.
    /// </summary>
    public void Encode(Vocabulary vocabulary, VarintWriter to)
    {
        Title.Encode(vocabulary, to);
        Number.Encode(vocabulary, to);
        to.Write(Sections.Length);
        foreach (var s in Sections) s.Encode(vocabulary, to);
        to.Write(Clauses.Length);
        for (var i = 0; i < Clauses.Length; i++)
        {
            to.Write(ClauseSection[i]);
            Clauses[i].Encode(vocabulary, to);
        }
    }
}
