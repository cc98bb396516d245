using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>The derived data under <c>{index}/retrieval/</c>, and following the index as it changes.</summary>
public sealed class RetrievalPersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policybot-retrieval-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static SearchQuery Query(string text) => new(text) { Top = 5 };

    [Fact]
    public async Task Reopening_reuses_the_cached_analysis_and_ranks_the_same()
    {
        var first = Gazette.Search(cacheFolder: _folder);
        var before = await first.SearchAsync(Query("家庭养老床位要达到多少张"));
        Assert.True(File.Exists(Path.Combine(_folder, "analysis.bin")));
        Assert.Equal(Gazette.Documents.Count, first.LastBuild.Analyzed);

        var reopened = Gazette.Search(cacheFolder: _folder);
        var after = await reopened.SearchAsync(Query("家庭养老床位要达到多少张"));
        Assert.Equal((Gazette.Documents.Count, 0), reopened.LastBuild);
        Assert.Equal(before.Select(p => p.ClauseId), after.Select(p => p.ClauseId));
    }

    [Fact]
    public async Task A_corrupt_cache_is_rebuilt()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "analysis.bin"), "not a cache");
        var search = Gazette.Search(cacheFolder: _folder);
        var passages = await search.SearchAsync(Query("鲁政办字[2024]110号"));
        Assert.Equal("鲁政办字〔2024〕110号", passages[0].DocNumber);
        Assert.Equal(Gazette.Documents.Count, search.LastBuild.Analyzed);
    }

    [Fact]
    public async Task A_new_snapshot_is_followed_and_only_changed_documents_are_analysed()
    {
        var source = new StaticSnapshotSource(Gazette.Documents);
        var search = Gazette.Search(source: source);
        Assert.Contains(await search.SearchAsync(Query("威海市加强医疗保障基金使用常态化监管工作方案")), p => p.DocNumber == "威政办字〔2024〕33号");

        // Remove one document and change another's text: searches see the new version whole.
        var changed = Gazette.Documents.Where(d => d.DocNumber != "威政办字〔2024〕33号").Select(d => d.DocNumber == "国发〔2024〕21号"
            ? d with { Clauses = [.. d.Clauses, new Clause { Id = Clause.MakeId(d.DocNumber, 999), DocNumber = d.DocNumber, Position = d.Clauses.Count,
                Section = SectionPath.Root, Text = "保险机构应当设立海洋牧场巨灾保险专项服务窗口。" }] }
            : d).ToArray();
        source.Publish(changed);

        var after = await search.SearchAsync(Query("海洋牧场巨灾保险专项服务窗口"));
        Assert.Equal(Clause.MakeId("国发〔2024〕21号", 999), after[0].ClauseId);
        Assert.Equal((changed.Length - 1, 1), search.LastBuild);
        Assert.DoesNotContain(await search.SearchAsync(Query("医保基金常态化监管 牵头单位")), p => p.DocNumber == "威政办字〔2024〕33号");
    }

    [Fact]
    public async Task A_change_after_reopening_reuses_the_stored_terms_and_is_stored_in_turn()
    {
        await Gazette.Search(cacheFolder: _folder).SearchAsync(Query("家庭养老床位要达到多少张"));

        // Another process opens the folder and sees one document replaced: only that one is analysed.
        var source = new StaticSnapshotSource(Gazette.Documents);
        var reopened = Gazette.Search(cacheFolder: _folder, source: source);
        var before = await reopened.SearchAsync(Query("家庭养老床位要达到多少张"));
        var changed = Gazette.Documents.Select(d => d.DocNumber == "国发〔2024〕21号"
            ? d with { Clauses = [.. d.Clauses.Take(3), d.Clauses[3] with { Text = "保险机构应当设立海洋牧场巨灾保险专项服务窗口。" }] }
            : d).ToArray();
        source.Publish(changed);
        Assert.Equal(Clause.MakeId("国发〔2024〕21号", 3), (await reopened.SearchAsync(Query("海洋牧场巨灾保险专项服务窗口")))[0].ClauseId);
        Assert.Equal((changed.Length - 1, 1), reopened.LastBuild);
        Assert.Equal(before.Select(p => p.ClauseId), (await reopened.SearchAsync(Query("家庭养老床位要达到多少张"))).Select(p => p.ClauseId));

        // The next process finds the changed version stored, and no temporary file is left behind.
        var third = Gazette.Search(cacheFolder: _folder, source: new StaticSnapshotSource(changed));
        Assert.Equal(Clause.MakeId("国发〔2024〕21号", 3), (await third.SearchAsync(Query("海洋牧场巨灾保险专项服务窗口")))[0].ClauseId);
        Assert.Equal((changed.Length, 0), third.LastBuild);
        Assert.Equal(["analysis.bin"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }
}
