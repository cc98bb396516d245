using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class ChineseAnalyzerTests
{
    [Fact]
    public void Index_terms_hold_words_bigrams_and_the_canonical_doc_number()
    {
        var terms = ChineseAnalyzer.Default.Analyze("根据鲁政办字[2024]110号，对普惠性养老机构给予奖补。");
        Assert.Contains("dn:鲁政办字〔2024〕110号", terms);
        Assert.Contains("养老", terms);
        Assert.Contains("#奖补", terms);
        Assert.Contains("#构给", terms);
        Assert.DoesNotContain("，", terms);
    }

    [Fact]
    public void Full_and_half_width_text_give_the_same_terms() =>
        Assert.Equal(ChineseAnalyzer.Default.Analyze("２０２４年ＡＢＣ养老"), ChineseAnalyzer.Default.Analyze("2024年abc养老"));

    [Fact]
    public void Question_words_are_left_out_and_lay_words_reach_official_ones()
    {
        var terms = ChineseAnalyzer.Default.AnalyzeQuery("我家老人住养老院，政府有补贴吗？").ToDictionary(t => t.Term, t => t.Weight);
        Assert.False(terms.ContainsKey("吗"));
        Assert.False(terms.ContainsKey("我家"));
        Assert.Equal(1f, terms["养老院"]);
        Assert.InRange(terms["养老机构"], 0.3f, 0.99f);
        Assert.True(terms.ContainsKey("老年人"));
        Assert.True(terms.ContainsKey("奖补"));
    }
}
