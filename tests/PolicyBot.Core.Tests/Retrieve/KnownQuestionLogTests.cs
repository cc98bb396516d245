using PolicyBot.Retrieve.KnownQuestions;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class KnownQuestionLogTests
{
    private static KnownQuestionLog LoadText(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"policybot-known-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, text);
        try { return KnownQuestionLog.Load(path); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Reads_json_lines_and_tab_separated_lines_and_skips_blanks_and_comments()
    {
        var log = LoadText("""
            # hotline log, 2024-03
            {"question": "谁可以成为个体工商户？", "document": "laws/admin_reg/admin_reg-0009.md", "clause": "第二条"}

            养老机构补贴多少钱	鲁政办字〔2024〕110号	（三）
            这个文件讲什么	国发〔2024〕21号
            """);
        Assert.Equal(
            [
                new KnownQuestion("谁可以成为个体工商户？", "laws/admin_reg/admin_reg-0009.md", "第二条"),
                new KnownQuestion("养老机构补贴多少钱", "鲁政办字〔2024〕110号", "（三）"),
                new KnownQuestion("这个文件讲什么", "国发〔2024〕21号", null),
            ],
            log.Entries);
    }

    [Theory]
    [InlineData("{\"question\": \"谁可以成为个体工商户？\"}")]
    [InlineData("{\"question\": \"谁可以\", \"document\": 5}")]
    [InlineData("{not json")]
    [InlineData("只有一列")]
    public void A_bad_line_fails_with_one_line_naming_the_file_and_line(string bad)
    {
        var e = Assert.Throws<FormatException>(() => LoadText("{\"question\": \"谁可以\", \"document\": \"国发〔2024〕21号\"}\n" + bad + "\n"));
        Assert.Contains(".jsonl:2:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = Assert.Throws<FileNotFoundException>(() => KnownQuestionLog.Load("/nonexistent/known.jsonl"));
        Assert.Contains("/nonexistent/known.jsonl", e.Message, StringComparison.Ordinal);
    }
}
