using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Answer;
using PolicyBot.Configuration;
using PolicyBot.Domain;
using PolicyBot.Web.Components.Pages;

namespace PolicyBot.Web.Tests.Components;

public sealed class ConsoleTests : BunitContext
{
    private readonly string _indexFolder = Path.Combine(Path.GetTempPath(), "policybot-ui-" + Guid.NewGuid().ToString("N"));
    private readonly ScriptedAnswerer _answerer = new(conversation => conversation[^1].Content.Contains("公积金")
        ? new PolicyAnswer { Text = "已收录的政策文件中没有找到这个问题的依据。", Grounded = false, Related = [TestPolicies.CareCitation] }
        : new PolicyAnswer { Text = "可为失能老年人提供家庭养老床位和上门服务。", Grounded = true, Citations = [TestPolicies.CareCitation] });

    public ConsoleTests()
    {
        Services.AddSingleton<IAnswerer>(_answerer);
        Services.AddSingleton(Options.Create(new PolicyBotOptions { Index = new IndexOptions { Path = _indexFolder } }));
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Before_the_page_is_interactive_the_question_box_is_disabled()
    {
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));

        var cut = Render<Home>();

        Assert.True(cut.Find("#question").HasAttribute("disabled"));
        Assert.True(cut.Find("button[type=submit]").HasAttribute("disabled"));
    }

    private static void Ask(IRenderedComponent<Home> cut, string question)
    {
        cut.Find("#question").Input(question);
        cut.Find("form.composer").Submit();
    }

    [Fact]
    public void Streamed_deltas_show_before_the_answer_completes_then_the_citation_appears()
    {
        _answerer.Gate = new TaskCompletionSource();
        var cut = Render<Home>();

        Ask(cut, "失能老人有什么照护服务？");

        cut.WaitForAssertion(() => Assert.Equal("可为失能老年人提供家", cut.Find(".answer__text").TextContent));
        Assert.Equal("true", cut.Find(".answer").GetAttribute("aria-busy"));
        _answerer.Gate.SetResult();
        cut.WaitForAssertion(() => Assert.Equal(TestPolicies.CareNumber, cut.Find(".citation__docnumber").TextContent));
        Assert.Equal("可为失能老年人提供家庭养老床位和上门服务。", cut.Find(".answer__text").TextContent);
        Assert.Equal("失能老人有什么照护服务？", cut.Find(".question p").TextContent);
    }

    [Fact]
    public void A_follow_up_sends_the_whole_conversation()
    {
        var cut = Render<Home>();
        Ask(cut, "失能老人有什么照护服务？");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".citation")));

        Ask(cut, "由哪个部门牵头？");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".citation").Count));

        var sent = _answerer.Conversations[^1];
        Assert.Equal(
            [("user", "失能老人有什么照护服务？"), ("assistant", "可为失能老年人提供家庭养老床位和上门服务。"), ("user", "由哪个部门牵头？")],
            sent.Select(t => (t.Role, t.Content)));
    }

    [Fact]
    public void New_conversation_starts_over()
    {
        var cut = Render<Home>();
        Ask(cut, "失能老人有什么照护服务？");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".answer")));

        cut.FindAll("button").Single(b => b.TextContent == "新对话").Click();
        Ask(cut, "由哪个部门牵头？");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".answer")));
        Assert.Single(_answerer.Conversations[^1]);
    }

    [Fact]
    public void An_example_question_is_asked_with_one_click()
    {
        var cut = Render<Home>();

        cut.FindAll("button.example")[0].Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".answer")));
        Assert.Equal(cut.Find(".question p").TextContent, _answerer.Conversations[0][0].Content);
    }

    [Fact]
    public void A_refusal_lists_related_clauses_distinctly()
    {
        var cut = Render<Home>();

        Ask(cut, "公积金贷款额度是多少？");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".citation--related")));
        Assert.Empty(cut.FindAll(".citation:not(.citation--related)"));
    }

    [Fact]
    public void Feedback_is_appended_to_the_index_folder_for_review()
    {
        var cut = Render<Home>();
        Ask(cut, "失能老人有什么照护服务？");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".citation")));

        cut.FindAll(".feedback button").Single(b => b.TextContent == "有用").Click();
        cut.Find(".feedback textarea").Change("准确");
        cut.Find(".feedback form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("已记录反馈", cut.Find(".feedback").TextContent));
        var line = Assert.Single(File.ReadAllLines(Path.Combine(_indexFolder, "feedback.jsonl")));
        Assert.Contains("\"rating\":\"useful\"", line);
        Assert.Contains("\"note\":\"准确\"", line);
        Assert.Contains("\"失能老人有什么照护服务？\"", line);
        Assert.Contains(TestPolicies.CareCitation.ClauseId, line);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_indexFolder)) Directory.Delete(_indexFolder, recursive: true);
    }
}
