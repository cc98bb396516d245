using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Index;
using PolicyBot.Web.Components.Pages;

namespace PolicyBot.Web.Tests.Components;

public class DocumentListTests : BunitContext
{
    public DocumentListTests() => Services.AddSingleton<IIndexSnapshotSource>(new FixedSnapshotSource(TestPolicies.Snapshot));

    private static string[] Numbers(IRenderedComponent<Documents> cut) =>
        cut.FindAll("tbody tr td:first-child a").Select(a => a.TextContent).ToArray();

    [Fact]
    public void Lists_every_document_newest_first_with_links()
    {
        var cut = Render<Documents>();

        Assert.Equal([TestPolicies.CareNumber, TestPolicies.GuideNumber], Numbers(cut));
        Assert.Equal("/documents/" + Uri.EscapeDataString(TestPolicies.CareNumber), cut.Find("tbody a").GetAttribute("href"));
        Assert.Equal("descending", cut.FindAll("th")[3].GetAttribute("aria-sort"));
    }

    [Fact]
    public void Sorting_by_date_again_reverses_the_order()
    {
        var cut = Render<Documents>();

        cut.FindAll("th button")[3].Click();

        Assert.Equal([TestPolicies.GuideNumber, TestPolicies.CareNumber], Numbers(cut));
        Assert.Equal("ascending", cut.FindAll("th")[3].GetAttribute("aria-sort"));
    }

    [Fact]
    public void The_filter_matches_issuer_title_or_number()
    {
        var cut = Render<Documents>();

        cut.Find("#doc-filter").Input("国务院");
        Assert.Equal([TestPolicies.GuideNumber], Numbers(cut));

        cut.Find("#doc-filter").Input("110号");
        Assert.Equal([TestPolicies.CareNumber], Numbers(cut));
        Assert.Equal("共 1 件", cut.Find("[role=status]").TextContent);
    }
}
