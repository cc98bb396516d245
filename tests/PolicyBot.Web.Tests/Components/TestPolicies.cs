using PolicyBot.Domain;
using PolicyBot.Index;

namespace PolicyBot.Web.Tests.Components;

/// <summary>Two small documents shaped like the gazette's: sections, a responsibility note, a 文号 citation, and hostile text.</summary>
internal static class TestPolicies
{
    public const string CareNumber = "鲁政办字〔2024〕110号";
    public const string GuideNumber = "国发〔2024〕21号";

    public static readonly Responsibility CareDuty = new(["省民政厅"], ["省财政厅", "省卫生健康委"], "（省民政厅牵头，省财政厅、省卫生健康委按职责分工负责）");

    public static PolicyDocument Care { get; } = Document(CareNumber, "印发《关于加强失能失智老年人照护服务工作的若干措施》的通知", "山东省人民政府办公厅", new DateOnly(2024, 9, 20), "通知",
    [
        ("", "各市人民政府，各县（市、区）人民政府：", null, []),
        ("一、完善照护服务体系 > （一）加强居家照护", "为失能老年人提供家庭养老床位和上门服务。（省民政厅牵头，省财政厅、省卫生健康委按职责分工负责）", CareDuty, []),
        ("一、完善照护服务体系 > （一）加强居家照护", "落实《国务院关于加强监管防范风险推动保险业高质量发展的若干意见》（国发〔2024〕21号）要求，发展长期护理保险。", null, [GuideNumber]),
        ("一、完善照护服务体系 > （二）加强机构照护", "每个县（市、区）至少建有1所县级特困人员供养服务机构。<script>alert('x')</script>", null, ["鲁民〔2023〕9号"]),
        ("二、强化要素保障", "对符合条件的照护机构给予运营补贴。", null, []),
    ]);

    public static PolicyDocument Guide { get; } = Document(GuideNumber, "国务院关于加强监管防范风险推动保险业高质量发展的若干意见", "国务院", new DateOnly(2024, 9, 8), "意见",
    [
        ("一、总体要求", "到2029年，初步形成保险业高质量发展框架。", null, []),
    ]);

    public static IndexSnapshot Snapshot { get; } = new(1, [Care, Guide]);

    public static Citation CareCitation { get; } = new(CareNumber, Care.Title, Care.Clauses[1].Section.ToString(), Care.Clauses[1].Id,
        "为失能老年人提供家庭养老床位和上门服务。") { Responsibility = CareDuty };

    private static PolicyDocument Document(string number, string title, string issuer, DateOnly date, string type,
        (string Section, string Text, Responsibility? Duty, string[] Cites)[] clauses) => new()
        {
            DocNumber = number,
            Title = title,
            Issuer = issuer,
            Date = date,
            Type = type,
            Source = "test",
            Clauses = clauses.Select((c, i) => new Clause
            {
                Id = Clause.MakeId(number, i),
                DocNumber = number,
                Position = i,
                Section = SectionPath.Parse(c.Section),
                Text = c.Text,
                Responsibility = c.Duty,
                Cites = c.Cites,
            }).ToArray(),
        };
}
