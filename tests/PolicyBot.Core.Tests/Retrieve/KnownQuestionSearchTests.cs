using PolicyBot.Domain;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.KnownQuestions;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>What a question log (known questions and the clauses that answered them) changes for a caller, on the real gazette.</summary>
public sealed class KnownQuestionSearchTests
{
    private static readonly (PolicyDocument Document, Clause Clause) Catastrophe = Find("巨灾保险保障形式");

    private static (PolicyDocument, Clause) Find(string text)
    {
        foreach (var d in Gazette.Documents)
            foreach (var c in d.Clauses)
                if (c.Text.Contains(text, StringComparison.Ordinal)) return (d, c);
        throw new InvalidOperationException($"the gazette has no clause with {text}");
    }

    private static async Task<IReadOnlyList<Passage>> Ask(EmbeddedPolicySearch search, string question) =>
        await search.SearchAsync(new SearchQuery(question) { Top = 10 });

    [Fact]
    public async Task A_question_like_one_answered_before_finds_the_clause_that_answered_it_first()
    {
        const string question = "台风把渔船刮坏了，能找谁赔？";
        var plain = await Ask(Gazette.Search(), question);
        Assert.NotEqual(Catastrophe.Clause.Id, plain[0].Clause.Id);

        var search = Gazette.Search();
        search.KnownQuestions = new KnownQuestionLog(
        [
            new KnownQuestion("台风刮坏了东西，保险赔不赔？", Catastrophe.Document.DocNumber, Catastrophe.Clause.Id),
        ]);
        var passages = await Ask(search, question);
        Assert.Equal(Catastrophe.Clause.Id, passages[0].Clause.Id);
    }

    [Fact]
    public async Task A_filter_keeps_known_questions_from_voting_for_other_documents()
    {
        var search = Gazette.Search();
        search.KnownQuestions = new KnownQuestionLog(
        [
            new KnownQuestion("台风刮坏了东西，保险赔不赔？", Catastrophe.Document.DocNumber, Catastrophe.Clause.Id),
        ]);
        var other = Gazette.Documents.First(d => d.DocNumber != Catastrophe.Document.DocNumber);
        var passages = await search.SearchAsync(new SearchQuery("台风把渔船刮坏了，能找谁赔？") { Filter = new SearchFilter(DocNumber: other.DocNumber) });
        Assert.All(passages, p => Assert.Equal(other.DocNumber, p.DocNumber));
    }

    [Fact]
    public async Task Known_questions_about_documents_not_in_the_index_change_nothing()
    {
        const string question = "普惠养老机构的补贴标准是多少？";
        var plain = await Ask(Gazette.Search(), question);
        var search = Gazette.Search();
        search.KnownQuestions = new KnownQuestionLog(
        [
            new KnownQuestion("普惠养老机构补贴多少钱？", "国发〔1999〕1号", "第一条"),
            new KnownQuestion("养老机构的补贴标准", "laws/no_such_law.md", "第二条"),
        ]);
        var passages = await Ask(search, question);
        Assert.Equal(plain.Select(p => p.Clause.Id), passages.Select(p => p.Clause.Id));
    }

    [Fact]
    public async Task The_log_teaches_statute_words_for_caller_words_it_has_seen_answered_together()
    {
        var index = await IndexAsync();
        var log = new KnownQuestionLog(
        [
            new KnownQuestion("地震洪水房子毁了有保险吗？", Catastrophe.Document.DocNumber, Catastrophe.Clause.Id),
            new KnownQuestion("遇到地震了保险公司赔不赔？", Catastrophe.Document.DocNumber, Catastrophe.Clause.Id),
            new KnownQuestion("保险公司高管出了事还能去别家当高管吗？", Catastrophe.Document.DocNumber, Find("带病流动").Item2.Id),
            new KnownQuestion("新开一家保险公司谁来批？", Catastrophe.Document.DocNumber, Find("严格审批保险机构").Item2.Id),
            new KnownQuestion("保险公司的股东有什么条件？", Catastrophe.Document.DocNumber, Find("严格审查股东资质").Item2.Id),
        ]);
        var known = await KnownQuestionIndex.BuildAsync(log, ChineseAnalyzer.Default, null, CancellationToken.None);
        var expanded = known.Expansions(index, ChineseAnalyzer.Default.AnalyzeQuery("地震以后怎么办"), new SearchTuning());
        Assert.Contains(expanded, t => t.Term.StartsWith("巨灾", StringComparison.Ordinal));
        Assert.DoesNotContain(expanded, t => t.Term == "地震");
    }

    /// <summary>The retrieval structures over the gazette, built as search builds them (term blocks in a store in memory).</summary>
    private static async Task<RetrievalIndex> IndexAsync()
    {
        var embedder = new ClauseEmbedder(Gazette.LocalEmbedder);
        var analyses = new DocumentAnalysis[Gazette.Documents.Count];
        using var empty = AnalysisStore.Empty();
        using var writer = empty.StartNext(null);
        for (var i = 0; i < analyses.Length; i++)
        {
            var (analysis, terms) = await DocumentAnalysis.CreateAsync(Gazette.Documents[i], DocumentAnalysis.HashOf(Gazette.Documents[i], embedder.Id), embedder, CancellationToken.None);
            writer.Add(analysis, terms);
            analyses[i] = analysis;
        }
        var lexical = LexicalIndex.Build(analyses, writer.Vocabulary, writer);
        return new RetrievalIndex(new StaticSnapshotSource(Gazette.Documents).Current, analyses, lexical);
    }
}
