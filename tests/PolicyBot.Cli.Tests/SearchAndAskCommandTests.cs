using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Answer;
using PolicyBot.Core.Tests.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Cli.Tests;

/// <summary>The output shapes of search and ask (docs/contract.md), with stand-ins for retrieval and answering.</summary>
public sealed class SearchAndAskCommandTests : IDisposable
{
    private const string Phrase = "保险";
    private readonly IndexTestFolder _folder = new();

    public SearchAndAskCommandTests() =>
        CliRun.InProcessAsync(["ingest", _folder.CopyGazette("gazette.txt"), "--index", _folder.IndexPath]).GetAwaiter().GetResult();

    public void Dispose() => _folder.Dispose();

    private Task<CliRun> Run(params string[] args) => CliRun.InProcessAsync([.. args, "--index", _folder.IndexPath], services =>
    {
        services.AddSingleton<IPolicySearch, PhraseSearch>();
        services.AddSingleton<IAnswerer, QuotingAnswerer>();
    });

    [Fact]
    public async Task Search_json_prints_ranked_passages()
    {
        var run = await Run("search", Phrase, "--top", "3", "--json");

        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal([1, 2, 3], rows.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.All(rows, r =>
        {
            foreach (var field in new[] { "score", "clauseId", "docNumber", "title", "section", "text" }) Assert.True(r.TryGetProperty(field, out _), field);
            Assert.Contains(Phrase, r.GetProperty("text").GetString());
        });
    }

    [Fact]
    public async Task Search_without_json_prints_a_readable_list()
    {
        var run = await Run("search", Phrase, "--top", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Phrase, run.Out);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(run.Out));
    }

    [Fact]
    public async Task Search_batch_prints_one_json_line_per_question_and_names_bad_lines()
    {
        var batch = _folder.Write("batch.jsonl", """
            {"id": "q1", "question": "保险"}
            this is not json
            {"id": 7, "turns": ["说说监管", "保险"]}
            {"question": "no id"}
            """);

        var run = await Run("search", "--batch", batch, "--top", "2");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["q1", "7"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.Equal(2, l.GetProperty("passages").GetArrayLength()));
        Assert.Contains("line 2", run.Error);
        Assert.Contains("line 4", run.Error);
    }

    [Fact]
    public async Task Ask_json_prints_the_answer_with_citations_and_passages()
    {
        var run = await Run("ask", Phrase, "--json");

        Assert.Equal(0, run.ExitCode);
        var answer = JsonDocument.Parse(run.Out).RootElement;
        Assert.True(answer.GetProperty("grounded").GetBoolean());
        Assert.Contains(Phrase, answer.GetProperty("answer").GetString());
        var citation = answer.GetProperty("citations")[0];
        foreach (var field in new[] { "docNumber", "title", "section", "clauseId", "quote" }) Assert.True(citation.TryGetProperty(field, out _), field);
        Assert.InRange(answer.GetProperty("passages").GetArrayLength(), 1, 5);
    }

    [Fact]
    public async Task Ask_batch_answers_each_conversation_on_its_own_line()
    {
        var batch = _folder.Write("ask.jsonl", """
            {"id": "a", "turns": ["保险"]}
            {"id": "b", "question": "火星移民补贴"}
            """);

        var run = await Run("ask", "--batch", batch);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal([true, false], lines.Select(l => l.GetProperty("grounded").GetBoolean()));
        Assert.All(lines, l => Assert.True(l.TryGetProperty("citations", out _) && l.TryGetProperty("passages", out _)));
    }

    [Fact]
    public async Task A_missing_batch_file_is_a_usage_error()
    {
        var run = await Run("search", "--batch", Path.Combine(_folder.Root, "none.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("none.jsonl", run.Error);
    }
}
