namespace PolicyBot.Domain;

/// <summary>
/// The unit PolicyBot indexes, retrieves and cites: one paragraph-level provision of a document (a numbered item,
/// an article 第X条, or a plain paragraph under a heading), with the headings above it.
/// </summary>
public sealed record Clause
{
    /// <summary>Stable id: the document's number and the clause's position, e.g. <c>鲁政办字〔2024〕110号-012</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Canonical 文号 of the document, or its stable id when it has none (see <see cref="PolicyDocument.DocNumber"/>).</summary>
    public required string DocNumber { get; init; }

    /// <summary>0-based order of the clause within its document.</summary>
    public required int Position { get; init; }

    public required SectionPath Section { get; init; }

    /// <summary>The clause as the document writes it (page-break cuts mended), for display and quoting.</summary>
    public required string Text { get; init; }

    /// <summary>Article label for laws and rules (<c>第十条</c>), the item label (<c>1.</c>) otherwise, or null.</summary>
    public string? Label { get; init; }

    /// <summary>The responsibility note at the clause's end, when it has one.</summary>
    public Responsibility? Responsibility { get; init; }

    /// <summary>Other documents this clause cites by 文号 (canonical forms).</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>True for clauses of an attachment (附件), e.g. a 领导小组 member list.</summary>
    public bool InAttachment { get; init; }

    /// <summary>Innermost heading of the clause that holds a document's signature (issuer and date, 落款).</summary>
    public const string SignatureHeading = "落款";

    /// <summary>True for the clause holding the document's signature: who issued it and when.</summary>
    public static bool IsSignature(Clause clause) => clause.Section.Innermost == SignatureHeading;

    public static string MakeId(string docNumber, int position) => $"{docNumber}-{position:D3}";
}
