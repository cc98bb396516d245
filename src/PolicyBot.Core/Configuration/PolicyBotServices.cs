using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Answer;
using PolicyBot.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Configuration;

/// <summary>Registers the whole pipeline (index → retrieve → answer) for the web host and the CLI.</summary>
public static class PolicyBotServices
{
    public static IServiceCollection AddPolicyBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PolicyBotOptions>()
            .Bind(configuration.GetSection(PolicyBotOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPolicyBotIndex();
        services.AddPolicyBotRetrieval();
        services.AddPolicyBotAnswering();
        return services;
    }
}
