using PolicyBot.Answer;
using PolicyBot.Domain;

namespace PolicyBot.Core.Tests.Answer;

public sealed class QuestionReaderTests
{
    [Theory]
    [InlineData("2025年底家庭养老床位要达到多少张？", QuestionKind.Amount)]
    [InlineData("举报医保骗保，最高能拿多少奖金？", QuestionKind.Amount | QuestionKind.Money)]
    [InlineData("总体目标要求什么时候完成？", QuestionKind.Date)]
    [InlineData("这块工作是哪个部门牵头的？", QuestionKind.Department)]
    [InlineData("威海市加强医保基金使用常态化监管的工作方案，文号是多少？", QuestionKind.Document)]
    [InlineData("“大统筹”财政管理模式具体指什么？", QuestionKind.Measure)]
    [InlineData("山东现在已经有多少家5A级景区了？", QuestionKind.Amount | QuestionKind.CurrentState)]
    public void Reads_what_kind_of_fact_is_asked(string question, QuestionKind expected) =>
        Assert.Equal(expected, QuestionReader.Read([new ChatTurn(ChatTurn.User, question)]).Kinds);

    [Theory]
    [InlineData("江苏省的失能老人护理补贴一个月多少钱？", "江苏")]
    [InlineData("我家老人住在文登区米山镇的养老院", "米山镇")]
    [InlineData("要是县里“三保”出现风险了，文件要求怎么应对？", null)]
    [InlineData("供销社要在城市社区开超市吗？", null)]
    public void Finds_the_places_a_question_names(string question, string? place) =>
        Assert.Equal(place is null ? [] : [place], QuestionReader.PlacesIn(question));

    [Fact]
    public void A_question_about_A_and_B_respectively_becomes_two_questions()
    {
        var parts = QuestionReader.Conjuncts("长期护理保险这块，国务院和山东省这期公报里的文件分别是怎么说的");

        Assert.Equal(2, parts.Count);
        Assert.Contains("国务院", parts[0]);
        Assert.DoesNotContain("山东省", parts[0]);
        Assert.Contains("山东省", parts[1]);
        Assert.DoesNotContain("国务院", parts[1]);
    }

    [Fact]
    public void A_follow_up_reads_the_earlier_turns()
    {
        var question = QuestionReader.Read([new(ChatTurn.User, "文登区推动供销社高质量发展，到2026年定了哪些目标？"), new(ChatTurn.User, "那农资仓储能力要达到多少？")]);

        Assert.True(question.IsFollowUp);
        Assert.Contains("供销社", question.Context);
    }
}
