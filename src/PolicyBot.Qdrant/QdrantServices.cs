using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Configuration;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Lexical;
using Qdrant.Client;

namespace PolicyBot.Qdrant;

public static class QdrantServices
{
    /// <summary>
    /// When <c>PolicyBot:VectorStore:Provider</c> is <c>Qdrant</c>: the Qdrant client (<c>PolicyBot:Qdrant</c>), the
    /// clause store, <see cref="QdrantPolicySearch"/> as <see cref="IPolicySearch"/> (replacing the embedded one, so
    /// call this after <c>AddPolicyBot</c>), <see cref="QdrantHealth"/>, and the background sync from the index.
    /// Needs an <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> and an <c>IIndexSnapshotSource</c>.
    /// </summary>
    public static IServiceCollection AddPolicyBotQdrant(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[$"{PolicyBotOptions.SectionName}:VectorStore:Provider"];
        if (!string.Equals(provider?.Trim(), "Qdrant", StringComparison.OrdinalIgnoreCase)) return services;

        services.TryAddSingleton<ChineseAnalyzer>();
        services.AddSingleton(sp => CreateClient(Options(sp)));
        services.AddSingleton(sp => new QdrantClauseStore(sp.GetRequiredService<QdrantClient>(), Options(sp).Collection, Options(sp).Endpoint));
        services.AddSingleton(sp => new QdrantHealth(sp.GetRequiredService<QdrantClient>(), Options(sp).Endpoint));
        services.AddSingleton<QdrantIndexSync>();
        services.AddSingleton<QdrantPolicySearch>();
        services.Replace(ServiceDescriptor.Singleton<IPolicySearch>(sp => sp.GetRequiredService<QdrantPolicySearch>()));
        services.AddHostedService<QdrantSyncService>();
        return services;
    }

    /// <summary>A gRPC client for <c>PolicyBot:Qdrant:Endpoint</c> (e.g. <c>http://localhost:6334</c>) and its API key.</summary>
    public static QdrantClient CreateClient(QdrantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"PolicyBot:Qdrant:Endpoint “{options.Endpoint}” is not an http(s) URL such as http://localhost:6334.");
        if (string.IsNullOrWhiteSpace(options.Collection))
            throw new InvalidOperationException("PolicyBot:Qdrant:Collection is empty; name the collection, e.g. policybot.");
        return new QdrantClient(uri, string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey, grpcTimeout: TimeSpan.FromSeconds(30));
    }

    private static QdrantOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<PolicyBotOptions>>().Value.Qdrant;
}
