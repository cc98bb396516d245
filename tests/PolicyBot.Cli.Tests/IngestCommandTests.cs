using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyBot.Core.Tests.Index;
using PolicyBot.Ingest;

namespace PolicyBot.Cli.Tests;

public sealed partial class IngestCommandTests : IDisposable
{
    private readonly IndexTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CliRun> Run(params string[] args) => CliRun.InProcessAsync([.. args, "--index", _folder.IndexPath]);

    [Fact]
    public async Task Docs_lists_the_ingested_gazette_with_titles_issuers_and_dates()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        var parsed = DocumentLoader.Load(gazette);

        var ingest = await Run("ingest", gazette);
        var docs = await Run("docs", "--json");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Matches(@"1 added, 0 replaced, 0 unchanged, 0 failed", ingest.Error);
        Assert.Equal("", ingest.Out);
        Assert.Equal(0, docs.ExitCode);
        var rows = JsonDocument.Parse(docs.Out).RootElement.EnumerateArray().ToArray();
        Assert.Equal(parsed.Select(d => d.DocNumber), rows.Select(r => r.GetProperty("docNumber").GetString()));
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(parsed[i].Title, rows[i].GetProperty("title").GetString());
            Assert.False(string.IsNullOrWhiteSpace(parsed[i].Title));
            Assert.Equal(parsed[i].Issuer, rows[i].GetProperty("issuer").GetString());
            var date = rows[i].GetProperty("date");
            Assert.True(date.ValueKind == JsonValueKind.Null || IsoDate().IsMatch(date.GetString()!), date.ToString());
            Assert.Equal(parsed[i].Clauses.Count, rows[i].GetProperty("clauseCount").GetInt32());
            Assert.Equal(gazette, rows[i].GetProperty("source").GetString());
        }
    }

    [Fact]
    public async Task Docs_without_json_prints_a_table_of_documents()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        await Run("ingest", gazette);

        var docs = await Run("docs");

        Assert.Equal(0, docs.ExitCode);
        Assert.Contains("文号", docs.Out);
        Assert.All(DocumentLoader.Load(gazette), d => Assert.Contains(d.DocNumber, docs.Out));
    }

    [Fact]
    public async Task Export_gives_every_clause_in_document_order_with_its_section_path()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        var parsed = DocumentLoader.Load(gazette);
        await Run("ingest", gazette);

        var export = await Run("export", "--json");

        Assert.Equal(0, export.ExitCode);
        var rows = JsonDocument.Parse(export.Out).RootElement.EnumerateArray().ToArray();
        var clauses = parsed.SelectMany(d => d.Clauses.Select(c => (d, c))).ToArray();
        Assert.Equal(clauses.Select(x => x.c.Id), rows.Select(r => r.GetProperty("clauseId").GetString()));
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(clauses[i].d.DocNumber, rows[i].GetProperty("docNumber").GetString());
            Assert.Equal(clauses[i].d.Title, rows[i].GetProperty("title").GetString());
            Assert.Equal(clauses[i].c.Section.ToString(), rows[i].GetProperty("section").GetString());
            Assert.Equal(clauses[i].c.Text, rows[i].GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Re_ingesting_is_reported_unchanged_and_leaves_the_index_files_untouched()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        await Run("ingest", gazette);
        var before = _folder.IndexFiles();

        var again = await Run("ingest", gazette);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Error);
        Assert.Contains("0 added, 0 replaced, 1 unchanged", again.Error);
        Assert.Equal(before, _folder.IndexFiles());
    }

    [Fact]
    public async Task A_changed_file_replaces_its_documents()
    {
        var path = _folder.WriteNotice("notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        await Run("ingest", path);
        var old = DocumentLoader.Load(path).Select(d => d.DocNumber).ToArray();
        _folder.WriteNotice("notice.txt", "威政办字〔2024〕34号", "养老服务");
        var expected = DocumentLoader.Load(path).Select(d => d.DocNumber).ToArray();

        var again = await Run("ingest", path);
        var docs = await Run("docs", "--json");

        Assert.Contains("replaced", again.Error);
        var numbers = JsonDocument.Parse(docs.Out).RootElement.EnumerateArray().Select(r => r.GetProperty("docNumber").GetString()).ToArray();
        Assert.Equal(expected, numbers);
        Assert.Empty(old.Except(expected).Intersect(numbers));
    }

    [Fact]
    public async Task Bad_files_are_named_with_the_reason_the_rest_is_ingested_and_the_exit_code_is_2()
    {
        _folder.CopyGazette("gazette.txt");
        _folder.Write("empty.txt", "");
        var input = Path.Combine(_folder.Root, "input");

        var ingest = await Run("ingest", input);
        var docs = await Run("docs", "--json");

        Assert.Equal(2, ingest.ExitCode);
        var failure = Assert.Single(ingest.Error.Split('\n'), l => l.Contains("failed:"));
        Assert.Contains("empty.txt", failure);
        Assert.DoesNotContain("   at ", ingest.Error);
        Assert.Contains("1 added, 0 replaced, 0 unchanged, 1 failed", ingest.Error);
        Assert.Equal(DocumentLoader.Load(IndexTestFolder.Gazette).Count, JsonDocument.Parse(docs.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_failed_input()
    {
        var ingest = await Run("ingest", Path.Combine(_folder.Root, "nowhere.txt"));

        Assert.Equal(2, ingest.ExitCode);
        Assert.Contains("nowhere.txt: no such file or folder", ingest.Error);
    }

    [Fact]
    public async Task Ingest_json_prints_one_summary_object_on_stdout()
    {
        var gazette = _folder.CopyGazette("gazette.txt");

        var ingest = await Run("ingest", gazette, "--json");

        var summary = JsonDocument.Parse(ingest.Out).RootElement;
        Assert.Equal(1, summary.GetProperty("added").GetInt32());
        Assert.Equal("added", summary.GetProperty("results")[0].GetProperty("outcome").GetString(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_index_folder_comes_from_the_environment_when_no_option_is_given()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        await Run("ingest", gazette);
        Environment.SetEnvironmentVariable("PolicyBot__Index__Path", _folder.IndexPath);
        try
        {
            var docs = await CliRun.InProcessAsync(["docs", "--json"]);
            Assert.Equal(DocumentLoader.Load(gazette).Count, JsonDocument.Parse(docs.Out).RootElement.GetArrayLength());
        }
        finally
        {
            Environment.SetEnvironmentVariable("PolicyBot__Index__Path", null);
        }
    }

    [Fact]
    public async Task A_document_number_arriving_from_another_file_is_reported_as_replacing_the_older_copy()
    {
        var first = _folder.WriteNotice("a/notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var second = _folder.WriteNotice("b/notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管", deadline: "2024年6月30日");

        var run = await Run("ingest", first, second);

        Assert.Equal(0, run.ExitCode);
        var note = Assert.Single(run.Error.Split('\n'), l => l.Contains("replaces the copy from"));
        Assert.Contains(second, note);
        Assert.Contains(first, note);
    }

    [Fact]
    public async Task A_second_writer_is_told_the_index_is_busy_and_exits_2()
    {
        var a = _folder.WriteNotice("a.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var b = _folder.WriteNotice("b.txt", "威政发〔2024〕14号", "预算管理制度改革");
        await using var writing = PolicyBot.Index.PolicyIndex.Open(_folder.IndexPath).IngestAsync([a, b]).GetAsyncEnumerator();
        Assert.True(await writing.MoveNextAsync()); // holds the write lock

        var run = await Run("ingest", b);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("being written by another policybot process", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
