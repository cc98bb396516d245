using PolicyBot.Ingest;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>
/// Every file of the shared corpora ingests. The 160 policies run always (when the shared folder is there); the
/// 40 MB of laws run when POLICYBOT_INGEST_LAWS=1, to keep the default suite fast.
/// </summary>
public class SharedCorpusTests
{
    [SkippableFact]
    public void Every_policy_file_ingests_with_its_number_and_title()
    {
        var shared = TestCorpus.Shared;
        Skip.If(shared is null, "shared material not found (set POLICYBOT_SHARED)");
        var manifest = File.ReadLines(Path.Combine(shared, "corpus", "policies", "manifest.tsv")).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(f => Path.GetFileName(f[0]), f => (Title: f[1], Number: f[2]));
        var wrongNumbers = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(shared, "corpus", "policies"), "*.txt"))
        {
            var d = Assert.Single(DocumentLoader.Load(path));
            Assert.NotEmpty(d.Clauses);
            var expected = manifest[Path.GetFileName(path)];
            if (d.DocNumber != expected.Number && !d.DocNumber.StartsWith(expected.Title, StringComparison.Ordinal))
                wrongNumbers.Add($"{Path.GetFileName(path)}: {d.DocNumber} (manifest: {expected.Number})");
        }
        // Amended rules are known by title and version date, by design; every other file keeps its 文号.
        Assert.True(wrongNumbers.Count <= 2, string.Join("\n", wrongNumbers));
    }

    [SkippableFact]
    public void Every_law_file_ingests_with_one_clause_per_article()
    {
        var shared = TestCorpus.Shared;
        Skip.If(shared is null, "shared material not found (set POLICYBOT_SHARED)");
        Skip.IfNot(Environment.GetEnvironmentVariable("POLICYBOT_INGEST_LAWS") == "1", "set POLICYBOT_INGEST_LAWS=1 to ingest the 40 MB of laws");
        var articles = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(shared, "corpus", "laws"), "*.md", SearchOption.AllDirectories))
        {
            var d = Assert.Single(DocumentLoader.Load(path));
            articles += d.Clauses.Count(c => c.Label?.StartsWith('第') == true && c.Label.EndsWith('条'));
        }
        Assert.True(articles > 85_000, $"{articles} articles");
    }
}
