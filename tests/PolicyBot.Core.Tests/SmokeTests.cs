using PolicyBot.Domain;

namespace PolicyBot.Core.Tests;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("鲁政办字〔2024〕110号")]
    [InlineData("鲁政办字[2024]110号")]
    [InlineData("鲁政办字（2024）110号")]
    [InlineData("鲁政办字(2024)110号")]
    [InlineData("鲁政办字2024年110号")]
    [InlineData("鲁政办字〔２０２４〕１１０号")]
    [InlineData("鲁政办字 〔2024〕 110 号")]
    public void Variants_parse_to_the_canonical_form(string variant) =>
        Assert.Equal("鲁政办字〔2024〕110号", DocumentNumber.Parse(variant).ToString());

    [Fact]
    public void Decree_numbers_have_no_year() =>
        Assert.Equal("国家市场监督管理总局令第12号", DocumentNumber.Parse("国家市场监督管理总局令第１２号").ToString());
}
