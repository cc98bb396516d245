using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Configuration;
using PolicyBot.Index;
using PolicyBot.Retrieve.Embeddings;
using PolicyBot.Retrieve.Embeddings.Local;
using PolicyBot.Retrieve.KnownQuestions;
using PolicyBot.Retrieve.Vectors;

namespace PolicyBot.Retrieve;

public static class RetrieveServices
{
    /// <summary>
    /// Embeddings, the vector store and hybrid search (<see cref="IPolicySearch"/>), as configured. Each provider is
    /// a keyed registration named as in configuration (<c>PolicyBot:Embeddings:Provider</c>,
    /// <c>PolicyBot:VectorStore:Provider</c>); the unkeyed service resolves the configured key. This registers the
    /// defaults, <c>Local</c> embeddings and the <c>Embedded</c> store; the Onnx and OpenAI embedders and the Qdrant
    /// store add their own keyed registrations (same service types, keys <c>Onnx</c>, <c>OpenAI</c>, <c>Qdrant</c>).
    /// </summary>
    public static IServiceCollection AddPolicyBotRetrieval(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingProviders.Local,
            (_, _) => LocalEmbeddingGenerator.LoadDefault());
        foreach (var external in new[] { EmbeddingProviders.Onnx, EmbeddingProviders.OpenAI })
            services.TryAddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(external, (sp, _) =>
                EmbeddingGeneratorFactory.Create(sp.GetRequiredService<IOptions<PolicyBotOptions>>().Value.Embeddings,
                    LocalEmbeddingGenerator.LoadDefault));
        services.TryAddKeyedSingleton<IVectorIndex>(VectorStoreProviders.Embedded, (_, _) => new EmbeddedVectorIndex());
        services.TryAddKeyedSingleton<IPolicySearch>(VectorStoreProviders.Embedded, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<PolicyBotOptions>>().Value;
            return new EmbeddedPolicySearch(
                sp.GetRequiredService<IIndexSnapshotSource>(),
                sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
                sp.GetRequiredKeyedService<IVectorIndex>(VectorStoreProviders.Embedded),
                Path.Combine(options.Index.Path, "retrieval"),
                logger: sp.GetService<ILogger<EmbeddedPolicySearch>>(),
                knownQuestions: string.IsNullOrWhiteSpace(options.Retrieval.KnownQuestions) ? null : KnownQuestionLog.Load(options.Retrieval.KnownQuestions))
            {
                HomePlaces = options.Retrieval.Places.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray(),
            };
        });

        // The switch point: the configured provider's keyed registration serves the unkeyed service.
        services.TryAddSingleton(sp => Configured<IEmbeddingGenerator<string, Embedding<float>>>(sp,
            "PolicyBot:Embeddings:Provider", o => EmbeddingProviders.Canonical(o.Embeddings.Provider)));
        services.TryAddSingleton(sp => Configured<IVectorIndex>(sp,
            "PolicyBot:VectorStore:Provider", o => VectorStoreProviders.Canonical(o.VectorStore.Provider)));
        services.TryAddSingleton(sp => Configured<IPolicySearch>(sp,
            "PolicyBot:VectorStore:Provider", o => VectorStoreProviders.Canonical(o.VectorStore.Provider)));
        return services;
    }

    private static T Configured<T>(IServiceProvider sp, string setting, Func<PolicyBotOptions, string> provider) where T : notnull
    {
        var key = provider(sp.GetRequiredService<IOptions<PolicyBotOptions>>().Value);
        return sp.GetKeyedService<T>(key)
            ?? throw new InvalidOperationException($"{setting} is '{key}', but no {typeof(T).Name} is registered for it.");
    }
}
