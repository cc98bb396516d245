using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Ingest;

namespace PolicyBot.Core.Tests.Index;

public sealed class PolicyIndexIngestTests : IDisposable
{
    private readonly IndexTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_gazette_is_stored_as_parsed_and_reads_back_after_reopening()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        var parsed = DocumentLoader.Load(gazette);

        var result = await _folder.Open().IngestOneAsync(gazette);

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        Assert.Equal(parsed.Select(d => d.DocNumber), result.DocNumbers);
        var reopened = _folder.Open().Current;
        Assert.Equal(1, reopened.Version);
        Assert.Equal(parsed.Select(IndexTestFolder.Fingerprint), reopened.Documents.Select(IndexTestFolder.Fingerprint));
        Assert.All(reopened.Documents, d => Assert.Equal(gazette, d.Source));
        var first = parsed[0].Clauses[0];
        Assert.Equal(first.Text, reopened.FindClause(first.Id)?.Clause.Text);
    }

    [Fact]
    public async Task Re_ingesting_an_unchanged_file_writes_nothing()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        await _folder.Open().IngestOneAsync(gazette);
        var before = _folder.IndexFiles();

        var index = _folder.Open();
        var again = await index.IngestOneAsync(gazette);

        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.Equal(before, _folder.IndexFiles());
        Assert.Equal(1, index.Version);
    }

    [Fact]
    public async Task An_unchanged_file_parsed_by_an_older_version_is_read_again()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        await _folder.Open().IngestOneAsync(gazette);
        // What an index written before parser versions were kept looks like: no "parser" in its manifest.
        var manifest = System.IO.Path.Combine(_folder.IndexPath, "manifest.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!;
        foreach (var source in node["sources"]!.AsArray()) source!.AsObject().Remove("parser");
        File.WriteAllText(manifest, node.ToJsonString());

        var index = _folder.Open();
        var again = await index.IngestOneAsync(gazette);

        Assert.Equal(IngestOutcome.Replaced, again.Outcome);
        Assert.Contains(index.Current.Documents.SelectMany(d => d.Clauses), Clause.IsSignature);
        Assert.Equal(IngestOutcome.Unchanged, (await _folder.Open().IngestOneAsync(gazette)).Outcome);
    }

    [Fact]
    public async Task A_changed_file_replaces_its_documents_and_the_ones_it_dropped_disappear()
    {
        var path = _folder.WriteNotice("notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var index = _folder.Open();
        await index.IngestOneAsync(path);
        var oldNumbers = index.Current.Documents.Select(d => d.DocNumber).ToArray();

        _folder.WriteNotice("notice.txt", "威政办字〔2024〕34号", "养老服务");
        var expected = DocumentLoader.Load(path);
        var result = await index.IngestOneAsync(path);

        Assert.Equal(IngestOutcome.Replaced, result.Outcome);
        var now = index.Current;
        Assert.Equal(expected.Select(IndexTestFolder.Fingerprint), now.Documents.Select(IndexTestFolder.Fingerprint));
        Assert.All(oldNumbers.Except(expected.Select(d => d.DocNumber)), n => Assert.Null(now.FindDocument(n)));
        Assert.Equal(2, now.Version);
    }

    [Fact]
    public async Task The_same_document_number_from_another_file_replaces_the_older_copy_and_says_so()
    {
        var first = _folder.WriteNotice("a/notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var second = _folder.WriteNotice("b/notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管", deadline: "2024年6月30日");
        var index = _folder.Open();
        await index.IngestOneAsync(first);

        var result = await index.IngestOneAsync(second);

        var numbers = DocumentLoader.Load(second).Select(d => d.DocNumber).ToArray();
        Assert.Contains(result.Notes, n => n.Contains(numbers[0], StringComparison.Ordinal) && n.Contains(first, StringComparison.Ordinal));
        Assert.All(numbers, n => Assert.Equal(second, index.Current.FindDocument(n)!.Source));
        Assert.Equal(index.Current.Documents.Count, index.Current.Documents.Select(d => d.DocNumber).Distinct().Count());

        // Both files unchanged: running the same ingest again moves nothing back and forth.
        var version = index.Version;
        var again = await index.IngestAllAsync(first, second);
        Assert.All(again, r => Assert.Equal(IngestOutcome.Unchanged, r.Outcome));
        Assert.Equal(version, index.Version);
    }

    [Fact]
    public async Task Bad_files_are_reported_by_name_and_skipped_while_the_rest_is_ingested()
    {
        var empty = _folder.Write("empty.txt", "");
        var unsupported = _folder.Write("table.xlsx", "not a policy");
        var missing = Path.Combine(_folder.Root, "input", "missing.txt");
        var gazette = _folder.CopyGazette("gazette.txt");

        var results = await _folder.Open().IngestAllAsync(empty, unsupported, missing, gazette);

        Assert.Equal([IngestOutcome.Failed, IngestOutcome.Failed, IngestOutcome.Failed, IngestOutcome.Added], results.Select(r => r.Outcome));
        Assert.All(results.Take(3), r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
        Assert.All(results.Take(3), r => Assert.DoesNotContain('\n', r.Error!));
        Assert.Contains(".xlsx", results[1].Error);
        Assert.Equal(DocumentLoader.Load(gazette).Count, _folder.Open().Current.Documents.Count);
    }

    [Fact]
    public async Task Limits_refuse_oversized_files_and_documents_with_too_many_clauses()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        var notice = _folder.WriteNotice("notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管");

        var tooBig = await _folder.Open(maxFileBytes: 10_000).IngestAllAsync(gazette, notice);
        Assert.Equal(IngestOutcome.Failed, tooBig[0].Outcome);
        Assert.Contains("MaxFileBytes", tooBig[0].Error);
        Assert.Equal(IngestOutcome.Added, tooBig[1].Outcome);

        var tooLong = await _folder.Open(maxClauses: 1).IngestOneAsync(gazette);
        Assert.Equal(IngestOutcome.Failed, tooLong.Outcome);
        Assert.Contains("MaxClausesPerDocument", tooLong.Error);
        Assert.DoesNotContain(_folder.Open().Current.Documents, d => d.Source == gazette);
    }

    [Fact]
    public async Task An_uploaded_file_goes_through_the_same_pipeline_under_its_own_name()
    {
        var index = _folder.Open();
        var bytes = await File.ReadAllBytesAsync(IndexTestFolder.Gazette);

        var first = await index.IngestUploadAsync(new MemoryStream(bytes), "公报2024-03.txt");
        var again = await index.IngestUploadAsync(new MemoryStream(bytes), "公报2024-03.txt");

        Assert.Equal(IngestOutcome.Added, first.Outcome);
        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.NotEmpty(index.Current.Documents);
        Assert.All(index.Current.Documents, d => Assert.Equal("公报2024-03.txt", d.Source));
        Assert.Equal(IngestOutcome.Failed, (await index.IngestUploadAsync(new MemoryStream(bytes), "x.exe")).Outcome);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused()
    {
        var result = await _folder.Open(maxFileBytes: 1000).IngestUploadAsync(new MemoryStream(new byte[5000]), "big.txt");
        Assert.Equal(IngestOutcome.Failed, result.Outcome);
        Assert.Contains("MaxFileBytes", result.Error);
    }

    [Fact]
    public async Task Deleting_by_any_variant_of_the_number_removes_the_document_and_re_ingest_restores_it()
    {
        var path = _folder.WriteNotice("notice.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var index = _folder.Open();
        await index.IngestOneAsync(path);
        var number = index.Current.Documents[0].DocNumber;
        var variant = DocumentNumber.TryParse(number, out var n) ? $"{n.Agency}[{n.Year}]{n.Serial}号" : number;

        Assert.True(await index.DeleteAsync(variant));

        Assert.Null(index.Current.FindDocument(number));
        Assert.Null(_folder.Open().Current.FindDocument(number));
        Assert.False(await index.DeleteAsync(variant));
        Assert.Equal(IngestOutcome.Replaced, (await index.IngestOneAsync(path)).Outcome);
        Assert.NotNull(index.Current.FindDocument(number));
    }

    [Fact]
    public async Task Folders_expand_to_their_supported_files_recursively_in_order()
    {
        _folder.Write("b/2.md", "x");
        _folder.Write("a/1.txt", "x");
        _folder.Write("a/deep/3.html", "x");
        _folder.Write("a/skip.xlsx", "x");
        var input = Path.Combine(_folder.Root, "input");

        var files = SourceFiles.Expand([input, "missing.txt"]);

        Assert.Equal(
            [Path.Combine(input, "a", "1.txt"), Path.Combine(input, "a", "deep", "3.html"), Path.Combine(input, "b", "2.md"), "missing.txt"],
            files);
        await Task.CompletedTask;
    }
}
