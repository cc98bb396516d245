using Microsoft.SemanticKernel;
using PolicyBot.Answer;

namespace PolicyBot.Core.Tests.Answer;

public sealed class PromptLibraryTests(GazetteFixture gazette) : IClassFixture<GazetteFixture>
{
    [Fact]
    public void The_repository_prompts_load_as_semantic_kernel_functions()
    {
        var plugin = PromptLibrary.Find().CreatePlugin(Kernel.CreateBuilder().Build());

        Assert.Contains(PromptLibrary.AnswerFunction, plugin.Select(f => f.Name));
        Assert.Contains(PromptLibrary.RewriteFollowUpFunction, plugin.Select(f => f.Name));
        Assert.Equal(["clauses", "history", "question"], plugin[PromptLibrary.AnswerFunction].Metadata.Parameters.Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Clauses_are_numbered_delimited_and_kept_within_the_token_budget()
    {
        var passages = await gazette.Search.SearchAsync(new PolicyBot.Retrieve.SearchQuery("失能老年人照护服务") { Top = 10 });

        var roomy = ClauseContext.Build(passages, budgetTokens: 100_000);
        var tight = ClauseContext.Build(passages, budgetTokens: 300);

        Assert.Equal(passages.Count, roomy.Given.Count);
        Assert.StartsWith($"[1] 《{SourceLabels.TitleOf(passages[0].Document)}》{passages[0].DocNumber}", roomy.Text);
        Assert.Contains($"[{passages.Count}] ", roomy.Text);
        Assert.InRange(tight.Given.Count, 1, passages.Count - 1);
        Assert.InRange(tight.Tokens, 1, 300);
    }
}
