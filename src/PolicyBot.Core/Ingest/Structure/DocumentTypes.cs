using System.Text.RegularExpressions;

namespace PolicyBot.Ingest.Structure;

/// <summary>The document type (文种) a title ends with: 通知, 意见, 方案, 措施, 办法, 条例, 法 ….</summary>
internal static partial class DocumentTypes
{
    private static readonly string[] Types =
    [
        "实施细则", "通知", "意见", "方案", "措施", "决定", "办法", "规定", "条例", "细则", "规则", "规划", "纲要", "计划",
        "解释", "批复", "答复", "复函", "通告", "公告", "决议", "命令", "报告", "指引", "指南", "规范", "章程", "准则",
        "函", "令", "法",
    ];

    public static string? FromTitle(string title)
    {
        var t = TrailingParenthetical().Replace(title.Trim(), "").TrimEnd();
        foreach (var type in Types)
        {
            if (!t.EndsWith(type, StringComparison.Ordinal)) continue;
            return type switch { "实施细则" => "细则", "复函" => "函", _ => type };
        }
        return null;
    }

    [GeneratedRegex(@"(?:[（(][^（()）]*[)）]\s*)+$")]
    private static partial Regex TrailingParenthetical();
}
