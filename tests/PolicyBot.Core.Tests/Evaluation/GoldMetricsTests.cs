using PolicyBot.Evaluation;

namespace PolicyBot.Core.Tests.Evaluation;

public class GoldMetricsTests
{
    private static readonly GoldQuestion TwoFacts = new()
    {
        Id = "q1", Type = "multi", Turns = ["山东在智慧养老院和智慧旅游方面，分别定了什么数量目标？"],
        DocNumbers = ["鲁政办字〔2024〕110号", "鲁政字〔2024〕112号"], AnswerFacts = ["100家", "15个特色应用场景"],
    };

    private static readonly GoldQuestion NotAnswered = new()
    {
        Id = "q9", Type = "unanswerable", Turns = ["江苏省的失能老人护理补贴一个月多少钱？"],
    };

    private static ReplyPassage P(string doc, string text, string section = "") => new(doc, "某文件", section, text);

    private static ProductReply Reply(string answer = "", bool grounded = true, string[]? cited = null, params ReplyPassage[] passages) =>
        new(passages, answer, grounded, cited ?? []);

    [Fact]
    public void Facts_spread_over_passages_hit_at_5_but_not_at_1()
    {
        var s = GoldMetrics.Score(TwoFacts, Reply(passages:
        [
            P("国发〔2024〕21号", "无关内容"),
            P("鲁政办字〔2024〕110号", "全省建设100家达到标准规范的智慧养老院"),
            P("鲁政字〔2024〕112号", "到2027年,全省形成15个特色应用场景"),
        ]));
        Assert.Equal(0, s.HitAt1);
        Assert.Equal(1, s.HitAt5);
        Assert.Equal(1, s.FactRecallAt5);
        Assert.Equal(0.5, s.ReciprocalRankAt10);
        Assert.Equal(0, s.DocAt1);
    }

    [Fact]
    public void A_fact_beyond_the_fifth_passage_counts_for_mrr_only()
    {
        var filler = Enumerable.Range(0, 5).Select(i => P("国发〔2024〕21号", $"无关内容{i}"));
        var s = GoldMetrics.Score(TwoFacts, Reply(passages: [.. filler, P("鲁政办字〔2024〕110号", "建设100家智慧养老院")]));
        Assert.Equal(0, s.HitAt5);
        Assert.Equal(0, s.FactRecallAt5);
        Assert.Equal(1.0 / 6, s.ReciprocalRankAt10!.Value, 9);
        Assert.Equal(["15个特色应用场景"], s.MissedFacts);
    }

    [Fact]
    public void Half_of_the_facts_in_the_top_passages_is_half_recall()
    {
        var s = GoldMetrics.Score(TwoFacts, Reply(passages: [P("鲁政办字〔2024〕110号", "建设100家智慧养老院")]));
        Assert.Equal(0.5, s.FactRecallAt5);
        Assert.Equal(0, s.HitAt1);
        Assert.Equal(1, s.ReciprocalRankAt10);
        Assert.Equal(1, s.DocAt1);
    }

    [Fact]
    public void Text_is_compared_after_NFKC_without_white_space_and_the_passage_joins_its_fields()
    {
        var q = TwoFacts with { AnswerFacts = ["2025年年底前", "智慧养老院"] };
        // Full-width digits and a page-break space in the text; "智慧养老院" only in the section heading.
        var s = GoldMetrics.Score(q, Reply(passages: [P("鲁政办字[2024]110号", "２０２５ 年\n年底前完成", section: "（五）加强智慧养老院建设")]));
        Assert.Equal(1, s.HitAt1);
        Assert.Equal(1, s.DocAt1);
    }

    [Fact]
    public void Answer_metrics_read_the_answer_text_and_the_cited_document_numbers()
    {
        var s = GoldMetrics.Score(TwoFacts, Reply(
            answer: "2025年年底前，全省建设 100 家智慧养老院。", cited: ["鲁政办字（2024）110号", "国发〔2024〕21号", "鲁政字〔2024〕112号", "威政发〔2024〕14号"]));
        Assert.Equal(0.5, s.FactCoverage);
        Assert.Equal(0, s.AllFacts);
        Assert.Equal(1, s.CitationHit);
        Assert.Equal(0.5, s.CitationPrecision);
        Assert.Equal(0, s.FalselyRefused);
        Assert.Null(s.RefusedCorrectly);
    }

    [Fact]
    public void A_refusal_of_an_answerable_question_is_a_false_refusal_without_citation_precision()
    {
        var s = GoldMetrics.Score(TwoFacts, Reply(answer: "公报中没有找到相关规定。", grounded: false));
        Assert.Equal(1, s.FalselyRefused);
        Assert.Equal(0, s.CitationHit);
        Assert.Null(s.CitationPrecision);
        Assert.Equal(0, s.DocAt1);
        Assert.Equal(0, s.ReciprocalRankAt10);
    }

    [Fact]
    public void Unanswerable_questions_score_only_the_refusal()
    {
        var refused = GoldMetrics.Score(NotAnswered, Reply(grounded: false));
        var invented = GoldMetrics.Score(NotAnswered, Reply(answer: "每月200元", cited: ["鲁政办字〔2024〕110号"]));
        Assert.Equal(1, refused.RefusedCorrectly);
        Assert.Equal(0, invented.RefusedCorrectly);
        Assert.Null(invented.HitAt1);
        Assert.Null(invented.CitationHit);
        Assert.Null(invented.FalselyRefused);
    }

    [Fact]
    public void Aggregates_average_answerable_metrics_over_answerable_questions_and_refusals_over_the_rest()
    {
        var hit = GoldMetrics.Score(TwoFacts, Reply(answer: "100家；15个特色应用场景", cited: ["鲁政字〔2024〕112号"],
            passages: [P("鲁政办字〔2024〕110号", "100家 15个特色应用场景")]));
        var miss = GoldMetrics.Score(TwoFacts, Reply(answer: "不知道", grounded: false));
        var refused = GoldMetrics.Score(NotAnswered, Reply(grounded: false));
        var invented = GoldMetrics.Score(NotAnswered, Reply(answer: "200元"));
        var third = GoldMetrics.Score(NotAnswered, Reply(grounded: false));

        var m = GoldMetrics.Aggregate([hit, miss, refused, invented, third]);

        Assert.Equal((5, 2, 3), (m.Questions, m.Answerable, m.Unanswerable));
        Assert.Equal(0.5, m.HitAt1);
        Assert.Equal(0.5, m.MrrAt10);
        Assert.Equal(0.5, m.FactCoverage);
        Assert.Equal(0.5, m.CitationHit);
        Assert.Equal(1, m.CitationPrecision);
        Assert.Equal(0.5, m.FalseRefusalRate);
        Assert.Equal(2.0 / 3, m.RefusalAccuracy!.Value, 9);
    }

    [Fact]
    public void Document_numbers_match_in_any_usual_variant_and_ids_match_exactly()
    {
        Assert.True(GoldMetrics.SameDocument("鲁政办字2024年110号", "鲁政办字〔2024〕110号"));
        Assert.False(GoldMetrics.SameDocument("鲁政办字〔2024〕111号", "鲁政办字〔2024〕110号"));
        Assert.True(GoldMetrics.SameDocument("doc-中华人民共和国民法典", "doc-中华人民共和国民法典"));
        Assert.False(GoldMetrics.SameDocument("", ""));
    }
}
