using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Retrieve;

public static class RetrieveServices
{
    /// <summary>Embeddings, the vector store and hybrid search (<see cref="IPolicySearch"/>), as configured.</summary>
    public static IServiceCollection AddPolicyBotRetrieval(this IServiceCollection services)
    {
        // PLACEHOLDER until the retrieval stage lands.
        return services;
    }
}
