using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Configuration;
using PolicyBot.Index;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Embeddings.Local;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class RetrieveServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPolicyBot(configuration);
        services.AddSingleton<IIndexSnapshotSource>(new StaticSnapshotSource(Gazette.Documents)); // in place of the index folder
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_default_configuration_searches_the_embedded_index_with_the_local_embedder()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-index-");
        try
        {
            using var sp = Build(new() { ["PolicyBot:Index:Path"] = folder.FullName });
            Assert.IsType<LocalEmbeddingGenerator>(sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
            var search = Assert.IsType<EmbeddedPolicySearch>(sp.GetRequiredService<IPolicySearch>());
            var passages = await search.SearchAsync(new SearchQuery("威政办字[2024]33号"));
            Assert.Equal("威政办字〔2024〕33号", passages[0].DocNumber);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "retrieval", "analysis.bin")));
            Assert.Equal(["retrieval"], Directory.GetFileSystemEntries(folder.FullName).Select(Path.GetFileName));
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void An_unregistered_provider_is_named_in_the_error()
    {
        using var sp = Build(new() { ["PolicyBot:Embeddings:Provider"] = "Onnx" });
        var e = Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Contains("Onnx", e.Message);
    }

    [Fact]
    public async Task A_configured_question_log_is_loaded_into_search()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-index-");
        try
        {
            var log = Path.Combine(folder.FullName, "known.tsv");
            File.WriteAllText(log, "鲁政办字110号是什么文件\t鲁政办字〔2024〕110号\n");
            using var sp = Build(new() { ["PolicyBot:Index:Path"] = folder.FullName, ["PolicyBot:Retrieval:KnownQuestions"] = log });
            var search = Assert.IsType<EmbeddedPolicySearch>(sp.GetRequiredService<IPolicySearch>());
            Assert.Equal("鲁政办字〔2024〕110号", Assert.Single(search.KnownQuestions!.Entries).Document);
            Assert.NotEmpty(await search.SearchAsync(new SearchQuery("养老机构补贴")));
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void A_bad_question_log_stops_search_with_the_line_named()
    {
        var log = Path.Combine(Path.GetTempPath(), $"policybot-known-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(log, "只有问题没有文件\n");
        try
        {
            using var sp = Build(new() { ["PolicyBot:Retrieval:KnownQuestions"] = log });
            var e = Assert.Throws<FormatException>(() => sp.GetRequiredService<IPolicySearch>());
            Assert.Contains(log + ":1:", e.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(log); }
    }
}
