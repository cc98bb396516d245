using PolicyBot.Index;

namespace PolicyBot.Core.Tests.Index;

public sealed class PolicyIndexRecoveryTests : IDisposable
{
    private readonly IndexTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Segments_left_by_a_killed_run_are_collected_on_the_next_open()
    {
        var gazette = _folder.CopyGazette("gazette.txt");
        await _folder.Open().IngestOneAsync(gazette);
        var segments = Path.Combine(_folder.IndexPath, "segments");
        var orphan = Path.Combine(segments, "0123456789abcdef0123456789abcdef.seg");
        File.WriteAllText(orphan, "half a segment");
        File.WriteAllText(Path.Combine(_folder.IndexPath, "manifest.json.tmp"), "{\"half");
        Directory.CreateDirectory(Path.Combine(_folder.IndexPath, "retrieval"));

        var index = _folder.Open();

        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(Path.Combine(_folder.IndexPath, "manifest.json.tmp")));
        Assert.Single(Directory.GetFiles(segments));
        Assert.True(Directory.Exists(Path.Combine(_folder.IndexPath, "retrieval")));
        Assert.NotEmpty(index.Current.Documents);
    }

    [Fact]
    public async Task Cancelling_an_ingest_keeps_the_files_already_done()
    {
        var files = Enumerable.Range(1, 5).Select(i => _folder.WriteNotice($"n{i}.txt", $"威政办字〔2024〕{i}号", $"第{i}项工作")).ToArray();
        using var cancel = new CancellationTokenSource();
        var done = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in _folder.Open().IngestAsync(files, cancel.Token))
                if (++done == 2) cancel.Cancel();
        });

        var reopened = _folder.Open();
        Assert.Equal(2, reopened.Current.Documents.Count);
        var rest = await reopened.IngestAllAsync(files);
        Assert.Equal([IngestOutcome.Unchanged, IngestOutcome.Unchanged, IngestOutcome.Added, IngestOutcome.Added, IngestOutcome.Added], rest.Select(r => r.Outcome));
    }

    [Fact]
    public void A_damaged_manifest_is_reported_in_one_line()
    {
        Directory.CreateDirectory(_folder.IndexPath);
        File.WriteAllText(Path.Combine(_folder.IndexPath, "manifest.json"), "{ not json");

        var error = Assert.Throws<IndexException>(() => _folder.Open());

        Assert.Contains("manifest", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Opening_a_folder_that_does_not_exist_gives_an_empty_index_without_creating_it()
    {
        var index = _folder.Open();

        Assert.Empty(index.Current.Documents);
        Assert.Equal(0, index.Version);
        Assert.False(Directory.Exists(_folder.IndexPath));
    }
}
