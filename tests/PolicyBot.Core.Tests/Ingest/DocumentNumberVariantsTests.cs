using PolicyBot.Domain;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>文号 in their usual written variants, and found in running text with the right agency code.</summary>
public class DocumentNumberVariantsTests
{
    [Theory]
    [InlineData("国发〔2024〕21号", "国发〔2024〕21号")]
    [InlineData("国发[2024]21号", "国发〔2024〕21号")]
    [InlineData("国发【2024】21号", "国发〔2024〕21号")]
    [InlineData("国发（2024）21号", "国发〔2024〕21号")]
    [InlineData("国发２０２４年２１号", "国发〔2024〕21号")]
    [InlineData("威文政办发〔2024〕第5号", "威文政办发〔2024〕5号")]
    [InlineData("国令第 777 号", "国令第777号")]
    [InlineData("生态环境部、公安部、交通运输部令第5号", "生态环境部、公安部、交通运输部令第5号")]
    [InlineData("鲁政办字(2024)110号", "鲁政办字〔2024〕110号")]
    [InlineData("鲁政办字〔２０２４〕１１０号", "鲁政办字〔2024〕110号")]
    [InlineData("鲁政办字 〔2024〕 110 号", "鲁政办字〔2024〕110号")]
    [InlineData("国家市场监督管理总局令第１２号", "国家市场监督管理总局令第12号")]
    public void Variants_parse_to_one_canonical_form(string text, string canonical)
    {
        Assert.True(DocumentNumber.TryParse(text, out var n));
        Assert.Equal(canonical, n.ToString());
        Assert.Equal(DocumentNumber.Parse(canonical), n);
    }

    [Theory]
    [InlineData("根据鲁政字〔2023〕217号")]
    [InlineData("国发〔2024〕21号 1")]
    [InlineData("2024年第3期")]
    [InlineData("")]
    public void Text_that_is_not_only_a_number_does_not_parse(string text) => Assert.False(DocumentNumber.TryParse(text, out _));

    [Theory]
    [InlineData("根据鲁政字〔2023〕217号文件精神", "鲁政字〔2023〕217号")]
    [InlineData("现印发鲁政办字[2024]110号，请遵照执行", "鲁政办字〔2024〕110号")]
    [InlineData("严格按照省广电局[2022]1号《关于进一步加强有线电视网络设施建设管理的通知》", "省广电局〔2022〕1号")]
    [InlineData("及鲁建城建字[2024]6号《关于印发…》", "鲁建城建字〔2024〕6号")]
    [InlineData("《国务院关于进一步深化预算管理制度改革的意见》（国发〔2021〕5号）", "国发〔2021〕5号")]
    [InlineData("2004年7月8日 国家食品药品监督管理局令第9号公布", "国家食品药品监督管理局令第9号")]
    [InlineData("依据国令第777号", "国令第777号")]
    [InlineData("经生态环境部、公安部、交通运输部令第23号公布", "生态环境部、公安部、交通运输部令第23号")]
    [InlineData("（中华人民共和国主席令第三十一号）以及国家市场监督管理总局令第12号", "国家市场监督管理总局令第12号")]
    public void Numbers_in_running_text_keep_only_the_agency_code(string text, string expected) =>
        Assert.Equal([expected], DocumentNumber.FindAll(text).Select(n => n.ToString()));

    [Fact]
    public void FindAll_lists_each_number_once_in_order() =>
        Assert.Equal(
            ["国办发〔2023〕17号", "鲁政办字〔2024〕20号"],
            DocumentNumber.FindAll("《…》(国办发〔2023〕17号)、《…》(鲁政办字〔2024〕20号)，又见国办发[2023]17号").Select(n => n.ToString()));
}
