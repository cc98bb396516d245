using System.Text;
using PolicyBot.Domain;
using PolicyBot.Ingest;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>
/// A citizen's question that names no place is answered by the law before the rules under it, and never by another
/// place's local rule: the hierarchy of legal force, read from how laws are published.
/// </summary>
public sealed class LegalAuthorityTests
{
    private const string Article = "第一条 用人单位应当按月足额支付劳动者工资，不得克扣或者无故拖欠劳动者的工资。";

    private static PolicyDocument Law(string file, string title, string enacted) =>
        Assert.Single(DocumentLoader.Load(Encoding.UTF8.GetBytes(
            $"# {title}\n\n2020年1月1日 {enacted}\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n{Article}\n"), file, IngestLimits.Default));

    private static readonly PolicyDocument NationalLaw = Law("law.md", "中华人民共和国工资支付法", "第十三届全国人民代表大会常务委员会第十次会议通过");
    private static readonly PolicyDocument Regulation = Law("reg.md", "工资支付保障条例", "国务院第100次常务会议通过");
    private static readonly PolicyDocument Interpretation = Law("interp.md", "关于审理劳动争议案件适用法律问题的解释", "最高人民法院审判委员会第1822次会议通过");
    private static readonly PolicyDocument ShanghaiRule = Law("local.md", "上海市工资支付条例", "上海市第十五届人民代表大会常务委员会第十次会议通过");

    [Theory]
    [InlineData("第十三届全国人民代表大会常务委员会第十五次会议通过", "全国人民代表大会常务委员会")]
    [InlineData("北京市第十一届人民代表大会第四次会议通过", "北京市人民代表大会")]
    [InlineData("彭水苗族土家族自治县第十六届人民代表大会第七次会议通过", "彭水苗族土家族自治县人民代表大会")]
    [InlineData("最高人民法院审判委员会第1422次会议通过", "最高人民法院")]
    [InlineData("由最高人民法院审判委员会第1746次会议通过", "最高人民法院")]
    [InlineData("最高人民检察院第十二届检察委员会第十次会议通过", "最高人民检察院")]
    [InlineData("国务院第173次常务会议通过", "国务院")]
    [InlineData("第一次修正", null)]
    public void A_laws_issuer_is_the_body_its_promulgation_line_names(string line, string? issuer)
    {
        var d = Law("x.md", "某某条例", line);
        Assert.Equal(issuer, d.Issuer);
    }

    [Fact]
    public void Levels_are_read_from_issuer_number_and_title()
    {
        Assert.Equal(new LegalAuthority(AuthorityLevel.Law), LegalAuthority.Of(NationalLaw));
        Assert.Equal(new LegalAuthority(AuthorityLevel.AdministrativeRegulation), LegalAuthority.Of(Regulation));
        Assert.Equal(new LegalAuthority(AuthorityLevel.JudicialInterpretation), LegalAuthority.Of(Interpretation));
        Assert.Equal(new LegalAuthority(AuthorityLevel.LocalRule, "上海市"), LegalAuthority.Of(ShanghaiRule));
        Assert.Equal(new LegalAuthority(AuthorityLevel.LocalRule, "云浮市"), LegalAuthority.Of(Law("yf.md", "云浮市优化营商环境条例", "第一次修正")));
        Assert.Equal(AuthorityLevel.DepartmentRule, LegalAuthority.Of(new PolicyDocument { DocNumber = "生态环境部令第9号", Title = "排污许可管理办法", Issuer = "生态环境部" }).Level);
        Assert.Equal(new LegalAuthority(AuthorityLevel.LocalRule, "广州市"),
            LegalAuthority.Of(new PolicyDocument { DocNumber = "广州市人民政府令第5号", Title = "广州市养犬管理规定", Issuer = "广州市人民政府" }));
        Assert.Equal(AuthorityLevel.AdministrativeRegulation,
            LegalAuthority.Of(new PolicyDocument { DocNumber = "x", Title = "中华人民共和国企业法人登记管理条例", Issuer = "国务院" }).Level);
        Assert.Equal(AuthorityLevel.AdministrativeRegulation, LegalAuthority.Of(new PolicyDocument { DocNumber = "x", Title = "中华人民共和国发票管理办法" }).Level);
        Assert.Equal(AuthorityLevel.Law, LegalAuthority.Of(new PolicyDocument { DocNumber = "x", Title = "中华人民共和国刑法修正案（七）" }).Level);
        Assert.Equal(new LegalAuthority(AuthorityLevel.LocalRule, "上海市"), LegalAuthority.Of(new PolicyDocument { DocNumber = "x", Title = "上海港口条例" }));
        // The gazette's documents are policies of the places they were issued in, not rules.
        Assert.All(Gazette.Documents, d => Assert.Equal(AuthorityLevel.Policy, LegalAuthority.Of(d).Level));
    }

