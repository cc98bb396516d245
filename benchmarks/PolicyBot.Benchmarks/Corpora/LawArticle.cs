namespace PolicyBot.Benchmarks.Corpora;

/// <summary>One article (第X条) of a law file: the unit STARD's gold points at.</summary>
public sealed record LawArticle(string File, string LawTitle, string Label, string Section, string Text);
