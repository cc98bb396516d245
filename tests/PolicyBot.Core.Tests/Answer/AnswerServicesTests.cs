using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Answer;
using PolicyBot.Configuration;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Answer;

public sealed class AnswerServicesTests
{
    [Theory]
    [InlineData("Extractive", typeof(ExtractiveAnswerer))]
    [InlineData("OpenAI", typeof(LlmAnswerer))]
    [InlineData("openai", typeof(LlmAnswerer))]
    public void The_configured_provider_answers(string provider, Type expected) =>
        Assert.IsType(expected, Services(provider).GetRequiredService<IAnswerer>());

    [Fact]
    public void An_unknown_provider_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services("Claude").GetRequiredService<IAnswerer>());
        Assert.Contains("Extractive or OpenAI", error.Message);
    }

    private static ServiceProvider Services(string provider)
    {
        var services = new ServiceCollection();
        services.Configure<PolicyBotOptions>(o =>
        {
            o.Chat.Provider = provider;
            o.Chat.Endpoint = "http://127.0.0.1:9/v1";
            o.Chat.Model = "any-model";
        });
        services.AddSingleton<IPolicySearch>(new FixedPassagesSearch([]));
        services.AddPolicyBotAnswering();
        return services.BuildServiceProvider();
    }
}
