using Bunit;
using PolicyBot.Domain;
using PolicyBot.Web.Components.Shared;

namespace PolicyBot.Web.Tests.Components;

public class CitationCardTests : BunitContext
{
    [Fact]
    public void Shows_the_document_number_title_section_quote_and_responsible_departments()
    {
        var cut = Render<CitationCard>(p => p.Add(c => c.Citation, TestPolicies.CareCitation));

        Assert.Equal(TestPolicies.CareNumber, cut.Find(".citation__docnumber").TextContent);
        Assert.Equal(TestPolicies.Care.Title, cut.Find(".citation__title").TextContent);
        Assert.Equal("一、完善照护服务体系 > （一）加强居家照护", cut.Find(".citation__section").TextContent);
        Assert.Equal("为失能老年人提供家庭养老床位和上门服务。", cut.Find(".citation__quote").TextContent);
        var terms = cut.FindAll(".duty dt").Select(e => e.TextContent).ToArray();
        var values = cut.FindAll(".duty dd").Select(e => e.TextContent).ToArray();
        Assert.Equal(["牵头单位", "配合单位"], terms);
        Assert.Equal(["省民政厅", "省财政厅、省卫生健康委"], values);
    }

    [Fact]
    public void Links_to_the_cited_clause_inside_its_document()
    {
        var cut = Render<CitationCard>(p => p.Add(c => c.Citation, TestPolicies.CareCitation));

        var href = cut.Find("a.citation__link").GetAttribute("href");
        Assert.Equal("/documents/" + Uri.EscapeDataString(TestPolicies.CareNumber) + "?clause=" + Uri.EscapeDataString(TestPolicies.Care.Clauses[1].Id), href);
    }

    [Fact]
    public void Markup_in_a_quote_stays_text()
    {
        var citation = TestPolicies.CareCitation with { Quote = "<script>alert('x')</script><b>加粗</b>", Responsibility = null };

        var cut = Render<CitationCard>(p => p.Add(c => c.Citation, citation));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("<script>alert('x')</script><b>加粗</b>", cut.Find(".citation__quote").TextContent);
    }

    [Fact]
    public void A_related_clause_is_marked_apart_from_a_source()
    {
        var cut = Render<CitationCard>(p => p.Add(c => c.Citation, TestPolicies.CareCitation).Add(c => c.Related, true));

        Assert.Contains("citation--related", cut.Find("article").ClassList);
    }

    [Fact]
    public void Without_a_responsibility_note_no_departments_are_shown()
    {
        var citation = new Citation(TestPolicies.GuideNumber, TestPolicies.Guide.Title, "一、总体要求", TestPolicies.Guide.Clauses[0].Id, "到2029年，初步形成保险业高质量发展框架。");

        var cut = Render<CitationCard>(p => p.Add(c => c.Citation, citation));

        Assert.Empty(cut.FindAll(".duty"));
    }
}
