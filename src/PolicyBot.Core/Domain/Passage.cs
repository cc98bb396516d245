namespace PolicyBot.Domain;

/// <summary>A retrieved clause with its rank and score, and the document it belongs to.</summary>
public sealed record Passage(int Rank, double Score, Clause Clause, PolicyDocument Document)
{
    public string ClauseId => Clause.Id;
    public string DocNumber => Document.DocNumber;
    public string Title => Document.Title;
    public string Section => Clause.Section.ToString();
    public string Text => Clause.Text;
}
