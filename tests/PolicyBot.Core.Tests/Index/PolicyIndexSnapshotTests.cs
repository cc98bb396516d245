using PolicyBot.Index;

namespace PolicyBot.Core.Tests.Index;

public sealed class PolicyIndexSnapshotTests : IDisposable
{
    private readonly IndexTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Readers_keep_their_snapshot_while_a_new_one_is_swapped_in()
    {
        var a = _folder.WriteNotice("a.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var b = _folder.WriteNotice("b.txt", "威政发〔2024〕14号", "预算管理制度改革");
        var index = _folder.Open();
        await index.IngestOneAsync(a);
        var before = index.Current;
        var seen = new List<IndexSnapshot>();
        index.Changed += seen.Add;

        await index.IngestOneAsync(b);

        Assert.Single(seen);
        Assert.Same(index.Current, seen[0]);
        Assert.True(seen[0].Version > before.Version);
        Assert.Equal(before.Documents.Count + 1, seen[0].Documents.Count);
        Assert.Single(before.Documents); // the old snapshot is untouched
    }

    [Fact]
    public async Task A_second_writer_gets_a_clear_error_while_the_first_holds_the_folder()
    {
        var a = _folder.WriteNotice("a.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var b = _folder.WriteNotice("b.txt", "威政发〔2024〕14号", "预算管理制度改革");
        var first = _folder.Open();
        var other = _folder.Open(); // as another process would

        await using (var writing = first.IngestAsync([a, b]).GetAsyncEnumerator())
        {
            Assert.True(await writing.MoveNextAsync()); // holds the lock between files
            var error = await Assert.ThrowsAsync<IndexLockedException>(async () => await other.IngestOneAsync(b));
            Assert.Contains("another", error.Message);
            Assert.Contains(_folder.IndexPath, error.Message);
        }

        // The first writer committed what it finished (a) and stopped; the second can write now.
        Assert.Equal([IngestOutcome.Unchanged, IngestOutcome.Added], (await other.IngestAllAsync(a, b)).Select(r => r.Outcome));
    }

    [Fact]
    public async Task A_writer_picks_up_what_another_process_committed()
    {
        var a = _folder.WriteNotice("a.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        var b = _folder.WriteNotice("b.txt", "威政发〔2024〕14号", "预算管理制度改革");
        var web = _folder.Open();
        Assert.Empty(web.Current.Documents);
        await _folder.Open().IngestOneAsync(a); // the CLI, meanwhile

        await web.IngestOneAsync(b);

        Assert.Equal(2, web.Current.Documents.Count);
        Assert.Equal(2, _folder.Open().Current.Documents.Count);
        Assert.False(web.Refresh());
    }

    [Fact]
    public async Task A_watching_index_swaps_in_what_another_process_commits()
    {
        var a = _folder.WriteNotice("a.txt", "威政办字〔2024〕33号", "医疗保障基金监管");
        using var web = _folder.Open();
        web.WatchForChanges();
        Assert.Empty(web.Current.Documents);
        var changed = new TaskCompletionSource<IndexSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        web.Changed += s => changed.TrySetResult(s);

        await _folder.Open().IngestOneAsync(a); // the CLI, meanwhile

        var seen = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(seen.Documents);
        Assert.Same(seen, web.Current);
        Assert.False(web.Refresh());
    }

    [Fact]
    public async Task Concurrent_readers_see_whole_versions_during_ingest()
    {
        var files = Enumerable.Range(1, 12).Select(i => _folder.WriteNotice($"n{i}.txt", $"威政办字〔2024〕{i}号", $"第{i}项工作")).ToArray();
        var index = _folder.Open(commitEvery: 1);
        _ = index.Current;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            var checks = 0;
            while (!stop.IsCancellationRequested || checks == 0)
            {
                var s = index.Current;
                Assert.Equal(s.Version, s.Documents.Count); // one file per commit here
                Assert.All(s.Documents, d => Assert.Same(d, s.FindDocument(d.DocNumber)));
                checks++;
            }
            return checks;
        });

        await index.IngestAllAsync(files);
        stop.Cancel();

        Assert.True(await reader > 0);
        Assert.Equal(12, index.Current.Documents.Count);
    }
}
