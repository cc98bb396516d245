namespace PolicyBot.Ingest.Structure;

/// <summary>A clause as the body parser finds it, before it gets its document's number and position.</summary>
internal sealed record ClauseDraft(IReadOnlyList<string> Headings, string Text, string? Label, bool InAttachment);
