namespace PolicyBot.Domain;

/// <summary>One policy document (a 通知, 意见, 方案, law …) with its metadata and clauses in document order.</summary>
public sealed record PolicyDocument
{
    /// <summary>
    /// Canonical 文号 (<c>鲁政办字〔2024〕110号</c>); for a document without one, a stable id derived from its title
    /// (see <see cref="PolicyBot.Ingest.DocumentIds"/>). Used in URLs and citations.
    /// </summary>
    public required string DocNumber { get; init; }

    /// <summary>Full title as issued; for a 通知 that issues a plan or measures, the 通知's title.</summary>
    public required string Title { get; init; }

    /// <summary>Title of the attached plan/measures a 通知 issues (《…》), when there is one.</summary>
    public string? AttachedTitle { get; init; }

    /// <summary>Issuing body (发文机关), e.g. 山东省人民政府办公厅; null when the text does not say.</summary>
    public string? Issuer { get; init; }

    /// <summary>Date of issue (成文日期); null when the text gives none. Never invented.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Addressees (主送机关) as written, e.g. 各市人民政府,各县(市、区)人民政府….</summary>
    public string? Addressees { get; init; }

    /// <summary>Publication note, e.g. 此件公开发布.</summary>
    public string? PublicationNote { get; init; }

    /// <summary>Document type: 意见, 通知, 方案, 措施, 决定, 办法, 规定, 条例, 法, 解释 …; null when unknown.</summary>
    public string? Type { get; init; }

    /// <summary>The file it came from (as given to ingest, relative where possible).</summary>
    public string Source { get; init; } = "";

    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    /// <summary>Title with the attached plan's title, for matching queries that name either.</summary>
    public string DisplayTitle => AttachedTitle is null ? Title : $"{Title}（{AttachedTitle}）";
}
