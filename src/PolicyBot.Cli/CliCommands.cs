using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Cli;

/// <summary>What every command shares: the console, the global <c>--index</c> option and a way to run with a <see cref="CliContext"/>.</summary>
internal sealed class CliCommands(CliConsole console, Option<string?> index, Action<IServiceCollection>? configureServices)
{
    public CliConsole Console { get; } = console;

    /// <summary>Runs <paramref name="action"/> with a context for the parsed command line; disposes it afterwards.</summary>
    public async Task<int> RunAsync(ParseResult parsed, Func<CliContext, Task<int>> action)
    {
        using var context = new CliContext(Console, parsed.GetValue(index), configureServices);
        return await action(context);
    }

    public static Option<bool> JsonOption() => new("--json") { Description = "Print machine-readable JSON on stdout (messages go to stderr)." };

    public static Option<int> TopOption(int defaultValue) => new("--top")
    {
        Description = "How many passages to return.",
        HelpName = "K",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>The value of <c>--top</c>, which must be at least 1.</summary>
    public static int Top(ParseResult parsed, Option<int> top)
    {
        var k = parsed.GetValue(top);
        return k >= 1 ? k : throw new UsageException($"--top must be at least 1 (got {k}).");
    }
}
