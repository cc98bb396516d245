using System.Text.Json;
using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>Clauses of the gazette: cut along the headings, page-break cuts mended, notes and citations read.</summary>
public class GazetteClausesTests
{
    private static Clause ClauseWith(string docNumber, string fragment) =>
        TestCorpus.Document(docNumber).Clauses.Single(c => ChineseText.Normalize(c.Text).Contains(ChineseText.Normalize(fragment), StringComparison.Ordinal));

    [Fact]
    public void A_sentence_cut_by_a_page_break_is_one_sentence_again()
    {
        var c = ClauseWith("鲁政字〔2024〕112号", "稳妥有序推进保护性开发");
        Assert.Contains("稳妥有序推进保护性开发", c.Text);
        Assert.Equal("二、加快构建科学保护利用体系 > (一)强化物质文化遗产保护传承", c.Section.ToString());
        Assert.Contains("加大对重大违法违规股东的清退力度。", ClauseWith("国发〔2024〕21号", "清退力度").Text);
        Assert.Contains("牢牢守住不发生系统性风险的底线", ClauseWith("国发〔2024〕21号", "长牙带刺").Text);
    }

    [Fact]
    public void Real_paragraph_breaks_stay()
    {
        var overall = TestCorpus.Document("国发〔2024〕21号").Clauses.Where(c => c.Section.ToString() == "一、总体要求").ToList();
        Assert.Equal(3, overall.Count);
        Assert.StartsWith("到2029年", overall[2].Text);
    }

    [Fact]
    public void A_sentence_end_spliced_into_another_column_goes_back_to_its_paragraph()
    {
        var d = TestCorpus.Document("威文政发〔2024〕10号");
        Assert.Equal("《关于推动供销合作社高质量发展的实施意见》已经区政府研究通过,现印发给你们,请认真遵照执行。", d.Clauses[0].Text);
    }

    [Theory]
    [InlineData("国发〔2024〕21号", "建立关键人员任职履职负面信息库", "二、严把保险市场准入关 > 严格审核管理人员任职资格")]
    [InlineData("鲁政办字〔2024〕110号", "养老机构护理型床位占比不低于75%", "二、完善失能失智老年人照护服务体系 > (五)加强机构照护服务")]
    [InlineData("威文政发〔2024〕10号", "建设\"村货直卖\"超市", "二、主要任务 > (四)建立重要农产品应急保障体系,保障居民生活需求供给 > 10. 打造城市社区经营服务终端")]
    [InlineData("威政发〔2024〕14号", "不得高于省级", "六、强化风险防控措施,增强财政可持续性 > (二十四)加强财政承受能力评估")]
    [InlineData("威政办字〔2024〕33号", "不执行政府指导价", "二、压实压实常态化监管职责 > (四)推动医药卫生行业部门落实主管责任")]
    public void Clauses_carry_their_heading_path_as_written(string docNumber, string fragment, string section) =>
        Assert.Equal(section, ClauseWith(docNumber, fragment).Section.ToString());

    [Fact]
    public void A_lead_phrase_is_the_innermost_heading_and_stays_in_the_text()
    {
        var c = ClauseWith("国发〔2024〕21号", "健全保险机构董事、监事、高级管理人员任职资格审查机制");
        Assert.Equal("严格审核管理人员任职资格", c.Section.Innermost);
        Assert.StartsWith("严格审核管理人员任职资格。健全保险机构", c.Text);
    }

    [Fact]
    public void Preamble_paragraphs_sit_under_the_title_and_a_plan_preamble_under_the_plan_title()
    {
        var notice = TestCorpus.Document("鲁政办字〔2024〕110号");
        Assert.Equal(notice.Title, notice.Clauses[0].Section.ToString());
        Assert.StartsWith("《关于加强失能失智老年人照护服务工作的若干措施》已经省政府同意", notice.Clauses[0].Text);
        Assert.Equal(notice.AttachedTitle, notice.Clauses[1].Section.ToString());
        Assert.StartsWith("为深入贯彻党的二十大", notice.Clauses[1].Text);
    }

    [Fact]
    public void A_heading_line_alone_is_never_a_clause()
    {
        foreach (var c in TestCorpus.Gazette.SelectMany(d => d.Clauses))
        {
            Assert.DoesNotMatch(@"^[一二三四五六七八九十]+、[^。]{0,40}$", c.Text);
            Assert.DoesNotMatch(@"^[(（][一二三四五六七八九十]+[)）][^。]{0,60}。?$", c.Text);
            Assert.False(c.Section.Headings.Any(h => h.EndsWith('。')), c.Section.ToString());
        }
    }

