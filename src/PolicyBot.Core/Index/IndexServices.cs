using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PolicyBot.Configuration;

namespace PolicyBot.Index;

public static class IndexServices
{
    /// <summary>
    /// The embedded index folder (<see cref="PolicyIndex"/>) and its current snapshot (<see cref="IIndexSnapshotSource"/>).
    /// In a host (the web app) it also follows what other processes, such as <c>policybot ingest</c>, commit.
    /// </summary>
    public static IServiceCollection AddPolicyBotIndex(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PolicyIndex(sp.GetRequiredService<IOptions<PolicyBotOptions>>().Value.Index));
        services.AddSingleton<IIndexSnapshotSource>(sp => sp.GetRequiredService<PolicyIndex>());
        services.AddHostedService<IndexChangeWatcher>();
        return services;
    }
}
