using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Index;

public static class IndexServices
{
    /// <summary>The embedded index folder and its current snapshot (<see cref="IIndexSnapshotSource"/>).</summary>
    public static IServiceCollection AddPolicyBotIndex(this IServiceCollection services)
    {
        // PLACEHOLDER until the index stage lands.
        return services;
    }
}
