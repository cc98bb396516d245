using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;
using PolicyBot.Text;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>What a hotline operator sees from the extractive answerer on the bundled gazette.</summary>
public sealed class ExtractiveAnswererTests(GazetteFixture gazette) : IClassFixture<GazetteFixture>
{
    private readonly ExtractiveAnswerer _answerer = new(gazette.Search, ChineseAnalyzer.Default, new TopicCheck(Retrieve.Gazette.LocalEmbedder));

    private Task<PolicyAnswer> Ask(params string[] userTurns) =>
        _answerer.AnswerAsync(userTurns.Select(t => new ChatTurn(ChatTurn.User, t)).ToArray());

    [Fact]
    public async Task An_amount_question_quotes_the_figure_and_ends_with_its_source()
    {
        var answer = await Ask("2025年底家庭养老床位要达到多少张？");

        Assert.True(answer.Grounded);
        Assert.Equal("extractive", answer.Mode);
        Assert.Contains("9万张", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal("鲁政办字〔2024〕110号", citation.DocNumber);
        Assert.Contains("9万张", citation.Quote);
        Assert.EndsWith("《关于加强失能失智老年人照护服务工作的若干措施》鲁政办字〔2024〕110号，二（三）", answer.Text);
        Assert.InRange(answer.Passages.Count, 1, 5);
        Assert.Equal(citation.ClauseId, answer.Passages[0].ClauseId);
    }

    [Theory]
    [InlineData("山东加强失能失智老年人照护的文件是哪个部门发的？", "山东省人民政府办公厅", "鲁政办字〔2024〕110号")]
    [InlineData("威海医保基金监管方案是哪个单位出台的？什么时候？", "2024年9月4日", "威政办字〔2024〕33号")]
    public async Task Who_issued_a_document_is_answered_from_its_identity(string question, string fact, string docNumber)
    {
        var answer = await Ask(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(fact, answer.Text);
        Assert.Equal(docNumber, answer.Citations[0].DocNumber);
    }

    [Theory]
    [InlineData("国务院的保险意见里，对巨灾保险怎么说？", "巨灾保险", "国发〔2024〕21号")] // not the preamble that cites 《国务院关于…意见》
    [InlineData("山东旅游方案里对研学旅游有什么安排？", "研学旅游", "鲁政字〔2024〕112号")] // not the preamble that names 山东 and 旅游
    [InlineData("国务院保险意见对保险公司高管有什么要求？", "高级管理人员", "国发〔2024〕21号")] // 高管 is the thesaurus' 高级管理人员
    public async Task A_question_that_names_its_document_is_answered_by_the_words_it_adds(string question, string fact, string docNumber)
    {
        var answer = await Ask(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(fact, answer.Citations[0].Quote);
        Assert.Equal(docNumber, answer.Citations[0].DocNumber);
    }

    [Fact]
    public async Task A_bare_who_leads_follow_up_stays_with_the_document_asked_about()
    {
        var leads = await Ask("文登区供销社的实施意见，到2026年的目标是什么？", "这事谁牵头？");
        Assert.Contains("区供销社", leads.Text);
        Assert.All(leads.Citations, c => Assert.Equal("威文政发〔2024〕10号", c.DocNumber));

        // The budget 意见 names no lead for 三保: the answer stays in it rather than quoting another document's 领导小组.
        var budget = await Ask("威海预算改革意见里，基层三保怎么保障？", "这项工作谁负责？");
        Assert.All(budget.Citations, c => Assert.Equal("威政发〔2024〕14号", c.DocNumber));
    }

    [Fact]
    public async Task A_short_turn_ending_in_ne_is_a_follow_up()
    {
        var answer = await Ask("文登区广电公共服务网点在镇里是怎么设的？", "村里呢？");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("代办点", answer.Text);
    }

    [Fact]
    public async Task Who_pays_a_subsidy_out_is_a_duty_not_the_issuer()
    {
        var answer = await Ask("失能老人补贴由哪个部门发放？");

        Assert.Contains("省民政厅", answer.Text);
        Assert.DoesNotContain("文号", answer.Text);
    }

    [Fact]
    public async Task A_department_question_names_the_lead_from_the_responsibility_note()
    {
        var answer = await Ask("长城、大运河、黄河国家文化公园山东段的建设，哪个单位牵头？");

        Assert.Contains("牵头单位：省委宣传部", answer.Text);
        Assert.Contains("省委宣传部", answer.Citations[0].Responsibility!.Lead);
    }

    [Fact]
    public async Task A_follow_up_asks_who_leads_the_topic_of_the_turn_before()
    {
        var answer = await _answerer.AnswerAsync(
        [
            new(ChatTurn.User, "山东旅游方案里，乡村民宿、乡村度假这块有什么安排？"),
            new(ChatTurn.Assistant, "提升旅游服务设施,完善村民参与机制,培育乡村休闲度假区、度假乡村、休闲民宿等产品业态。"),
            new(ChatTurn.User, "这块工作是哪个部门牵头的？还有哪些部门配合？"),
        ]);

        Assert.Contains("牵头单位：省文化和旅游厅", answer.Text);
        Assert.Contains("省农业农村厅", answer.Text);
        Assert.Contains("乡村旅游", answer.Citations[0].Section);
    }

    [Fact]
    public async Task A_document_question_gets_number_title_issuer_and_date()
    {
        var answer = await Ask("威海深化预算管理制度改革的意见是哪号文件？啥时候印发的？");

        Assert.Contains("威政发〔2024〕14号", answer.Text);
        Assert.Contains("威海市人民政府关于深化预算管理制度改革的意见", answer.Text);
        Assert.Contains("2024年9月3日", answer.Text);
        Assert.Equal("威政发〔2024〕14号", Assert.Single(answer.Citations).DocNumber);
    }

    [Fact]
    public async Task A_question_about_two_documents_draws_from_both()
    {
        var answer = await Ask("长期护理保险这块，国务院和山东省这期公报里的文件分别是怎么说的？");

        Assert.Contains(answer.Citations, c => c.DocNumber == "国发〔2024〕21号");
        Assert.Contains(answer.Citations, c => c.DocNumber == "鲁政办字〔2024〕110号");
        Assert.Contains("商业长期护理保险", answer.Text);
        Assert.Contains("居民长期护理保险全覆盖", answer.Text);
    }

    [Theory]
    [InlineData("江苏省的失能老人护理补贴一个月多少钱？", "江苏")]
    [InlineData("我家老人住在文登区米山镇的养老院，具体每个月能补多少钱？", "米山镇|金额")]
    [InlineData("举报医保骗保，最高能拿多少奖金？", "金额")]
    [InlineData("山东现在已经有多少家5A级景区了？", "目标")]
    [InlineData("文登区供销社现在有多少个基层社？", "数字|数量|目标")]
    public async Task What_the_documents_do_not_say_is_refused_plainly(string question, string reason)
    {
        var answer = await Ask(question);

        Assert.False(answer.Grounded);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("现有政策文件中没有找到", answer.Text);
        Assert.Contains(reason.Split('|'), r => answer.Text.Contains(r, StringComparison.Ordinal));
        if (answer.Related.Count > 0) Assert.Contains(AnswerText.RelatedHeading, answer.Text);
    }

    [Theory]
    [InlineData("驾驶证到期了去哪里换证？")]
    [InlineData("个人所得税汇算清缴怎么退税？")]
    [InlineData("结婚登记需要带什么材料？")]
    [InlineData("社保卡丢了怎么补办？")]
    public async Task A_question_on_a_subject_the_documents_never_treat_is_refused(string question)
    {
        var answer = await Ask(question);

        Assert.False(answer.Grounded);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("现有政策文件中没有找到", answer.Text);
    }

    [Fact]
    public async Task A_target_is_answered_when_the_target_is_asked()
    {
        var answer = await Ask("到2027年山东的5A级景区要有多少家？");

        Assert.True(answer.Grounded);
        Assert.Contains("18家", answer.Text);
    }

    [Fact]
    public async Task Every_number_in_an_answer_is_copied_from_a_cited_clause()
    {
        foreach (var gold in GoldQuestion.LoadDev().Where(g => g.IsAnswerable))
        {
            var answer = await _answerer.AnswerAsync(gold.Conversation);
            var quoted = ChineseText.Normalize(string.Concat(answer.Citations.Select(c =>
                gazette.Documents.SelectMany(d => d.Clauses).First(k => k.Id == c.ClauseId).Text + c.DocNumber + c.Title + c.Section)))
                + ChineseText.Normalize(string.Concat(answer.Citations.Select(c => gazette.Documents.First(d => d.DocNumber == c.DocNumber))
                    .Select(d => $"{d.Title}{d.AttachedTitle}{d.Issuer}{(d.Date is { } date ? SourceLabels.FormatDate(date) : "")}")));
            foreach (var number in FactPatterns.Number().Matches(ChineseText.Normalize(answer.Text)).Select(m => m.Value))
                Assert.True(quoted.Contains(number, StringComparison.Ordinal), $"{gold}: {number} is in no cited clause");
        }
    }

    [Fact]
    public async Task Streaming_gives_small_deltas_then_the_whole_answer()
    {
        var deltas = new List<string>();
        PolicyAnswer? final = null;
        await foreach (var update in _answerer.StreamAsync([new(ChatTurn.User, "文登供销社说的“五个供销”是指哪五个？")]))
        {
            if (update.Delta is { } d) deltas.Add(d);
            else final = update.Final;
        }

        Assert.NotNull(final);
        Assert.True(deltas.Count > 3);
        Assert.All(deltas, d => Assert.InRange(d.Length, 1, AnswerStream.DeltaLength * 2));
        Assert.Equal(final.Text, string.Concat(deltas));
        Assert.Contains("公信供销、红色供销、开放供销、绿色供销、全域供销", final.Text);
    }

    [Fact]
    public async Task With_nothing_retrieved_the_answer_is_a_refusal()
    {
        var answerer = new ExtractiveAnswerer(new FixedPassagesSearch([]), ChineseAnalyzer.Default);
        var answer = await answerer.AnswerAsync([new(ChatTurn.User, "怎么办理护照？")]);

        Assert.False(answer.Grounded);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("鲁政办字[2024]110号文件是关于什么的？")]
    [InlineData("鲁政办字（2024）110号 是关于什么的")]
    public async Task A_question_naming_a_document_number_in_any_variant_is_answered_from_that_document(string question)
    {
        var answer = await Ask(question);

        Assert.True(answer.Grounded);
        Assert.All(answer.Citations, c => Assert.Equal("鲁政办字〔2024〕110号", c.DocNumber));
        Assert.Contains("关于加强失能失智老年人照护服务工作的若干措施", answer.Text);
    }

    [Fact]
    public async Task A_document_number_the_corpus_does_not_hold_is_refused()
    {
        var answer = await Ask("鲁政办字〔2023〕999号文件规定了什么？");

        Assert.False(answer.Grounded);
        Assert.Contains("鲁政办字〔2023〕999号", answer.Text);
    }

    [Fact]
    public async Task A_document_number_cited_by_a_gazette_document_leads_to_the_citing_clause()
    {
        var answer = await Ask("文登区是根据广电发〔2022〕68号文件开展哪项试点的？");

        Assert.True(answer.Grounded);
        Assert.Contains(answer.Citations, c => c.DocNumber == "威文政办发〔2024〕5号");
    }
}
