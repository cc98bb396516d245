namespace PolicyBot.Ingest.Structure;

/// <summary>
/// One document's lines as found in a file, before parsing: its 文号 (canonical, when it has one), the title as
/// written (possibly over several lines), the lines after the head, and what the head said about date and issuer.
/// </summary>
internal sealed record DocumentText(string? DocNumber, IReadOnlyList<string> TitleLines, IReadOnlyList<string> Lines, string Source)
{
    public DateOnly? DateHint { get; init; }
    /// <summary>The issuer a decree head names (广州市人民政府令 → 广州市人民政府); it wins over a signature.</summary>
    public string? IssuerHint { get; init; }
}
