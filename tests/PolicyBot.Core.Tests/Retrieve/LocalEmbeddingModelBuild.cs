using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Embeddings.Local;
using PolicyBot.Retrieve.Lexical;
using Xunit.Abstractions;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>
/// Rebuilds <c>embeddings/local-embedding.bin</c> from the public-domain corpora in <c>../shared/corpus</c>. Runs only
/// when asked (it takes minutes): <c>POLICYBOT_BUILD_EMBEDDINGS=1 dotnet test tests/PolicyBot.Core.Tests --filter LocalEmbeddingModelBuild</c>.
/// </summary>
public sealed class LocalEmbeddingModelBuild(ITestOutputHelper output)
{
    [SkippableFact]
    public void Rebuild_the_shipped_local_embedding_model()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("POLICYBOT_BUILD_EMBEDDINGS") == "1", "set POLICYBOT_BUILD_EMBEDDINGS=1 to rebuild the model");
        var corpus = Path.Combine(SharedPaths.Shared, "corpus");
        var files = LocalEmbeddingModelBuilder.CorpusFiles(
            Path.Combine(corpus, "policies"), Path.Combine(corpus, "extra", "gov_work_reports"), Path.Combine(corpus, "laws"),
            Path.Combine(corpus, "weihai-wendeng-gazette-2024-03.txt"));
        var log = new StringWriter();
        var model = LocalEmbeddingModelBuilder.Build(files, Thesaurus.Default, new LocalEmbeddingModelBuilder.Options(), log);
        var target = Path.Combine(SharedPaths.RepoRoot, "embeddings", "local-embedding.bin");
        model.Save(target);
        output.WriteLine(log.ToString());
        output.WriteLine($"{model.Words.Count} words × {model.Dimensions} → {target} ({new FileInfo(target).Length:N0} bytes)");
        Assert.True(model.Contains("养老机构"));
    }
}
