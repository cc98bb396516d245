using PolicyBot.Domain;

namespace PolicyBot.Qdrant.Tests;

/// <summary>
/// Three documents of the bundled gazette (corpus/weihai-wendeng-gazette-2024-03.txt), built from its own paragraphs:
/// the State Council's insurance opinion, Shandong's elderly-care measures and Wendeng's supply-cooperative opinion.
/// </summary>
public static class GazetteSample
{
    public const string Insurance = "国发〔2024〕21号";
    public const string ElderlyCare = "鲁政办字〔2024〕110号";
    public const string SupplyCooperatives = "威文政发〔2024〕10号";

    private static readonly Lazy<string[]> Paragraphs = new(() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot(), "corpus", "weihai-wendeng-gazette-2024-03.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToArray());

    public static IReadOnlyList<PolicyDocument> Documents() =>
    [
        Document(Insurance, "国务院关于加强监管防范风险推动保险业高质量发展的若干意见", "国务院", new DateOnly(2024, 9, 8), "意见",
            ("一、总体要求", "党的十八大以来，我国保险业快速发展"),
            ("三、提升保险业服务经济社会发展能力", "丰富巨灾保险保障形式")),
        Document(ElderlyCare, "山东省人民政府办公厅印发《关于加强失能失智老年人照护服务工作的若干措施》的通知", "山东省人民政府办公厅",
            new DateOnly(2024, 9, 4), "通知",
            ("", "为深入贯彻党的二十大和二十届二中、三中全会精神,认真落实党中央、国务院关于加强养老服务工作"),
            ("二、完善失能失智老年人照护服务体系", "将家庭养老床位、特殊困难老年人家庭适老化改造纳入")),
        Document(SupplyCooperatives, "关于印发《关于推动供销合作社高质量发展的实施意见》的通知", "威海市文登区人民政府", null, "通知",
            ("一、主要目标", "到2026年,全区供销合作社系统发展质量显著提升"),
            ("二、重点任务 > （一）提升农资供应服务能力，助力农业稳产保供", "1. 健全农资流通服务网络")),
    ];

    private static PolicyDocument Document(string docNumber, string title, string issuer, DateOnly? date, string type,
        params (string Section, string Starts)[] clauses) => new()
    {
        DocNumber = docNumber,
        Title = title,
        Issuer = issuer,
        Date = date,
        Type = type,
        Source = "corpus/weihai-wendeng-gazette-2024-03.txt",
        Clauses = clauses.Select((c, i) => new Clause
        {
            Id = Clause.MakeId(docNumber, i),
            DocNumber = docNumber,
            Position = i,
            Section = SectionPath.Parse(c.Section),
            Text = Paragraphs.Value.First(p => p.StartsWith(c.Starts, StringComparison.Ordinal)),
        }).ToArray(),
    };

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("PolicyBot.sln not found above the test output folder.");
    }
}
