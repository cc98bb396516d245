using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve;
using PolicyBot.Web.Components.Pages;

namespace PolicyBot.Web.Tests.Components;

public class SearchPageTests : BunitContext
{
    private readonly RecordingSearch _search = new();

    public SearchPageTests()
    {
        Services.AddSingleton<IIndexSnapshotSource>(new FixedSnapshotSource(TestPolicies.Snapshot));
        Services.AddSingleton<IPolicySearch>(_search);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Filter_choices_come_from_the_documents_in_the_index()
    {
        var cut = Render<Search>();

        var selects = cut.FindAll("select");
        Assert.Equal(["", "国务院", "山东省人民政府办公厅"], selects[0].QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "2024"], selects[1].QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "意见", "通知"], selects[2].QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Empty(_search.Queries);
    }

    [Fact]
    public void The_query_and_filters_from_the_address_are_searched_and_results_are_marked()
    {
        Navigate("/search?q=" + Uri.EscapeDataString("照护机构补贴") + "&issuer=" + Uri.EscapeDataString("山东省人民政府办公厅") + "&year=2024");
        var cut = Render<Search>();

        var query = Assert.Single(_search.Queries);
        Assert.Equal("照护机构补贴", query.Text);
        Assert.Equal(new SearchFilter(Issuer: "山东省人民政府办公厅", Year: 2024), query.Filter);
        Assert.Equal("找到 1 条相关条款", cut.Find(".results__count").TextContent);
        Assert.Contains("照护机构", cut.FindAll(".result mark").Select(m => m.TextContent));
    }

    [Fact]
    public void Submitting_puts_the_query_and_filters_in_the_address()
    {
        var cut = Render<Search>();

        cut.Find("#q").Change("运营补贴");
        cut.FindAll("select")[2].Change("通知");
        cut.Find("form").Submit();

        var uri = new Uri(Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal("/search", uri.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        Assert.Equal("运营补贴", query["q"]);
        Assert.Equal("通知", query["type"]);
        Assert.Null(query["issuer"]);
    }

    [Fact]
    public void No_results_says_so()
    {
        Navigate("/search?q=" + Uri.EscapeDataString("公积金"));
        var cut = Render<Search>();

        Assert.Contains("没有找到与“公积金”相关的条款", cut.Find("[role=status]").TextContent);
    }

    private void Navigate(string uri) => Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    /// <summary>Returns the clauses of the test documents that contain the query's first two characters, honouring the filter.</summary>
    private sealed class RecordingSearch : IPolicySearch
    {
        public List<SearchQuery> Queries { get; } = [];

        public Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
        {
            Queries.Add(query);
            var hits = TestPolicies.Snapshot.Documents
                .Where(d => query.Filter is not { } f || (f.Issuer is null || d.Issuer == f.Issuer) && (f.Year is null || d.Date?.Year == f.Year) && (f.Type is null || d.Type == f.Type))
                .SelectMany(d => d.Clauses.Select(c => (d, c)))
                .Where(x => x.c.Text.Contains(query.Text[..2], StringComparison.Ordinal))
                .Select((x, i) => new Passage(i + 1, 1.0 / (i + 1), x.c, x.d))
                .ToArray();
            return Task.FromResult<IReadOnlyList<Passage>>(hits);
        }
    }
}
