namespace PolicyBot.Ingest.Structure;

/// <summary>How a paragraph opens, outermost first; the value orders headings (a smaller value holds a larger one).</summary>
internal enum HeadingKind
{
    None = 0,
    Markdown1 = 1, Markdown2, Markdown3, Markdown4, Markdown5, Markdown6,
    /// <summary>第X编 / 第X分编.</summary>
    Part = 10,
    /// <summary>第X章.</summary>
    Chapter = 12,
    /// <summary>第X节.</summary>
    Section = 13,
    /// <summary>一、</summary>
    Level1 = 20,
    /// <summary>（一）</summary>
    Level2 = 21,
    /// <summary>1. / 1．/ 1、</summary>
    Level3 = 22,
    /// <summary>（1）</summary>
    Level4 = 23,
    /// <summary>①</summary>
    Level5 = 24,
    /// <summary>A short lead sentence that opens a paragraph and names its subject (国发 style).</summary>
    Lead = 30,
    /// <summary>第X条: an article, a clause of its own, never a heading.</summary>
    Article = 100,
}
