using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Configuration;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Embeddings.Local;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Answer;

public static class AnswerServices
{
    /// <summary>The configured <see cref="IAnswerer"/>: extractive, or an OpenAI-compatible LLM with extractive fallback.</summary>
    public static IServiceCollection AddPolicyBotAnswering(this IServiceCollection services)
    {
        services.TryAddSingleton(ChineseAnalyzer.Default);
        services.TryAddSingleton(sp => new ExtractiveAnswerer(sp.GetRequiredService<IPolicySearch>(), sp.GetRequiredService<ChineseAnalyzer>(),
            // The off-topic threshold is calibrated for the Local embedder; other embedders' cosines live on other scales.
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>() is LocalEmbeddingGenerator local ? new TopicCheck(local) : null));
        services.TryAddSingleton<IAnswerer>(sp =>
        {
            var chat = sp.GetRequiredService<IOptions<PolicyBotOptions>>().Value.Chat;
            var extractive = sp.GetRequiredService<ExtractiveAnswerer>();
            return chat.Provider.Trim().ToUpperInvariant() switch
            {
                "" or "EXTRACTIVE" => extractive,
                "OPENAI" => new LlmAnswerer(sp.GetRequiredService<IPolicySearch>(), extractive, PromptLibrary.Find(), chat,
                    sp.GetService<ILoggerFactory>()?.CreateLogger<LlmAnswerer>()),
                _ => throw new InvalidOperationException($"PolicyBot:Chat:Provider “{chat.Provider}” is not known; use Extractive or OpenAI."),
            };
        });
        return services;
    }
}
