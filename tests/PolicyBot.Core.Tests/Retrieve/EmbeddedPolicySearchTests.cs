using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>What a hotline operator notices when searching the bundled gazette.</summary>
public sealed class EmbeddedPolicySearchTests
{
    private static readonly EmbeddedPolicySearch Search = Gazette.Search();

    private static Task<IReadOnlyList<Passage>> Ask(string question, int top = 10, SearchFilter? filter = null, params string[] earlier) =>
        Search.SearchAsync(new SearchQuery(question)
        {
            Top = top, Filter = filter, History = earlier.Select(t => new ChatTurn(ChatTurn.User, t)).ToArray(),
        });

    [Theory]
    [InlineData("鲁政办字[2024]110号")]
    [InlineData("鲁政办字2024年110号")]
    [InlineData("鲁政办字（２０２４）１１０号")]
    [InlineData("鲁政办字〔2024〕110号讲的是什么")]
    public async Task A_doc_number_in_any_usual_form_finds_its_document_first(string typed)
    {
        var passages = await Ask(typed);
        Assert.Equal("鲁政办字〔2024〕110号", passages[0].DocNumber);
    }

    [Fact]
    public async Task A_lay_question_about_subsidies_finds_the_clause_with_the_amount()
    {
        var passages = await Ask("普惠养老机构的补贴标准是多少？", top: 3);
        Assert.Contains(passages, p => p.Text.Contains("每月不低于200元", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caller_words_reach_the_official_wording()
    {
        var passages = await Ask("老年痴呆的老人有什么照护政策？", top: 3);
        Assert.Contains(passages, p => (p.Section + p.Text).Contains("认知障碍", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follow_up_is_read_in_the_context_of_the_earlier_question()
    {
        var passages = await Ask("那农资仓储能力要达到多少？", top: 3, filter: null, "文登区推动供销社高质量发展，到2026年定了哪些目标？");
        Assert.Equal("威文政发〔2024〕10号", passages[0].DocNumber);
        Assert.Contains(passages, p => p.Text.Contains("1万吨", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("威海深化预算管理制度改革的意见是啥时候印发的？", "威政发〔2024〕14号", "2024年9月3日")]
    [InlineData("文登供销社那个文件是什么时候发的？", "威文政发〔2024〕10号", "2024年8月19日")]
    public async Task Asked_when_a_document_was_issued_its_signature_comes_second(string question, string docNumber, string date)
    {
        var passages = await Ask(question, top: 5);
        Assert.Equal(docNumber, passages[0].DocNumber);
        Assert.Equal(docNumber, passages[1].DocNumber);
        Assert.True(Clause.IsSignature(passages[1].Clause));
        Assert.Contains(date, passages[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("威海深化预算管理制度改革有哪些总体要求？")]
    [InlineData("文登区2024年旅游收入是多少？")]
    [InlineData("威海市医保基金去年被骗了多少钱？")]
    public async Task A_question_that_is_not_about_the_issue_date_does_not_get_a_signature(string question)
    {
        var passages = await Ask(question, top: 10);
        Assert.DoesNotContain(passages, p => Clause.IsSignature(p.Clause));
    }

    [Fact]
    public async Task A_question_asking_for_two_things_gets_more_than_one_document_in_the_first_five()
    {
        // Without the rule the first five are all from the 医保 document.
        var question = "骗保这种事，商业保险和医保两方面，这期公报里的文件分别怎么说？";
        var passages = await Ask(question, top: 5);
        Assert.True(passages.Select(p => p.DocNumber).Distinct().Count() > 1, string.Join(", ", passages.Select(p => p.DocNumber)));

        var single = await Ask("骗保这种事，医保方面的文件怎么说？", top: 5);
        Assert.Single(single.Select(p => p.DocNumber).Distinct());
    }

    [Fact]
    public async Task Of_two_documents_saying_the_same_the_newer_comes_first()
    {
        static PolicyDocument Notice(int year) => Assert.Single(PolicyBot.Ingest.DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes($"""
            某市人民政府关于提高城乡居民养老金的通知
            某政发〔{year}〕3号
            各区人民政府：
            一、城乡居民基础养老金每人每月提高20元。
            某市人民政府
            {year}年3月1日
            """), $"notice-{year}.txt", PolicyBot.Ingest.IngestLimits.Default));
        var search = new EmbeddedPolicySearch(new StaticSnapshotSource([Notice(2016), Notice(2024)]), Gazette.LocalEmbedder);

        var passages = await search.SearchAsync(new SearchQuery("城乡居民基础养老金提高多少？") { Top = 2 });

        Assert.Equal(["某政发〔2024〕3号", "某政发〔2016〕3号"], passages.Select(p => p.DocNumber));
    }

    [Fact]
    public async Task Filters_keep_only_matching_documents()
    {
        var byNumber = await Ask("补贴", filter: new SearchFilter(DocNumber: "国发[2024]21号"));
        Assert.NotEmpty(byNumber);
        Assert.All(byNumber, p => Assert.Equal("国发〔2024〕21号", p.DocNumber));

        Assert.Empty(await Ask("补贴", filter: new SearchFilter(Year: 2019)));
        Assert.NotEmpty(await Ask("补贴", filter: new SearchFilter(Year: 2024)));
    }

    [Fact]
    public async Task Passages_are_ranked_from_one_and_capped_at_top()
    {
        var passages = await Ask("养老服务", top: 4);
        Assert.Equal([1, 2, 3, 4], passages.Select(p => p.Rank));
        Assert.True(passages.Zip(passages.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public async Task Question_words_alone_find_nothing()
    {
        Assert.Empty(await Ask("   "));
        var passages = await Ask("是什么？多少？");
        Assert.All(passages, p => Assert.True(p.Score < 0.5, $"{p.ClauseId} scored {p.Score} for a question with no content"));
    }
}
