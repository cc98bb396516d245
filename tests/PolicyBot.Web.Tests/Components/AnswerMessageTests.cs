using Bunit;
using PolicyBot.Domain;
using PolicyBot.Web.Components.Services;
using PolicyBot.Web.Components.Shared;

namespace PolicyBot.Web.Tests.Components;

public class AnswerMessageTests : BunitContext
{
    private static PolicyAnswer Grounded => new()
    {
        Text = "可为失能老年人提供家庭养老床位和上门服务。",
        Grounded = true,
        Citations = [TestPolicies.CareCitation],
    };

    [Fact]
    public void While_streaming_shows_the_text_so_far_and_is_busy()
    {
        var exchange = new ChatExchange("失能老人有什么照护服务？");
        exchange.Append("可为失能老年人");

        var cut = Render<AnswerMessage>(p => p.Add(a => a.Exchange, exchange));

        Assert.Equal("可为失能老年人", cut.Find(".answer__text").TextContent);
        Assert.Equal("true", cut.Find("article").GetAttribute("aria-busy"));
        Assert.Empty(cut.FindAll(".citation"));
    }

    [Fact]
    public void A_finished_answer_shows_its_citations()
    {
        var exchange = new ChatExchange("失能老人有什么照护服务？");
        exchange.Complete(Grounded);

        var cut = Render<AnswerMessage>(p => p.Add(a => a.Exchange, exchange));

        Assert.Equal("false", cut.Find("article").GetAttribute("aria-busy"));
        Assert.Equal(TestPolicies.CareNumber, cut.Find(".citations .citation__docnumber").TextContent);
        Assert.Empty(cut.FindAll(".citation--related"));
    }

    [Fact]
    public void A_refusal_shows_related_clauses_apart_and_says_they_are_not_the_answer()
    {
        var exchange = new ChatExchange("公积金贷款额度是多少？");
        exchange.Complete(new PolicyAnswer
        {
            Text = "已收录的政策文件中没有找到这个问题的依据。",
            Grounded = false,
            Related = [TestPolicies.CareCitation],
        });

        var cut = Render<AnswerMessage>(p => p.Add(a => a.Exchange, exchange));

        Assert.Contains("answer--refusal", cut.Find("article").ClassList);
        var related = cut.Find(".citations--related");
        Assert.Contains("并非上述问题的答案", related.TextContent);
        Assert.Single(related.QuerySelectorAll(".citation--related"));
        Assert.Empty(cut.FindAll(".citations:not(.citations--related)"));
    }

    [Fact]
    public void Answer_text_with_markup_is_shown_as_text()
    {
        var exchange = new ChatExchange("q");
        exchange.Complete(Grounded with { Text = "<img src=x onerror=alert(1)>答复" });

        var cut = Render<AnswerMessage>(p => p.Add(a => a.Exchange, exchange));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("<img src=x onerror=alert(1)>答复", cut.Find(".answer__text").TextContent);
    }

    [Fact]
    public void Copy_puts_the_answer_and_its_sources_on_the_clipboard()
    {
        var copy = JSInterop.Setup<bool>("policybot.copyText", _ => true);
        copy.SetResult(true);
        var exchange = new ChatExchange("q");
        exchange.Complete(Grounded);
        var cut = Render<AnswerMessage>(p => p.Add(a => a.Exchange, exchange));

        cut.Find(".answer__actions button").Click();

        var text = (string)copy.Invocations.Single().Arguments[0]!;
        Assert.StartsWith("可为失能老年人提供家庭养老床位和上门服务。", text);
        Assert.Contains("依据：", text);
        Assert.Contains("（" + TestPolicies.CareNumber + "）", text);
        Assert.Contains("牵头单位：省民政厅", text);
        Assert.Equal("已复制到剪贴板", cut.Find(".answer__status").TextContent);
    }

    [Fact]
    public void Feedback_with_a_note_is_handed_on_and_thanked()
    {
        FeedbackSubmission? received = null;
        var exchange = new ChatExchange("q");
        exchange.Complete(Grounded);
        var cut = Render<AnswerMessage>(p => p.Add(a => a.Exchange, exchange).Add(a => a.OnFeedback, (FeedbackSubmission f) => received = f));

        cut.FindAll(".feedback button").Single(b => b.TextContent == "没用").Click();
        Assert.Equal("true", cut.FindAll(".feedback button").Single(b => b.TextContent == "没用").GetAttribute("aria-pressed"));
        cut.Find(".feedback textarea").Change("没有提到补贴标准");
        cut.Find(".feedback form").Submit();

        Assert.Equal(new FeedbackSubmission(FeedbackEntry.NotUsefulRating, "没有提到补贴标准"), received);
        Assert.Contains("已记录反馈", cut.Find(".feedback").TextContent);
    }
}
