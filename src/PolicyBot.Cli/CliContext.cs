using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Answer;
using PolicyBot.Configuration;
using PolicyBot.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Cli;

/// <summary>
/// What a command runs against: configuration (appsettings.json next to the binary, then in the current directory,
/// then <c>PolicyBot__…</c> environment variables, then <c>--index</c>) and the services of
/// <see cref="PolicyBotServices.AddPolicyBot"/>, built on first use.
/// </summary>
internal sealed class CliContext(CliConsole console, string? indexPath, Action<IServiceCollection>? configureServices) : IDisposable
{
    private ServiceProvider? _services;

    public CliConsole Console { get; } = console;

    public PolicyIndex Index => Services.GetRequiredService<PolicyIndex>();

    public IPolicySearch Search => Services.GetService<IPolicySearch>()
        ?? throw new UsageException("search is not available in this build: no IPolicySearch is registered (the retrieval stage is missing).");

    public IAnswerer Answerer => Services.GetService<IAnswerer>()
        ?? throw new UsageException("ask is not available in this build: no IAnswerer is registered (the answer stage is missing).");

    private ServiceProvider Services => _services ??= Build();

    public void Dispose() => _services?.Dispose();

    private ServiceProvider Build()
    {
        var overrides = new Dictionary<string, string?>();
        if (indexPath is not null) overrides[$"{PolicyBotOptions.SectionName}:Index:Path"] = indexPath;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddPolicyBot(configuration);
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<PolicyBotOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            provider.Dispose();
            throw new UsageException($"the configuration is invalid: {string.Join("; ", e.Failures)}", "Check appsettings.json and PolicyBot__* environment variables.");
        }
        return provider;
    }
}
