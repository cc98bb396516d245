namespace PolicyBot.Domain;

/// <summary>
/// The responsibility note that ends many clauses, e.g. <c>（省民政厅牵头，省财政厅、省卫生健康委按职责分工负责）</c> or
/// <c>（责任单位：市医保局，各区市政府）</c>: who leads (牵头单位) and who shares the work.
/// </summary>
/// <param name="Lead">牵头单位 (for 责任单位 lists: the first unit named).</param>
/// <param name="CoResponsible">The other units, in the order written.</param>
/// <param name="Note">The note exactly as the document writes it, brackets included.</param>
public sealed record Responsibility(IReadOnlyList<string> Lead, IReadOnlyList<string> CoResponsible, string Note);
