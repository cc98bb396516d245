namespace PolicyBot.Retrieve.KnownQuestions;

/// <summary>
/// One entry of a question log: a question as a caller asked it, and the clause that answered it. The document is
/// named by its 文号 or by its source file (the path as ingested, or any trailing part of it: <c>laws/civil_code/civil_code-0005.md</c>);
/// the clause by its label (第五十四条, （三）) or its id (<c>国发〔2024〕21号-005</c>), or, with none, the document's first clause.
/// </summary>
public sealed record KnownQuestion(string Question, string Document, string? ClauseLabel);
