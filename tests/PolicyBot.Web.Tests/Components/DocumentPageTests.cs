using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Index;
using PolicyBot.Web.Components.Pages;
using PolicyBot.Web.Components.Services;

namespace PolicyBot.Web.Tests.Components;

public class DocumentPageTests : BunitContext
{
    private readonly FixedSnapshotSource _index = new(TestPolicies.Snapshot);

    public DocumentPageTests()
    {
        Services.AddSingleton<IIndexSnapshotSource>(_index);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<DocumentPage> RenderAt(string docNumber, string clauseId)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(DocumentLinks.Clause(docNumber, clauseId));
        return Render<DocumentPage>(p => p.Add(d => d.DocNumber, docNumber));
    }

    [Fact]
    public void Every_clause_carries_its_id_and_only_the_cited_one_is_current()
    {
        var cited = TestPolicies.Care.Clauses[2].Id;

        var cut = RenderAt(TestPolicies.CareNumber, cited);

        var clauses = cut.FindAll("[data-clause-id]");
        Assert.Equal(TestPolicies.Care.Clauses.Select(c => c.Id), clauses.Select(c => c.GetAttribute("data-clause-id")));
        var current = Assert.Single(cut.FindAll("[aria-current]"));
        Assert.Equal(cited, current.GetAttribute("data-clause-id"));
        Assert.Equal("true", current.GetAttribute("aria-current"));
    }

    [Fact]
    public void The_cited_clause_is_scrolled_into_view()
    {
        var cited = TestPolicies.Care.Clauses[2].Id;

        RenderAt(TestPolicies.CareNumber, cited);

        var call = JSInterop.VerifyInvoke("policybot.revealClause");
        Assert.Equal(cited, call.Arguments[0]);
    }

    [Fact]
    public void Any_variant_of_the_document_number_finds_the_document()
    {
        var cut = Render<DocumentPage>(p => p.Add(d => d.DocNumber, "鲁政办字[2024]110号"));

        Assert.Equal(TestPolicies.Care.Title, cut.Find("h1").TextContent);
        Assert.Contains("山东省人民政府办公厅", cut.Find(".meta").TextContent);
        Assert.Contains("2024年9月20日", cut.Find(".meta").TextContent);
        Assert.Contains("政策文件（山东省）", cut.Find(".meta").TextContent);
    }

    [Fact]
    public void The_outline_follows_the_sections_and_links_to_their_headings()
    {
        var cut = Render<DocumentPage>(p => p.Add(d => d.DocNumber, TestPolicies.CareNumber));

        var outline = cut.Find("nav[aria-label='目录']");
        var top = outline.QuerySelectorAll(":scope > ol > li > a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["一、完善照护服务体系", "二、强化要素保障"], top);
        var nested = outline.QuerySelectorAll(":scope > ol > li:first-child > ol > li > a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["（一）加强居家照护", "（二）加强机构照护"], nested);
        foreach (var link in outline.QuerySelectorAll("a"))
        {
            var anchor = link.GetAttribute("href")!.Split('#')[1];
            var heading = cut.Find("#" + anchor);
            Assert.Equal(link.TextContent, heading.TextContent);
        }
        Assert.Equal("H3", cut.Find(".section-heading:not(h2)").TagName);
    }

    [Fact]
    public void Cited_documents_in_the_index_are_linked_and_others_are_named()
    {
        var cut = Render<DocumentPage>(p => p.Add(d => d.DocNumber, TestPolicies.CareNumber));

        var cites = cut.Find(".document__cites");
        var link = cites.QuerySelector("a")!;
        Assert.Equal(TestPolicies.GuideNumber, link.TextContent);
        Assert.Equal("/documents/" + Uri.EscapeDataString(TestPolicies.GuideNumber), link.GetAttribute("href"));
        Assert.Contains("鲁民〔2023〕9号", cites.TextContent);
        Assert.Contains("未收录", cites.TextContent);
    }

    [Fact]
    public void Clause_text_with_markup_renders_as_text()
    {
        var cut = Render<DocumentPage>(p => p.Add(d => d.DocNumber, TestPolicies.CareNumber));

        Assert.Empty(cut.FindAll(".clauses script"));
        Assert.Contains("<script>alert('x')</script>", cut.FindAll(".clause__text")[3].TextContent);
    }

    [Fact]
    public void Responsible_departments_of_a_clause_are_listed()
    {
        var cut = Render<DocumentPage>(p => p.Add(d => d.DocNumber, TestPolicies.CareNumber));

        var duty = cut.Find($"[data-clause-id='{TestPolicies.Care.Clauses[1].Id}'] .duty");
        Assert.Contains("省民政厅", duty.TextContent);
        Assert.Contains("省财政厅、省卫生健康委", duty.TextContent);
    }

    [Fact]
    public void An_unknown_document_number_says_so()
    {
        var cut = Render<DocumentPage>(p => p.Add(d => d.DocNumber, "鲁政办字〔1999〕1号"));

        Assert.Equal("未找到文件", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("[data-clause-id]"));
    }

    [Fact]
    public void A_reingested_index_is_shown_without_reloading()
    {
        var cut = Render<DocumentPage>(p => p.Add(d => d.DocNumber, TestPolicies.GuideNumber));
        var revised = TestPolicies.Guide with { Title = "国务院关于加强监管防范风险推动保险业高质量发展的若干意见（修订）" };

        _index.Swap(new IndexSnapshot(2, [TestPolicies.Care, revised]));

        cut.WaitForAssertion(() => Assert.EndsWith("（修订）", cut.Find("h1").TextContent));
    }

    [Fact]
    public void The_layout_counts_clauses_under_each_heading()
    {
        var layout = DocumentLayout.Of(TestPolicies.Care);

        Assert.Equal([3, 1], layout.Outline.Select(n => n.ClauseCount));
        Assert.Equal([2, 1], layout.Outline[0].Children.Select(n => n.ClauseCount));
        Assert.Equal(TestPolicies.Care.Clauses.Count, layout.Blocks.Count(b => b.Clause is not null));
    }
}
