using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Answer;

public static class AnswerServices
{
    /// <summary>The configured <see cref="IAnswerer"/>: extractive, or an OpenAI-compatible LLM with extractive fallback.</summary>
    public static IServiceCollection AddPolicyBotAnswering(this IServiceCollection services)
    {
        // PLACEHOLDER until the answer stage lands.
        return services;
    }
}