    [Fact]
    public void Responsibility_notes_name_the_lead_and_the_other_units()
    {
        var r = ClauseWith("鲁政办字〔2024〕110号", "养老机构护理型床位占比不低于75%").Responsibility!;
        Assert.Equal(["省民政厅"], r.Lead);
        Assert.Equal(["省发展改革委", "省财政厅", "省卫生健康委", "省医保局"], r.CoResponsible);
        Assert.Equal("(省民政厅牵头,省发展改革委、省财政厅、省卫生健康委、省医保局按职责分工负责)", r.Note);

        var cut = ClauseWith("鲁政字〔2024〕112号", "四廊一线").Responsibility!;
        Assert.Equal(["省委宣传部"], cut.Lead);
        Assert.Equal(["省发展改革委", "省交通运输厅", "省农业农村厅", "省文化和旅游厅"], cut.CoResponsible);

        var units = ClauseWith("威政办字〔2024〕33号", "依法查处违法违规使用医疗保障基金行为").Responsibility!;
        Assert.Equal(["市医保局"], units.Lead);
        Assert.Equal(["各区市政府"], units.CoResponsible);

        var jointly = ClauseWith("鲁政办字〔2024〕110号", "认知障碍老年人友好社区").Responsibility!;
        Assert.Equal(["省民政厅", "省卫生健康委"], jointly.Lead);
        Assert.Empty(jointly.CoResponsible);

        var labelled = ClauseWith("威文政办发〔2024〕5号", "确立区广电网络公司为区广播电视台基本公共服务的核心实施主体").Responsibility!;
        Assert.Equal(["区文化和旅游局"], labelled.Lead);
        Assert.Equal(["区广电网络公司"], labelled.CoResponsible);

        var bracketed = ClauseWith("威文政发〔2024〕10号", "打通农资服务").Responsibility!;
        Assert.Equal(["区供销社"], bracketed.Lead);
        Assert.Equal(["区农业农村局", "区商务局", "各镇", "各街道办事处", "金山综合服务中心"], bracketed.CoResponsible);

        Assert.Null(ClauseWith("国发〔2024〕21号", "建立关键人员任职履职负面信息库").Responsibility);
    }

    [Fact]
    public void A_note_standing_on_its_own_line_stays_with_the_items_it_closes()
    {
        var c = ClauseWith("威文政办发〔2024〕5号", "逐步建立和实施文登区面向特殊群体提供有线广播电视免费或低收费服务事宜");
        Assert.Contains("2.在文登区内", c.Text);
        Assert.Equal(["区文化和旅游局", "区残联"], c.Responsibility!.Lead);
        Assert.Equal(["领导小组各成员"], c.Responsibility.CoResponsible);
    }

    [Fact]
    public void Clauses_cite_other_documents_by_canonical_number_never_their_own()
    {
        Assert.Equal(["国发〔2021〕5号", "鲁政发〔2021〕19号", "鲁政字〔2023〕25号"], TestCorpus.Document("威政发〔2024〕14号").Clauses[0].Cites);
        Assert.Equal(["鲁政字〔2023〕217号", "威政发〔2024〕9号"], ClauseWith("威文政发〔2024〕10号", "重要指示批示精神").Cites);
        Assert.Contains("鲁建城建字〔2024〕6号", ClauseWith("威文政办发〔2024〕5号", "建筑区划红线外").Cites);
        foreach (var d in TestCorpus.Gazette)
            Assert.All(d.Clauses, c => Assert.DoesNotContain(d.DocNumber, c.Cites));
    }

    /// <summary>The gold questions' sections and evidence: every place they name exists as a clause path holding the evidence.</summary>
    [SkippableFact]
    public void Every_gold_section_and_evidence_is_found()
    {
        var shared = TestCorpus.Shared;
        Skip.If(shared is null, "shared material not found (set POLICYBOT_SHARED)");
        var problems = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(shared, "eval", "dev.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var docs = root.GetProperty("doc_numbers").EnumerateArray().Select(e => TestCorpus.Document(e.GetString()!)).ToList();
            if (docs.Count == 0) continue;
            var id = root.GetProperty("id").GetString();
            foreach (var section in root.GetProperty("section").GetString()!.Split("||", StringSplitOptions.TrimEntries))
            {
                var parts = SectionPath.Parse(section).Headings.Select(ChineseText.Normalize).ToList();
                var found = docs.Any(d => d.Clauses.Any(c =>
                {
                    var context = ChineseText.Normalize(d.Title + d.AttachedTitle + c.Section);
                    var innermost = ChineseText.Normalize(c.Section.Innermost ?? d.Title);
                    return (parts[^1] == innermost || parts[^1] == ChineseText.Normalize(d.Title)) && parts.All(p => context.Contains(p, StringComparison.Ordinal));
                }));
                if (!found) problems.Add($"{id}: no clause under “{section}”");
            }
            foreach (var piece in root.GetProperty("evidence").GetString()!.Split("||", StringSplitOptions.TrimEntries))
            {
                var p = ChineseText.Normalize(piece);
                if (!docs.Any(d => ChineseText.Normalize(d.Title).Contains(p, StringComparison.Ordinal) || d.Clauses.Any(c => ChineseText.Normalize(c.Text).Contains(p, StringComparison.Ordinal))))
                    problems.Add($"{id}: evidence not in one clause: {piece}");
            }
        }
        Assert.Empty(problems);
    }
}
