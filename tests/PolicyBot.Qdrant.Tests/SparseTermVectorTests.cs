using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Qdrant.Tests;

public class SparseTermVectorTests
{
    private readonly ChineseAnalyzer _analyzer = new();

    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Term_indices_are_fnv_1a_32(string term, uint expected) => Assert.Equal(expected, TermIndex.Of(term));

    [Fact]
    public void Indices_are_sorted_unique_and_stable()
    {
        const string text = "农资仓储能力达到1万吨，农资保供稳价作用更加明显";

        var v = SparseTermVector.ForDocument(_analyzer, text);

        Assert.Equal(v.Indices.Order(), v.Indices);
        Assert.Equal(v.Indices.Length, v.Indices.Distinct().Count());
        Assert.Equal(v.Indices.Length, v.Values.Length);
        Assert.Equal(v.Indices, SparseTermVector.ForDocument(new ChineseAnalyzer(), text).Indices);
    }

    [Fact]
    public void A_repeated_term_is_merged_with_saturating_weight()
    {
        var v = SparseTermVector.ForDocument(_analyzer, "农资农资农资，仓储");
        var index = Array.IndexOf(v.Indices, TermIndex.Of(_analyzer.Analyze("农资")[0]));
        var once = SparseTermVector.ForDocument(_analyzer, "农资，仓储");
        var onceIndex = Array.IndexOf(once.Indices, TermIndex.Of(_analyzer.Analyze("农资")[0]));

        Assert.True(v.Values[index] > once.Values[onceIndex]);
        Assert.True(v.Values[index] < SparseTermVector.K1 + 1, "saturates below k1+1");
        var tf = _analyzer.Analyze("农资，仓储").Count(t => t == _analyzer.Analyze("农资")[0]);
        Assert.Equal(tf * (SparseTermVector.K1 + 1) / (tf + SparseTermVector.K1), once.Values[onceIndex], 5);
    }

    [Fact]
    public void A_follow_up_keeps_earlier_topics_at_lower_weight()
    {
        var v = SparseTermVector.ForQuery(_analyzer, "仓储能力要达到多少", ["供销合作社农资供应"]);

        float Weight(string term) => v.Values[Array.IndexOf(v.Indices, TermIndex.Of(term))];
        Assert.Equal(1f, Weight(_analyzer.Analyze("仓储")[0]));
        Assert.Equal(SparseTermVector.HistoryWeight, Weight(_analyzer.Analyze("农资")[0]));
        Assert.Equal(v.Indices.Order(), v.Indices);
    }

    [Fact]
    public void A_term_asked_again_weighs_as_much_as_a_new_one()
    {
        var v = SparseTermVector.ForQuery(_analyzer, "农资仓储", ["农资供应"]);
        Assert.Equal(1f, v.Values[Array.IndexOf(v.Indices, TermIndex.Of(_analyzer.Analyze("农资")[0]))]);
    }

    [Fact]
    public void Text_without_terms_gives_an_empty_vector() =>
        Assert.True(SparseTermVector.ForQuery(_analyzer, "", []).IsEmpty);
}
