using PolicyBot.Retrieve;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

public class QdrantFiltersTests
{
    private static Dictionary<string, Match> Musts(Filter filter) =>
        filter.Must.ToDictionary(c => c.Field.Key, c => c.Field.Match);

    [Fact]
    public void Every_set_field_becomes_a_must_condition()
    {
        var filter = QdrantFilters.From(new SearchFilter("鲁政办字〔2024〕110号", "山东省人民政府办公厅", 2024, "通知"))!;

        var musts = Musts(filter);
        Assert.Equal(4, musts.Count);
        Assert.Equal("鲁政办字〔2024〕110号", musts["docNumber"].Keyword);
        Assert.Equal("山东省人民政府办公厅", musts["issuer"].Keyword);
        Assert.Equal(2024, musts["year"].Integer);
        Assert.Equal("通知", musts["type"].Keyword);
        Assert.Empty(filter.Should);
    }

    [Theory]
    [InlineData("鲁政办字[2024]110号")]
    [InlineData("鲁政办字（2024）110号")]
    [InlineData("鲁政办字2024年110号")]
    [InlineData(" 鲁政办字〔２０２４〕１１０号 ")]
    public void A_document_number_in_any_usual_variant_matches_the_canonical_one(string variant) =>
        Assert.Equal("鲁政办字〔2024〕110号", Musts(QdrantFilters.From(new SearchFilter(DocNumber: variant))!)["docNumber"].Keyword);

    [Fact]
    public void Only_the_fields_set_are_filtered()
    {
        var musts = Musts(QdrantFilters.From(new SearchFilter(Year: 2023))!);
        Assert.Equal(["year"], musts.Keys);
    }

    [Fact]
    public void No_filter_means_no_restriction()
    {
        Assert.Null(QdrantFilters.From(null));
        Assert.Null(QdrantFilters.From(new SearchFilter()));
    }
}
