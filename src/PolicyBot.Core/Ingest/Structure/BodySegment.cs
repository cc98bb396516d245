namespace PolicyBot.Ingest.Structure;

/// <summary>
/// A run of a document's body with the headings it sits under: the 通知 itself (under its title), an attached plan
/// (under the plan's title) or an attachment (under <c>附件 &gt; title</c>).
/// </summary>
internal sealed record BodySegment(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Root, bool InAttachment = false);