    [Theory]
    [InlineData("全国人民代表大会常务委员会关于修改《中华人民共和国保险法》等五部法律的决定", true)]
    [InlineData("中华人民共和国刑法修正案（七）", true)]
    [InlineData("国务院关于废止和修改部分行政法规的决定", true)]
    [InlineData("中华人民共和国保险法", false)]
    [InlineData("国务院关于加强监管防范风险推动保险业高质量发展的若干意见", false)]
    public void An_instrument_that_amends_others_is_known_by_its_title(string title, bool amends) =>
        Assert.Equal(amends, LegalAuthority.IsAmendment(new PolicyDocument { DocNumber = "x", Title = title }));

    [Theory]
    [InlineData("北京市", "北京")]
    [InlineData("广西壮族自治区", "广西")]
    [InlineData("彭水苗族土家族自治县", "彭水")]
    [InlineData("文登区", "文登")]
    public void A_place_is_named_by_its_short_name(string place, string name) => Assert.Equal(name, LegalAuthority.ShortName(place));

    [Fact]
    public void A_nested_place_is_here_when_any_of_its_parts_is_served_or_named()
    {
        Assert.Equal(["威海市", "文登区"], LegalAuthority.Parts("威海市文登区"));
        Assert.Equal(["广西壮族自治区"], LegalAuthority.Parts("广西壮族自治区"));
        // The bundled gazette with the shipped places: none of its documents is from elsewhere.
        var places = Gazette.Documents.Select(d => LegalAuthority.Of(d).Place).OfType<string>().Distinct().ToArray();
        var names = places.ToDictionary(p => p, AuthorityPrior.NamesOf);
        Assert.Contains("威海市文登区", places);
        Assert.Equal(places.Order(), AuthorityPrior.Places(names, "补贴多少？", ["山东省", "威海市", "文登区"]).Here.Order());
        Assert.Equal(["威海市文登区"], AuthorityPrior.Places(names, "补贴多少？", ["文登区"]).Here);
        Assert.Contains("威海市文登区", AuthorityPrior.Places(names, "文登的供销社", []).Here);
        Assert.Equal(["威海市文登区"], AuthorityPrior.Places(names, "文登的供销社", []).Named);
    }

    private static async Task<string[]> Order(string question, IReadOnlyList<string>? home = null, SearchTuning? tuning = null)
    {
        var search = new EmbeddedPolicySearch(new StaticSnapshotSource([ShanghaiRule, Interpretation, Regulation, NationalLaw]), Gazette.LocalEmbedder, tuning: tuning)
        {
            HomePlaces = home ?? [],
        };
        var passages = await search.SearchAsync(new SearchQuery(question) { Top = 4 });
        return passages.Select(p => p.Document.Title).ToArray();
    }

    [Fact]
    public async Task The_law_comes_first_and_another_places_rule_last()
    {
        var order = await Order("单位拖欠工资怎么办？");
        Assert.Equal("中华人民共和国工资支付法", order[0]);
        Assert.Equal("上海市工资支付条例", order[^1]);

        var flat = await Order("单位拖欠工资怎么办？", tuning: new SearchTuning { LowerAuthorityPenalty = 0, ElsewherePenalty = 0 });
        Assert.NotEqual("中华人民共和国工资支付法", flat[0]); // the same article everywhere: the prior is what reorders
        Assert.NotEqual("上海市工资支付条例", flat[^1]);
    }

    [Fact]
    public async Task A_local_rule_counts_where_the_question_names_its_place_or_the_deployment_serves()
    {
        Assert.Equal("上海市工资支付条例", (await Order("上海的单位拖欠工资怎么办？"))[0]);
        var served = await Order("单位拖欠工资怎么办？", home: ["上海市"]);
        Assert.True(Array.IndexOf(served, "上海市工资支付条例") < Array.IndexOf(served, "工资支付保障条例"), string.Join(" / ", served));
    }

    [Fact]
    public async Task A_place_the_question_names_brings_its_documents_forward()
    {
        static PolicyDocument Notice(string issuer, string title, string number) => Assert.Single(DocumentLoader.Load(Encoding.UTF8.GetBytes($"""
            {title}
            {number}
            各有关单位：
            一、推进惠企资金直达快享，符合条件的企业免于申报、直接兑付。
            {issuer}
            2024年3月1日
            """), number + ".txt", IngestLimits.Default));
        var national = Notice("国务院", "国务院关于推进惠企资金直达快享免申即享的通知", "国发〔2024〕3号");
        var weihai = Notice("威海市人民政府", "关于做好有关工作的通知", "威政发〔2024〕3号"); // its place is in the signature only
        async Task<string> First(SearchTuning tuning)
        {
            var search = new EmbeddedPolicySearch(new StaticSnapshotSource([national, weihai]), Gazette.LocalEmbedder, tuning: tuning);
            return (await search.SearchAsync(new SearchQuery("惠企资金能不能直接兑付？威海有啥说法？") { Top = 1 }))[0].DocNumber;
        }

        Assert.Equal("国发〔2024〕3号", await First(new SearchTuning { NamedPlaceBonus = 0 }));
        Assert.Equal("威政发〔2024〕3号", await First(new SearchTuning()));
    }
}
