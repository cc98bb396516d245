using PolicyBot.Answer;
using PolicyBot.Domain;

namespace PolicyBot.Core.Tests.Answer;

public sealed class GroundingCheckTests
{
    private static readonly Passage[] Given =
    [
        Passage(1, "2025年年底前,全省家庭养老床位达到9万张。"),
        Passage(2, "到2027年,5A级旅游景区达到18家。"),
    ];

    [Theory]
    [InlineData("家庭养老床位达到9万张[1]，5A级景区达到18家[2]。", true)]
    [InlineData("家庭养老床位达到9万张[1][2]。", true)]
    [InlineData("家庭养老床位达到9万张[1, 2]。", true)]
    [InlineData("家庭养老床位达到9万张。", false)]
    [InlineData("家庭养老床位达到9万张[3]。", false)]
    [InlineData("家庭养老床位达到10万张[1]。", false)]
    [InlineData("5A级景区达到18家[1]。", false)]
    [InlineData("2025年年底前家庭养老床位达到９万张[1]。", true)]
    public void Accepts_only_answers_whose_citations_and_numbers_hold(string reply, bool ok) =>
        Assert.Equal(ok, GroundingCheck.Verify(reply, Given).Ok);

    private static Passage Passage(int rank, string text)
    {
        var clause = new Clause { Id = $"测试〔2024〕1号-{rank:D3}", DocNumber = "测试〔2024〕1号", Position = rank, Section = SectionPath.Root, Text = text };
        return new Passage(rank, 1, clause, new PolicyDocument { DocNumber = "测试〔2024〕1号", Title = "测试文件", Clauses = [clause] });
    }
}
