using Bunit;
using PolicyBot.Domain;
using PolicyBot.Web.Components.Services;
using PolicyBot.Web.Components.Shared;

namespace PolicyBot.Web.Tests.Components;

public class HighlightTests : BunitContext
{
    private static Passage PassageOf(int position) =>
        new(1, 3.2, TestPolicies.Care.Clauses[position], TestPolicies.Care);

    [Fact]
    public void A_query_phrase_is_marked_as_one_run_in_the_result()
    {
        var cut = Render<SearchResultItem>(p => p.Add(r => r.Passage, PassageOf(1)).Add(r => r.Query, "家庭养老床位怎么申请"));

        var marks = cut.FindAll("mark").Select(m => m.TextContent).ToArray();
        Assert.Contains("家庭养老床位", marks);
        Assert.Equal(TestPolicies.Care.Clauses[1].Text, cut.Find(".result__text").TextContent);
    }

    [Fact]
    public void The_result_links_into_its_document_at_the_clause_and_names_it()
    {
        var cut = Render<SearchResultItem>(p => p.Add(r => r.Passage, PassageOf(1)).Add(r => r.Query, "养老"));

        var link = cut.Find(".result__heading a");
        Assert.Equal("/documents/" + Uri.EscapeDataString(TestPolicies.CareNumber) + "?clause=" + Uri.EscapeDataString(TestPolicies.Care.Clauses[1].Id), link.GetAttribute("href"));
        Assert.Contains(TestPolicies.CareNumber, link.TextContent);
        Assert.Contains("（一）加强居家照护", cut.Find(".result__section").TextContent);
        Assert.Equal("2024-09-20", cut.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void Markup_in_a_clause_stays_inert_even_where_it_is_marked()
    {
        var cut = Render<SearchResultItem>(p => p.Add(r => r.Passage, PassageOf(3)).Add(r => r.Query, "script 供养服务"));

        Assert.Empty(cut.FindAll(".result__text script"));
        Assert.Contains("<script>alert('x')</script>", cut.Find(".result__text").TextContent);
        Assert.Contains("script", cut.FindAll("mark").Select(m => m.TextContent));
        Assert.Contains("供养服务", cut.FindAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public void Full_width_digits_in_the_query_match_half_width_digits_in_the_text()
    {
        var segments = QueryHighlighter.Segments("到2029年，初步形成", "２０２９年");

        Assert.Contains(new TextSegment("2029年", true), segments);
        Assert.Equal("到2029年，初步形成", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Question_words_alone_mark_nothing()
    {
        var segments = QueryHighlighter.Segments("有哪些要求，是什么标准", "有哪些是什么");

        Assert.DoesNotContain(segments, s => s.IsMatch);
    }

    [Fact]
    public void Without_a_query_the_text_is_one_plain_segment()
    {
        Assert.Equal([new TextSegment("原文", false)], QueryHighlighter.Segments("原文", "  "));
    }
}
