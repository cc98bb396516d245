using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class AnswerShapesTests
{
    [Theory]
    [InlineData("农资仓储能力要达到多少？", "服务规模达70万亩次", true)]
    [InlineData("农资仓储能力要达到多少？", "增强全系统农资保供稳价能力", false)]
    [InlineData("农资仓储能力要达到多少？", "到2026年全面完成", false)] // a calendar year says when, not how many
    [InlineData("评估期限一般是几年？", "评估期限一般不超过5年", true)]
    [InlineData("长期照护师要占多大比例？", "长期照护师占比达到 20%以上", true)]
    [InlineData("试点工作什么时候完成？", "2025年年底前完成试点任务", true)]
    [InlineData("试点工作什么时候完成？", "加强组织领导", false)]
    public void A_question_for_a_figure_or_a_date_knows_which_clauses_hold_one(string question, string clause, bool holds) =>
        Assert.Equal(holds, AnswerShapes.AskedIn(question)!.IsMatch(clause));

    [Theory]
    [InlineData("供销社要在小区里开超市，是怎么回事？")]
    [InlineData("这个文件是啥时候印发的？")] // the signature answers it, not a date in a provision
    public void Other_questions_ask_for_no_shape(string question) => Assert.Null(AnswerShapes.AskedIn(question));

    [Fact]
    public async Task Asked_how_much_the_clause_with_the_figure_comes_before_one_that_only_names_the_subject()
    {
        var query = new SearchQuery("那农资仓储能力要达到多少？")
        {
            Top = 1,
            History = [new PolicyBot.Domain.ChatTurn(PolicyBot.Domain.ChatTurn.User, "文登区推动供销社高质量发展，到2026年定了哪些目标？")],
        };
        var without = await Gazette.Search(new SearchTuning { AnswerShapeWeight = 0 }).SearchAsync(query);
        var with = await Gazette.Search().SearchAsync(query);

        Assert.DoesNotContain("1万吨", without[0].Text, StringComparison.Ordinal); // 加强政策性农资储备 … (no figure)
        Assert.Contains("1万吨", with[0].Text, StringComparison.Ordinal);
    }
}
