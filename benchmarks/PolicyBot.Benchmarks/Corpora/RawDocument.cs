namespace PolicyBot.Benchmarks.Corpora;

/// <summary>One document of a corpus as the baseline sees it: its 文号 (or id), title and raw text.</summary>
public sealed record RawDocument(string DocNumber, string Title, string Text, string Source);
