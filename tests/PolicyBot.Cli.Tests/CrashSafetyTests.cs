using System.Diagnostics;
using PolicyBot.Core.Tests.Index;
using PolicyBot.Index;
using PolicyBot.Ingest;

namespace PolicyBot.Cli.Tests;

/// <summary>
/// Kills a real <c>policybot ingest</c> process (SIGKILL) at several moments while it replaces a folder of gazettes
/// with new versions, and checks after each kill that every file's documents are wholly old or wholly new.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Files = 40;
    private readonly IndexTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_killed_ingest_leaves_each_document_old_or_new_and_the_next_run_completes()
    {
        var whole = await File.ReadAllTextAsync(IndexTestFolder.Gazette);
        var gazette = whole[..whole.IndexOf('\n', 30_000)]; // its first documents: enough to parse, quick to copy 40 times
        // Each copy gets its own year, so that its 文号 are its own; the new version rewords a common phrase.
        var paths = Enumerable.Range(0, Files).Select(i => _folder.Write($"gazettes/{i:D2}.txt", Version1(gazette, i))).ToArray();
        var folder = Path.GetDirectoryName(paths[0])!;
        var first = await CliRun.InProcessAsync(["ingest", folder, "--index", _folder.IndexPath]);
        Assert.Equal(0, first.ExitCode);
        var old = Expected(paths);
        for (var i = 0; i < Files; i++) _folder.Write($"gazettes/{i:D2}.txt", Version1(gazette, i).Replace("加强", "切实加强", StringComparison.Ordinal));
        var @new = Expected(paths);
        Assert.All(paths, p => Assert.NotEqual(old[p], @new[p]));

        var newAfterKills = new List<int>();
        foreach (var linesBeforeKill in new[] { 0, 1, 8, 36 })
        {
            await IngestAndKillAsync(folder, linesBeforeKill);
            newAfterKills.Add(CountConsistent(paths, old, @new));
        }

        // Progress is kept: what a killed run committed (every 32 files or 2 s) is not redone or lost by the next
        // kill. How far each run gets before its kill depends on the machine's load, so only the direction is fixed.
        var progress = string.Join(", ", newAfterKills);
        Assert.True(newAfterKills[^1] > 0, $"files already new after each kill: {progress}");
        Assert.True(newAfterKills.Zip(newAfterKills.Skip(1)).All(p => p.Second >= p.First), $"files already new after each kill: {progress}");
        var last = await CliRun.AsProcessAsync("ingest", folder, "--index", _folder.IndexPath);
        Assert.Equal(0, last.ExitCode);
        Assert.Equal(Files, CountConsistent(paths, old, @new));
        Assert.Equal(Files, Directory.GetFiles(Path.Combine(_folder.IndexPath, "segments")).Length); // killed runs' segments collected
    }

    private static string Version1(string gazette, int i) => gazette.Replace("2024", (1960 + i).ToString(), StringComparison.Ordinal);

    /// <summary>What the parser makes of each file now, as comparable text.</summary>
    private static Dictionary<string, string[]> Expected(string[] paths) =>
        paths.ToDictionary(p => p, p => DocumentLoader.Load(p).Select(IndexTestFolder.Fingerprint).ToArray());

    private async Task IngestAndKillAsync(string folder, int linesBeforeKill)
    {
        using var process = CliRun.Start("ingest", folder, "--index", _folder.IndexPath);
        _ = process.StandardOutput.ReadToEndAsync();
        if (linesBeforeKill == 0)
        {
            await Task.Delay(150);
        }
        else
        {
            for (var seen = 0; seen < linesBeforeKill;)
            {
                var line = await process.StandardError.ReadLineAsync();
                Assert.NotNull(line); // the run must not finish before the kill
                if (line.StartsWith('[')) seen++;
            }
        }
        process.Kill(); // SIGKILL: no finally blocks, no flush
        await process.WaitForExitAsync();
    }

    /// <summary>Asserts that every file's documents are exactly its old or its new version; returns how many are new.</summary>
    private int CountConsistent(string[] paths, Dictionary<string, string[]> old, Dictionary<string, string[]> @new)
    {
        var snapshot = PolicyIndex.Open(_folder.IndexPath).Current;
        var bySource = snapshot.Documents.GroupBy(d => d.Source).ToDictionary(g => g.Key, g => g.Select(IndexTestFolder.Fingerprint).ToArray());
        Assert.Equal(paths.Order(), bySource.Keys.Order());
        var newer = 0;
        foreach (var path in paths)
        {
            var now = bySource[path];
            if (now.SequenceEqual(@new[path])) newer++;
            else Assert.True(now.SequenceEqual(old[path]), $"{path} is neither its old nor its new version");
        }
        return newer;
    }
}
